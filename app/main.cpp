// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/TerminalOutput.h"

#include "MainWindow.h"
#include "MessageBoxes.h"
#include "MigrationProgress.h"
#include "StartupRecovery.h"
#include "storage/Database.h"
#include "storage/SchemaReference.h"

#include <QApplication>
#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <thread>

#ifdef SPRECHTAG_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#ifdef Q_OS_WIN
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

namespace {

void installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::German,
                                language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Germany));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/sprechtag_") + language))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sprechtag"));
    QCoreApplication::setApplicationName(QStringLiteral("Sprechtag"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPRECHTAG_VERSION));
}

// The window icon from the embedded PNGs (the installed desktop entry names the same icon for the menu).
QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/org.sprechtag.Sprechtag-%1.png").arg(size), QSize(size, size));
    return icon;
}

// A command speaks through its own sentences on stderr (QTextStream, never qWarning). What Qt notes
// about the desktop session while it starts (no XDG_RUNTIME_DIR or one with other permissions, printed
// by Qt's own probe for a display server, so it cannot be avoided at its source; plugin and font notes)
// concerns a window system that commands never use, and would read like a failure in a script's log:
// such messages are dropped. Whoever sets QT_LOGGING_RULES to look into Qt gets them all; fatal messages
// are always printed before Qt ends the program.
void dropQtNotes(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

int runHeadless(int &argc, char **argv, const Sprechtag::Cli::Invocation &inv)
{
#ifdef Q_OS_WIN
    // sprechtag.exe is a GUI program (no console window on a double click): a command typed in a
    // console writes to that console. Not tested on these machines.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    // Commands run without a display: PDF output needs QtGui, but never a window system, whatever the
    // environment asks for (QT_QPA_PLATFORM=xcb without an X server would end the program).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qInstallMessageHandler(dropQtNotes);
    setIdentity();
    QGuiApplication app(argc, argv);
    installTranslations(app, Sprechtag::Cli::chooseLanguage(inv.language));
    // Nothing reaches the terminal but through TerminalOutput: no stored text carries escape sequences.
    Sprechtag::Cli::TerminalOutput stdoutDevice(stdout);
    Sprechtag::Cli::TerminalOutput stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    if (!inv.usageError.isEmpty()) {
        err << inv.usageError << Qt::endl;
        err << QCoreApplication::translate("Sprechtag::Cli", "See \"sprechtag --help\".") << Qt::endl;
        return Sprechtag::Cli::Usage;
    }
    if (inv.help) {
        // "sprechtag --help COMMAND" is "sprechtag COMMAND --help".
        const Sprechtag::Cli::Command *command = Sprechtag::Cli::findCommand(inv.command);
        out << (command ? Sprechtag::Cli::commandHelp(*command) : Sprechtag::Cli::helpText()) << Qt::flush;
        return Sprechtag::Cli::Done;
    }
    if (inv.version) {
        out << QStringLiteral("Sprechtag %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Sprechtag::Cli::Done;
    }
    return Sprechtag::Cli::runCommand(inv, out, err);
}

// fontconfig reads its configuration files and font cache once per process (5-6 ms, most of what the
// first widget costs): on a thread while Qt starts and the file opens, so that Qt's own FcInit() finds it
// done. fontconfig is thread-safe; had Qt got there first, both would load and one copy be dropped.
class FontConfigReadAhead
{
public:
    FontConfigReadAhead()
    {
#ifdef SPRECHTAG_FONTCONFIG
        m_thread = std::thread([] { FcInit(); });
#endif
    }
    ~FontConfigReadAhead()
    {
        wait();
    }
    FontConfigReadAhead(const FontConfigReadAhead &) = delete;
    FontConfigReadAhead &operator=(const FontConfigReadAhead &) = delete;

    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
};

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Sprechtag::Cli::Invocation inv = Sprechtag::Cli::parseInvocation(arguments);
    // The schema a file is compared with on open, worked out when the program was built.
    Sprechtag::SchemaCheck::seed(Sprechtag::compiledSchemaReference());
    // The whole command line is ours. Qt's own parser would take -platform, -style, -reverse, -session …
    // out of argv wherever they stand, also as the value of one of our options (--company -reverse):
    // Qt sees only the program's name.
    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
    if (!inv.command.isEmpty() || inv.help || inv.version || !inv.usageError.isEmpty())
        return runHeadless(qtArgc, qtArgv, inv);

    FontConfigReadAhead fonts;
    setIdentity();
    QApplication app(qtArgc, qtArgv);
    QApplication::setApplicationDisplayName(QStringLiteral("Sprechtag"));
    // Wayland finds the icon and the menu entry through the desktop file's name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.sprechtag.Sprechtag"));
    QSettings settings;
    const QString language =
        inv.language.isEmpty() ? settings.value(QStringLiteral("language")).toString() : inv.language;
    installTranslations(app, Sprechtag::Cli::chooseLanguage(language));

    // Without --database: the file chosen last time in the menu, else the default file.
    QString path = inv.database;
    if (path.isEmpty()) {
        const QString last = settings.value(QStringLiteral("database/lastPath")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    // Nothing that grows with the file before the first paint: the quick_check of a small file runs when
    // the daily backup's worker opens its own connection after the first paint (BackupActions). A dialog
    // shows the progress while an older file is converted.
    Sprechtag::MigrationProgress migration;
    Sprechtag::OpenOptions startOptions = migration.options();
    startOptions.quickCheckLimitBytes = 0;
    auto opened = Sprechtag::Database::open(path, startOptions);
    std::unique_ptr<Sprechtag::Database> db;
    if (opened) {
        db = std::move(opened).value();
    } else if (Sprechtag::StartupRecovery::canHelpWith(opened.error())) {
        // A damaged file: offer the newest sound backup (the damaged file is kept).
        db = Sprechtag::StartupRecovery::offer(nullptr,
                                               path.isEmpty() ? Sprechtag::Database::defaultPath() : path,
                                               opened.error(), QDate::currentDate());
    } else {
        Sprechtag::MessageBoxes::critical(nullptr, QCoreApplication::translate("Sprechtag::App", "Sprechtag"),
                                          Sprechtag::errorMessage(opened.error()));
    }
    if (!db)
        return Sprechtag::Cli::StorageProblem;
    // The window paints first and reads the data after that; the daily backup and the retention pass then
    // run on worker threads behind the usable window.
    fonts.wait();
    Sprechtag::MainWindow window(std::move(db), Sprechtag::MainWindow::Loading::AfterFirstPaint);
    // The icon's files are read after the first paint (the window manager shows it from then on).
    QObject::connect(&window, &Sprechtag::MainWindow::firstPainted, &window,
                     [] { QApplication::setWindowIcon(applicationIcon()); });
    window.show();
    window.runStartupChecksInBackground(QDate::currentDate());
    return app.exec();
}
