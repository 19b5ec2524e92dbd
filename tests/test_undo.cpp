// SPDX-License-Identifier: GPL-3.0-or-later
// The undo commands without a window: a QUndoStack and the commands over a temporary database. Each
// command makes its change in its factory and is pushed only when it was made; undo and redo check the
// versions this stack left, so a change by another workstation (a second connection here) is never
// overwritten: the step is refused with a clear error and nothing changes.
#include "TestSupport.h"

#include "scheduling/BookingService.h"
#include "storage/CompanyRepository.h"
#include "storage/DayRepository.h"
#include "undo/AttendanceCommand.h"
#include "undo/BookCommand.h"
#include "undo/EditBookingCommand.h"

#include <QUndoStack>

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    // Another workstation on the same file.
    std::unique_ptr<Database> m_other;
    QList<Id> m_slots;
    QList<Error> m_errors;
    BookingCommand::Versions m_versions;

    const Database &db() const { return *m_tmp->db; }
    BookingCommand::ErrorHandler onError()
    {
        return [this](const Error &e) {
            m_errors << e;
        };
    }

    BookingDetails stored(Id bookingId)
    {
        auto found = BookingService(db()).details(bookingId);
        return found ? *found : BookingDetails{};
    }

    Company company(Id companyId)
    {
        auto found = CompanyRepository(db()).byId(companyId);
        return found && *found ? **found : Company{};
    }

    // Books slot `index` for `companyName` through the command (pushed on success).
    Id book(QUndoStack &stack, int index, const QString &companyName, bool second = false)
    {
        BookingRequest r;
        r.slotId = m_slots.value(index);
        r.company.name = companyName;
        r.company.city = QStringLiteral("Bochum");
        Contact c;
        c.lastName = QStringLiteral("Özdemir");
        r.contact = c;
        r.topic = QStringLiteral("Instagram");
        r.allowSecondSlotSameDay = second;
        auto made = BookCommand::apply(db(), m_versions, r, onError());
        if (!made)
            return 0;
        auto *command = std::move(made).value().release();
        stack.push(command);
        return command->bookingId();
    }

    // The booking's current details with a new topic and city.
    BookingEdit changed(Id bookingId, const QString &topic, const QString &city)
    {
        BookingEdit e;
        const BookingDetails b = stored(bookingId);
        e.bookingId = bookingId;
        e.version = b.booking.version;
        e.topic = topic;
        e.company = company(b.booking.companyId);
        e.company.city = city;
        auto contact = CompanyRepository(db()).contactById(b.booking.contactId);
        if (contact && *contact)
            e.contact = **contact;
        return e;
    }

    bool edit(QUndoStack &stack, const BookingEdit &e)
    {
        auto made = EditBookingCommand::apply(db(), m_versions, e, onError());
        if (!made)
            return false;
        stack.push(std::move(made).value().release());
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->open());
        auto other = Database::open(m_tmp->path());
        QVERIFY(other.ok());
        m_other = std::move(other).value();
        const Id format = addFormat(db(), QStringLiteral("Website-Check"));
        const Id consultant = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        auto day = DayService(db()).create(makeDay(format, QDate(2027, 5, 6), {consultant}));
        QVERIFY2(day.ok(), why(day));
        auto slots = DayRepository(db()).slotsOfDay(day->id);
        QVERIFY(slots.ok());
        m_slots.clear();
        for (const SlotDetails &s : *slots)
            m_slots << s.slot.id;
        QVERIFY(m_slots.size() >= 3);
        m_errors.clear();
        m_versions = std::make_shared<KnownVersions>();
    }

    void cleanup()
    {
        m_other.reset();
        m_tmp.reset();
    }

    void editUndoRedo()
    {
        QUndoStack stack;
        const Id booking = book(stack, 0, QStringLiteral("Müller & Söhne"));
        QVERIFY(booking != 0);
        QVERIFY(edit(stack, changed(booking, QStringLiteral("Website"), QStringLiteral("Essen"))));
        QCOMPARE(stack.count(), 2);
        // Pushing did not apply the change a second time.
        QCOMPARE(stored(booking).booking.version, 2);
        QCOMPARE(stored(booking).booking.topic, QStringLiteral("Website"));
        QCOMPARE(company(stored(booking).booking.companyId).city, QStringLiteral("Essen"));
        stack.undo();
        QCOMPARE(stored(booking).booking.topic, QStringLiteral("Instagram"));
        QCOMPARE(company(stored(booking).booking.companyId).city, QStringLiteral("Bochum"));
        stack.redo();
        QCOMPARE(stored(booking).booking.topic, QStringLiteral("Website"));
        QCOMPARE(company(stored(booking).booking.companyId).city, QStringLiteral("Essen"));
        QVERIFY(m_errors.isEmpty());
        QCOMPARE(stack.count(), 2);
    }

    void twoEditsOfOneCompanyUndoInTurn()
    {
        // Two bookings of one company, both edited here: each undo expects the company version the
        // step after it left.
        QUndoStack stack;
        const Id first = book(stack, 0, QStringLiteral("Müller"));
        const Id second = book(stack, 1, QStringLiteral("Müller"), true);
        QVERIFY(first != 0 && second != 0);
        QCOMPARE(stored(first).booking.companyId, stored(second).booking.companyId);
        QVERIFY(edit(stack, changed(first, QStringLiteral("A"), QStringLiteral("Essen"))));
        QVERIFY(edit(stack, changed(second, QStringLiteral("B"), QStringLiteral("Dortmund"))));
        stack.undo();
        stack.undo();
        QVERIFY2(m_errors.isEmpty(), m_errors.isEmpty() ? "" : qPrintable(errorMessage(m_errors.first())));
        QCOMPARE(company(stored(first).booking.companyId).city, QStringLiteral("Bochum"));
        QCOMPARE(stored(first).booking.topic, QStringLiteral("Instagram"));
        QCOMPARE(stored(second).booking.topic, QStringLiteral("Instagram"));
    }

    void attendanceUndoRedo()
    {
        QUndoStack stack;
        const Id booking = book(stack, 0, QStringLiteral("Müller"));
        auto made =
            AttendanceCommand::apply(db(), m_versions, stored(booking), BookingStatus::Attended, onError());
        QVERIFY2(made.ok(), why(made));
        stack.push(std::move(made).value().release());
        QCOMPARE(stored(booking).booking.status, BookingStatus::Attended);
        stack.undo();
        QCOMPARE(stored(booking).booking.status, BookingStatus::Booked);
        stack.redo();
        QCOMPARE(stored(booking).booking.status, BookingStatus::Attended);
        QVERIFY(m_errors.isEmpty());
    }

    void refusedChangeIsNeverPushed()
    {
        QUndoStack stack;
        const Id booking = book(stack, 0, QStringLiteral("Müller"));
        BookingDetails seen = stored(booking);
        seen.booking.version += 1; // a version the file does not have
        auto made = AttendanceCommand::apply(db(), m_versions, seen, BookingStatus::Attended, onError());
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::ChangedMeanwhile);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stored(booking).booking.status, BookingStatus::Booked);
    }

    void undoRefusedWhenBookingChangedMeanwhile()
    {
        QUndoStack stack;
        const Id booking = book(stack, 0, QStringLiteral("Müller"));
        QVERIFY(edit(stack, changed(booking, QStringLiteral("Website"), QStringLiteral("Essen"))));
        // Another workstation marks the booking as attended.
        auto theirs =
            BookingService(*m_other).setAttendance(booking, BookingStatus::Attended, QStringLiteral("B"));
        QVERIFY2(theirs.ok(), why(theirs));
        stack.undo();
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(m_errors.first().code, ErrorCode::ChangedMeanwhile);
        QVERIFY(!errorMessage(m_errors.first()).isEmpty());
        // Nothing changed, and the refused step left the stack.
        QCOMPARE(stored(booking).booking.topic, QStringLiteral("Website"));
        QCOMPARE(stored(booking).booking.status, BookingStatus::Attended);
        QCOMPARE(company(stored(booking).booking.companyId).city, QStringLiteral("Essen"));
        QCOMPARE(stack.count(), 1);
    }

    void undoNeverOverwritesAnotherWorkstationsCompanyEdit()
    {
        QUndoStack stack;
        const Id booking = book(stack, 0, QStringLiteral("Müller"));
        QVERIFY(edit(stack, changed(booking, QStringLiteral("Website"), QStringLiteral("Essen"))));
        // Another workstation corrects the company's city (the booking itself stays as it is).
        CompanyRepository others(*m_other);
        auto theirs = others.byId(stored(booking).booking.companyId);
        QVERIFY(theirs.ok() && *theirs);
        Company c = **theirs;
        c.city = QStringLiteral("Hattingen");
        QVERIFY(others.update(c).ok());
        stack.undo();
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(m_errors.first().code, ErrorCode::ChangedMeanwhile);
        QCOMPARE(company(stored(booking).booking.companyId).city, QStringLiteral("Hattingen"));
        QCOMPARE(stored(booking).booking.topic, QStringLiteral("Website"));
        QCOMPARE(stack.count(), 1);
    }

    void undoNeverOverwritesAnotherWorkstationsContactEdit()
    {
        QUndoStack stack;
        const Id booking = book(stack, 0, QStringLiteral("Müller"));
        BookingEdit e = changed(booking, QStringLiteral("Website"), QStringLiteral("Bochum"));
        QVERIFY(e.contact);
        e.contact->email = QStringLiteral("oezdemir@example.org");
        QVERIFY(edit(stack, e));
        CompanyRepository others(*m_other);
        auto theirs = others.contactById(stored(booking).booking.contactId);
        QVERIFY(theirs.ok() && *theirs);
        Contact c = **theirs;
        c.phone = QStringLiteral("0234 123");
        QVERIFY(others.updateContact(c).ok());
        stack.undo();
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(m_errors.first().code, ErrorCode::ChangedMeanwhile);
        auto now = CompanyRepository(db()).contactById(stored(booking).booking.contactId);
        QVERIFY(now.ok() && *now);
        QCOMPARE((*now)->phone, QStringLiteral("0234 123"));
        QCOMPARE((*now)->email, QStringLiteral("oezdemir@example.org"));
        QCOMPARE(stored(booking).booking.topic, QStringLiteral("Website"));
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "test_undo.moc"
