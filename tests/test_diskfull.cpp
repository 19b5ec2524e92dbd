// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 8: the disk fills up while booking (a small tmpfs). No crash, the disk-full
// sentence (German on the command line), nothing half-written; after freeing space the next booking
// succeeds and the file is sound.
#include "ProcessRun.h"
#include "ReliabilitySupport.h"

#include "scheduling/BookingService.h"

#include <QDir>
#include <QFile>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

// Writes until the file system refuses; returns the bytes written.
qint64 fillUp(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return -1;
    const QByteArray chunk(16 * 1024, 'x');
    qint64 total = 0;
    for (;;) {
        const qint64 written = filler.write(chunk);
        if (written <= 0)
            break;
        total += written;
        if (written < chunk.size())
            break;
    }
    // The last few bytes of a page: one byte at a time.
    while (filler.write("x", 1) == 1)
        ++total;
    return total;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_base;
    QString m_mount;
    bool m_mounted = false;

    static QString fullText(const Error &e)
    {
        return errorMessage(e) + QStringLiteral(" [") + e.nativeCode + u']';
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_mount = m_base.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(m_mount));
        const Run r = runProgram(QStringLiteral("mount"),
                                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                  QStringLiteral("size=2m,mode=0700"), QStringLiteral("tmpfs"), m_mount});
        if (r.code != 0)
            QSKIP(
                qPrintable(QStringLiteral("Mounting a small tmpfs is not permitted here (it needs root): ") +
                           r.err.trimmed()));
        m_mounted = true;
    }

    void cleanupTestCase()
    {
        if (!m_mounted)
            return;
        // Runs even when a test function failed; lazily if something still holds a file open.
        if (runProgram(QStringLiteral("umount"), {m_mount}).code != 0)
            runProgram(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount});
        m_mounted = false;
    }

    void bookingOnFullDisk()
    {
        const QString path = m_mount + QStringLiteral("/full.sqlite");
        const QString filler = m_mount + QStringLiteral("/filler");
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        const Database &db = **opened;
        QVERIFY(Test::prepareSlots(db, 1));
        QList<Id> slots;
        {
            Query q(db, QStringLiteral("SELECT id FROM slot ORDER BY id"));
            QVERIFY(q.exec().ok());
            while (q.next())
                slots << q.id(0);
        }
        QVERIFY(fillUp(filler) > 0);

        // Book until the disk refuses; bookings that still found room in the journal are kept.
        BookingService service(db);
        const QString topic(4000, u'T');
        QList<Id> booked;
        std::optional<Error> refusal;
        QString refusedCompany;
        int next = 0;
        while (next < slots.size() - 1 && !refusal) {
            BookingRequest request;
            request.slotId = slots.at(next);
            request.company.name = QStringLiteral("Voll GmbH %1").arg(next);
            request.topic = topic;
            ++next;
            auto result = service.book(request);
            if (result)
                booked << result->booking.id;
            else {
                refusal = result.error();
                refusedCompany = request.company.name;
            }
        }
        QVERIFY2(refusal.has_value(), "the disk never filled up");
        QVERIFY2(refusal->code == ErrorCode::DiskFull, qPrintable(fullText(*refusal)));
        QCOMPARE(refusal->kind(), ErrorKind::Storage);

        // The same on the command line, in German, while the disk is still full.
        const Run cli =
            runProgram(QStringLiteral(SPRECHTAG_EXE),
                       {QStringLiteral("--language=de"), QStringLiteral("--database"), path,
                        QStringLiteral("book"), QStringLiteral("--date"), QStringLiteral("2027-03-01"),
                        QStringLiteral("--time"), QStringLiteral("17:00"), QStringLiteral("--consultant"),
                        QStringLiteral("Berater 9"), QStringLiteral("--company"),
                        QStringLiteral("Kommandozeile voll GmbH"), QStringLiteral("--topic"), topic});
        QCOMPARE(cli.code, 3);
        QVERIFY2(cli.err.contains(QStringLiteral("Der Datenträger ist voll")), qPrintable(cli.err));

        // Nothing half-written: the refused bookings left no booking and no company behind.
        QCOMPARE(*scalar(db, QStringLiteral("SELECT count(*) FROM booking")), qint64(booked.size()));
        QCOMPARE(*scalar(db, QStringLiteral("SELECT count(*) FROM company WHERE name IN (?, ?)"),
                         {refusedCompany, QStringLiteral("Kommandozeile voll GmbH")}),
                 qint64(0));

        // Room again: the next booking goes through and the file is sound.
        QVERIFY(QFile::remove(filler));
        BookingRequest request;
        request.slotId = slots.constLast();
        request.company.name = QStringLiteral("Wieder Platz GmbH");
        request.topic = topic;
        auto after = service.book(request);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : fullText(after.error())));
        auto problems = db.check();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        opened = Error{};

        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(*scalar(**reopened, QStringLiteral("SELECT count(*) FROM booking")),
                 qint64(booked.size() + 1));
        auto again = (*reopened)->check();
        QVERIFY(again.ok() && again->isEmpty());
        qInfo(
            "disk full: %lld bookings fitted, then refused with \"%s\" (native code %s); command line exit 3 "
            "with the German sentence; 0 half-written rows; after freeing space the next booking succeeded; "
            "integrity ok",
            qint64(booked.size()), qUtf8Printable(errorMessage(*refusal)),
            qUtf8Printable(refusal->nativeCode));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "test_diskfull.moc"
