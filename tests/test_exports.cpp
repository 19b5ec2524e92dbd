// SPDX-License-Identifier: GPL-3.0-or-later
// The booking list as CSV, XLSX and iCalendar (product.md section 6; reliability.md tests 11 and 13).
#include "TestSupport.h"

#include "exchange/BookingColumns.h"
#include "exchange/CsvExport.h"
#include "exchange/IcsExport.h"
#include "exchange/XlsxExport.h"
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/DayRepository.h"
#include "storage/ExportRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include <QTranslator>

#include <libical/ical.h>
#include <sys/stat.h>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

const QString kEnglishHeader =
    QStringLiteral("Date;Start;End;Format;Consultant;Room;Company;Salutation;Title;First name;Last name;"
                   "E-mail;Phone;Street;Postcode;City;Topic;Status;Booked at;Confirmation created at");

const QString kGermanHeader =
    QStringLiteral("Datum;Beginn;Ende;Format;Berater/in;Raum;Unternehmen;Anrede;Titel;Vorname;Nachname;"
                   "E-Mail;Telefon;Straße;PLZ;Ort;Anliegen;Status;Gebucht am;Bestätigung erstellt am");

// The German words of the two contexts the exports use, standing in for the app's .qm file.
class GermanWords : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Sprechtag::Export") != 0 && qstrcmp(context, "Sprechtag::Domain") != 0)
            return {};
        static const QStringList english = kEnglishHeader.split(QLatin1Char(';'));
        static const QStringList german = kGermanHeader.split(QLatin1Char(';'));
        const QString source = QString::fromUtf8(sourceText);
        if (const qsizetype i = english.indexOf(source); i >= 0)
            return german.at(i);
        if (source == QLatin1String("booked"))
            return QStringLiteral("gebucht");
        if (source == QLatin1String("cancelled"))
            return QStringLiteral("storniert");
        return {};
    }
    bool isEmpty() const override { return false; }
};

// RFC 4180 with ";" and CRLF, the way Excel reads it: records of unquoted fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

bool isDangerous(const QString &cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
}

struct ParsedCalendar
{
    icalcomponent *calendar = nullptr;
    ParsedCalendar(const QByteArray &ics) : calendar(icalparser_parse_string(ics.constData())) {}
    ~ParsedCalendar()
    {
        if (calendar)
            icalcomponent_free(calendar);
    }
    ParsedCalendar(const ParsedCalendar &) = delete;
    ParsedCalendar &operator=(const ParsedCalendar &) = delete;

    QList<icalcomponent *> events() const
    {
        QList<icalcomponent *> out;
        for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
            out << e;
        return out;
    }
};

QString propertyText(icalcomponent *event, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(event, kind);
    return p ? QString::fromUtf8(icalproperty_get_value_as_string(p)) : QString();
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_social = 0;
    Id m_website = 0;
    Id m_ising = 0;
    Id m_oestreicher = 0;
    Id m_winterDay = 0;  // Social Media, 16.01.2025: Östreicher (position 0, R 1.02), Ising (1, R 1.01)
    Id m_summerDay = 0;  // Social Media, 10.07.2025: Ising
    Id m_websiteDay = 0; // Website-Check, 20.03.2025: Ising
    Id m_hyperlink = 0;  // 16.01. 10:00 Ising
    Id m_mueller = 0;    // 16.01. 10:00 Östreicher
    Id m_tab = 0;        // 16.01. 11:00 Ising
    Id m_cancelled = 0;  // 16.01. 12:00 Ising, cancelled
    Id m_summer = 0;     // 10.07. 10:00 Ising
    Id m_web = 0;        // 20.03. 10:00 Ising
    GermanWords m_german;

    const Database &db() const { return *m_tmp->db; }

    Id slotAt(Id dayId, Id consultant, int start) { return Test::slotAt(db(), dayId, consultant, start); }

    Id book(BookingRequest r)
    {
        r.actor = QStringLiteral("test");
        auto booked = BookingService(db()).book(r);
        if (!booked) {
            qWarning("booking failed: %s", why(booked).constData());
            return 0;
        }
        return booked->booking.id;
    }

    QList<BookingRow> rows(bool includeCancelled = false, const QDate &from = {}, const QDate &to = {},
                           Id formatId = 0)
    {
        auto r = ExportRepository(db()).rows(from, to, formatId, includeCancelled);
        if (!r) {
            qWarning("rows failed: %s", why(r).constData());
            return {};
        }
        return *r;
    }

    static QList<Id> ids(const QList<BookingRow> &rows)
    {
        QList<Id> out;
        for (const BookingRow &r : rows)
            out << r.bookingId;
        return out;
    }

    static const BookingRow &rowOf(const QList<BookingRow> &rows, Id bookingId)
    {
        for (const BookingRow &r : rows) {
            if (r.bookingId == bookingId)
                return r;
        }
        static const BookingRow none;
        return none;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        Format social;
        social.name = QStringLiteral("Social Media Sprechtag");
        social.contactName = QStringLiteral("Maria \"Mia\" Beispiel");
        social.contactEmail = QStringLiteral("sprechtag@ihk.example");
        auto socialId = FormatRepository(db()).insert(social);
        QVERIFY2(socialId.ok(), why(socialId).constData());
        m_social = *socialId;
        m_website = addFormat(db(), QStringLiteral("Website-Check"));
        m_ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        m_oestreicher = addConsultant(db(), QStringLiteral("Anna Östreicher"));
        QVERIFY(m_website && m_ising && m_oestreicher);

        ConsultationDay winter = makeDay(m_social, QDate(2025, 1, 16), {m_oestreicher, m_ising});
        winter.location = QStringLiteral("IHK-Haus, Markt 1");
        winter.consultants[0].room = QStringLiteral("R 1.02");
        winter.consultants[1].room = QStringLiteral("R 1.01");
        auto day = DayService(db()).create(winter);
        QVERIFY2(day.ok(), why(day).constData());
        m_winterDay = day->id;
        day = DayService(db()).create(makeDay(m_social, QDate(2025, 7, 10), {m_ising}));
        QVERIFY2(day.ok(), why(day).constData());
        m_summerDay = day->id;
        day = DayService(db()).create(makeDay(m_website, QDate(2025, 3, 20), {m_ising}));
        QVERIFY2(day.ok(), why(day).constData());
        m_websiteDay = day->id;

        BookingRequest r;
        r.slotId = slotAt(m_winterDay, m_ising, h(10));
        r.company.name = QStringLiteral("=HYPERLINK(\"x\")");
        Contact erika;
        erika.salutation = Salutation::Frau;
        erika.title = QStringLiteral("Dr.");
        erika.firstName = QStringLiteral("Erika");
        erika.lastName = QStringLiteral("Muster");
        erika.email = QStringLiteral("erika@muster.example");
        erika.phone = QStringLiteral("+49 30 123456");
        r.contact = erika;
        r.topic = QStringLiteral("+49 123");
        m_hyperlink = book(r);

        r = {};
        r.slotId = slotAt(m_winterDay, m_oestreicher, h(10));
        r.company.name = QStringLiteral("Müller & Söhne GmbH");
        r.company.street = QStringLiteral("Königstraße 5");
        r.company.postcode = QStringLiteral("50667");
        r.company.city = QStringLiteral("Köln");
        Contact joerg;
        joerg.salutation = Salutation::Herr;
        joerg.firstName = QStringLiteral("Jörg");
        joerg.lastName = QStringLiteral("Weiß");
        joerg.phone = QStringLiteral("0221 987654");
        r.contact = joerg;
        r.topic = QStringLiteral("Frage; \"Reichweite\"\nund mehr");
        m_mueller = book(r);

        r = {};
        r.slotId = slotAt(m_winterDay, m_ising, h(11));
        r.company.name = QStringLiteral("Tab AG");
        r.company.street = QStringLiteral("\tTabweg 1");
        r.company.city = QStringLiteral("\rCR-Stadt");
        Contact odd;
        odd.firstName = QStringLiteral("@at");
        odd.lastName = QStringLiteral("-minus");
        r.contact = odd;
        r.topic = QStringLiteral("harmlos");
        m_tab = book(r);

        r = {};
        r.slotId = slotAt(m_winterDay, m_ising, h(12));
        r.company.name = QStringLiteral("Storno GmbH");
        m_cancelled = book(r);
        auto cancelled =
            BookingService(db()).cancel(m_cancelled, QStringLiteral("krank"), QStringLiteral("test"));
        QVERIFY2(cancelled.ok(), why(cancelled).constData());

        r = {};
        r.slotId = slotAt(m_summerDay, m_ising, h(10));
        r.company.name = QStringLiteral("Sommer KG");
        m_summer = book(r);

        r = {};
        r.slotId = slotAt(m_websiteDay, m_ising, h(10));
        r.company.name = QStringLiteral("Web GmbH");
        m_web = book(r);
        QVERIFY(m_hyperlink && m_mueller && m_tab && m_cancelled && m_summer && m_web);
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_german);
        m_tmp.reset();
    }

    void rowsAreOrderedByDateStartAndConsultantPosition()
    {
        const QList<BookingRow> all = rows();
        QCOMPARE(ids(all), (QList<Id>{m_mueller, m_hyperlink, m_tab, m_web, m_summer}));
        const BookingRow &first = all.first();
        QCOMPARE(first.date, QDate(2025, 1, 16));
        QCOMPARE(first.time, (TimeRange{h(10), h(11)}));
        QCOMPARE(first.formatName, QStringLiteral("Social Media Sprechtag"));
        QCOMPARE(first.consultantName, QStringLiteral("Anna Östreicher"));
        QCOMPARE(first.room, QStringLiteral("R 1.02"));
        QCOMPARE(first.location, QStringLiteral("IHK-Haus, Markt 1"));
        QCOMPARE(first.companyName, QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE(first.street, QStringLiteral("Königstraße 5"));
        QCOMPARE(first.contact.salutation, Salutation::Herr);
        QCOMPARE(first.contact.lastName, QStringLiteral("Weiß"));
        QCOMPARE(first.status, BookingStatus::Booked);
        QCOMPARE(first.dayId, m_winterDay);
        QCOMPARE(first.consultantId, m_oestreicher);
        QVERIFY(first.createdAt.isValid());
        QVERIFY(!first.confirmationSentAt.isValid());
        // Without a contact person the contact fields are empty, not missing rows.
        QCOMPARE(rowOf(all, m_web).contact.salutation, Salutation::None);
        QVERIFY(rowOf(all, m_web).contact.lastName.isEmpty());
    }

    void cancelledBookingsOnlyWhenAsked()
    {
        QVERIFY(!ids(rows(false)).contains(m_cancelled));
        const QList<BookingRow> all = rows(true);
        QCOMPARE(ids(all), (QList<Id>{m_mueller, m_hyperlink, m_tab, m_cancelled, m_web, m_summer}));
        QCOMPARE(rowOf(all, m_cancelled).status, BookingStatus::Cancelled);
        const QList<QStringList> csv = parseCsv(QString::fromUtf8(toCsv(all).mid(3)));
        QCOMPARE(csv.size(), 7);
        QCOMPARE(csv.at(4).at(6), QStringLiteral("Storno GmbH"));
        QCOMPARE(csv.at(4).at(17), displayName(BookingStatus::Cancelled));
        QVERIFY(!toCsv(rows(false)).contains("Storno GmbH"));
    }

    void filtersByDateRangeAndFormat()
    {
        QCOMPARE(ids(rows(false, QDate(2025, 3, 20), QDate(2025, 3, 20))), QList<Id>{m_web});
        QCOMPARE(ids(rows(false, QDate(2025, 3, 1))), (QList<Id>{m_web, m_summer}));
        QCOMPARE(ids(rows(false, {}, QDate(2025, 1, 16))), (QList<Id>{m_mueller, m_hyperlink, m_tab}));
        QCOMPARE(ids(rows(false, {}, {}, m_social)), (QList<Id>{m_mueller, m_hyperlink, m_tab, m_summer}));
        QCOMPARE(ids(rows(true, {}, QDate(2025, 6, 30), m_website)), QList<Id>{m_web});
        QVERIFY(rows(true, QDate(2026, 1, 1)).isEmpty());
    }

    void csvIsUtf8WithBomSemicolonsAndCrlf()
    {
        const QByteArray csv = toCsv(rows());
        QVERIFY(csv.startsWith(kBom));
        QVERIFY(csv.endsWith("\r\n"));
        // Every line break outside a quoted field is CRLF; the one inside the topic stays as typed.
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.size(), 1 + 5 + 1 + 1); // header, 5 records, one break inside a field, the end
        QVERIFY(!csv.contains("sep="));
        QCOMPARE(csv.count("\r\n"), 6);
        const QString header = QString::fromUtf8(csv.mid(3, csv.indexOf("\r\n") - 3));
        QCOMPARE(header, kEnglishHeader);
        const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(records.size(), 6);
        for (const QStringList &r : records)
            QCOMPARE(r.size(), kBookingColumnCount);
        // Umlauts as UTF-8 bytes.
        QVERIFY(csv.contains("M\xC3\xBCller & S\xC3\xB6hne GmbH"));
    }

    void csvHeaderAndStatusInGerman()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_german));
        const QByteArray csv = toCsv(rows());
        QVERIFY(csv.startsWith(kBom + kGermanHeader.toUtf8() + "\r\n"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "Datum;Beginn;Ende;Format;Berater/in;Raum;Unternehmen;Anrede;Titel;Vorname;"
                               "Nachname;E-Mail;Telefon;Stra\xC3\x9F"
                               "e;PLZ;Ort;Anliegen;Status;Gebucht am;Best\xC3\xA4tigung erstellt am\r\n"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(records.at(1).at(17), QStringLiteral("gebucht"));
    }

    void csvQuotesAndPrefixesExactly()
    {
        const QList<BookingRow> all = rows();
        const QByteArray csv = toCsv(all);
        const QString hyperlinkBooked = formatTimestampLocal(rowOf(all, m_hyperlink).createdAt);
        const QString muellerBooked = formatTimestampLocal(rowOf(all, m_mueller).createdAt);
        const QString tabBooked = formatTimestampLocal(rowOf(all, m_tab).createdAt);
        QVERIFY(csv.contains(
            QStringLiteral("\r\n16.01.2025;10:00;11:00;Social Media Sprechtag;Anna Östreicher;R 1.02;"
                           "Müller & Söhne GmbH;Herr;;Jörg;Weiß;;0221 987654;Königstraße 5;50667;Köln;"
                           "\"Frage; \"\"Reichweite\"\"\nund mehr\";booked;%1;\r\n")
                .arg(muellerBooked)
                .toUtf8()));
        QVERIFY(
            csv.contains(QStringLiteral("\r\n16.01.2025;10:00;11:00;Social Media Sprechtag;Thorsten Ising;"
                                        "R 1.01;\"'=HYPERLINK(\"\"x\"\")\";Frau;Dr.;Erika;Muster;"
                                        "erika@muster.example;'+49 30 123456;;;;'+49 123;booked;%1;\r\n")
                             .arg(hyperlinkBooked)
                             .toUtf8()));
        QVERIFY(
            csv.contains(QStringLiteral("\r\n16.01.2025;11:00;12:00;Social Media Sprechtag;Thorsten Ising;"
                                        "R 1.01;Tab AG;;;'@at;'-minus;;;'\tTabweg 1;;\"'\rCR-Stadt\";"
                                        "harmlos;booked;%1;\r\n")
                             .arg(tabBooked)
                             .toUtf8()));
    }

    void csvPrefixesEveryDangerousCellAndLeavesTheRestUnchanged()
    {
        const QList<BookingRow> all = rows(true);
        const QList<QStringList> records = parseCsv(QString::fromUtf8(toCsv(all).mid(3)));
        QCOMPARE(records.size(), all.size() + 1);
        int dangerous = 0;
        for (qsizetype r = 0; r < all.size(); ++r) {
            for (int c = 0; c < kBookingColumnCount; ++c) {
                const QString raw = bookingCellText(all.at(r), BookingColumn(c));
                const QString cell = records.at(r + 1).at(c);
                if (isDangerous(raw)) {
                    ++dangerous;
                    QCOMPARE(cell, QLatin1Char('\'') + raw);
                } else {
                    QCOMPARE(cell, raw);
                }
            }
        }
        // =HYPERLINK, +49 123, +49 30 ..., @at, -minus, tab, CR
        QCOMPARE(dangerous, 7);
        for (const char *value : {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            const QString field = csvField(QString::fromUtf8(value));
            QVERIFY2(
                (field.startsWith(QLatin1Char('"')) ? field.mid(1) : field).startsWith(QLatin1Char('\'')),
                value);
        }
        QCOMPARE(csvField(QStringLiteral("a=b")), QStringLiteral("a=b"));
        QCOMPARE(csvField(QStringLiteral(" =x")), QStringLiteral(" =x"));
        QCOMPARE(csvField(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
        QCOMPARE(csvField(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(csvField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QCOMPARE(csvField(QString()), QString());
    }

    void csvDatesTimesAndTimestamps()
    {
        const QList<BookingRow> all = rows();
        const QList<QStringList> records = parseCsv(QString::fromUtf8(toCsv(all).mid(3)));
        const QStringList summer = records.at(5);
        QCOMPARE(summer.at(0), QStringLiteral("10.07.2025"));
        QCOMPARE(summer.at(1), QStringLiteral("10:00"));
        QCOMPARE(summer.at(2), QStringLiteral("11:00"));
        static const QRegularExpression stamp(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$"));
        QVERIFY2(stamp.match(summer.at(18)).hasMatch(), qPrintable(summer.at(18)));
        const QDateTime created = rowOf(all, m_summer).createdAt;
        QCOMPARE(summer.at(18), created.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
        QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(summer.at(19), QString());

        BookingRow confirmed = all.first();
        confirmed.confirmationSentAt = QDateTime(QDate(2025, 1, 10), QTime(8, 5), Qt::UTC);
        const QStringList one = parseCsv(QString::fromUtf8(toCsv({confirmed}).mid(3))).at(1);
        QCOMPARE(one.at(19),
                 confirmed.confirmationSentAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
        QCOMPARE(toCsv({}), kBom + kEnglishHeader.toUtf8() + "\r\n");
    }

    void dateAndTimeTextsMatchTheirPatterns()
    {
        for (QDate d(2019, 12, 25); d <= QDate(2021, 1, 10); d = d.addDays(1))
            QCOMPARE(formatDateShort(d), d.toString(QStringLiteral("dd.MM.yyyy")));
        QCOMPARE(formatDateShort(QDate(999, 3, 4)), QDate(999, 3, 4).toString(QStringLiteral("dd.MM.yyyy")));
        QCOMPARE(formatDateShort(QDate()), QString());
        for (int m = 0; m <= 24 * 60; ++m)
            QCOMPARE(formatTime(m), QStringLiteral("%1:%2")
                                        .arg(m / 60, 2, 10, QLatin1Char('0'))
                                        .arg(m % 60, 2, 10, QLatin1Char('0')));
        const QDateTime when(QDate(2025, 7, 10), QTime(8, 5, 59), Qt::UTC);
        QCOMPARE(formatTimestampLocal(when), when.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
        QCOMPARE(formatTimestampLocal(QDateTime()), QString());
    }

    void xlsxReadBackWithOpenpyxl()
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("/usr/bin/python3 is not installed");
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("python3-openpyxl is not installed");

        QVERIFY(QCoreApplication::installTranslator(&m_german));
        const QList<BookingRow> all = rows(true);
        const QString path = m_tmp->dir.filePath(QStringLiteral("Buchungen.xlsx"));
        const mode_t old = ::umask(022);
        const Status written = writeXlsx(all, path);
        ::umask(old);
        QVERIFY2(written.ok(), why(written).constData());
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        // Nothing left beside it but the database (and its journal).
        QStringList files = QDir(m_tmp->dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        files.removeIf([](const QString &f) { return f.startsWith(QLatin1String("test.sqlite")); });
        QCOMPARE(files, QStringList{QStringLiteral("Buchungen.xlsx")});

        const QString script = QStringLiteral(R"(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
def show(v):
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return v.isoformat()
    return v
rows = []
for row in ws.iter_rows(min_row=2):
    rows.append({"types": [type(c.value).__name__ for c in row],
                 "values": [show(c.value) for c in row],
                 "formats": [c.number_format for c in row]})
print(json.dumps({
    "title": ws.title,
    "header": [c.value for c in ws[1]],
    "bold": [bool(c.font.b) for c in ws[1]],
    "freeze": ws.freeze_panes,
    "filter": ws.auto_filter.ref,
    "formulas": sum(1 for r in ws.iter_rows() for c in r if c.data_type == "f"),
    "widthCompany": ws.column_dimensions["G"].width,
    "rows": rows}))
)");
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject book = QJsonDocument::fromJson(python.readAllStandardOutput()).object();

        QCOMPARE(book.value(QStringLiteral("header")).toVariant().toStringList(),
                 kGermanHeader.split(QLatin1Char(';')));
        for (const QJsonValue &b : book.value(QStringLiteral("bold")).toArray())
            QVERIFY(b.toBool());
        QCOMPARE(book.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(book.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:T7"));
        QCOMPARE(book.value(QStringLiteral("formulas")).toInt(), 0);
        QVERIFY(book.value(QStringLiteral("widthCompany")).toDouble() >= 20);
        const QJsonArray data = book.value(QStringLiteral("rows")).toArray();
        QCOMPARE(data.size(), 6);

        // Row 2: Müller & Söhne at 10:00 with Östreicher.
        const QJsonObject first = data.at(0).toObject();
        const QStringList types = first.value(QStringLiteral("types")).toVariant().toStringList();
        const QJsonArray values = first.value(QStringLiteral("values")).toArray();
        const QStringList formats = first.value(QStringLiteral("formats")).toVariant().toStringList();
        QCOMPARE(types.mid(0, 3),
                 (QStringList{QStringLiteral("datetime"), QStringLiteral("time"), QStringLiteral("time")}));
        QCOMPARE(values.at(0).toString(), QStringLiteral("2025-01-16T00:00:00"));
        QCOMPARE(values.at(1).toString(), QStringLiteral("10:00:00"));
        QCOMPARE(values.at(2).toString(), QStringLiteral("11:00:00"));
        QCOMPARE(formats.mid(0, 3), (QStringList{QStringLiteral("dd.mm.yyyy"), QStringLiteral("hh:mm"),
                                                 QStringLiteral("hh:mm")}));
        QCOMPARE(types.at(18), QStringLiteral("datetime"));
        QCOMPARE(formats.at(18), QStringLiteral("dd.mm.yyyy hh:mm"));
        const QDateTime created = rowOf(all, m_mueller).createdAt.toLocalTime();
        QCOMPARE(QDateTime::fromString(values.at(18).toString(), Qt::ISODate)
                     .toString(QStringLiteral("yyyyMMddHHmm")),
                 created.toString(QStringLiteral("yyyyMMddHHmm")));
        QCOMPARE(types.at(19), QStringLiteral("NoneType"));
        for (int c = 3; c < 18; ++c) {
            const QString expected = bookingCellText(rowOf(all, m_mueller), BookingColumn(c));
            QCOMPARE(values.at(c).toString(), expected);
        }
        QCOMPARE(values.at(16).toString(), QStringLiteral("Frage; \"Reichweite\"\nund mehr"));
        QCOMPARE(values.at(17).toString(), QStringLiteral("gebucht"));

        // Text cells as typed, with no prefix: strings are never formulas in XLSX.
        const QJsonArray hyperlink = data.at(1).toObject().value(QStringLiteral("values")).toArray();
        QCOMPARE(hyperlink.at(6).toString(), QStringLiteral("=HYPERLINK(\"x\")"));
        QCOMPARE(hyperlink.at(12).toString(), QStringLiteral("+49 30 123456"));
        QCOMPARE(hyperlink.at(16).toString(), QStringLiteral("+49 123"));
        const QJsonArray tab = data.at(2).toObject().value(QStringLiteral("values")).toArray();
        QCOMPARE(tab.at(9).toString(), QStringLiteral("@at"));
        QCOMPARE(tab.at(10).toString(), QStringLiteral("-minus"));
        QCOMPARE(tab.at(13).toString(), QStringLiteral("\tTabweg 1"));
        // A CR is stored in OOXML's escape, which Excel reads back as CR (openpyxl leaves it escaped).
        QCOMPARE(tab.at(15).toString(), QStringLiteral("_x000D_CR-Stadt"));
        const QJsonArray cancelled = data.at(3).toObject().value(QStringLiteral("values")).toArray();
        QCOMPARE(cancelled.at(17).toString(), QStringLiteral("storniert"));
    }

    void xlsxRefusesAMissingFolder()
    {
        const QString path = m_tmp->dir.filePath(QStringLiteral("missing/x.xlsx"));
        const Status s = writeXlsx(rows(), path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::CannotWriteFile);
        QVERIFY(!QFile::exists(path));
    }

    void icsParsesAndPassesRestrictions()
    {
        const QList<BookingRow> all = rows(true);
        const QByteArray ics = toIcs(all);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.contains("METHOD:PUBLISH\r\n"));
        QVERIFY(ics.contains("VERSION:2.0\r\n"));
        QVERIFY(ics.contains("PRODID:"));
        // Folded at 75 octets, never inside a UTF-8 sequence.
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData());
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder.decode(line);
            QVERIFY2(!decoder.hasError(), line.constData());
            Q_UNUSED(decoded);
        }
        ParsedCalendar parsed(ics);
        QVERIFY(parsed.calendar);
        QCOMPARE(icalcomponent_isa(parsed.calendar), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(parsed.events().size(), all.size());
        QCOMPARE(icalcomponent_count_errors(parsed.calendar), 0);
        QCOMPARE(icalrestriction_check(parsed.calendar), 1);
        QCOMPARE(icalcomponent_count_errors(parsed.calendar), 0);
        QCOMPARE(icalcomponent_get_method(parsed.calendar), ICAL_METHOD_PUBLISH);
    }

    void icsEventsCarryTheBooking()
    {
        const QList<BookingRow> all = rows(true);
        ParsedCalendar parsed(toIcs(all));
        QVERIFY(parsed.calendar);
        QHash<QString, icalcomponent *> byUid;
        for (icalcomponent *e : parsed.events())
            byUid.insert(text(icalcomponent_get_uid(e)), e);
        auto event = [&](Id id) {
            return byUid.value(QStringLiteral("booking-%1@sprechtag").arg(id));
        };
        for (const BookingRow &r : all)
            QVERIFY(event(r.bookingId));

        icalcomponent *hyperlink = event(m_hyperlink);
        icaltimetype start = icalcomponent_get_dtstart(hyperlink);
        QVERIFY(icaltime_is_utc(start));
        // 10:00 in Berlin is 09:00 UTC in winter ...
        QCOMPARE(QString::fromUtf8(icaltime_as_ical_string(start)), QStringLiteral("20250116T090000Z"));
        QCOMPARE(QString::fromUtf8(icaltime_as_ical_string(icalcomponent_get_dtend(hyperlink))),
                 QStringLiteral("20250116T100000Z"));
        // ... and 08:00 UTC in summer.
        QCOMPARE(QString::fromUtf8(icaltime_as_ical_string(icalcomponent_get_dtstart(event(m_summer)))),
                 QStringLiteral("20250710T080000Z"));
        QCOMPARE(text(icalcomponent_get_summary(hyperlink)),
                 QStringLiteral("Social Media Sprechtag: =HYPERLINK(\"x\")"));
        QCOMPARE(text(icalcomponent_get_location(hyperlink)), QStringLiteral("R 1.01, IHK-Haus, Markt 1"));
        QCOMPARE(icalcomponent_get_status(hyperlink), ICAL_STATUS_CONFIRMED);
        const QString description = text(icalcomponent_get_description(hyperlink));
        QVERIFY2(description.contains(QStringLiteral("Contact: Frau Dr. Erika Muster")),
                 qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("Phone: +49 30 123456")));
        QVERIFY(description.contains(QStringLiteral("Topic: +49 123")));
        QCOMPARE(propertyText(hyperlink, ICAL_ORGANIZER_PROPERTY),
                 QStringLiteral("mailto:sprechtag@ihk.example"));
        icalproperty *organizer = icalcomponent_get_first_property(hyperlink, ICAL_ORGANIZER_PROPERTY);
        icalparameter *cn = icalproperty_get_first_parameter(organizer, ICAL_CN_PARAMETER);
        QVERIFY(cn);
        QCOMPARE(text(icalparameter_get_cn(cn)), QStringLiteral("Maria Mia Beispiel"));

        icalcomponent *mueller = event(m_mueller);
        QCOMPARE(text(icalcomponent_get_summary(mueller)),
                 QStringLiteral("Social Media Sprechtag: Müller & Söhne GmbH"));
        QVERIFY(text(icalcomponent_get_description(mueller))
                    .contains(QStringLiteral("Topic: Frage; \"Reichweite\"\nund mehr")));
        QVERIFY(text(icalcomponent_get_description(mueller))
                    .contains(QStringLiteral("Address: Königstraße 5, 50667 Köln")));
        // Control characters from user text never reach the file.
        QVERIFY(!text(icalcomponent_get_description(event(m_tab))).contains(QLatin1Char('\t')));
        QVERIFY(!text(icalcomponent_get_description(event(m_tab))).contains(QLatin1Char('\r')));

        QCOMPARE(icalcomponent_get_status(event(m_cancelled)), ICAL_STATUS_CANCELLED);
        // A format without a contact address still names an organiser, as METHOD:PUBLISH requires.
        QCOMPARE(propertyText(event(m_web), ICAL_ORGANIZER_PROPERTY),
                 QStringLiteral("mailto:noreply@invalid"));
    }

    void icsUidsAreStableAcrossExports()
    {
        auto uids = [](const QByteArray &ics) {
            ParsedCalendar parsed(ics);
            QStringList out;
            for (icalcomponent *e : parsed.events())
                out << text(icalcomponent_get_uid(e));
            return out;
        };
        const QStringList first = uids(toIcs(rows(true)));
        const QStringList second = uids(toIcs(rows(true), QDateTime::currentDateTimeUtc().addSecs(3600)));
        QCOMPARE(first.size(), 6);
        QCOMPARE(first, second);
        QVERIFY(first.contains(QStringLiteral("booking-%1@sprechtag").arg(m_mueller)));
        const QDateTime stamp(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(toIcs(rows(true), stamp), toIcs(rows(true), stamp));
        QVERIFY(toIcs(rows(true), stamp).contains("DTSTAMP:20250101T120000Z\r\n"));
    }

    void icsForOneConsultant()
    {
        const QByteArray ics = toIcsForConsultant(rows(), m_oestreicher);
        ParsedCalendar parsed(ics);
        QVERIFY(parsed.calendar);
        QCOMPARE(parsed.events().size(), 1);
        QCOMPARE(text(icalcomponent_get_uid(parsed.events().first())),
                 QStringLiteral("booking-%1@sprechtag").arg(m_mueller));
        QVERIFY(
            QString::fromUtf8(ics).contains(QStringLiteral("X-WR-CALNAME:Consultations: Anna Östreicher")));
        QCOMPARE(icalrestriction_check(parsed.calendar), 1);
        QCOMPARE(icalcomponent_count_errors(parsed.calendar), 0);
        ParsedCalendar ising(toIcsForConsultant(rows(true), m_ising));
        QCOMPARE(ising.events().size(), 5);
        ParsedCalendar empty(toIcs({}));
        QVERIFY(empty.calendar);
        QCOMPARE(empty.events().size(), 0);
    }

    void euRuleAgreesWithTheTimeZoneDatabase()
    {
        QVERIFY(QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid());
        for (QDate d(2020, 1, 1); d <= QDate(2030, 12, 31); d = d.addDays(1)) {
            for (int minutes : {0, h(3), h(10), h(23, 30)})
                QCOMPARE(berlinToUtcByEuRule(d, minutes), berlinToUtc(d, minutes));
        }
        QCOMPARE(berlinToUtc(QDate(2025, 3, 30), h(10)), QDateTime(QDate(2025, 3, 30), QTime(8, 0), Qt::UTC));
        QCOMPARE(berlinToUtc(QDate(2025, 10, 26), h(10)),
                 QDateTime(QDate(2025, 10, 26), QTime(9, 0), Qt::UTC));
        QCOMPARE(berlinToUtc(QDate(2025, 1, 16), 24 * 60),
                 QDateTime(QDate(2025, 1, 16), QTime(23, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "test_exports.moc"
