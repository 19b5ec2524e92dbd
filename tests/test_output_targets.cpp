// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 18 (core): every kind of output aimed at the open database, its side files, its
// backups and its backup folder - directly, through "..", a symlinked folder, a link at the final name, a
// hard link and other case - is refused, and every one of those files stays byte for byte as it was.
// Outputs never follow a link, are 0600 from the first byte and keep to the type the user chose.
#include "OutputTargets.h"
#include "ProcessRun.h"
#include "TestSupport.h"

#include "backup/Backups.h"
#include "demo/DemoData.h"
#include "documents/BriefingSheet.h"
#include "documents/DayPlan.h"
#include "documents/DoorSign.h"
#include "documents/LetterRenderer.h"
#include "documents/OutputFiles.h"
#include "exchange/CsvExport.h"
#include "exchange/IcsExport.h"
#include "exchange/XlsxExport.h"
#include "privacy/AccessReport.h"
#include "privacy/PrivacyService.h"
#include "storage/DayRepository.h"
#include "storage/ExportRepository.h"
#include "storage/LetterRepository.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

using Writer = std::function<Status(const QString &path)>;

struct Kind
{
    QString name;
    QString suffix;
    Writer write;
};

// A file's inode (a replacement by rename changes it) and its bytes. SQLite's shared-memory index is
// written by readers too: for it the inode and size only.
QByteArray identity(const QString &path)
{
    struct stat st
    {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return "missing";
    QByteArray id =
        QByteArray::number(qulonglong(st.st_ino)) + ':' + QByteArray::number(qlonglong(st.st_size));
    if (!path.endsWith(QLatin1String("-shm")))
        id += ':' + fileHash(path).toHex();
    return id;
}

// What must not change: every file below the database's folder (name -> hash, "->target" for a link),
// and whether the journal exists.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDir dir(folder);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : entries) {
        if (info.isSymLink())
            files.insert(info.fileName(), "->" + QFile::encodeName(info.symLinkTarget()));
        else if (info.isDir())
            files.insert(info.fileName() + QLatin1Char('/'), {});
        else
            files.insert(info.fileName(), identity(info.filePath()));
    }
    for (const QFileInfo &info :
         QDir(folder + QStringLiteral("/Sicherungen")).entryInfoList(QDir::Files | QDir::Hidden))
        files.insert(QStringLiteral("Sicherungen/") + info.fileName(), identity(info.filePath()));
    return files;
}

QString modeOf(const QString &path)
{
    struct stat st
    {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    return QString::number(st.st_mode & 07777, 8);
}

QString why(const Status &s)
{
    return s.ok() ? QStringLiteral("ok") : errorMessage(s.error());
}

} // namespace

class TestOutputTargets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    // One open database per output suffix, named with that suffix (daten.pdf, daten.csv, ...), so that the
    // suffix rule alone cannot refuse an output aimed at it.
    QMap<QString, std::shared_ptr<Database>> m_databases;
    QMap<QString, QString> m_backupCopies;

    QString folderFor(const QString &suffix) const { return m_root.filePath(suffix); }
    QString databaseFor(const QString &suffix) const
    {
        return folderFor(suffix) + QStringLiteral("/daten.") + suffix;
    }

    const Database &db(const QString &suffix) const { return *m_databases.value(suffix); }

    QList<Kind> kinds() const
    {
        QList<Kind> list;
        const auto pdf = QStringLiteral("pdf");
        const auto day = [this](const QString &suffix) {
            auto days = DayRepository(db(suffix)).summaries(QDate(2021, 3, 25), QDate(2021, 3, 25));
            return days && !days->isEmpty() ? days->first().day.id : Id(0);
        };
        list << Kind{QStringLiteral("letters"), pdf, [this, pdf](const QString &path) {
                         auto letters = LetterRepository(db(pdf)).activeOnDate(QDate(2021, 3, 25));
                         if (!letters)
                             return Status(letters.error());
                         return renderLetters(*letters, path);
                     }};
        list << Kind{QStringLiteral("day plan"), pdf, [this, pdf, day](const QString &path) {
                         return writeDayPlanPdf(db(pdf), day(pdf), path);
                     }};
        list << Kind{QStringLiteral("briefing sheets"), pdf, [this, pdf, day](const QString &path) {
                         return writeBriefingPdf(db(pdf), day(pdf), 0, path);
                     }};
        list << Kind{QStringLiteral("door signs"), pdf, [this, pdf, day](const QString &path) {
                         return writeDoorSignsPdf(db(pdf), day(pdf), true, path);
                     }};
        for (const QString &suffix : {pdf, QStringLiteral("csv")}) {
            list << Kind{
                QStringLiteral("access report ") + suffix, suffix, [this, suffix](const QString &path) {
                    PrivacyService privacy(db(suffix));
                    auto companies = privacy.companiesNamed(QStringLiteral("Beispiel Maschinenbau AG"));
                    if (!companies || companies->isEmpty())
                        return Status(makeError(ErrorCode::NotFound));
                    auto report = privacy.reportForCompany(companies->first().id);
                    if (!report)
                        return Status(report.error());
                    return writeAccessReport(*report, path);
                }};
        }
        const auto rows = [this](const QString &suffix) {
            auto r = ExportRepository(db(suffix)).rows({}, {}, 0, true);
            return r ? *r : QList<BookingRow>();
        };
        list << Kind{QStringLiteral("CSV export"), QStringLiteral("csv"), [rows](const QString &path) {
                         return writeFileAtomically(path, toCsv(rows(QStringLiteral("csv"))),
                                                    {QStringLiteral("csv")});
                     }};
        list << Kind{QStringLiteral("XLSX export"), QStringLiteral("xlsx"), [rows](const QString &path) {
                         return writeXlsx(rows(QStringLiteral("xlsx")), path);
                     }};
        list << Kind{QStringLiteral("ICS export"), QStringLiteral("ics"), [rows](const QString &path) {
                         return writeFileAtomically(path, toIcs(rows(QStringLiteral("ics"))),
                                                    {QStringLiteral("ics")});
                     }};
        // The bare writer with no suffix rule at all: the protection alone must hold.
        list << Kind{QStringLiteral("any bytes"), QStringLiteral("pdf"), [](const QString &path) {
                         return writeFileAtomically(path, "not a database");
                     }};
        return list;
    }

    // Every way to name the database, its side files, its backups and its backup folder.
    QList<std::pair<QString, QString>> targets(const QString &suffix) const
    {
        return outputTargets(databaseFor(suffix), m_backupCopies.value(suffix),
                             m_root.filePath(QStringLiteral("link-") + suffix), suffix);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        for (const QString &suffix :
             {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ics")}) {
            const QString folder = folderFor(suffix);
            QVERIFY(QDir().mkpath(folder));
            auto opened = Database::open(databaseFor(suffix));
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(errorMessage(opened.error())));
            m_databases.insert(suffix, std::shared_ptr<Database>(std::move(opened).value()));
            QVERIFY(loadDemoData(db(suffix)).ok());
            auto copy = Backups(databaseFor(suffix))
                            .create(db(suffix), BackupKind::Manual, QDateTime::currentDateTime());
            QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(errorMessage(copy.error())));
            m_backupCopies.insert(suffix, *copy);
            // An empty log keeps the hashing quick; the file stays as a target.
            QSqlQuery checkpoint(db(suffix).connection());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(QFile::exists(databaseFor(suffix) + QStringLiteral("-wal")));
            QVERIFY(QFile::link(folder, m_root.filePath(QStringLiteral("link-") + suffix)));
            QVERIFY(QFile::link(folder + QStringLiteral("/Sicherungen"),
                                folder + QStringLiteral("/backup-link")));
            QVERIFY(QFile::link(databaseFor(suffix), folder + QStringLiteral("/alias.") + suffix));
            QCOMPARE(::link(QFile::encodeName(databaseFor(suffix)).constData(),
                            QFile::encodeName(folder + QStringLiteral("/hard.") + suffix).constData()),
                     0);
        }
    }

    void outputsAimedAtTheDatabaseAreRefused()
    {
        int attempts = 0;
        int replaced = 0;
        int notRefused = 0;
        for (const Kind &kind : kinds()) {
            const QString folder = folderFor(kind.suffix);
            for (const auto &[what, path] : targets(kind.suffix)) {
                const QMap<QString, QByteArray> before = snapshot(folder);
                const Status s = kind.write(path);
                ++attempts;
                const QMap<QString, QByteArray> after = snapshot(folder);
                if (after != before) {
                    ++replaced;
                    qWarning("%s at %s changed the database's folder", qPrintable(kind.name),
                             qPrintable(what));
                }
                if (s.ok() || s.error().kind() != ErrorKind::Refused) {
                    ++notRefused;
                    qWarning("%s at %s: %s", qPrintable(kind.name), qPrintable(what), qPrintable(why(s)));
                }
            }
            // Still the database it was, and nothing left behind.
            QVERIFY(db(kind.suffix).check().ok() && db(kind.suffix).check()->isEmpty());
        }
        qInfo("test 18: outputs aimed at the database, its side files and backups: %d of %d replaced or "
              "changed anything, %d not refused",
              replaced, attempts, notRefused);
        QCOMPARE(replaced, 0);
        QCOMPARE(notRefused, 0);
        QVERIFY(!QFile::exists(databaseFor(QStringLiteral("pdf")) + QStringLiteral("-journal")));
    }

    void theRefusalNamesTheOutputAndTheReason()
    {
        const QString database = databaseFor(QStringLiteral("pdf"));
        auto days =
            DayRepository(db(QStringLiteral("pdf"))).summaries(QDate(2021, 3, 25), QDate(2021, 3, 25));
        QVERIFY(days.ok() && !days->isEmpty());
        const Status s = writeDayPlanPdf(db(QStringLiteral("pdf")), days->first().day.id, database);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::OutputRefused);
        const QString message = errorMessage(s.error());
        QVERIFY2(message.contains(QDir::toNativeSeparators(database)) &&
                     message.contains(QLatin1String("open database")),
                 qPrintable(message));
        const Status inBackups =
            writeFileAtomically(folderFor(QStringLiteral("csv")) + QStringLiteral("/Sicherungen/x.csv"), "x");
        QVERIFY(!inBackups.ok());
        QVERIFY2(errorMessage(inBackups.error()).contains(QLatin1String("backup folder")),
                 qPrintable(errorMessage(inBackups.error())));
    }

    void anotherSqliteFileIsNeverReplaced()
    {
        // A database that is not open here (a copy moved away, someone else's file) under a document name.
        const QString stray = m_root.filePath(QStringLiteral("stray.pdf"));
        QVERIFY(QFile::copy(m_backupCopies.value(QStringLiteral("pdf")), stray));
        const QByteArray before = fileHash(stray);
        const Status s = writeFileAtomically(stray, "%PDF-1.4", {QStringLiteral("pdf")});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::OutputRefused);
        QCOMPARE(fileHash(stray), before);
    }

    void aDatabaseMovedWhileOpenIsStillProtected()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("vorher.pdf"));
        auto opened = Database::open(original);
        QVERIFY(opened.ok());
        const QString moved = dir.filePath(QStringLiteral("nachher.pdf"));
        QVERIFY(QFile::rename(original, moved));
        const QByteArray before = fileHash(moved);
        const Status s = writeFileAtomically(moved, "%PDF-1.4", {QStringLiteral("pdf")});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::OutputRefused);
        QVERIFY2(errorMessage(s.error()).contains(QLatin1String("open database")), qPrintable(why(s)));
        QCOMPARE(fileHash(moved), before);
    }

    void aSymlinkAtTheFinalNameIsRefusedAndItsTargetUnchanged()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        int refused = 0;
        const QList<Kind> all = kinds();
        for (const Kind &kind : all) {
            const QString link =
                dir.filePath(QStringLiteral("link-") + QString::number(refused) + u'.' + kind.suffix);
            QVERIFY(QFile::link(victim, link));
            const Status s = kind.write(link);
            QVERIFY2(!s.ok() && s.error().code == ErrorCode::OutputRefused,
                     qPrintable(kind.name + u' ' + why(s)));
            QVERIFY(QFileInfo(link).isSymLink());
            ++refused;
        }
        QCOMPARE(fileHash(victim), QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
        QCOMPARE(refused, int(all.size()));
        // A dangling link is not followed to create a file either.
        const QString dangling = dir.filePath(QStringLiteral("dangling.csv"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("created-through-link.csv")), dangling));
        QVERIFY(!writeFileAtomically(dangling, "x").ok());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("created-through-link.csv"))));
        qInfo("test 18: symlinks at the final name: %d of %d refused, their target unchanged", refused,
              int(all.size()));
    }

    void foldersDevicesAndPipesAreRefused()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ordner.csv"));
        QVERIFY(QDir().mkpath(folder));
        const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {folder, fifo, QStringLiteral("/dev/null")}) {
            const Status s = writeFileAtomically(path, "x");
            QVERIFY2(!s.ok() && s.error().code == ErrorCode::OutputRefused, qPrintable(path + u' ' + why(s)));
        }
        QVERIFY(QFileInfo(folder).isDir());
    }

    void newOutputsArePrivateEvenUnderUmask000()
    {
        QTemporaryDir dir;
        const mode_t old = ::umask(0);
        QMap<QString, QString> modes;
        for (const Kind &kind : kinds()) {
            const QString path = dir.filePath(QString(kind.name).replace(u' ', u'-') + u'.' + kind.suffix);
            const Status s = kind.write(path);
            modes.insert(kind.name, s.ok() ? modeOf(path) : why(s));
        }
        // The new file is private before its first byte, not only after the rename.
        auto file = OutputFile::create(dir.filePath(QStringLiteral("early.csv")), {QStringLiteral("csv")});
        ::umask(old);
        QVERIFY(file.ok());
        QCOMPARE(modeOf(file->temporaryPath()), QStringLiteral("600"));
        for (auto it = modes.cbegin(); it != modes.cend(); ++it)
            QVERIFY2(it.value() == QLatin1String("600"), qPrintable(it.key() + u' ' + it.value()));
        qInfo("test 18: new outputs under umask 000: %d of %d are 0600", int(modes.size()),
              int(modes.size()));
    }

    void aFailedWriteLeavesNoTemporaryFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("plan.csv"));
        {
            auto created = OutputFile::create(target, {QStringLiteral("csv")});
            QVERIFY(created.ok());
            OutputFile file = std::move(created).value();
            QVERIFY(file.write("a;b\r\n").ok());
            // Something turns the final name into a link before the rename: refused, not replaced.
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("other")), target));
            QVERIFY(!file.commit().ok());
        }
        QVERIFY(QFileInfo(target).isSymLink());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 1);
        {
            auto created =
                OutputFile::create(dir.filePath(QStringLiteral("gone.csv")), {QStringLiteral("csv")});
            QVERIFY(created.ok());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 1);
    }

    void aWrongSuffixIsRefused()
    {
        QTemporaryDir dir;
        const QList<Kind> all = kinds();
        int refused = 0;
        QSet<QString> written;
        for (const Kind &kind : all) {
            if (kind.name == QLatin1String("any bytes"))
                continue;
            for (const QString &name :
                 {QStringLiteral("out.txt"), QStringLiteral("out"), QStringLiteral("out.sqlite"),
                  QStringLiteral(".pdf"), QStringLiteral("out.") + kind.suffix + QStringLiteral(".bak")}) {
                const Status s = kind.write(dir.filePath(name));
                QVERIFY2(!s.ok() && s.error().code == ErrorCode::OutputRefused,
                         qPrintable(kind.name + u' ' + name));
                ++refused;
            }
            // Case does not matter.
            const QString upper = dir.filePath(QStringLiteral("OUT.") + kind.suffix.toUpper());
            QVERIFY2(kind.write(upper).ok(), qPrintable(kind.name));
            written.insert(QFileInfo(upper).fileName());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), int(written.size()));
        QVERIFY(!writeXlsx({}, dir.filePath(QStringLiteral("x.csv"))).ok());
        qInfo("test 18: outputs with a suffix that does not fit: %d of %d refused", refused, refused);
    }

    void controlCharactersAreRefused()
    {
        QTemporaryDir dir;
        for (const QString &name :
             {QStringLiteral("a\nb.csv"), QStringLiteral("a\x1b[31mb.csv"), QStringLiteral("a\tb.csv"),
              QString(QStringLiteral("a") + QChar(0x9b) + QStringLiteral("b.csv"))}) {
            const Status s = writeFileAtomically(dir.filePath(name), "x", {QStringLiteral("csv")});
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::OutputRefused);
            // The message shows no control character either.
            for (const QChar c : errorMessage(s.error()))
                QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f &&
                        (c.unicode() < 0x80 || c.unicode() >= 0xa0));
        }
        const QString inFolder = dir.filePath(QStringLiteral("a\nb")) + QStringLiteral("/x.csv");
        QVERIFY(!writeFileAtomically(inFolder, "x").ok());
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void missingFoldersAreNotCreated()
    {
        QTemporaryDir dir;
        const Status s = writeFileAtomically(dir.filePath(QStringLiteral("neu/x.csv")), "x");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::CannotWriteFile);
        QVERIFY2(errorMessage(s.error()).contains(QStringLiteral("x.csv")),
                 qPrintable(errorMessage(s.error())));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("neu"))));
    }

    void theSaveDialogAddsTheChosenSuffix()
    {
        const QStringList exports{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ics")};
        QCOMPARE(*withOutputSuffix(QStringLiteral("/x/Buchungen"), QStringLiteral("xlsx"), exports),
                 QStringLiteral("/x/Buchungen.xlsx"));
        QCOMPARE(
            *withOutputSuffix(QStringLiteral("/x/Plan."), QStringLiteral("pdf"), {QStringLiteral("pdf")}),
            QStringLiteral("/x/Plan.pdf"));
        QCOMPARE(*withOutputSuffix(QStringLiteral("/x/Liste.ICS"), QStringLiteral("csv"), exports),
                 QStringLiteral("/x/Liste.ICS"));
        QCOMPARE(
            *withOutputSuffix(QStringLiteral("/x.y/Plan"), QStringLiteral("pdf"), {QStringLiteral("pdf")}),
            QStringLiteral("/x.y/Plan.pdf"));
        for (const QString &wrong : {QStringLiteral("/x/Plan.sqlite"), QStringLiteral("/x/Plan.txt")}) {
            auto r = withOutputSuffix(wrong, QStringLiteral("pdf"), {QStringLiteral("pdf")});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::OutputRefused);
        }
    }
};

int main(int argc, char *argv[])
{
    // Documents need fonts (a QGuiApplication), never a window system.
    QGuiApplication app(argc, argv);
    TestOutputTargets test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_output_targets.moc"
