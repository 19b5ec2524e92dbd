// SPDX-License-Identifier: GPL-3.0-or-later
// A read that meets a damaged page after it has returned rows is an error, never a shorter list (issue
// #10, section 4): the file is opened without quick_check, as one beyond the quick-check limit is.
#include "DamagedFile.h"
#include "TestSupport.h"

#include "privacy/PrivacyService.h"
#include "storage/BookingRepository.h"
#include "storage/DayRepository.h"
#include "storage/ExportRepository.h"
#include "storage/SearchRepository.h"

#include <functional>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

// One list read: its size, or -1 for an error (which must be a storage error).
struct Read
{
    const char *name;
    std::function<Result<qsizetype>(const Database &)> run;
};

template <typename T> Result<qsizetype> sizeOf(const Result<QList<T>> &list)
{
    if (!list)
        return list.error();
    return list->size();
}

QList<Read> reads()
{
    return {
        {"days",
         [](const Database &db) {
             return sizeOf(DayRepository(db).summaries({}, {}));
         }},
        {"export rows",
         [](const Database &db) {
             return sizeOf(ExportRepository(db).rows({}, {}, 0, true));
         }},
        {"search",
         [](const Database &db) {
             return sizeOf(SearchRepository(db).search(QStringLiteral("Firma"), 1000));
         }},
        {"retention preview",
         [](const Database &db) -> Result<qsizetype> {
             auto plan = PrivacyService(db).retentionPreview(QDate(2030, 1, 1), 1);
             if (!plan)
                 return plan.error();
             return plan->bookings.size();
         }},
        {"bookings of each day",
         [](const Database &db) -> Result<qsizetype> {
             auto days = DayRepository(db).summaries({}, {});
             if (!days)
                 return days.error();
             qsizetype total = 0;
             for (const DaySummary &d : *days) {
                 auto list = BookingRepository(db).forDay(d.day.id, true);
                 if (!list)
                     return list.error();
                 total += list->size();
             }
             return total;
         }},
        {"integrity check",
         [](const Database &db) -> Result<qsizetype> {
             auto problems = db.check();
             if (!problems)
                 return problems.error();
             return problems->isEmpty() ? 0 : -2; // -2: problems found, reported as such
         }},
    };
}

} // namespace

class TestDamagedReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedPagesNeverGiveAShorterList_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("days") << QStringLiteral("consultation_day");
        QTest::newRow("bookings") << QStringLiteral("booking");
    }

    void damagedPagesNeverGiveAShorterList()
    {
        QFETCH(QString, table);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.sqlite"));
        const DamageFacts facts = buildLargeFile(path);
        QCOMPARE(facts.days, 120);
        QCOMPARE(facts.bookings, 400);

        OpenOptions options;
        options.quickCheckLimitBytes = 0;
        QList<qsizetype> sound;
        {
            auto db = Database::open(path, options);
            QVERIFY(db);
            for (const Read &r : reads()) {
                auto n = r.run(**db);
                QVERIFY2(n, r.name);
                sound << *n;
            }
        }
        QVERIFY(damageMiddleOfTable(path, table));

        auto db = Database::open(path, options);
        QVERIFY2(db, db ? "" : qPrintable(errorMessage(db.error())));
        int errors = 0, complete = 0, shorter = 0;
        const QList<Read> all = reads();
        for (qsizetype i = 0; i < all.size(); ++i) {
            auto n = all.at(i).run(**db);
            if (!n) {
                QCOMPARE(n.error().kind(), ErrorKind::Storage);
                QVERIFY(!errorMessage(n.error()).isEmpty());
                ++errors;
            } else if (*n == sound.at(i)) {
                ++complete;
            } else if (*n == -2) {
                ++errors; // the integrity check names the damage
            } else {
                qWarning("%s: %lld rows instead of %lld", all.at(i).name, qlonglong(*n),
                         qlonglong(sound.at(i)));
                ++shorter;
            }
        }
        qInfo("damaged %s page, quick_check skipped: %lld reads, %d errors, %d complete, %d shorter lists",
              qPrintable(table), qlonglong(all.size()), errors, complete, shorter);
        QCOMPARE(shorter, 0);
        QVERIFY(errors > 0);
    }
};

QTEST_GUILESS_MAIN(TestDamagedReads)
#include "test_damagedreads.moc"
