// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 4: two editors (two connections to one file) load the same version and both save,
// 1,000 times: through BookingService::edit, and through the company and contact edit of the companies
// dialog (CompanyRepository in one write transaction). Exactly one wins each round, the other is told
// "changed meanwhile", and what is stored is the winner's.
#include "ReliabilitySupport.h"

#include "scheduling/BookingService.h"
#include "storage/CompanyRepository.h"
#include "storage/ConsultantRepository.h"
#include "storage/FormatRepository.h"

using namespace Sprechtag;

namespace {

struct Editor
{
    std::unique_ptr<Database> db;
    QString name;
};

struct Tally
{
    int rounds = 0;
    int conflicts = 0;
    int lostUpdates = 0;
};

// What CompaniesDialog::store does with a changed company and contact person.
Status saveCompany(const Database &db, const Company &company, const Contact &contact)
{
    CompanyRepository companies(db);
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = companies.update(company); !s)
        return s;
    if (Status s = companies.updateContact(contact); !s)
        return s;
    return tx.commit();
}

// What the consultants and formats dialogs do when saving (store()).
template <typename Repository, typename Record> Status saveRecord(const Database &db, const Record &record)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = Repository(db).update(record); !s)
        return s;
    return tx.commit();
}

bool isChangedMeanwhile(const Error &e)
{
    return e.code == ErrorCode::ChangedMeanwhile &&
           errorMessage(e).contains(QLatin1String("changed meanwhile"));
}

} // namespace

class TestEditConflicts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Editor m_editors[2];
    Id m_booking = 0;
    Id m_company = 0;
    Id m_contact = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("editors.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Test::prepareSlots(**db, 1));
            BookingRequest request;
            request.slotId = *scalar(**db, QStringLiteral("SELECT min(id) FROM slot"));
            request.company.name = QStringLiteral("Zankapfel GmbH");
            request.contact = Contact{};
            request.contact->lastName = QStringLiteral("Streit");
            request.topic = QStringLiteral("Anfang");
            auto booked = BookingService(**db).book(request);
            QVERIFY(booked.ok());
            m_booking = booked->booking.id;
            m_company = booked->booking.companyId;
            m_contact = booked->booking.contactId;
            QVERIFY(m_contact != 0);
        }
        for (int i = 0; i < 2; ++i) {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            m_editors[i].db = std::move(db).value();
            m_editors[i].name = i == 0 ? QStringLiteral("A") : QStringLiteral("B");
        }
    }

    void bookingEditedTwiceFromSameVersion()
    {
        Tally tally;
        const int rounds = Test::stressRounds(1000);
        QRandomGenerator random(Test::reliabilitySeed());
        for (int round = 0; round < rounds; ++round) {
            BookingEdit edits[2];
            for (int i = 0; i < 2; ++i) {
                const Database &db = *m_editors[i].db;
                auto loaded = BookingRepository(db).byId(m_booking);
                QVERIFY(loaded.ok() && loaded->has_value());
                auto company = CompanyRepository(db).byId(m_company);
                auto contact = CompanyRepository(db).contactById(m_contact);
                QVERIFY(company.ok() && company->has_value() && contact.ok() && contact->has_value());
                BookingEdit &e = edits[i];
                e.bookingId = m_booking;
                e.version = (*loaded)->booking.version;
                e.topic = QStringLiteral("Thema %1 %2").arg(m_editors[i].name).arg(round);
                e.company = **company;
                e.company.city = QStringLiteral("Ort %1 %2").arg(m_editors[i].name).arg(round);
                e.contact = **contact;
                e.contact->email =
                    QStringLiteral("%1%2@example.org").arg(m_editors[i].name.toLower()).arg(round);
                e.actor = m_editors[i].name;
            }
            QCOMPARE(edits[0].version, edits[1].version);
            const int first = random.bounded(2);
            const int second = 1 - first;
            auto won = BookingService(*m_editors[first].db).edit(edits[first]);
            QVERIFY2(won.ok(), qPrintable(won.ok() ? QString() : errorMessage(won.error())));
            auto lost = BookingService(*m_editors[second].db).edit(edits[second]);
            if (!lost.ok() && isChangedMeanwhile(lost.error()))
                ++tally.conflicts;

            // Read back through the loser's connection: it must see the winner's data, all of it.
            const Database &db = *m_editors[second].db;
            auto stored = BookingRepository(db).byId(m_booking);
            auto company = CompanyRepository(db).byId(m_company);
            auto contact = CompanyRepository(db).contactById(m_contact);
            QVERIFY(stored.ok() && company.ok() && contact.ok());
            if ((*stored)->booking.topic != edits[first].topic ||
                (*company)->city != edits[first].company.city ||
                (*contact)->email != edits[first].contact->email ||
                (*stored)->booking.version != edits[first].version + 1)
                ++tally.lostUpdates;
            ++tally.rounds;
        }
        qInfo("two editors, same booking version: %d rounds, conflicts reported %d/%d, lost updates %d",
              tally.rounds, tally.conflicts, tally.rounds, tally.lostUpdates);
        QCOMPARE(tally.lostUpdates, 0);
        QCOMPARE(tally.conflicts, rounds);
    }

    void companyAndContactEditedTwiceFromSameVersion()
    {
        Tally tally;
        const int rounds = Test::stressRounds(1000);
        QRandomGenerator random(Test::reliabilitySeed() + 1);
        for (int round = 0; round < rounds; ++round) {
            Company companies[2];
            Contact contacts[2];
            for (int i = 0; i < 2; ++i) {
                CompanyRepository repository(*m_editors[i].db);
                auto company = repository.byId(m_company);
                auto contact = repository.contactById(m_contact);
                QVERIFY(company.ok() && company->has_value() && contact.ok() && contact->has_value());
                companies[i] = **company;
                companies[i].website = QStringLiteral("https://%1-%2.example.org").arg(i).arg(round);
                contacts[i] = **contact;
                contacts[i].phone = QStringLiteral("0521 %1%2").arg(i + 1).arg(round);
            }
            QCOMPARE(companies[0].version, companies[1].version);
            QCOMPARE(contacts[0].version, contacts[1].version);
            // Every third round the loser only changed the contact person: its version check stands alone.
            const int first = random.bounded(2);
            const int second = 1 - first;
            Status won = saveCompany(*m_editors[first].db, companies[first], contacts[first]);
            QVERIFY2(won.ok(), qPrintable(won.ok() ? QString() : errorMessage(won.error())));
            Status lost = round % 3 == 2
                              ? [&] {
                                    WriteTransaction tx(*m_editors[second].db);
                                    if (Status s = tx.begin(); !s)
                                        return s;
                                    if (Status s = CompanyRepository(*m_editors[second].db)
                                                       .updateContact(contacts[second]);
                                        !s)
                                        return s;
                                    return tx.commit();
                                }()
                              : saveCompany(*m_editors[second].db, companies[second], contacts[second]);
            if (!lost.ok() && isChangedMeanwhile(lost.error()))
                ++tally.conflicts;

            CompanyRepository repository(*m_editors[second].db);
            auto company = repository.byId(m_company);
            auto contact = repository.contactById(m_contact);
            QVERIFY(company.ok() && contact.ok());
            if ((*company)->website != companies[first].website ||
                (*contact)->phone != contacts[first].phone ||
                (*company)->version != companies[first].version + 1 ||
                (*contact)->version != contacts[first].version + 1)
                ++tally.lostUpdates;
            ++tally.rounds;
        }
        qInfo("two editors, same company and contact version: %d rounds, conflicts reported %d/%d, lost "
              "updates %d",
              tally.rounds, tally.conflicts, tally.rounds, tally.lostUpdates);
        QCOMPARE(tally.lostUpdates, 0);
        QCOMPARE(tally.conflicts, rounds);
    }

    // The consultants and formats dialogs: every other round one of each, 1,000 rounds in all.
    void consultantAndFormatEditedTwiceFromSameVersion()
    {
        Tally tally;
        const int rounds = Test::stressRounds(1000);
        QRandomGenerator random(Test::reliabilitySeed() + 2);
        const Id consultantId = *scalar(*m_editors[0].db, QStringLiteral("SELECT min(id) FROM consultant"));
        const Id formatId = *scalar(*m_editors[0].db, QStringLiteral("SELECT min(id) FROM format"));
        for (int round = 0; round < rounds; ++round) {
            const int first = random.bounded(2);
            const int second = 1 - first;
            bool kept = false;
            if (round % 2 == 0) {
                Consultant edits[2];
                for (int i = 0; i < 2; ++i) {
                    auto loaded = ConsultantRepository(*m_editors[i].db).byId(consultantId);
                    QVERIFY(loaded.ok() && loaded->has_value());
                    edits[i] = **loaded;
                    edits[i].profile = QStringLiteral("Profil %1 %2").arg(m_editors[i].name).arg(round);
                }
                QCOMPARE(edits[0].version, edits[1].version);
                QVERIFY(saveRecord<ConsultantRepository>(*m_editors[first].db, edits[first]).ok());
                Status lost = saveRecord<ConsultantRepository>(*m_editors[second].db, edits[second]);
                if (!lost.ok() && isChangedMeanwhile(lost.error()))
                    ++tally.conflicts;
                auto stored = ConsultantRepository(*m_editors[second].db).byId(consultantId);
                QVERIFY(stored.ok() && stored->has_value());
                kept = (*stored)->profile == edits[first].profile &&
                       (*stored)->version == edits[first].version + 1;
            } else {
                Format edits[2];
                for (int i = 0; i < 2; ++i) {
                    auto loaded = FormatRepository(*m_editors[i].db).byId(formatId);
                    QVERIFY(loaded.ok() && loaded->has_value());
                    edits[i] = **loaded;
                    edits[i].description =
                        QStringLiteral("Beschreibung %1 %2").arg(m_editors[i].name).arg(round);
                }
                QCOMPARE(edits[0].version, edits[1].version);
                QVERIFY(saveRecord<FormatRepository>(*m_editors[first].db, edits[first]).ok());
                Status lost = saveRecord<FormatRepository>(*m_editors[second].db, edits[second]);
                if (!lost.ok() && isChangedMeanwhile(lost.error()))
                    ++tally.conflicts;
                auto stored = FormatRepository(*m_editors[second].db).byId(formatId);
                QVERIFY(stored.ok() && stored->has_value());
                kept = (*stored)->description == edits[first].description &&
                       (*stored)->version == edits[first].version + 1;
            }
            if (!kept)
                ++tally.lostUpdates;
            ++tally.rounds;
        }
        qInfo("two editors, same consultant or format version: %d rounds, conflicts reported %d/%d, lost "
              "updates %d",
              tally.rounds, tally.conflicts, tally.rounds, tally.lostUpdates);
        QCOMPARE(tally.lostUpdates, 0);
        QCOMPARE(tally.conflicts, rounds);
    }

    void cleanupTestCase()
    {
        auto problems = m_editors[0].db->check();
        QVERIFY(problems.ok() && problems->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEditConflicts)
#include "test_editconflicts.moc"
