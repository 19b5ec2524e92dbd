// SPDX-License-Identifier: GPL-3.0-or-later
// The master data dialogs (formats, consultants, companies with contacts, settings), driven by object name
// the way a user would, with the results checked in the database.
#include "TestSupport.h"

#include "dialogs/CompaniesDialog.h"
#include "dialogs/ConsultantsDialog.h"
#include "dialogs/FormatsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "domain/Validation.h"
#include "MessageBoxes.h"
#include "models/CompanyListModel.h"
#include "models/ConsultantListModel.h"
#include "models/ContactTableModel.h"
#include "models/FormatListModel.h"
#include "scheduling/DayService.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/ConsultantRepository.h"
#include "storage/DayRepository.h"
#include "storage/FormatRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

using Tester = QAbstractItemModelTester;

template <typename T> T *widget(QWidget &dialog, const char *name)
{
    T *found = dialog.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

void setText(QWidget &dialog, const char *name, const QString &text)
{
    widget<QLineEdit>(dialog, name)->setText(text);
}

QString text(QWidget &dialog, const char *name)
{
    return widget<QLineEdit>(dialog, name)->text();
}

void click(QWidget &dialog, const char *name)
{
    QPushButton *button = widget<QPushButton>(dialog, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks the row whose first column shows the text, as a user picks an entry from a list.
bool clickRow(QAbstractItemView *view, const QString &shown)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() == shown) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
            return view->currentIndex().row() == row;
        }
    }
    return false;
}

QStringList shownNames(QAbstractItemView *view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << view->model()->index(row, 0).data().toString();
    return names;
}

Format storedFormat(const Database &db, Id id)
{
    auto found = FormatRepository(db).byId(id);
    return found && *found ? **found : Format{};
}

} // namespace

class TestMasterdataDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;

    const Database &db() const { return *m_tmp->db; }

    Id addCompany(const QString &name, const QString &city = QString())
    {
        Company c;
        c.name = name;
        c.city = city;
        auto id = CompanyRepository(db()).insert(c);
        return id ? *id : 0;
    }

    Id addContact(Id company, const QString &first, const QString &last, const QString &email)
    {
        Contact c;
        c.companyId = company;
        c.firstName = first;
        c.lastName = last;
        c.email = email;
        auto id = CompanyRepository(db()).insertContact(c);
        return id ? *id : 0;
    }

    bool addDay(Id format, Id consultant)
    {
        auto day = DayService(db()).create(makeDay(format, QDate(2021, 3, 25), {consultant}));
        if (!day)
            qWarning("%s", qUtf8Printable(errorMessage(day.error())));
        return day.ok();
    }

    static void show(QDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Never let a box wait for a person; each test says what it answers to questions.
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        MessageBoxes::setNextAnswer(QMessageBox::NoButton);
    }

    void cleanup() { m_tmp.reset(); }

    void formatModelShowsArchivedAndColour()
    {
        FormatListModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        Format active;
        active.id = 1;
        active.name = QStringLiteral("Social Media Sprechtag");
        active.partner = QStringLiteral("InnoZent OWL e.V.");
        active.colour = QStringLiteral("#336699");
        Format archived;
        archived.id = 2;
        archived.name = QStringLiteral("Website-Check");
        archived.archived = true;
        model.setRecords({active, archived});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FormatListModel::PartnerColumn).data().toString(), active.partner);
        QCOMPARE(model.index(0, 0).data(Qt::DecorationRole).value<QColor>(), QColor(0x33, 0x66, 0x99));
        QVERIFY(!model.index(1, 0).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic(), true);
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(1, 1).data(FormatListModel::IdRole).toLongLong(), Id(2));
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(3), -1);
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void contactModelShowsSalutationAndArchived()
    {
        ContactTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        Contact anna;
        anna.id = 7;
        anna.salutation = Salutation::Frau;
        anna.title = QStringLiteral("Dr.");
        anna.firstName = QStringLiteral("Anna");
        anna.lastName = QStringLiteral("Müller");
        Contact alex;
        alex.id = 8;
        alex.firstName = QStringLiteral("Alex");
        alex.archived = true;
        model.setRecords({anna, alex});
        QCOMPARE(model.columnCount(), int(ContactTableModel::ColumnCount));
        QCOMPARE(model.index(0, ContactTableModel::SalutationColumn).data().toString(),
                 salutationName(Salutation::Frau));
        QCOMPARE(model.index(0, ContactTableModel::LastNameColumn).data().toString(),
                 QStringLiteral("Müller"));
        QCOMPARE(model.index(1, ContactTableModel::SalutationColumn).data().toString(), QString());
        QCOMPARE(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic(), true);
        QCOMPARE(model.rowOf(8), 1);

        ConsultantListModel consultants;
        Tester consultantTester(&consultants, Tester::FailureReportingMode::QtTest);
        Consultant inactive;
        inactive.id = 3;
        inactive.name = QStringLiteral("Frank Michna");
        inactive.active = false;
        consultants.setRecords({inactive});
        QCOMPARE(consultants.index(0, 0).data(Qt::FontRole).value<QFont>().italic(), true);

        CompanyListModel companies;
        Tester companyTester(&companies, Tester::FailureReportingMode::QtTest);
        Company beck;
        beck.id = 4;
        beck.name = QStringLiteral("Beck KG");
        beck.city = QStringLiteral("Gütersloh");
        companies.setRecords({beck});
        QCOMPARE(companies.index(0, CompanyListModel::CityColumn).data().toString(), beck.city);
    }

    void addsFormatWithAllFields()
    {
        FormatsDialog dialog(db());
        show(dialog);
        auto *list = widget<QListView>(dialog, "formatList");
        Tester tester(list->model(), Tester::FailureReportingMode::QtTest);
        QSignalSpy changed(&dialog, &FormatsDialog::formatsChanged);
        const int boxes = MessageBoxes::shownCount();

        click(dialog, "newButton");
        setText(dialog, "formatName", QStringLiteral("Website-Check-Sprechtag"));
        widget<QPlainTextEdit>(dialog, "formatDescription")
            ->setPlainText(QStringLiteral("Fachleute prüfen Ihre Website."));
        setText(dialog, "formatPartner", QStringLiteral("InnoZent OWL e.V."));
        setText(dialog, "formatLocation", QStringLiteral("IHK, Elsa-Brändström-Straße 1–3, Bielefeld"));
        widget<QTimeEdit>(dialog, "formatStart")->setTime(QTime(10, 0));
        widget<QTimeEdit>(dialog, "formatEnd")->setTime(QTime(15, 30));
        widget<QSpinBox>(dialog, "formatSlotMinutes")->setValue(45);
        setText(dialog, "formatContactName", QStringLiteral("Marco Rieso"));
        setText(dialog, "formatContactPhone", QStringLiteral("0521 554-123"));
        setText(dialog, "formatContactEmail", QStringLiteral("rieso@example.de"));
        widget<QPlainTextEdit>(dialog, "formatLetterBody")
            ->setPlainText(QStringLiteral("wir freuen uns, Ihnen einen Termin zu bestätigen.\nGrüße"));
        click(dialog, "saveButton");

        QCOMPARE(MessageBoxes::shownCount(), boxes);
        QCOMPARE(changed.count(), 1);
        auto all = FormatRepository(db()).all(true);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        const Format f = all->first();
        QCOMPARE(f.name, QStringLiteral("Website-Check-Sprechtag"));
        QCOMPARE(f.description, QStringLiteral("Fachleute prüfen Ihre Website."));
        QCOMPARE(f.partner, QStringLiteral("InnoZent OWL e.V."));
        QCOMPARE(f.defaultLocation, QStringLiteral("IHK, Elsa-Brändström-Straße 1–3, Bielefeld"));
        QCOMPARE(f.defaultHours, (TimeRange{10 * 60, 15 * 60 + 30}));
        QCOMPARE(f.defaultSlotMinutes, 45);
        QCOMPARE(f.contactName, QStringLiteral("Marco Rieso"));
        QCOMPARE(f.contactPhone, QStringLiteral("0521 554-123"));
        QCOMPARE(f.contactEmail, QStringLiteral("rieso@example.de"));
        QCOMPARE(f.letterBody, QStringLiteral("wir freuen uns, Ihnen einen Termin zu bestätigen.\nGrüße"));
        QCOMPARE(f.archived, false);
        QCOMPARE(dialog.currentFormatId(), f.id);
        QCOMPARE(shownNames(list), QStringList{f.name});
        QCOMPARE(list->currentIndex().data().toString(), f.name);
    }

    void editsFormatAndEnterSaves()
    {
        Format social;
        social.name = QStringLiteral("Social Media Sprechtag");
        social.colour = QStringLiteral("#336699");
        const Id socialId = FormatRepository(db()).insert(social).value();
        const Id websiteId = addFormat(db(), QStringLiteral("Website-Check"));
        QVERIFY(websiteId != 0);

        FormatsDialog dialog(db());
        show(dialog);
        auto *list = widget<QListView>(dialog, "formatList");
        Tester tester(list->model(), Tester::FailureReportingMode::QtTest);
        QVERIFY(clickRow(list, QStringLiteral("Social Media Sprechtag")));
        QCOMPARE(dialog.currentFormatId(), socialId);
        QCOMPARE(widget<QPushButton>(dialog, "formatColourButton")->text(), QStringLiteral("#336699"));

        setText(dialog, "formatName", QStringLiteral("Social-Media-Sprechtag für Händler"));
        widget<QSpinBox>(dialog, "formatSlotMinutes")->setValue(30);
        QTest::keyClick(widget<QLineEdit>(dialog, "formatName"), Qt::Key_Return);

        const Format saved = storedFormat(db(), socialId);
        QCOMPARE(saved.name, QStringLiteral("Social-Media-Sprechtag für Händler"));
        QCOMPARE(saved.defaultSlotMinutes, 30);
        QCOMPARE(saved.colour, QStringLiteral("#336699"));
        QCOMPARE(FormatRepository(db()).all(true)->size(), 2);
        QCOMPARE(storedFormat(db(), websiteId).name, QStringLiteral("Website-Check"));
        QCOMPARE(dialog.currentFormatId(), socialId);
        QVERIFY(dialog.isVisible());
    }

    void refusesImplausibleFormat()
    {
        addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        FormatsDialog dialog(db());
        show(dialog);
        Tester tester(widget<QListView>(dialog, "formatList")->model(), Tester::FailureReportingMode::QtTest);

        click(dialog, "newButton");
        setText(dialog, "formatName", QStringLiteral("Website-Check"));
        widget<QTimeEdit>(dialog, "formatStart")->setTime(QTime(16, 0));
        widget<QTimeEdit>(dialog, "formatEnd")->setTime(QTime(9, 0));
        click(dialog, "saveButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("later than the start")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QCOMPARE(FormatRepository(db()).all(true)->size(), 1);

        // The same name in other letters is the same format.
        widget<QTimeEdit>(dialog, "formatEnd")->setTime(QTime(17, 0));
        setText(dialog, "formatName", QStringLiteral("SOCIAL MEDIA sprechtag"));
        click(dialog, "saveButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("already a format")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QCOMPARE(FormatRepository(db()).all(true)->size(), 1);
        QCOMPARE(dialog.currentFormatId(), Id(0));
    }

    void reportsUnknownPlaceholderWhenLetterTextIsSaved()
    {
        FormatsDialog dialog(db());
        show(dialog);
        click(dialog, "newButton");
        setText(dialog, "formatName", QStringLiteral("Website-Check"));
        widget<QPlainTextEdit>(dialog, "formatLetterBody")
            ->setPlainText(QStringLiteral("wir erwarten Sie am {weekday_date} bei {firma}."));
        click(dialog, "saveButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("{firma}")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QCOMPARE(FormatRepository(db()).all(true)->size(), 0);
        widget<QPlainTextEdit>(dialog, "formatLetterBody")
            ->setPlainText(QStringLiteral("wir erwarten Sie am {weekday_date} bei {company}."));
        click(dialog, "saveButton");
        QCOMPARE(FormatRepository(db()).all(true)->size(), 1);
    }

    void archivesFormatThatHasADay()
    {
        const Id social = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        const Id website = addFormat(db(), QStringLiteral("Website-Check"));
        const Id ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        QVERIFY(addDay(social, ising));
        QCOMPARE(FormatRepository(db()).usageCount(social).value(), qint64(1));
        QCOMPARE(FormatRepository(db()).usageCount(website).value(), qint64(0));

        FormatsDialog dialog(db());
        show(dialog);
        auto *list = widget<QListView>(dialog, "formatList");
        Tester tester(list->model(), Tester::FailureReportingMode::QtTest);
        QSignalSpy changed(&dialog, &FormatsDialog::formatsChanged);
        QVERIFY(clickRow(list, QStringLiteral("Social Media Sprechtag")));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        click(dialog, "archiveButton");

        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("was archived")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QVERIFY(MessageBoxes::lastText().contains(QLatin1String("Social Media Sprechtag")));
        QCOMPARE(changed.count(), 1);
        const Format archived = storedFormat(db(), social);
        QCOMPARE(archived.id, social);
        QCOMPARE(archived.archived, true);
        QVERIFY(DayRepository(db()).byFormatAndDate(social, QDate(2021, 3, 25))->has_value());
        QCOMPARE(shownNames(list), QStringList{QStringLiteral("Website-Check")});

        // Shown again on request, in italics, and it can be offered again.
        widget<QCheckBox>(dialog, "showArchived")->setChecked(true);
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(clickRow(list, QStringLiteral("Social Media Sprechtag")));
        QCOMPARE(list->currentIndex().data(Qt::FontRole).value<QFont>().italic(), true);
        QCOMPARE(widget<QPushButton>(dialog, "archiveButton")->text(), FormatsDialog::tr("R&estore"));
        click(dialog, "archiveButton");
        QCOMPARE(storedFormat(db(), social).archived, false);
    }

    void deletesFormatWithoutDaysOnlyWhenConfirmed()
    {
        const Id social = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        const Id website = addFormat(db(), QStringLiteral("Website-Check"));
        FormatsDialog dialog(db());
        show(dialog);
        auto *list = widget<QListView>(dialog, "formatList");
        Tester tester(list->model(), Tester::FailureReportingMode::QtTest);
        QVERIFY(clickRow(list, QStringLiteral("Website-Check")));

        MessageBoxes::setNextAnswer(QMessageBox::No);
        click(dialog, "archiveButton");
        QVERIFY(FormatRepository(db()).byId(website)->has_value());
        QCOMPARE(list->model()->rowCount(), 2);

        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        click(dialog, "archiveButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("was deleted")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QVERIFY(!FormatRepository(db()).byId(website)->has_value());
        QCOMPARE(FormatRepository(db()).all(true)->size(), 1);
        QCOMPARE(shownNames(list), QStringList{QStringLiteral("Social Media Sprechtag")});
        QCOMPARE(dialog.currentFormatId(), social);
    }

    void asksBeforeUnsavedChangesAreLost()
    {
        const Id social = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        const Id website = addFormat(db(), QStringLiteral("Website-Check"));
        FormatsDialog dialog(db());
        show(dialog);
        auto *list = widget<QListView>(dialog, "formatList");
        Tester tester(list->model(), Tester::FailureReportingMode::QtTest);
        QVERIFY(clickRow(list, QStringLiteral("Social Media Sprechtag")));

        // Switching to another format offers to save; Save keeps the edit.
        setText(dialog, "formatPartner", QStringLiteral("InnoZent OWL e.V."));
        MessageBoxes::setNextAnswer(QMessageBox::Save);
        QVERIFY(clickRow(list, QStringLiteral("Website-Check")));
        QCOMPARE(storedFormat(db(), social).partner, QStringLiteral("InnoZent OWL e.V."));
        QCOMPARE(dialog.currentFormatId(), website);
        QCOMPARE(text(dialog, "formatName"), QStringLiteral("Website-Check"));

        // Esc asks too: Cancel stays, Discard closes without saving.
        setText(dialog, "formatPartner", QStringLiteral("Digitalagentur"));
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QVERIFY(MessageBoxes::lastText().contains(QLatin1String("Website-Check")));
        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(storedFormat(db(), website).partner, QString());
    }

    void addsConsultant()
    {
        ConsultantsDialog dialog(db());
        show(dialog);
        auto *list = widget<QListView>(dialog, "consultantList");
        Tester tester(list->model(), Tester::FailureReportingMode::QtTest);
        QSignalSpy changed(&dialog, &ConsultantsDialog::consultantsChanged);

        click(dialog, "newButton");
        setText(dialog, "consultantName", QStringLiteral("Thorsten Ising"));
        setText(dialog, "consultantTitle", QStringLiteral("Dipl.-Kfm."));
        setText(dialog, "consultantOrganisation", QStringLiteral("Ising Social Media Beratung"));
        setText(dialog, "consultantEmail", QStringLiteral("ising(at)example.de"));
        setText(dialog, "consultantPhone", QStringLiteral("0521 123456"));
        widget<QPlainTextEdit>(dialog, "consultantProfile")
            ->setPlainText(QStringLiteral("Social Media für kleine Unternehmen, Datenschutz"));
        QVERIFY(widget<QCheckBox>(dialog, "consultantActive")->isChecked());

        click(dialog, "saveButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("e-mail address")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QCOMPARE(ConsultantRepository(db()).all(true)->size(), 0);
        QCOMPARE(changed.count(), 0);

        setText(dialog, "consultantEmail", QStringLiteral("ising@example.de"));
        click(dialog, "saveButton");
        QCOMPARE(changed.count(), 1);
        auto all = ConsultantRepository(db()).all(true);
        QCOMPARE(all->size(), 1);
        const Consultant c = all->first();
        QCOMPARE(c.name, QStringLiteral("Thorsten Ising"));
        QCOMPARE(c.title, QStringLiteral("Dipl.-Kfm."));
        QCOMPARE(c.organisation, QStringLiteral("Ising Social Media Beratung"));
        QCOMPARE(c.email, QStringLiteral("ising@example.de"));
        QCOMPARE(c.phone, QStringLiteral("0521 123456"));
        QCOMPARE(c.profile, QStringLiteral("Social Media für kleine Unternehmen, Datenschutz"));
        QCOMPARE(c.active, true);
        QCOMPARE(dialog.currentConsultantId(), c.id);
        QCOMPARE(shownNames(list), QStringList{c.name});
    }

    void archivesConsultantWithADayAndDeletesOneWithout()
    {
        const Id format = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        const Id ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        const Id michna = addConsultant(db(), QStringLiteral("Frank Michna"));
        QVERIFY(addDay(format, ising));

        ConsultantsDialog dialog(db());
        show(dialog);
        auto *list = widget<QListView>(dialog, "consultantList");
        Tester tester(list->model(), Tester::FailureReportingMode::QtTest);
        QVERIFY(clickRow(list, QStringLiteral("Thorsten Ising")));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        click(dialog, "removeButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("was therefore archived")),
                 qUtf8Printable(MessageBoxes::lastText()));
        auto archived = ConsultantRepository(db()).byId(ising);
        QVERIFY(archived && *archived);
        QCOMPARE((*archived)->active, false);
        QCOMPARE(shownNames(list), QStringList{QStringLiteral("Frank Michna")});

        QVERIFY(clickRow(list, QStringLiteral("Frank Michna")));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        click(dialog, "removeButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("was deleted")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QVERIFY(!ConsultantRepository(db()).byId(michna)->has_value());
        QCOMPARE(list->model()->rowCount(), 0);

        widget<QCheckBox>(dialog, "showArchived")->setChecked(true);
        QCOMPARE(shownNames(list), QStringList{QStringLiteral("Thorsten Ising")});
    }

    void savesCompanyWithTwoContacts()
    {
        CompaniesDialog dialog(db());
        show(dialog);
        auto *companies = widget<QTableView>(dialog, "companyList");
        auto *contacts = widget<QTableView>(dialog, "contactTable");
        Tester companyTester(companies->model(), Tester::FailureReportingMode::QtTest);
        Tester contactTester(contacts->model(), Tester::FailureReportingMode::QtTest);
        QSignalSpy changed(&dialog, &CompaniesDialog::companiesChanged);
        const int boxes = MessageBoxes::shownCount();

        click(dialog, "newButton");
        setText(dialog, "companyName", QStringLiteral("Müller Maschinenbau GmbH"));
        setText(dialog, "companyStreet", QStringLiteral("Hauptstraße 5"));
        setText(dialog, "companyPostcode", QStringLiteral("33602"));
        setText(dialog, "companyCity", QStringLiteral("Bielefeld"));
        setText(dialog, "companyMembershipNumber", QStringLiteral("4711-0815"));
        setText(dialog, "companyIndustry", QStringLiteral("Maschinenbau"));
        setText(dialog, "companyWebsite", QStringLiteral("https://mueller-maschinenbau.example"));
        auto *salutation = widget<QComboBox>(dialog, "contactSalutation");
        salutation->setCurrentIndex(salutation->findData(int(Salutation::Frau)));
        setText(dialog, "contactTitle", QStringLiteral("Dr."));
        setText(dialog, "contactFirstName", QStringLiteral("Anna"));
        setText(dialog, "contactLastName", QStringLiteral("Müller"));
        setText(dialog, "contactEmail", QStringLiteral("anna.mueller@mueller.example"));
        setText(dialog, "contactPhone", QStringLiteral("0521 98765-0"));
        click(dialog, "saveButton");
        QCOMPARE(MessageBoxes::shownCount(), boxes);

        click(dialog, "newContactButton");
        QCOMPARE(text(dialog, "contactFirstName"), QString());
        salutation->setCurrentIndex(salutation->findData(int(Salutation::Herr)));
        setText(dialog, "contactFirstName", QStringLiteral("Jörg"));
        setText(dialog, "contactLastName", QStringLiteral("Weiß"));
        setText(dialog, "contactEmail", QStringLiteral("j.weiss@mueller.example"));
        QTest::keyClick(widget<QLineEdit>(dialog, "contactEmail"), Qt::Key_Return);
        QCOMPARE(MessageBoxes::shownCount(), boxes);
        QCOMPARE(changed.count(), 2);

        auto stored = CompanyRepository(db()).all(true);
        QCOMPARE(stored->size(), 1);
        const Company c = stored->first();
        QCOMPARE(c.name, QStringLiteral("Müller Maschinenbau GmbH"));
        QCOMPARE(c.street, QStringLiteral("Hauptstraße 5"));
        QCOMPARE(c.postcode, QStringLiteral("33602"));
        QCOMPARE(c.city, QStringLiteral("Bielefeld"));
        QCOMPARE(c.membershipNumber, QStringLiteral("4711-0815"));
        QCOMPARE(c.industry, QStringLiteral("Maschinenbau"));
        QCOMPARE(c.website, QStringLiteral("https://mueller-maschinenbau.example"));
        auto people = CompanyRepository(db()).contactsOf(c.id);
        QCOMPARE(people->size(), 2);
        const Contact anna = people->at(0);
        QCOMPARE(anna.salutation, Salutation::Frau);
        QCOMPARE(anna.title, QStringLiteral("Dr."));
        QCOMPARE(anna.firstName, QStringLiteral("Anna"));
        QCOMPARE(anna.lastName, QStringLiteral("Müller"));
        QCOMPARE(anna.email, QStringLiteral("anna.mueller@mueller.example"));
        QCOMPARE(anna.phone, QStringLiteral("0521 98765-0"));
        const Contact joerg = people->at(1);
        QCOMPARE(joerg.salutation, Salutation::Herr);
        QCOMPARE(joerg.firstName, QStringLiteral("Jörg"));
        QCOMPARE(joerg.lastName, QStringLiteral("Weiß"));
        QCOMPARE(joerg.email, QStringLiteral("j.weiss@mueller.example"));

        QCOMPARE(shownNames(companies), QStringList{c.name});
        QCOMPARE(contacts->model()->rowCount(), 2);
        QCOMPARE(dialog.currentCompanyId(), c.id);
        QCOMPARE(dialog.currentContactId(), joerg.id);

        // Editing the first contact changes that one only.
        QVERIFY(clickRow(contacts, salutationName(Salutation::Frau)));
        QCOMPARE(text(dialog, "contactFirstName"), QStringLiteral("Anna"));
        setText(dialog, "contactPhone", QStringLiteral("0521 98765-12"));
        click(dialog, "saveButton");
        QCOMPARE((*CompanyRepository(db()).contactById(anna.id))->phone, QStringLiteral("0521 98765-12"));
        QCOMPARE((*CompanyRepository(db()).contactById(joerg.id))->phone, QString());
        QCOMPARE(CompanyRepository(db()).contactsOf(c.id)->size(), 2);
    }

    void refusesInvalidEmailAndSavesNothing()
    {
        CompaniesDialog dialog(db());
        show(dialog);
        Tester companyTester(widget<QTableView>(dialog, "companyList")->model(),
                             Tester::FailureReportingMode::QtTest);
        Tester contactTester(widget<QTableView>(dialog, "contactTable")->model(),
                             Tester::FailureReportingMode::QtTest);
        QSignalSpy changed(&dialog, &CompaniesDialog::companiesChanged);

        click(dialog, "newButton");
        setText(dialog, "companyName", QStringLiteral("Beck KG"));
        setText(dialog, "contactFirstName", QStringLiteral("Jan"));
        setText(dialog, "contactLastName", QStringLiteral("Beck"));
        setText(dialog, "contactEmail", QStringLiteral("jan.beck(at)beck"));
        click(dialog, "saveButton");

        Contact typed;
        typed.firstName = QStringLiteral("Jan");
        typed.lastName = QStringLiteral("Beck");
        typed.email = QStringLiteral("jan.beck(at)beck");
        const Status expected = validateContact(typed);
        QVERIFY(!expected.ok());
        QCOMPARE(MessageBoxes::lastText(), errorMessage(expected.error()));
        QCOMPARE(CompanyRepository(db()).all(true)->size(), 0);
        QCOMPARE(changed.count(), 0);
        // What was typed stays for correcting.
        QCOMPARE(text(dialog, "companyName"), QStringLiteral("Beck KG"));
        QCOMPARE(text(dialog, "contactEmail"), QStringLiteral("jan.beck(at)beck"));

        setText(dialog, "companyPostcode", QStringLiteral("3360"));
        setText(dialog, "contactEmail", QStringLiteral("jan@beck.example"));
        click(dialog, "saveButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("five digits")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QCOMPARE(CompanyRepository(db()).all(true)->size(), 0);

        setText(dialog, "companyPostcode", QStringLiteral("33330"));
        click(dialog, "saveButton");
        QCOMPARE(CompanyRepository(db()).all(true)->size(), 1);
        QCOMPARE(CompanyRepository(db()).contactsOf(dialog.currentCompanyId())->size(), 1);
    }

    // Issue #10: a company or contact typed in another case or normal form is the existing one.
    void refusesASecondCompanyOrContactTypedDifferently()
    {
        Company existing;
        existing.name = QStringLiteral("Groß & Klein GmbH");
        auto id = CompanyRepository(db()).insert(existing);
        QVERIFY(id.ok());
        Contact person;
        person.companyId = *id;
        person.firstName = QStringLiteral("İlkay");
        person.lastName = QStringLiteral("Müller");
        QVERIFY(CompanyRepository(db()).insertContact(person).ok());

        {
            CompaniesDialog dialog(db());
            show(dialog);
            click(dialog, "newButton");
            setText(dialog, "companyName", QStringLiteral("GROSS & KLEIN GMBH"));
            click(dialog, "saveButton");
            QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("already exists")),
                     qUtf8Printable(MessageBoxes::lastText()));
            QCOMPARE(CompanyRepository(db()).all(true)->size(), 1);
        }
        CompaniesDialog dialog(db());
        show(dialog);
        QVERIFY(dialog.selectCompany(*id));
        click(dialog, "newContactButton");
        setText(dialog, "contactFirstName", QStringLiteral("ILKAY"));
        setText(dialog, "contactLastName", QStringLiteral("MU\u0308LLER"));
        click(dialog, "saveButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("already exists")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QCOMPARE(CompanyRepository(db()).contactsOf(*id, true)->size(), 1);
    }

    void doesNotOverwriteCompanyChangedMeanwhile()
    {
        const Id id = addCompany(QStringLiteral("Müller GmbH"), QStringLiteral("Bielefeld"));
        CompaniesDialog dialog(db());
        show(dialog);
        auto *companies = widget<QTableView>(dialog, "companyList");
        Tester companyTester(companies->model(), Tester::FailureReportingMode::QtTest);
        Tester contactTester(widget<QTableView>(dialog, "contactTable")->model(),
                             Tester::FailureReportingMode::QtTest);
        QVERIFY(clickRow(companies, QStringLiteral("Müller GmbH")));
        QCOMPARE(dialog.currentCompanyId(), id);

        // Another workstation changes the street while the dialog is open.
        CompanyRepository repository(db());
        Company elsewhere = (*repository.byId(id)).value();
        elsewhere.street = QStringLiteral("Neue Straße 1");
        QVERIFY(repository.update(elsewhere).ok());

        setText(dialog, "companyCity", QStringLiteral("Gütersloh"));
        click(dialog, "saveButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("changed meanwhile")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Müller GmbH")));
        Company stored = (*repository.byId(id)).value();
        QCOMPARE(stored.street, QStringLiteral("Neue Straße 1"));
        QCOMPARE(stored.city, QStringLiteral("Bielefeld"));
        // The dialog now shows the current state, and saving again works on it.
        QCOMPARE(text(dialog, "companyStreet"), QStringLiteral("Neue Straße 1"));
        QCOMPARE(text(dialog, "companyCity"), QStringLiteral("Bielefeld"));
        setText(dialog, "companyCity", QStringLiteral("Gütersloh"));
        const int boxes = MessageBoxes::shownCount();
        click(dialog, "saveButton");
        QCOMPARE(MessageBoxes::shownCount(), boxes);
        stored = (*repository.byId(id)).value();
        QCOMPARE(stored.street, QStringLiteral("Neue Straße 1"));
        QCOMPARE(stored.city, QStringLiteral("Gütersloh"));
    }

    void doesNotOverwriteContactChangedMeanwhile()
    {
        const Id company = addCompany(QStringLiteral("Beck KG"));
        const Id jan = addContact(company, QStringLiteral("Jan"), QStringLiteral("Beck"),
                                  QStringLiteral("jan@beck.example"));
        QVERIFY(jan != 0);
        CompaniesDialog dialog(db());
        show(dialog);
        Tester contactTester(widget<QTableView>(dialog, "contactTable")->model(),
                             Tester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.currentCompanyId(), company);
        QCOMPARE(dialog.currentContactId(), jan);
        QCOMPARE(text(dialog, "contactLastName"), QStringLiteral("Beck"));

        CompanyRepository repository(db());
        Contact elsewhere = (*repository.contactById(jan)).value();
        elsewhere.phone = QStringLiteral("05241 1234");
        QVERIFY(repository.updateContact(elsewhere).ok());

        setText(dialog, "companyIndustry", QStringLiteral("Handel"));
        setText(dialog, "contactEmail", QStringLiteral("j.beck@beck.example"));
        click(dialog, "saveButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("changed meanwhile")),
                 qUtf8Printable(MessageBoxes::lastText()));
        const Contact stored = (*repository.contactById(jan)).value();
        QCOMPARE(stored.email, QStringLiteral("jan@beck.example"));
        QCOMPARE(stored.phone, QStringLiteral("05241 1234"));
        // One transaction: the company's change did not go in alone either.
        QCOMPARE((*repository.byId(company))->industry, QString());
        QCOMPARE(text(dialog, "contactPhone"), QStringLiteral("05241 1234"));
    }

    void archivesContact()
    {
        const Id company = addCompany(QStringLiteral("Beck KG"));
        const Id jan = addContact(company, QStringLiteral("Jan"), QStringLiteral("Beck"), QString());
        const Id eva = addContact(company, QStringLiteral("Eva"), QStringLiteral("Beck"), QString());
        CompaniesDialog dialog(db());
        show(dialog);
        auto *contacts = widget<QTableView>(dialog, "contactTable");
        Tester contactTester(contacts->model(), Tester::FailureReportingMode::QtTest);
        QCOMPARE(contacts->model()->rowCount(), 2);
        QCOMPARE(dialog.currentContactId(), jan);
        click(dialog, "archiveContactButton");
        QCOMPARE((*CompanyRepository(db()).contactById(jan))->archived, true);
        QCOMPARE((*CompanyRepository(db()).contactById(eva))->archived, false);
        QCOMPARE(contacts->model()->rowCount(), 1);
        QCOMPARE(dialog.currentContactId(), eva);
    }

    void removesCompanyByItsUse()
    {
        const Id format = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        const Id beck = addCompany(QStringLiteral("Beck KG"));
        const Id mueller = addCompany(QStringLiteral("Müller GmbH"));
        addContact(beck, QStringLiteral("Jan"), QStringLiteral("Beck"), QString());
        QVERIFY(WaitlistRepository(db()).insert(WaitlistEntry{0, format, 0, mueller, 0, {}, {}, false}).ok());

        CompaniesDialog dialog(db());
        show(dialog);
        auto *companies = widget<QTableView>(dialog, "companyList");
        Tester companyTester(companies->model(), Tester::FailureReportingMode::QtTest);
        QVERIFY(clickRow(companies, QStringLiteral("Beck KG")));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        click(dialog, "removeButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("was deleted")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QVERIFY(!CompanyRepository(db()).byId(beck)->has_value());
        QCOMPARE(CompanyRepository(db()).contactsOf(beck, true)->size(), 0);

        QVERIFY(clickRow(companies, QStringLiteral("Müller GmbH")));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        click(dialog, "removeButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("was therefore archived")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QCOMPARE((*CompanyRepository(db()).byId(mueller))->archived, true);
        QCOMPARE(companies->model()->rowCount(), 0);
    }

    void filtersCompaniesByBeginningOfName()
    {
        addCompany(QStringLiteral("Müller GmbH"), QStringLiteral("Bielefeld"));
        addCompany(QStringLiteral("MÜLLER & Söhne"), QStringLiteral("Herford"));
        addCompany(QStringLiteral("Beck KG"));
        const Id archived = addCompany(QStringLiteral("Müllerei Alt"));
        Company old = (*CompanyRepository(db()).byId(archived)).value();
        old.archived = true;
        QVERIFY(CompanyRepository(db()).update(old).ok());

        CompaniesDialog dialog(db());
        show(dialog);
        auto *companies = widget<QTableView>(dialog, "companyList");
        Tester companyTester(companies->model(), Tester::FailureReportingMode::QtTest);
        QCOMPARE(companies->model()->rowCount(), 3);
        setText(dialog, "companyFilter", QStringLiteral("mül"));
        QCOMPARE(shownNames(companies),
                 (QStringList{QStringLiteral("MÜLLER & Söhne"), QStringLiteral("Müller GmbH")}));
        widget<QCheckBox>(dialog, "showArchived")->setChecked(true);
        QCOMPARE(companies->model()->rowCount(), 3);
        QVERIFY(shownNames(companies).contains(QStringLiteral("Müllerei Alt")));
        setText(dialog, "companyFilter", QStringLiteral("Be"));
        QCOMPARE(shownNames(companies), QStringList{QStringLiteral("Beck KG")});
        setText(dialog, "companyFilter", QString());
        QCOMPARE(companies->model()->rowCount(), 4);
    }

    void settingsReturnEditedOrganisationAndLanguage()
    {
        Organisation current;
        current.name = QStringLiteral("IHK Ostwestfalen zu Bielefeld");
        current.department = QStringLiteral("Innovation & Technologie");
        current.street = QStringLiteral("Elsa-Brändström-Straße 1–3");
        current.postcode = QStringLiteral("33602");
        current.city = QStringLiteral("Bielefeld");
        current.phone = QStringLiteral("0521 554-0");
        current.email = QStringLiteral("info@ostwestfalen.ihk.de");
        current.web = QStringLiteral("www.ostwestfalen.ihk.de");

        SettingsDialog dialog(current, QStringLiteral("de"), nullptr);
        show(dialog);
        QCOMPARE(text(dialog, "organisationStreet"), current.street);
        QCOMPARE(dialog.organisation(), current);
        QCOMPARE(dialog.language(), QStringLiteral("de"));

        setText(dialog, "organisationDepartment", QStringLiteral("Innovation und Umwelt"));
        setText(dialog, "organisationCity", QStringLiteral("Gütersloh"));
        setText(dialog, "organisationEmail", QStringLiteral("innovation(at)ihk"));
        auto *language = widget<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        click(dialog, "okButton");
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("e-mail address")),
                 qUtf8Printable(MessageBoxes::lastText()));
        QVERIFY(dialog.isVisible());

        setText(dialog, "organisationEmail", QStringLiteral("innovation@ostwestfalen.ihk.de"));
        click(dialog, "okButton");
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        Organisation expected = current;
        expected.department = QStringLiteral("Innovation und Umwelt");
        expected.city = QStringLiteral("Gütersloh");
        expected.email = QStringLiteral("innovation@ostwestfalen.ihk.de");
        QCOMPARE(dialog.organisation(), expected);
        QCOMPARE(dialog.language(), QStringLiteral("en"));

        SettingsDialog unknown(current, QStringLiteral("fr"), nullptr);
        QCOMPARE(unknown.language(), QStringLiteral("de"));
        SettingsDialog english(current, QStringLiteral("en"), nullptr);
        QCOMPARE(english.language(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMasterdataDialogs)
#include "test_masterdata_dialogs.moc"
