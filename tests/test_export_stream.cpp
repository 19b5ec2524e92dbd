// SPDX-License-Identifier: GPL-3.0-or-later
// The booking list exports stream their rows (product.md section 8, issue 12): the repository hands rows
// to a callback one at a time, the writers put each into the file as it comes, and what arrives equals
// the list-based output row for row.
#include "TestSupport.h"

#include "exchange/BookingListExport.h"
#include "exchange/CsvExport.h"
#include "exchange/IcsExport.h"
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/ExportRepository.h"
#include "storage/LetterRepository.h"
#include "storage/Sql.h"

#include <QFile>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

QByteArray withoutStamps(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    lines.removeIf([](const QByteArray &l) { return l.startsWith("DTSTAMP:"); });
    return lines.join('\n');
}

} // namespace

class TestExportStream : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_ising = 0;
    QList<Id> m_consultants;
    QList<Id> m_bookings;

    const Database &db() const { return *m_tmp->db; }

    QString file(const QString &name) const { return m_tmp->dir.filePath(name); }

    QList<BookingRow> rows(const BookingListQuery &query = {}) const
    {
        auto r = ExportRepository(db()).rows(query);
        return r ? *r : QList<BookingRow>{};
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Every booking of the file through the streamed path (ExportRepository::read into a CsvWriter);
    // empty when a step fails.
    static QByteArray streamedCsv(const Database &db)
    {
        QByteArray streamed;
        CsvWriter writer([&](const QByteArray &bytes) {
            streamed += bytes;
            return Status{};
        });
        if (!writer.begin().ok() ||
            !ExportRepository(db).read({}, [&](const ExportRowView &row) { return writer.add(row); }).ok() ||
            !writer.finish().ok())
            return {};
        return streamed;
    }

    // Days of two formats with four consultants, every slot booked: cells that need quoting, the formula
    // prefix, umlauts, line breaks, empty contacts, cancellations and confirmation times around the
    // change to summer time.
    void fill()
    {
        const Id social = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        const Id website = addFormat(db(), QStringLiteral("Website-Check; \"Profi\""));
        for (const QString &name : {QStringLiteral("Thorsten Ising"), QStringLiteral("Anna Östreicher"),
                                    QStringLiteral("=Formel"), QStringLiteral("Jörg Weiß")})
            m_consultants << addConsultant(db(), name);
        m_ising = m_consultants.first();
        const QList<QString> companies{
            QStringLiteral("Müller & Söhne GmbH"), QStringLiteral("=HYPERLINK(\"x\")"),
            QStringLiteral("Zeilen\numbruch KG"),  QStringLiteral("+49 AG"),
            QStringLiteral("Semikolon; GmbH"),     QStringLiteral("\tTab-Weg")};
        int n = 0;
        for (int d = 0; d < 16; ++d) {
            ConsultationDay day = makeDay(d % 3 == 0 ? website : social, QDate(2025, 3, 3).addDays(d * 7),
                                          d % 2 ? m_consultants : m_consultants.mid(0, 3));
            for (qsizetype c = 0; c < day.consultants.size(); ++c)
                day.consultants[c].room = QStringLiteral("R %1").arg(c);
            auto created = DayService(db()).create(day);
            QVERIFY2(created.ok(), why(created).constData());
            for (const DayConsultant &dc : std::as_const(day.consultants)) {
                const Id consultant = dc.consultantId;
                for (int hour = 9; hour < 16; ++hour) {
                    BookingRequest r;
                    r.actor = QStringLiteral("test");
                    r.slotId = slotAt(db(), created->id, consultant, h(hour));
                    r.company.name = companies.at(n % companies.size()) + QString::number(n);
                    r.company.city = n % 4 ? QStringLiteral("Köln") : QStringLiteral("@Stadt");
                    if (n % 5) {
                        Contact c;
                        c.salutation = n % 2 ? Salutation::Frau : Salutation::Herr;
                        c.firstName = QStringLiteral("Erika");
                        c.lastName = QStringLiteral("Muster \"%1\"").arg(n);
                        c.email = QStringLiteral("e%1@muster.example").arg(n);
                        r.contact = c;
                    }
                    r.topic = n % 7 ? QStringLiteral("Reichweite") : QStringLiteral("-Frage;\r\nzwei");
                    r.allowSecondSlotSameDay = true;
                    auto booked = BookingService(db()).book(r);
                    QVERIFY2(booked.ok(), why(booked).constData());
                    m_bookings << booked->booking.id;
                    ++n;
                }
            }
        }
        for (qsizetype i = 0; i < m_bookings.size(); i += 9)
            QVERIFY(BookingService(db()).cancel(m_bookings.at(i), QString(), QStringLiteral("test")).ok());
        // 30 March 2025: summer time begins at 01:00 UTC.
        const QDateTime change(QDate(2025, 3, 30), QTime(0, 59, 59), Qt::UTC);
        for (qsizetype i = 1; i < m_bookings.size(); i += 4)
            QVERIFY(LetterRepository(db())
                        .markConfirmationProduced({m_bookings.at(i)}, change.addSecs((i % 3) * 1800))
                        .ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Local times in the files: a zone with summer time makes the offsets matter.
        qputenv("TZ", "Europe/Berlin");
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        // Hundreds of bookings: without a sync per commit (only this test's throwaway file).
        QCOMPARE(sqlite3_exec(db().nativeHandle(), "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        fill();
        QVERIFY(m_bookings.size() > 300);
    }

    void cleanupTestCase() { m_tmp.reset(); }

    void repositoryHandsOverOneRowAtATime()
    {
        const QList<BookingRow> expected = rows({{}, {}, 0, {}, true});
        QCOMPARE(expected.size(), m_bookings.size());
        QList<Id> seen;
        auto read = ExportRepository(db()).read({{}, {}, 0, {}, true}, [&seen](const ExportRowView &row) {
            seen << row.row().bookingId;
            return Status{};
        });
        QVERIFY2(read.ok(), why(read).constData());
        QCOMPARE(*read, expected.size());
        QList<Id> expectedIds;
        for (const BookingRow &r : expected)
            expectedIds << r.bookingId;
        QCOMPARE(seen, expectedIds);
    }

    void anErrorOfTheSinkStopsTheReading()
    {
        int calls = 0;
        auto read = ExportRepository(db()).read({}, [&calls](const ExportRowView &) -> Status {
            ++calls;
            return makeError(ErrorCode::OutputDiskFull, {QStringLiteral("x.csv")});
        });
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::OutputDiskFull);
        QCOMPARE(calls, 1);
    }

    void filtersApplyToTheStreamToo()
    {
        const BookingListQuery query{QDate(2025, 3, 10), QDate(2025, 4, 30), 0, {m_ising}, false};
        const QList<BookingRow> expected = rows(query);
        QVERIFY(!expected.isEmpty());
        qsizetype count = 0;
        auto read = ExportRepository(db()).read(query, [&](const ExportRowView &row) -> Status {
            const BookingRow &r = row.row();
            if (r.consultantId != m_ising || r.status == BookingStatus::Cancelled || r.date < query.from ||
                r.date > query.to || r.bookingId != expected.at(count).bookingId)
                return makeError(ErrorCode::InvalidInput, {QStringLiteral("row"), QString::number(count)});
            ++count;
            return Status{};
        });
        QVERIFY2(read.ok(), why(read).constData());
        QCOMPARE(count, expected.size());
    }

    // The writer from the database's UTF-8 gives byte for byte what the list-based CSV gives, also when
    // it hands its buffer on after every record.
    void streamedCsvEqualsTheListCsv()
    {
        const BookingListQuery all{{}, {}, 0, {}, true};
        const QByteArray expected = toCsv(rows(all));
        QByteArray streamed;
        int pieces = 0;
        CsvWriter writer([&](const QByteArray &bytes) {
            streamed += bytes;
            ++pieces;
            return Status{};
        });
        QVERIFY(writer.begin().ok());
        auto read =
            ExportRepository(db()).read(all, [&](const ExportRowView &row) { return writer.add(row); });
        QVERIFY2(read.ok(), why(read).constData());
        QVERIFY(writer.finish().ok());
        QCOMPARE(streamed, expected);
        QVERIFY(pieces >= 1);
        // Confirmation times on both sides of the change to summer time came out in local time.
        QVERIFY(expected.contains("30.03.2025 01:59"));
        QVERIFY(expected.contains("30.03.2025 03:29"));
    }

    // Each row reaches the output before the next one is read: nothing collects in between.
    void eachRowIsWrittenBeforeTheNextIsRead()
    {
        qsizetype written = 0;
        int pieces = 0;
        CsvWriter writer(
            [&](const QByteArray &bytes) {
                written += bytes.size();
                ++pieces;
                return Status{};
            },
            1);
        QVERIFY(writer.begin().ok());
        QList<qsizetype> writtenWhenRead;
        auto read = ExportRepository(db()).read({}, [&](const ExportRowView &row) {
            writtenWhenRead << written;
            return writer.add(row);
        });
        QVERIFY2(read.ok(), why(read).constData());
        QVERIFY(writer.finish().ok());
        QCOMPARE(pieces, int(*read) + 1);
        for (qsizetype i = 1; i < writtenWhenRead.size(); ++i)
            QVERIFY(writtenWhenRead.at(i) > writtenWhenRead.at(i - 1));
        QCOMPARE(written, toCsv(rows()).size());
    }

    void textThatIsNotUtf8IsWrittenAsTheListWouldWriteIt()
    {
        TempDatabase tmp;
        QVERIFY(tmp.open());
        const Id format = addFormat(*tmp.db, QStringLiteral("Format"));
        const Id consultant = addConsultant(*tmp.db, QStringLiteral("Berater"));
        auto day = DayService(*tmp.db).create(makeDay(format, QDate(2025, 5, 5), {consultant}));
        QVERIFY(day.ok());
        BookingRequest r;
        r.actor = QStringLiteral("test");
        r.slotId = slotAt(*tmp.db, day->id, consultant, h(9));
        r.company.name = QStringLiteral("Firma");
        QVERIFY(BookingService(*tmp.db).book(r).ok());
        QCOMPARE(
            sqlite3_exec(tmp.db->nativeHandle(),
                         "UPDATE company SET street = CAST(X'4bc3' AS TEXT) || ';' || CAST(X'ff' AS TEXT)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
        const QByteArray expected = toCsv(*ExportRepository(*tmp.db).rows({}));
        const QByteArray streamed = streamedCsv(*tmp.db);
        QCOMPARE(streamed, expected);
        QVERIFY(streamed.contains("\"K\xef\xbf\xbd;\xef\xbf\xbd\""));
    }

    // However a time was stored (by this version, an older one, an import), the streamed file writes it
    // as the list does: in local time when it can be read, as the list's text otherwise.
    void everyStoredFormOfATimeIsWrittenAsTheListWouldWriteIt()
    {
        const QStringList stored{QStringLiteral("2025-03-30T00:59:59.000Z"),
                                 QStringLiteral("2025-03-30T01:00:00Z"),
                                 QStringLiteral("2025-10-26T00:30:00.000+00:00"),
                                 QStringLiteral("2025-10-26T01:30:00.000+00:00"),
                                 QStringLiteral("2025-01-01T00:30:00+01:00"),
                                 QStringLiteral("2024-12-31T23:30:00.000-05:30"),
                                 QStringLiteral("2025-06-15T12:00:00.5Z"),
                                 QStringLiteral("2025-06-15T12:00:00.123456Z"),
                                 QStringLiteral("2025-06-15T23:59:59.999+14:00"),
                                 QStringLiteral("2025-06-15T12:00:00+2:00"),
                                 QStringLiteral("2025-06-15T12:00:00.Z"),
                                 QStringLiteral("2025-06-15T24:00:00Z"),
                                 QStringLiteral("2025-02-30T12:00:00Z"),
                                 QStringLiteral("2025-06-15 12:00:00"),
                                 QStringLiteral("2025-06-15T12:00:00"),
                                 QStringLiteral("2025-06-15T12:00:00+25:00"),
                                 QStringLiteral("1000-01-01T00:10:00+01:00"),
                                 QStringLiteral("9999-12-31T23:30:00Z"),
                                 QStringLiteral("kein Datum"),
                                 QStringLiteral("2025-06-15T12:00:00ZZ")};
        TempDatabase tmp;
        QVERIFY(tmp.open());
        const Id format = addFormat(*tmp.db, QStringLiteral("Format"));
        const Id consultant = addConsultant(*tmp.db, QStringLiteral("Berater"));
        auto day = DayService(*tmp.db).create(makeDay(format, QDate(2025, 5, 5), {consultant}));
        QVERIFY(day.ok());
        QList<Id> bookings;
        for (int hour = 9; hour < 16; ++hour) {
            BookingRequest r;
            r.actor = QStringLiteral("test");
            r.slotId = slotAt(*tmp.db, day->id, consultant, h(hour));
            r.company.name = QStringLiteral("Firma %1").arg(hour);
            r.allowSecondSlotSameDay = true;
            auto booked = BookingService(*tmp.db).book(r);
            QVERIFY(booked.ok());
            bookings << booked->booking.id;
        }
        for (qsizetype i = 0; i < stored.size(); i += bookings.size()) {
            for (qsizetype b = 0; b < bookings.size(); ++b) {
                const QString created = stored.at((i + b) % stored.size());
                const QString confirmed = stored.at((i + b + 3) % stored.size());
                QVERIFY(scalar(*tmp.db,
                               QStringLiteral("UPDATE booking SET created_at = ?, confirmation_sent_at = ? "
                                              "WHERE id = ? RETURNING id"),
                               {created, confirmed, bookings.at(b)})
                            .ok());
            }
            QCOMPARE(streamedCsv(*tmp.db), toCsv(*ExportRepository(*tmp.db).rows({})));
        }
        // Spot checks of the list itself (Europe/Berlin).
        const QByteArray csv = toCsv(*ExportRepository(*tmp.db).rows({}));
        QVERIFY(csv.contains("30.03.2025 01:59"));
        QVERIFY(csv.contains("26.10.2025 02:30"));
    }

    void theExportFileHoldsEveryRowInOrder()
    {
        const BookingListRequest request{{}, {}, 0, QString(), QString(), true};
        auto written = BookingListExport(db()).write(request, file(QStringLiteral("alle.csv")));
        QVERIFY2(written.ok(), why(written).constData());
        QCOMPARE(written->exported, int(m_bookings.size()));
        const QByteArray csv = readAll(file(QStringLiteral("alle.csv")));
        QCOMPARE(csv, toCsv(rows({{}, {}, 0, {}, true})));
    }

    void theCalendarFileHoldsEveryEventInOrder()
    {
        auto written = BookingListExport(db()).write({}, file(QStringLiteral("alle.ics")));
        QVERIFY2(written.ok(), why(written).constData());
        QCOMPARE(withoutStamps(readAll(file(QStringLiteral("alle.ics")))), withoutStamps(toIcs(rows())));

        BookingListRequest one;
        one.consultantName = QStringLiteral("Thorsten Ising");
        written = BookingListExport(db()).write(one, file(QStringLiteral("ising.ics")));
        QVERIFY2(written.ok(), why(written).constData());
        const QByteArray ics = readAll(file(QStringLiteral("ising.ics")));
        QCOMPARE(withoutStamps(ics), withoutStamps(toIcsForConsultant(rows(), m_ising)));
        QVERIFY(ics.contains("X-WR-CALNAME:Consultations: Thorsten Ising"));
    }

    void aFailedExportLeavesNoFile()
    {
        // A consultant without bookings exports an empty list; a missing one nothing at all.
        BookingListRequest unknown;
        unknown.consultantName = QStringLiteral("Niemand");
        QVERIFY(!BookingListExport(db()).write(unknown, file(QStringLiteral("niemand.csv"))).ok());
        QVERIFY(!QFile::exists(file(QStringLiteral("niemand.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestExportStream)
#include "test_export_stream.moc"
