// SPDX-License-Identifier: GPL-3.0-or-later
// BookingDialog: returns a BookingRequest or BookingEdit that BookingService accepts; changes nothing itself.
#include "TestSupport.h"
#include "WidgetSupport.h"

#include "dialogs/BookingDialog.h"
#include "domain/Validation.h"
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DayRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestBookingDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_format = 0;
    Id m_ising = 0;
    Id m_michna = 0;
    Id m_day = 0;
    Id m_mueller = 0;
    Id m_schmidt = 0;
    const QDate m_date{2021, 3, 25};

    const Database &db() const { return *m_tmp->db; }

    SlotDetails slotAt(Id consultant, int hour)
    {
        auto slots = DayRepository(db()).slotsOfDay(m_day);
        if (slots) {
            for (const SlotDetails &s : *slots) {
                if (s.slot.consultantId == consultant && s.slot.time.start == hour * 60)
                    return s;
            }
        }
        qWarning("no slot at %d", hour);
        return {};
    }

    int companyCount()
    {
        auto all = CompanyRepository(db()).all(true);
        return all ? int(all->size()) : -1;
    }

    // Books Müller GmbH with Anna Schmidt through the service, as the main window would.
    BookingDetails bookMueller(Id consultant, int hour, bool allowSecond = false)
    {
        BookingRequest r;
        r.slotId = slotAt(consultant, hour).slot.id;
        r.companyId = m_mueller;
        r.contactId = m_schmidt;
        r.topic = QStringLiteral("Instagram");
        r.allowSecondSlotSameDay = allowSecond;
        auto booked = BookingService(db()).book(r);
        if (!booked) {
            qWarning("booking failed: %s", why(booked).constData());
            return {};
        }
        return *booked;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }

    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        m_format = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        m_ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        m_michna = addConsultant(db(), QStringLiteral("Frank Michna"));
        QVERIFY(m_format && m_ising && m_michna);
        ConsultationDay plan = makeDay(m_format, m_date, {m_ising, m_michna});
        plan.location = QStringLiteral("IHK Bielefeld");
        plan.consultants[0].room = QStringLiteral("Raum 3");
        auto day = DayService(db()).create(plan);
        QVERIFY2(day.ok(), why(day).constData());
        m_day = day->id;

        CompanyRepository companies(db());
        Company mueller;
        mueller.name = QStringLiteral("Müller GmbH");
        mueller.street = QStringLiteral("Hauptstraße 5");
        mueller.postcode = QStringLiteral("33602");
        mueller.city = QStringLiteral("Bielefeld");
        auto id = companies.insert(mueller);
        QVERIFY2(id.ok(), why(id).constData());
        m_mueller = *id;
        Contact schmidt;
        schmidt.companyId = m_mueller;
        schmidt.salutation = Salutation::Frau;
        schmidt.title = QStringLiteral("Dr.");
        schmidt.firstName = QStringLiteral("Anna");
        schmidt.lastName = QStringLiteral("Schmidt");
        schmidt.email = QStringLiteral("anna.schmidt@mueller.example");
        schmidt.phone = QStringLiteral("0521 123456");
        auto contact = companies.insertContact(schmidt);
        QVERIFY2(contact.ok(), why(contact).constData());
        m_schmidt = *contact;
        Company other;
        other.name = QStringLiteral("Müllerei Östertag AG");
        QVERIFY(companies.insert(other).ok());
        other.name = QStringLiteral("Meier KG");
        QVERIFY(companies.insert(other).ok());
    }

    void cleanup() { m_tmp.reset(); }

    void showsTheSlotReadOnlyInGermanLongForm()
    {
        BookingDialog dialog(db(), slotAt(m_ising, 10));
        QCOMPARE(child<QLabel>(dialog, "slotFormat")->text(), QStringLiteral("Social Media Sprechtag"));
        QCOMPARE(child<QLabel>(dialog, "slotDate")->text(), QStringLiteral("Donnerstag, 25. März 2021"));
        QCOMPARE(child<QLabel>(dialog, "slotTime")->text(), QStringLiteral("10:00–11:00"));
        QCOMPARE(child<QLabel>(dialog, "slotConsultant")->text(), QStringLiteral("Thorsten Ising"));
        QCOMPARE(child<QLabel>(dialog, "slotPlace")->text(), QStringLiteral("IHK Bielefeld, Raum 3"));
        for (const char *name : {"slotFormat", "slotDate", "slotTime", "slotConsultant", "slotPlace"})
            QCOMPARE(child<QLabel>(dialog, name)->textFormat(), Qt::PlainText);
        QCOMPARE(child<QPushButton>(dialog, "okButton")->text(), QStringLiteral("&Book"));
    }

    void completerOffersCompaniesAndPickingOneFillsItsData()
    {
        BookingDialog dialog(db(), slotAt(m_ising, 10));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *company = child<QLineEdit>(dialog, "company");
        QVERIFY(company && company->completer());
        QCompleter *completer = company->completer();

        company->setText(QStringLiteral("mü"));
        auto *names = qobject_cast<QStringListModel *>(completer->model());
        QVERIFY(names);
        QCOMPARE(names->stringList(),
                 QStringList({QStringLiteral("Müller GmbH"), QStringLiteral("Müllerei Östertag AG")}));
        QCOMPARE(dialog.request().companyId, Id(0)); // "mü" alone is no company

        // Pick the first offer from the popup, as with the arrow keys and Enter.
        completer->setCompletionPrefix(company->text());
        completer->complete();
        QAbstractItemView *popup = completer->popup();
        QTRY_VERIFY(popup->isVisible());
        popup->setCurrentIndex(completer->completionModel()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(company->text(), QStringLiteral("Müller GmbH"));

        QCOMPARE(child<QLineEdit>(dialog, "street")->text(), QStringLiteral("Hauptstraße 5"));
        QCOMPARE(child<QLineEdit>(dialog, "postcode")->text(), QStringLiteral("33602"));
        QCOMPARE(child<QLineEdit>(dialog, "city")->text(), QStringLiteral("Bielefeld"));
        auto *picker = child<QComboBox>(dialog, "contactPicker");
        QCOMPARE(picker->count(), 2);
        QCOMPARE(picker->itemData(0).toLongLong(), m_schmidt);
        QCOMPARE(picker->itemText(1), QStringLiteral("New contact person"));
        QCOMPARE(picker->currentIndex(), 0);
        QCOMPARE(child<QComboBox>(dialog, "salutation")->currentText(), QStringLiteral("Ms"));
        QCOMPARE(child<QLineEdit>(dialog, "title")->text(), QStringLiteral("Dr."));
        QCOMPARE(child<QLineEdit>(dialog, "firstName")->text(), QStringLiteral("Anna"));
        QCOMPARE(child<QLineEdit>(dialog, "lastName")->text(), QStringLiteral("Schmidt"));
        QCOMPARE(child<QLineEdit>(dialog, "email")->text(), QStringLiteral("anna.schmidt@mueller.example"));
        QCOMPARE(child<QLineEdit>(dialog, "phone")->text(), QStringLiteral("0521 123456"));
        QVERIFY(child<QLabel>(dialog, "sameDayWarning")->isHidden());

        child<QPlainTextEdit>(dialog, "topic")->setPlainText(QStringLiteral("Reels für den Vertrieb"));
        child<QPushButton>(dialog, "okButton")->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const BookingRequest r = dialog.request();
        QCOMPARE(r.slotId, slotAt(m_ising, 10).slot.id);
        QCOMPARE(r.companyId, m_mueller);
        QCOMPARE(r.contactId, m_schmidt);
        QCOMPARE(r.topic, QStringLiteral("Reels für den Vertrieb"));
        QVERIFY(!r.allowSecondSlotSameDay);

        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked).constData());
        QCOMPARE(booked->booking.companyId, m_mueller);
        QCOMPARE(booked->booking.contactId, m_schmidt);
        QCOMPARE(companyCount(), 3);
    }

    void typedNameOfKnownCompanyMatchesIgnoringCase()
    {
        BookingDialog dialog(db(), slotAt(m_ising, 10));
        auto *picker = child<QComboBox>(dialog, "contactPicker");
        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("MÜLLER gmbh"));
        QCOMPARE(child<QLineEdit>(dialog, "city")->text(), QStringLiteral("Bielefeld"));
        QVERIFY(child<QLineEdit>(dialog, "city")->isReadOnly());
        QCOMPARE(dialog.request().companyId, m_mueller);

        // "New contact person": empty, editable fields, returned as data instead of an id.
        picker->setCurrentIndex(1);
        QVERIFY(child<QLineEdit>(dialog, "lastName")->text().isEmpty());
        QVERIFY(!child<QLineEdit>(dialog, "lastName")->isReadOnly());
        child<QComboBox>(dialog, "salutation")->setCurrentIndex(1);
        child<QLineEdit>(dialog, "firstName")->setText(QStringLiteral("Jürgen"));
        child<QLineEdit>(dialog, "lastName")->setText(QStringLiteral("Weiß"));
        BookingRequest r = dialog.request();
        QCOMPARE(r.companyId, m_mueller);
        QCOMPARE(r.contactId, Id(0));
        QVERIFY(r.contact.has_value());
        QCOMPARE(r.contact->salutation, Salutation::Herr);
        QCOMPARE(r.contact->lastName, QStringLiteral("Weiß"));

        // Another name: no longer the known company, its address is not carried over.
        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("Neue Firma KG"));
        QVERIFY(child<QLineEdit>(dialog, "city")->text().isEmpty());
        QVERIFY(!child<QLineEdit>(dialog, "city")->isReadOnly());
        r = dialog.request();
        QCOMPARE(r.companyId, Id(0));
        QCOMPARE(r.company.name, QStringLiteral("Neue Firma KG"));
        QCOMPARE(r.contact->lastName, QStringLiteral("Weiß")); // typed data stays
    }

    void newCompanyWithUmlautsAndMarkupIsReturnedVerbatim()
    {
        const QString name = QStringLiteral("<b>Müller</b> & Söhne");
        BookingDialog dialog(db(), slotAt(m_michna, 13));
        child<QLineEdit>(dialog, "company")->setText(name);
        child<QLineEdit>(dialog, "street")->setText(QStringLiteral("Jöllenbecker Straße 12"));
        child<QLineEdit>(dialog, "postcode")->setText(QStringLiteral("33613"));
        child<QLineEdit>(dialog, "city")->setText(QStringLiteral("Bielefeld"));
        QCOMPARE(child<QComboBox>(dialog, "contactPicker")->count(), 1);
        child<QComboBox>(dialog, "salutation")->setCurrentIndex(1);
        child<QLineEdit>(dialog, "firstName")->setText(QStringLiteral("Jürgen"));
        child<QLineEdit>(dialog, "lastName")->setText(QStringLiteral("Weiß-Übel"));
        child<QLineEdit>(dialog, "email")->setText(QStringLiteral("j.weiss@soehne.example"));
        child<QPlainTextEdit>(dialog, "topic")->setPlainText(QStringLiteral("<i>TikTok</i> & Co."));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const BookingRequest r = dialog.request();
        QCOMPARE(r.companyId, Id(0));
        QCOMPARE(r.company.name, name);
        QCOMPARE(r.company.street, QStringLiteral("Jöllenbecker Straße 12"));
        QCOMPARE(r.company.postcode, QStringLiteral("33613"));
        QCOMPARE(r.contactId, Id(0));
        QVERIFY(r.contact.has_value());
        QCOMPARE(r.contact->salutation, Salutation::Herr);
        QCOMPARE(r.contact->firstName, QStringLiteral("Jürgen"));
        QCOMPARE(r.contact->lastName, QStringLiteral("Weiß-Übel"));
        QCOMPARE(r.contact->email, QStringLiteral("j.weiss@soehne.example"));
        QCOMPARE(r.topic, QStringLiteral("<i>TikTok</i> & Co."));

        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked).constData());
        QCOMPARE(booked->companyName, name);
        QCOMPARE(booked->contactName, QStringLiteral("Jürgen Weiß-Übel"));
        QCOMPARE(booked->booking.topic, QStringLiteral("<i>TikTok</i> & Co."));
        QCOMPARE(companyCount(), 4);
    }

    void emptyContactMeansNoContactPerson()
    {
        BookingDialog dialog(db(), slotAt(m_michna, 9));
        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("Ohne Ansprechpartner GmbH"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const BookingRequest r = dialog.request();
        QVERIFY(!r.contact.has_value());
        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked).constData());
        QCOMPARE(booked->booking.contactId, Id(0));
    }

    // Issue #10: the company typed in another case or normal form is offered and taken as the known one.
    void companyTypedInAnotherNormalFormIsTheKnownOne()
    {
        BookingDialog dialog(db(), slotAt(m_michna, 9));
        auto *company = child<QLineEdit>(dialog, "company");
        company->setText(QStringLiteral("\uFF2DU\u0308"));
        auto *names = qobject_cast<QStringListModel *>(company->completer()->model());
        QVERIFY(names);
        QCOMPARE(names->stringList(),
                 QStringList({QStringLiteral("Müller GmbH"), QStringLiteral("Müllerei Östertag AG")}));
        company->setText(QStringLiteral("MU\u0308LLER  \uFF27\uFF4D\uFF42\uFF28"));
        QCOMPARE(dialog.request().companyId, m_mueller);
    }

    // Issue #10: an e-mail, phone or salutation without a name is refused with the sentence, never dropped.
    void detailsWithoutANameKeepTheDialogOpen()
    {
        for (int detail = 0; detail < 3; ++detail) {
            BookingDialog dialog(db(), slotAt(m_michna, 9));
            child<QLineEdit>(dialog, "company")->setText(QStringLiteral("Ohne Namen GmbH"));
            if (detail == 0)
                child<QLineEdit>(dialog, "email")->setText(QStringLiteral("x@example.org"));
            else if (detail == 1)
                child<QLineEdit>(dialog, "phone")->setText(QStringLiteral("0521 123456"));
            else
                child<QComboBox>(dialog, "salutation")->setCurrentIndex(0);
            dialog.accept();
            QVERIFY2(dialog.result() != QDialog::Accepted, qPrintable(QString::number(detail)));
            QVERIFY(!child<QLabel>(dialog, "errorLabel")->isHidden());
            QVERIFY(
                child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("first or last name")));
            // What the dialog would hand over is refused by the service too, not stored without the detail.
            QVERIFY(!BookingService(db()).book(dialog.request()).ok());
        }
    }

    void invalidEmailKeepsDialogOpenWithTheSentence()
    {
        BookingDialog dialog(db(), slotAt(m_ising, 11));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *email = child<QLineEdit>(dialog, "email");
        auto *error = child<QLabel>(dialog, "errorLabel");
        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("Beck KG"));
        child<QLineEdit>(dialog, "lastName")->setText(QStringLiteral("Muster"));
        email->setText(QStringLiteral("muster(at)beck.example"));

        Contact wrong;
        wrong.lastName = QStringLiteral("Muster");
        wrong.email = email->text();
        const Status expected = validateContact(wrong);
        QVERIFY(!expected.ok());

        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), errorMessage(expected.error()));
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QTRY_COMPARE(QApplication::focusWidget(), email);

        email->setText(QStringLiteral("muster@beck.example"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(BookingService(db()).book(dialog.request()).ok());
    }

    void missingCompanyNameOrBadPostcodeIsRefusedInline()
    {
        BookingDialog dialog(db(), slotAt(m_ising, 11));
        auto *error = child<QLabel>(dialog, "errorLabel");
        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("   "));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(error->text().contains(QStringLiteral("Please enter the company's name.")));

        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("Beck KG"));
        child<QLineEdit>(dialog, "postcode")->setText(QStringLiteral("3360"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(error->text().contains(QStringLiteral("five digits")), qPrintable(error->text()));
        QCOMPARE(companyCount(), 3); // nothing written by the dialog
    }

    void sameDayBookingWarnsAndNeedsTheOverride()
    {
        QVERIFY(bookMueller(m_ising, 9).booking.id != 0);
        BookingDialog dialog(db(), slotAt(m_michna, 14));
        auto *warning = child<QLabel>(dialog, "sameDayWarning");
        auto *allow = child<QCheckBox>(dialog, "allowSecondSlot");
        auto *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(warning->isHidden());
        QVERIFY(allow->isHidden());

        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("müller gmbh"));
        QVERIFY(!warning->isHidden());
        QCOMPARE(warning->textFormat(), Qt::PlainText);
        QVERIFY2(warning->text().contains(QStringLiteral("09:00–10:00")), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(QStringLiteral("Thorsten Ising")));
        QVERIFY(!allow->isHidden());
        QVERIFY(!allow->isChecked());
        QCOMPARE(allow->text(), QStringLiteral("Book a second slot on the same day anyway"));

        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("Müller GmbH")), qPrintable(error->text()));
        QVERIFY(!dialog.request().allowSecondSlotSameDay);
        auto refused = BookingService(db()).book(dialog.request());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::CompanyAlreadyBooked);

        allow->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const BookingRequest r = dialog.request();
        QVERIFY(r.allowSecondSlotSameDay);
        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked).constData());
        QCOMPARE(booked->booking.companyId, m_mueller);

        // Another company has no booking that day: no warning, no override carried along.
        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("Meier KG"));
        QVERIFY(warning->isHidden());
        QVERIFY(allow->isHidden());
        QVERIFY(!dialog.request().allowSecondSlotSameDay);
    }

    void editModeReturnsTheVersionAndEditedData()
    {
        const BookingDetails first = bookMueller(m_ising, 9);
        QVERIFY(first.booking.id != 0);
        // Someone changed the topic once: the dialog must carry version 2, as loaded.
        BookingEdit before;
        before.bookingId = first.booking.id;
        before.version = first.booking.version;
        before.topic = QStringLiteral("Instagram und Facebook");
        before.company = *CompanyRepository(db()).byId(m_mueller).value();
        before.contact = *CompanyRepository(db()).contactById(m_schmidt).value();
        auto changed = BookingService(db()).edit(before);
        QVERIFY2(changed.ok(), why(changed).constData());
        QCOMPARE(changed->booking.version, 2);
        const Company company = *CompanyRepository(db()).byId(m_mueller).value();

        BookingDialog dialog(db(), *changed);
        QVERIFY(dialog.isEditing());
        QCOMPARE(child<QPushButton>(dialog, "okButton")->text(), QStringLiteral("&Save"));
        QCOMPARE(child<QLineEdit>(dialog, "company")->text(), QStringLiteral("Müller GmbH"));
        QCOMPARE(child<QPlainTextEdit>(dialog, "topic")->toPlainText(),
                 QStringLiteral("Instagram und Facebook"));
        QCOMPARE(child<QComboBox>(dialog, "contactPicker")->currentData().toLongLong(), m_schmidt);
        QCOMPARE(child<QLineEdit>(dialog, "lastName")->text(), QStringLiteral("Schmidt"));
        QVERIFY(!child<QLineEdit>(dialog, "city")->isReadOnly());
        QVERIFY(!child<QLineEdit>(dialog, "email")->isReadOnly());
        QVERIFY(child<QLabel>(dialog, "sameDayWarning")->isHidden());

        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("Müller & Söhne GmbH"));
        child<QLineEdit>(dialog, "city")->setText(QStringLiteral("Gütersloh"));
        child<QLineEdit>(dialog, "email")->setText(QStringLiteral("a.schmidt@mueller.example"));
        child<QPlainTextEdit>(dialog, "topic")->setPlainText(QStringLiteral("Nur Instagram"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const BookingEdit e = dialog.edit();
        QCOMPARE(e.bookingId, first.booking.id);
        QCOMPARE(e.version, 2);
        QCOMPARE(e.company.id, m_mueller);
        QCOMPARE(e.company.version, company.version);
        QCOMPARE(e.company.name, QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE(e.company.city, QStringLiteral("Gütersloh"));
        QCOMPARE(e.company.street, QStringLiteral("Hauptstraße 5"));
        QVERIFY(e.contact.has_value());
        QCOMPARE(e.contact->id, m_schmidt);
        QCOMPARE(e.contact->email, QStringLiteral("a.schmidt@mueller.example"));
        QCOMPARE(e.contact->salutation, Salutation::Frau);
        QCOMPARE(e.topic, QStringLiteral("Nur Instagram"));

        auto edited = BookingService(db()).edit(e);
        QVERIFY2(edited.ok(), why(edited).constData());
        QCOMPARE(edited->booking.version, 3);
        QCOMPARE(edited->companyName, QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE(edited->booking.topic, QStringLiteral("Nur Instagram"));
        QCOMPARE(CompanyRepository(db()).contactById(m_schmidt).value()->email,
                 QStringLiteral("a.schmidt@mueller.example"));
    }

    void editModeCanSwitchToANewContactOrNone()
    {
        const BookingDetails booked = bookMueller(m_ising, 9);
        QVERIFY(booked.booking.id != 0);
        {
            BookingDialog dialog(db(), booked);
            child<QComboBox>(dialog, "contactPicker")->setCurrentIndex(1); // "New contact person"
            QVERIFY(child<QLineEdit>(dialog, "lastName")->text().isEmpty());
            child<QLineEdit>(dialog, "firstName")->setText(QStringLiteral("Özlem"));
            child<QLineEdit>(dialog, "lastName")->setText(QStringLiteral("Yılmaz"));
            const BookingEdit e = dialog.edit();
            QVERIFY(e.contact.has_value());
            QCOMPARE(e.contact->id, Id(0));
            QCOMPARE(e.contact->companyId, m_mueller);
        }
        {
            BookingDialog dialog(db(), booked);
            child<QComboBox>(dialog, "contactPicker")->setCurrentIndex(1);
            const BookingEdit e = dialog.edit();
            QVERIFY(!e.contact.has_value()); // nothing typed: no contact person
            auto edited = BookingService(db()).edit(e);
            QVERIFY2(edited.ok(), why(edited).constData());
            QCOMPARE(edited->booking.contactId, Id(0));
        }
    }

    void keyboardFocusTabOrderEnterAndEscape()
    {
        BookingDialog dialog(db(), slotAt(m_ising, 12));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "company"));

        // Without a known company the contact picker and the override are not in the way.
        const QStringList expected{
            QStringLiteral("street"),     QStringLiteral("postcode"), QStringLiteral("city"),
            QStringLiteral("salutation"), QStringLiteral("title"),    QStringLiteral("firstName"),
            QStringLiteral("lastName"),   QStringLiteral("email"),    QStringLiteral("phone"),
            QStringLiteral("topic"),      QStringLiteral("okButton"), QStringLiteral("cancelButton")};
        for (const QString &name : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }

        child<QLineEdit>(dialog, "company")->setFocus();
        child<QLineEdit>(dialog, "company")->setText(QStringLiteral("Tastatur GmbH"));
        QTest::keyClick(child<QLineEdit>(dialog, "company"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request().company.name, QStringLiteral("Tastatur GmbH"));

        BookingDialog cancelled(db(), slotAt(m_ising, 12));
        cancelled.show();
        cancelled.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&cancelled));
        QTest::keyClick(&cancelled, Qt::Key_Escape);
        QCOMPARE(cancelled.result(), int(QDialog::Rejected));
        QVERIFY(!cancelled.isVisible());
        QCOMPARE(companyCount(), 3);
    }

    void everyInteractiveWidgetHasAnObjectName()
    {
        BookingDialog dialog(db(), slotAt(m_ising, 10));
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || w->window() != &dialog)
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestBookingDialog)
#include "test_booking_dialog.moc"
