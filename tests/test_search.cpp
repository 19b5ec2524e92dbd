// SPDX-License-Identifier: GPL-3.0-or-later
// The search field over the trigram index (schema version 4): umlaut spellings, words inside names, short
// queries by prefix, FTS5 syntax typed as text, and the index kept by triggers.
#include "scheduling/BookingService.h"
#include "scheduling/Schedule.h"
#include "storage/CompanyRepository.h"
#include "storage/SearchRepository.h"
#include "storage/Sql.h"
#include "TestSupport.h"

#include <QTest>

using namespace Sprechtag;
using Test::h;
using Test::why;

class TestSearch : public QObject
{
    Q_OBJECT

    Test::TempDatabase m_t;
    Id m_format = 0;
    Id m_consultant = 0;
    Id m_day = 0;

    const Database &db() { return *m_t.db; }

    Id book(int start, const QString &company, const QString &last = {}, const QString &email = {})
    {
        BookingRequest r;
        r.slotId = Test::slotAt(db(), m_day, m_consultant, start);
        r.company.name = company;
        if (!last.isEmpty()) {
            r.contact = Contact{};
            r.contact->lastName = last;
            r.contact->email = email;
        }
        r.actor = QStringLiteral("test");
        auto booked = BookingService(db()).book(r);
        if (!booked)
            qWarning("book: %s", why(booked).constData());
        return booked ? booked->booking.companyId : 0;
    }

    QStringList companiesFound(const QString &text)
    {
        auto hits = Schedule(db()).search(text);
        if (!hits) {
            qWarning("search: %s", why(hits).constData());
            return {QStringLiteral("<error>")};
        }
        QStringList names;
        for (const SearchHit &hit : *hits)
            names << hit.companyName;
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_t.open());
        m_format = Test::addFormat(db(), QStringLiteral("Social Media"));
        m_consultant = Test::addConsultant(db(), QStringLiteral("Anna"));
        auto day = DayService(db()).create(Test::makeDay(m_format, {2031, 3, 25}, {m_consultant}));
        QVERIFY2(day.ok(), why(day));
        m_day = day->id;
        QVERIFY(book(h(9), QStringLiteral("Müller Hochbau GmbH"), QStringLiteral("Schäfer"),
                     QStringLiteral("info@mueller-bau.de")) != 0);
        QVERIFY(book(h(10), QStringLiteral("Café Größe KG")) != 0);
        QVERIFY(book(h(11), QStringLiteral("Say \"Hi\" * NEAR(a b) - x:y OR z")) != 0);
        Company unbooked;
        unbooked.name = QStringLiteral("Mueller Tiefbau AG");
        QVERIFY(CompanyRepository(db()).insert(unbooked).ok());
    }

    void umlautsAreFoundHoweverTyped()
    {
        for (const QString &q :
             {QStringLiteral("mueller"), QStringLiteral("Müller"), QStringLiteral("MÜLLER"),
              QStringLiteral("Mu\u0308ller"), QStringLiteral("muller")}) {
            const QStringList found = companiesFound(q);
            QVERIFY2(found.contains(QStringLiteral("Müller Hochbau GmbH")), qPrintable(q));
        }
        // The company spelled "Mueller" is found by "Müller" too, after the bookings (it has none).
        const QStringList found = companiesFound(QStringLiteral("Müller"));
        QCOMPARE(found,
                 (QStringList{QStringLiteral("Müller Hochbau GmbH"), QStringLiteral("Mueller Tiefbau AG")}));
        QVERIFY(companiesFound(QStringLiteral("grösse")).contains(QStringLiteral("Café Größe KG")));
        QVERIFY(companiesFound(QStringLiteral("cafe")).contains(QStringLiteral("Café Größe KG")));
    }

    void wordsInsideNamesAndContactsAreFound()
    {
        QCOMPARE(companiesFound(QStringLiteral("bau")),
                 (QStringList{QStringLiteral("Müller Hochbau GmbH"), QStringLiteral("Mueller Tiefbau AG")}));
        QCOMPARE(companiesFound(QStringLiteral("schäfer")),
                 QStringList{QStringLiteral("Müller Hochbau GmbH")});
        QCOMPARE(companiesFound(QStringLiteral("mueller-bau.de")),
                 QStringList{QStringLiteral("Müller Hochbau GmbH")});
        QVERIFY(companiesFound(QStringLiteral("zzz")).isEmpty());
    }

    void shortQueriesArePrefixes()
    {
        QCOMPARE(companiesFound(QStringLiteral("M")),
                 (QStringList{QStringLiteral("Müller Hochbau GmbH"), QStringLiteral("Mueller Tiefbau AG")}));
        QCOMPARE(companiesFound(QStringLiteral("ca")), QStringList{QStringLiteral("Café Größe KG")});
        QVERIFY(companiesFound(QStringLiteral("  ")).isEmpty());
    }

    void fts5SyntaxIsPlainText()
    {
        const QString hostile = QStringLiteral("Say \"Hi\" * NEAR(a b) - x:y OR z");
        for (const QString &q : {QStringLiteral("\"hi\""), QStringLiteral("\" *"), QStringLiteral("near(a"),
                                 QStringLiteral("- x:y"), QStringLiteral("y or z"), hostile}) {
            QCOMPARE(companiesFound(q), QStringList{hostile});
        }
        for (const QString &q : {QStringLiteral("\""), QStringLiteral("\"\"\""), QStringLiteral("*"),
                                 QStringLiteral("NEAR("), QStringLiteral("a\" OR \"b"), QStringLiteral(":"),
                                 QStringLiteral("^abc"), QStringLiteral("{k}:x")}) {
            auto hits = Schedule(db()).search(q);
            QVERIFY2(hits.ok(), qPrintable(q));
        }
        QVERIFY(companiesFound(QStringLiteral("a\" OR \"b")).isEmpty());
    }

    void commonFragmentsKeepTheOrder()
    {
        // So many matches that the search walks the newest bookings and tests each row: the same hits.
        QVERIFY(execute(db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                             "WHERE i < 20100) INSERT INTO company (name, name_key) "
                                             "SELECT 'Menge GmbH ' || i, 'menge gmbh ' || i FROM n"))
                    .ok());
        for (const QString &q : {QStringLiteral("gmbh"), QStringLiteral("M")}) {
            auto hits = Schedule(db()).search(q, 5);
            QVERIFY2(hits.ok(), qPrintable(q));
            QVERIFY2(hits->size() == 5, qPrintable(q));
            QCOMPARE(hits->at(0).companyName, QStringLiteral("Müller Hochbau GmbH"));
            QVERIFY(hits->at(0).bookingId != 0);
            QCOMPARE(hits->at(1).bookingId, Id(0));
        }
        QCOMPARE(Schedule(db()).search(QStringLiteral("gmbh"), 3)->at(1).companyName,
                 QStringLiteral("Menge GmbH 1"));
        QVERIFY(execute(db(), QStringLiteral("DELETE FROM company WHERE name LIKE 'Menge GmbH %'")).ok());
    }

    void theIndexFollowsRenamesAndDeletes()
    {
        Company c;
        c.name = QStringLiteral("Zebrafink Logistik");
        auto id = CompanyRepository(db()).insert(c);
        QVERIFY(id.ok());
        QCOMPARE(companiesFound(QStringLiteral("zebrafink")), QStringList{c.name});
        QVERIFY(execute(db(), QStringLiteral("UPDATE company SET name = 'Ameise Logistik', "
                                             "name_key = 'ameise logistik' WHERE id = %1")
                                  .arg(*id))
                    .ok());
        QVERIFY(companiesFound(QStringLiteral("zebrafink")).isEmpty());
        QCOMPARE(companiesFound(QStringLiteral("ameise")), QStringList{QStringLiteral("Ameise Logistik")});
        QVERIFY(execute(db(), QStringLiteral("DELETE FROM company WHERE id = %1").arg(*id)).ok());
        QVERIFY(companiesFound(QStringLiteral("ameise")).isEmpty());
        QVERIFY(execute(db(), QStringLiteral(
                                  "INSERT INTO company_search (company_search) VALUES ('integrity-check')"))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
