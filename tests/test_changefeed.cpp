// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed (schema version 4): what one connection writes, another one's changesSince() names,
// day by day; a restored copy means "everything".
#include "backup/Backups.h"
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "scheduling/MasterDataService.h"
#include "scheduling/Schedule.h"
#include "storage/Sql.h"
#include "TestSupport.h"

#include <QTest>

using namespace Sprechtag;
using Test::h;
using Test::why;

class TestChangeFeed : public QObject
{
    Q_OBJECT

    Test::TempDatabase m_t;
    std::unique_ptr<Database> m_other;
    Id m_format = 0;
    QList<Id> m_consultants;
    Id m_day1 = 0;
    Id m_day2 = 0;
    qint64 m_mark = 0;

    const Database &writer() { return *m_t.db; }
    Schedule reader() { return Schedule(*m_other); }

    Id book(Id day, int start, const QString &company)
    {
        BookingRequest r;
        r.slotId = Test::slotAt(writer(), day, m_consultants.at(0), start);
        r.company.name = company;
        r.actor = QStringLiteral("test");
        auto booked = BookingService(writer()).book(r);
        if (!booked)
            qWarning("book: %s", why(booked).constData());
        return booked ? booked->booking.id : 0;
    }

    // What the other connection sees since the last look; the mark moves on.
    DayChanges look()
    {
        auto changes = reader().changesSince(m_mark);
        if (!changes) {
            qWarning("changesSince failed: %s", why(changes).constData());
            return {};
        }
        m_mark = changes->mark;
        return *changes;
    }

    static QList<Id> sorted(QList<Id> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_t.db.reset();
        m_other.reset();
        QFile::remove(m_t.path());
        QVERIFY(m_t.open());
        m_format = Test::addFormat(writer(), QStringLiteral("Social Media"));
        m_consultants = {Test::addConsultant(writer(), QStringLiteral("Anna")),
                         Test::addConsultant(writer(), QStringLiteral("Bernd"))};
        auto d1 = DayService(writer()).create(Test::makeDay(m_format, {2031, 3, 25}, m_consultants));
        auto d2 = DayService(writer()).create(Test::makeDay(m_format, {2031, 3, 26}, m_consultants));
        QVERIFY2(d1.ok() && d2.ok(), why(d1) + why(d2));
        m_day1 = d1->id;
        m_day2 = d2->id;
        OpenOptions options;
        options.create = false;
        auto other = Database::open(m_t.path(), options);
        QVERIFY2(other.ok(), why(other));
        m_other = std::move(other).value();
        auto mark = reader().changeMark();
        QVERIFY2(mark.ok(), why(mark));
        m_mark = *mark;
        const DayChanges none = look();
        QVERIFY(!none.everything);
        QVERIFY(!none.masterData);
        QVERIFY(none.days.isEmpty());
    }

    void bookingChangesNameTheirDay()
    {
        const Id booking = book(m_day1, h(10), QStringLiteral("Muster GmbH"));
        QVERIFY(booking != 0);
        DayChanges c = look();
        QVERIFY(!c.everything);
        QCOMPARE(c.days, QList<Id>{m_day1});
        QVERIFY(c.masterData); // the company was created

        BookingEdit edit;
        auto details = BookingService(writer()).details(booking);
        QVERIFY(details.ok());
        auto company = Schedule(writer()).company(details->booking.companyId);
        QVERIFY(company.ok() && company->has_value());
        edit.bookingId = booking;
        edit.version = details->booking.version;
        edit.topic = QStringLiteral("Neues Thema");
        edit.company = **company;
        edit.actor = QStringLiteral("test");
        QVERIFY(BookingService(writer()).edit(edit).ok());
        c = look();
        QCOMPARE(c.days, QList<Id>{m_day1});

        auto cancelled =
            BookingService(writer()).cancel(booking, QStringLiteral("krank"), QStringLiteral("t"));
        QVERIFY2(cancelled.ok(), why(cancelled));
        c = look();
        QCOMPARE(c.days, QList<Id>{m_day1});
        QVERIFY(!c.masterData);
        QVERIFY(look().days.isEmpty());
    }

    void aMoveNamesBothDays()
    {
        const Id booking = book(m_day1, h(10), QStringLiteral("Umzug KG"));
        QVERIFY(booking != 0);
        look();
        const Id target = Test::slotAt(writer(), m_day2, m_consultants.at(1), h(14));
        auto moved = BookingService(writer()).move(booking, target, QStringLiteral("t"));
        QVERIFY2(moved.ok(), why(moved));
        const DayChanges c = look();
        QVERIFY(!c.everything);
        QCOMPARE(sorted(c.days), sorted({m_day1, m_day2}));
    }

    void slotAndDayChangesNameTheDay()
    {
        const Id slot = Test::slotAt(writer(), m_day2, m_consultants.at(0), h(9));
        QVERIFY(DayService(writer()).setSlotBlocked(slot, true).ok());
        QCOMPARE(look().days, QList<Id>{m_day2});

        auto day = DayRepository(writer()).byId(m_day1);
        QVERIFY(day.ok() && day->has_value());
        ConsultationDay changed = **day;
        changed.location = QStringLiteral("Raum 2");
        changed.breaks = {TimeRange{h(12), h(13)}};
        auto saved = DayService(writer()).change(changed);
        QVERIFY2(saved.ok(), why(saved));
        QCOMPARE(look().days, QList<Id>{m_day1});

        auto called = DayService(writer()).callOff(m_day2, QStringLiteral("Sturm"), QStringLiteral("t"));
        QVERIFY2(called.ok(), why(called));
        QCOMPARE(look().days, QList<Id>{m_day2});

        auto created = DayService(writer()).create(Test::makeDay(m_format, {2031, 4, 1}, m_consultants));
        QVERIFY(created.ok());
        QCOMPARE(look().days, QList<Id>{created->id});

        QVERIFY(DayService(writer()).remove(created->id).ok());
        const DayChanges removed = look();
        QCOMPARE(removed.days, QList<Id>{created->id});
        QVERIFY(!removed.masterData);
    }

    void masterDataIsFlagged()
    {
        QVERIFY(Test::addConsultant(writer(), QStringLiteral("Clara")) != 0);
        DayChanges c = look();
        QVERIFY(c.masterData);
        QVERIFY(c.days.isEmpty());
        Organisation o;
        o.name = QStringLiteral("IHK");
        QVERIFY(MasterDataService(writer()).saveSender(o).ok());
        QVERIFY(look().masterData);
        QVERIFY(!look().masterData);
    }

    void aMarkAheadOrOfAnotherFileMeansEverything()
    {
        auto c = reader().changesSince(m_mark + 1000);
        QVERIFY(c.ok());
        QVERIFY(c->everything);
        c = reader().changesSince(0);
        QVERIFY(c.ok());
        QVERIFY(c->everything);
        QCOMPARE(c->mark, m_mark);
    }

    void aRestoreMeansEverything()
    {
        const Backups backups(m_t.path());
        auto backup = backups.create(writer(), BackupKind::Manual, QDateTime(QDate(2031, 1, 1), QTime(8, 0)));
        QVERIFY2(backup.ok(), why(backup));
        // A change after the copy, seen as usual; then the copy comes back.
        QVERIFY(book(m_day1, h(11), QStringLiteral("Später AG")) != 0);
        QCOMPARE(look().days, QList<Id>{m_day1});
        const qint64 before = m_mark;
        auto restored = backups.restore(writer(), *backup, QDateTime(QDate(2031, 1, 1), QTime(9, 0)));
        QVERIFY2(restored.ok(), why(restored));
        DayChanges c = look();
        QVERIFY(c.everything);
        QVERIFY(c.mark != before);
        // From the new position on, the feed tells day by day again.
        QVERIFY(book(m_day2, h(11), QStringLiteral("Danach AG")) != 0);
        c = look();
        QVERIFY(!c.everything);
        QCOMPARE(c.days, QList<Id>{m_day2});
    }

    void aMigrationReportsItsProgress()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        const QList<Migration> v3 = sqliteMigrations().mid(0, 3);
        {
            OpenOptions o;
            o.migrations = &v3;
            auto old = Database::open(path, o);
            QVERIFY2(old.ok(), why(old));
            QVERIFY(Test::addFormat(**old, QStringLiteral("Alt")) != 0);
            QVERIFY(execute(**old, QStringLiteral("INSERT INTO company (name, name_key) VALUES "
                                                  "('Altfirma Müller', 'altfirma müller')"))
                        .ok());
            int calls = 0;
            OpenOptions again;
            again.migrations = &v3;
            again.migrationProgress = [&calls](int, int) {
                ++calls;
            };
            old = Error{};
            QVERIFY(Database::open(path, again).ok());
            QCOMPARE(calls, 0); // nothing to migrate: no progress
        }
        QList<std::pair<int, int>> reports;
        OpenOptions o;
        o.migrationProgress = [&reports](int done, int total) {
            reports << std::pair{done, total};
        };
        auto db = Database::open(path, o);
        QVERIFY2(db.ok(), why(db));
        QCOMPARE((*db)->schemaVersion(), currentSchemaVersion());
        QVERIFY(reports.size() > 10);
        QCOMPARE(reports.first().first, 0);
        QCOMPARE(reports.last().first, reports.last().second);
        for (qsizetype i = 1; i < reports.size(); ++i) {
            QCOMPARE(reports.at(i).first, reports.at(i - 1).first + 1);
            QCOMPARE(reports.at(i).second, reports.first().second);
        }
        // The copy before the migration is the first step; the search index of the old rows exists.
        QVERIFY(!(*db)->migrationBackupPath().isEmpty());
        QCOMPARE(*scalar(**db, QStringLiteral("SELECT count(*) FROM change_feed")), qint64(1));
        auto found = Schedule(**db).search(QStringLiteral("mueller"));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().companyName, QStringLiteral("Altfirma Müller"));
    }

    void pastYearsAreCountedNewestFirst()
    {
        auto other = Test::addFormat(writer(), QStringLiteral("Website-Check"));
        for (const QDate &d : {QDate(2029, 5, 1), QDate(2029, 6, 1), QDate(2030, 1, 2)}) {
            auto created = DayService(writer()).create(Test::makeDay(other, d, {m_consultants.at(0)}));
            QVERIFY2(created.ok(), why(created));
        }
        auto years = reader().pastYears(QDate(2031, 3, 26));
        QVERIFY(years.ok());
        QCOMPARE(years->size(), 3);
        QCOMPARE(years->at(0).year, 2031);
        QCOMPARE(years->at(0).days, 1);
        QCOMPARE(years->at(1).year, 2030);
        QCOMPARE(years->at(2).year, 2029);
        QCOMPARE(years->at(2).days, 2);
        years = reader().pastYears(QDate(2031, 3, 26), m_format);
        QVERIFY(years.ok());
        QCOMPARE(years->size(), 1);
        QCOMPARE(years->at(0).year, 2031);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "test_changefeed.moc"
