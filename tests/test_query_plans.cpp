// SPDX-License-Identifier: GPL-3.0-or-later
// Every statement on the hot paths is an index search (architecture.md, "Data paths that stay fast"):
// the real calls run with the statement recorder of storage/Sql.h on, and EXPLAIN QUERY PLAN of what they
// ran may not SCAN a table that grows with the years (booking, slot, company, contact, consultation_day).
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "scheduling/Schedule.h"
#include "storage/Sql.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Sprechtag;
using Test::h;
using Test::why;

namespace {

const QStringList kGrowing{QStringLiteral("booking"), QStringLiteral("slot"), QStringLiteral("company"),
                           QStringLiteral("contact"), QStringLiteral("consultation_day")};

// alias -> table for every "FROM t a", "JOIN t AS a" of the statement (and t -> t).
QHash<QString, QString> aliases(const QString &sql)
{
    static const QRegularExpression from(QStringLiteral(R"(\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QStringList keywords{
        QStringLiteral("on"),    QStringLiteral("where"), QStringLiteral("join"),  QStringLiteral("left"),
        QStringLiteral("order"), QStringLiteral("group"), QStringLiteral("limit"), QStringLiteral("inner"),
        QStringLiteral("cross"), QStringLiteral("using")};
    QHash<QString, QString> out;
    for (auto it = from.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString table = m.captured(1).toLower();
        out.insert(table, table);
        const QString alias = m.captured(2).toLower();
        if (!alias.isEmpty() && !keywords.contains(alias))
            out.insert(alias, table);
    }
    return out;
}

struct Plan
{
    QString sql;
    QStringList lines;
    QStringList scans; // the lines that scan a growing table
};

Result<Plan> explain(const Database &db, const RecordedStatement &statement)
{
    Plan plan{statement.sql, {}, {}};
    Query q(db, QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql);
    for (const QVariant &v : statement.values)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    const QHash<QString, QString> tables = aliases(statement.sql);
    static const QRegularExpression scan(QStringLiteral(R"(^SCAN (\w+))"));
    while (q.next()) {
        const QString line = q.text(3);
        plan.lines << line;
        const QRegularExpressionMatch m = scan.match(line);
        if (!m.hasMatch() || line.contains(QLatin1String("VIRTUAL TABLE")))
            continue;
        const QString table = tables.value(m.captured(1).toLower(), m.captured(1).toLower());
        if (kGrowing.contains(table))
            plan.scans << line;
    }
    if (Status s = q.status(); !s)
        return s.error();
    return plan;
}

bool isControl(const QString &sql)
{
    static const QRegularExpression control(
        QStringLiteral(R"(^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return control.match(sql).hasMatch();
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

    Test::TempDatabase m_t;
    Id m_format = 0;
    QList<Id> m_consultants;
    Id m_day = 0;
    Id m_booking = 0;

    const Database &db() { return *m_t.db; }

    // Runs `calls` with the recorder on; every statement they ran is explained, none may scan.
    void check(const char *what, const std::function<void()> &calls, int *statements = nullptr)
    {
        SqlRecorder::start();
        calls();
        const QList<RecordedStatement> ran = SqlRecorder::stop();
        QVERIFY2(!ran.isEmpty(), what);
        int explained = 0;
        for (const RecordedStatement &r : ran) {
            if (isControl(r.sql))
                continue;
            auto plan = explain(db(), r);
            QVERIFY2(plan.ok(), qPrintable(QString::fromUtf8(why(plan)) + QLatin1Char('\n') + r.sql));
            ++explained;
            if (!plan->scans.isEmpty())
                qWarning("%s:\n  %s", what, qPrintable(plan->lines.join(QStringLiteral("\n  "))));
            QVERIFY2(plan->scans.isEmpty(), qPrintable(QStringLiteral("%1: %2\n  %3")
                                                           .arg(QString::fromLatin1(what), r.sql,
                                                                plan->lines.join(QStringLiteral("\n  ")))));
        }
        if (statements)
            *statements = explained;
        qInfo("%s: %d statements, each an index search", what, explained);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_t.open());
        m_format = Test::addFormat(db(), QStringLiteral("Social Media"));
        m_consultants = {Test::addConsultant(db(), QStringLiteral("Anna")),
                         Test::addConsultant(db(), QStringLiteral("Bernd"))};
        auto day = DayService(db()).create(Test::makeDay(m_format, {2031, 3, 25}, m_consultants));
        QVERIFY2(day.ok(), why(day));
        m_day = day->id;
        BookingRequest r;
        r.slotId = Test::slotAt(db(), m_day, m_consultants.at(0), h(10));
        r.company.name = QStringLiteral("Müller Hochbau GmbH");
        r.contact = Contact{};
        r.contact->lastName = QStringLiteral("Meier");
        r.contact->email = QStringLiteral("meier@example.org");
        r.actor = QStringLiteral("test");
        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked));
        m_booking = booked->booking.id;
    }

    void openingADayIsIndexed()
    {
        int statements = 0;
        check(
            "Schedule::grid", [this] { QVERIFY(Schedule(db()).grid(m_day).ok()); }, &statements);
        QVERIFY(statements >= 6);
        check("BookingRepository::forDay with cancelled bookings",
              [this] { QVERIFY(BookingRepository(db()).forDay(m_day, true).ok()); });
        check("DayRepository::slotsOfDay with retired slots",
              [this] { QVERIFY(DayRepository(db()).slotsOfDay(m_day, true).ok()); });
    }

    void theDayListIsIndexed()
    {
        check("Schedule::days of a year", [this] {
            QVERIFY(Schedule(db()).days({2031, 1, 1}, {2031, 12, 31}).ok());
        });
        check("Schedule::days from a date", [this] { QVERIFY(Schedule(db()).days({2031, 1, 1}, {}).ok()); });
        check("Schedule::pastYears", [this] {
            QVERIFY(Schedule(db()).pastYears({2032, 1, 1}).ok());
            QVERIFY(Schedule(db()).pastYears({2032, 1, 1}, m_format).ok());
        });
        check("Schedule::changeMark and changesSince", [this] {
            auto mark = Schedule(db()).changeMark();
            QVERIFY(mark.ok());
            QVERIFY(Schedule(db()).changesSince(*mark).ok());
        });
    }

    void bookingIsIndexed()
    {
        check("BookingService::book", [this] {
            BookingRequest r;
            r.slotId = Test::slotAt(db(), m_day, m_consultants.at(1), h(11));
            r.company.name = QStringLiteral("Zweite AG");
            r.actor = QStringLiteral("test");
            QVERIFY(BookingService(db()).book(r).ok());
        });
        check("the overlap check", [this] {
            QVERIFY(DayRepository(db())
                        .overlapping(m_consultants.at(0), {2031, 3, 25}, TimeRange{h(9), h(12)}, 0)
                        .ok());
        });
        check("BookingService::move", [this] {
            const Id target = Test::slotAt(db(), m_day, m_consultants.at(1), h(14));
            QVERIFY(BookingService(db()).move(m_booking, target, QStringLiteral("test")).ok());
        });
    }

    void searchIsIndexed()
    {
        // Enough namesakes that common fragments take the other way (the walk through the newest bookings).
        QVERIFY(execute(db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                             "WHERE i < 1600) INSERT INTO company (name, name_key) "
                                             "SELECT 'Massen GmbH ' || i, 'massen gmbh ' || i FROM n"))
                    .ok());
        const auto searches = [this](const char *round) {
            for (const char *text : {"M", "Mü", "Mül", "müller", "gmbh", "massen", "Hochbau GmbH", "zz"}) {
                const QByteArray what = QByteArray("Schedule::search (") + round + ") " + text;
                check(what.constData(), [this, text] {
                    QVERIFY(Schedule(db()).search(QString::fromUtf8(text)).ok());
                    QVERIFY(Schedule(db()).search(QString::fromUtf8(text), 2000).ok());
                });
            }
        };
        searches("1,600 namesakes");
        // And so many that the walk tests each row instead of building sets of ids.
        QVERIFY(execute(db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                             "WHERE i < 20000) INSERT INTO company (name, name_key) "
                                             "SELECT 'Masse GmbH ' || i, 'masse gmbh ' || i FROM n"))
                    .ok());
        searches("21,600 namesakes");
    }

    void theRecognisedScanIsCaught()
    {
        // The check itself: a statement that scans is reported.
        auto plan =
            explain(db(), RecordedStatement{QStringLiteral("SELECT b.id FROM booking b WHERE b.topic = ?"),
                                            {QStringLiteral("x")}});
        QVERIFY(plan.ok());
        QCOMPARE(plan->scans.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "test_query_plans.moc"
