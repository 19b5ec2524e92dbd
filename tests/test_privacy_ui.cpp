// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy menu of the real main window: the change log viewer, anonymising through the menu with the
// question answered through MessageBoxes, the retention period in the settings and at start.
#include "TestSupport.h"
#include "WidgetSupport.h"

#include "demo/DemoData.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SubjectPicker.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "models/AuditLogModel.h"
#include "privacy/PrivacyService.h"
#include "storage/CompanyRepository.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestPrivacyUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;

    // A file with the example data (all its days lie in the past), optionally with a retention period.
    void openWindow(int retentionMonths = 0)
    {
        const QString path = m_dir.filePath(QStringLiteral("ui-%1.sqlite").arg(++m_counter));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(loadDemoData(**db).ok());
        QVERIFY(PrivacyService(**db).setRetentionMonths(retentionMonths).ok());
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    const Database &db() const { return m_window->database(); }

    qint64 count(const QString &sql) { return *scalar(db(), sql); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void cleanup() { m_window.reset(); }

    void privacyMenuSitsBeforeHelp()
    {
        openWindow();
        const QList<QAction *> menus = m_window->menuBar()->actions();
        QVERIFY(menus.size() >= 2);
        QCOMPARE(menus.at(menus.size() - 2)->menu()->objectName(), QStringLiteral("privacyMenu"));
        QVERIFY(action(m_window.get(), "actionPrivacyReport"));
        QVERIFY(action(m_window.get(), "actionPrivacyErase"));
    }

    void changeLogViewerShowsEveryEntryReadOnlyAndFilters()
    {
        openWindow();
        const qint64 entries = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        const qint64 bookingEntries =
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'booking'"));
        QVERIFY(entries > bookingEntries && bookingEntries > 0);
        bool checked = false;
        onNextDialog<AuditLogDialog>([&](AuditLogDialog *dialog) {
            QAbstractItemModelTester tester(dialog->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(dialog->model()->rowCount(), int(entries));
            QTableView *table = dialog->table();
            QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
            QCOMPARE(table->model()->rowCount(), int(entries));
            // Newest first: the last booking of the example comes before the first format.
            QVERIFY(dialog->model()->entries().first().id > dialog->model()->entries().last().id);
            auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("auditFilter"));
            filter->setText(auditEntityName(QStringLiteral("booking")));
            QCOMPARE(table->model()->rowCount(), int(bookingEntries));
            filter->clear();
            QCOMPARE(table->model()->rowCount(), int(entries));
            checked = true;
            dialog->reject();
        });
        action(m_window.get(), "actionAuditLog")->trigger();
        QVERIFY(checked);
        // Looking changed nothing.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), entries);
    }

    void anonymisingThroughTheMenuAsksFirst()
    {
        openWindow();
        const QString name = QStringLiteral("Musterbäckerei Beispiel GmbH");
        auto found = CompanyRepository(db()).byName(name);
        QCOMPARE(found->size(), 1);
        const Id companyId = found->first().id;
        auto pick = [&](SubjectPicker *picker) {
            picker->filter()->setText(QStringLiteral("musterb"));
            QTreeWidget *tree = picker->tree();
            QCOMPARE(tree->topLevelItemCount(), 1);
            tree->setCurrentItem(tree->topLevelItem(0));
            picker->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        };
        const qint64 bookings = count(QStringLiteral("SELECT count(*) FROM booking"));

        // Answered "No": nothing happens.
        onNextDialog<SubjectPicker>(pick);
        MessageBoxes::setNextAnswer(QMessageBox::No);
        action(m_window.get(), "actionPrivacyErase")->trigger();
        QVERIFY2(MessageBoxes::lastText().contains(name), qPrintable(MessageBoxes::lastText()));
        QVERIFY(MessageBoxes::lastText().contains(PrivacyService::placeholder(companyId)));
        QCOMPARE((*CompanyRepository(db()).byId(companyId))->name, name);

        // Answered "Yes": anonymised, and the statistics stay.
        onNextDialog<SubjectPicker>(pick);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        action(m_window.get(), "actionPrivacyErase")->trigger();
        QCOMPARE((*CompanyRepository(db()).byId(companyId))->name, PrivacyService::placeholder(companyId));
        QVERIFY(MessageBoxes::lastText().contains(PrivacyService::placeholder(companyId)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking")), bookings);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE entity = 'company' AND action = 'erase'")),
                 qint64(1));
        QVERIFY(m_window->undoStack()->count() == 0);
    }

    void settingsPreviewAndStoreTheRetentionPeriod()
    {
        openWindow();
        bool checked = false;
        onNextDialog<SettingsDialog>([&](SettingsDialog *dialog) {
            auto *months = dialog->findChild<QSpinBox *>(QStringLiteral("retentionMonths"));
            auto *preview = dialog->findChild<QLabel *>(QStringLiteral("retentionPreview"));
            QVERIFY(months && preview);
            QCOMPARE(months->value(), 0);
            const QString off = preview->text();
            months->setValue(12);
            QVERIFY(preview->text() != off);
            // The preview names what a period would reach, computed by the service.
            auto plan = PrivacyService(db()).retentionPreview(QDate::currentDate(), 12);
            QVERIFY(preview->text().contains(QString::number(plan->companies.size())));
            // Nothing is written before OK.
            QCOMPARE(*PrivacyService(db()).retentionMonths(), 0);
            checked = true;
            dialog->accept();
        });
        action(m_window.get(), "actionSettings")->trigger();
        QVERIFY(checked);
        QCOMPARE(*PrivacyService(db()).retentionMonths(), 12);
    }

    void retentionAtStartSaysWhatItDid()
    {
        // The example days lie years back: a period of 12 months reaches every company of the example.
        openWindow(12);
        QVERIFY2(!m_window->statusBar()->currentMessage().isEmpty(), "no message");
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM company WHERE anonymised = ''")), qint64(0));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention'")) > 0);
        // Nothing is left for the next start.
        auto again = PrivacyService(db()).retentionPreview(QDate::currentDate());
        QVERIFY(again->isEmpty());
    }
};

QTEST_MAIN(TestPrivacyUi)
#include "test_privacy_ui.moc"
