// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 18 on the command line, through the real executable: every command that writes a
// document or an export, aimed at the database, its side files, its backups and its backup folder -
// directly, through "..", a symlinked folder, a link at the final name, a hard link and other case - is
// refused with exit code 2, and every file of the database's folder stays byte for byte as it was.
#include "OutputTargets.h"
#include "ProcessRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

// Every file below the folder and in its backup folder: its inode (a replacement by rename changes it)
// and its bytes; a link by its target.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &sub : {QString(), QStringLiteral("/Sicherungen")}) {
        const QFileInfoList entries =
            QDir(folder + sub)
                .entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &info : entries) {
            struct stat st
            {};
            ::lstat(QFile::encodeName(info.filePath()).constData(), &st);
            QByteArray id = QByteArray::number(qulonglong(st.st_ino)) + ':';
            if (info.isSymLink())
                id += "->" + QFile::encodeName(info.symLinkTarget());
            else if (!info.isDir())
                id += fileHash(info.filePath()).toHex();
            files.insert(sub + QLatin1Char('/') + info.fileName(), id);
        }
    }
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

struct Command
{
    QString name;
    QString suffix;
    QStringList args; // before --output
};

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QMap<QString, QString> m_backupCopies;

    QString folderFor(const QString &suffix) const { return m_root.filePath(suffix); }
    QString databaseFor(const QString &suffix) const
    {
        return folderFor(suffix) + QStringLiteral("/daten.") + suffix;
    }

    static Run run(const QStringList &args) { return runSprechtag(args); }

    // The database of each command is named with that command's own suffix, so that only the protection
    // of the database - not the suffix rule - can refuse an output aimed at it.
    static QList<Command> commands()
    {
        const QString date = QStringLiteral("2021-03-25");
        const QString company = QStringLiteral("Beispiel Maschinenbau AG");
        return {
            {QStringLiteral("letters"),
             QStringLiteral("pdf"),
             {QStringLiteral("letters"), QStringLiteral("--date"), date}},
            {QStringLiteral("schedule"),
             QStringLiteral("pdf"),
             {QStringLiteral("schedule"), QStringLiteral("--date"), date}},
            {QStringLiteral("privacy report (PDF)"),
             QStringLiteral("pdf"),
             {QStringLiteral("privacy"), QStringLiteral("report"), QStringLiteral("--company"), company}},
            {QStringLiteral("privacy report (CSV)"),
             QStringLiteral("csv"),
             {QStringLiteral("privacy"), QStringLiteral("report"), QStringLiteral("--company"), company}},
            {QStringLiteral("export (CSV)"), QStringLiteral("csv"), {QStringLiteral("export")}},
            {QStringLiteral("export (XLSX)"), QStringLiteral("xlsx"), {QStringLiteral("export")}},
            {QStringLiteral("export (ICS)"), QStringLiteral("ics"), {QStringLiteral("export")}},
        };
    }

    Run runCommand(const Command &c, const QString &output) const
    {
        return run(QStringList{QStringLiteral("--database"), databaseFor(c.suffix)} + c.args +
                   QStringList{QStringLiteral("--output"), output});
    }

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
            Run r = run({QStringLiteral("--database"), databaseFor(suffix), QStringLiteral("demo")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            r = run({QStringLiteral("--database"), databaseFor(suffix), QStringLiteral("backup")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QStringList copies = QDir(folder + QStringLiteral("/Sicherungen")).entryList(QDir::Files);
            QVERIFY2(!copies.isEmpty(), qPrintable(r.err));
            m_backupCopies.insert(suffix, folder + QStringLiteral("/Sicherungen/") + copies.first());
            QVERIFY(QFile::link(folder, m_root.filePath(QStringLiteral("link-") + suffix)));
            QVERIFY(QFile::link(folder + QStringLiteral("/Sicherungen"),
                                folder + QStringLiteral("/backup-link")));
            QVERIFY(QFile::link(databaseFor(suffix), folder + QStringLiteral("/alias.") + suffix));
            QCOMPARE(::link(QFile::encodeName(databaseFor(suffix)).constData(),
                            QFile::encodeName(folder + QStringLiteral("/hard.") + suffix).constData()),
                     0);
        }
    }

    void aMistypedOutputNeverReplacesTheDatabase()
    {
        // The case from the issue: --output names the database itself.
        const QString folder = m_root.filePath(QStringLiteral("plain"));
        QVERIFY(QDir().mkpath(folder));
        const QString database = folder + QStringLiteral("/sprechtag.sqlite");
        QCOMPARE(run({QStringLiteral("--database"), database, QStringLiteral("demo")}).code, 0);
        const QMap<QString, QByteArray> before = snapshot(folder);
        for (const QStringList &args :
             {QStringList{QStringLiteral("schedule"), QStringLiteral("--date"), QStringLiteral("2021-03-25")},
              QStringList{QStringLiteral("letters"), QStringLiteral("--date"), QStringLiteral("2021-03-25")},
              QStringList{QStringLiteral("export")}}) {
            const Run r = run(QStringList{QStringLiteral("--database"), database} + args +
                              QStringList{QStringLiteral("--output"), database});
            QVERIFY2(r.code == 2, qPrintable(args.first() + u' ' + QString::number(r.code) + u' ' + r.err));
            QVERIFY2(r.err.contains(QLatin1String("was not written")), qPrintable(r.err));
        }
        QCOMPARE(snapshot(folder), before);
        const Run check = run({QStringLiteral("--database"), database, QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.err));
    }

    void outputsAimedAtTheDatabaseAreRefused()
    {
        int attempts = 0;
        int replaced = 0;
        int notRefused = 0;
        for (const Command &c : commands()) {
            const QString folder = folderFor(c.suffix);
            for (const auto &[what, path] : targets(c.suffix)) {
                const QMap<QString, QByteArray> before = snapshot(folder);
                const Run r = runCommand(c, path);
                ++attempts;
                if (snapshot(folder) != before) {
                    ++replaced;
                    qWarning("%s at %s changed the database's folder (exit %d)", qPrintable(c.name),
                             qPrintable(what), r.code);
                }
                if (r.code != 2) {
                    ++notRefused;
                    qWarning("%s at %s: exit %d %s", qPrintable(c.name), qPrintable(what), r.code,
                             qPrintable(r.err));
                }
            }
        }
        qInfo("test 18 (command line): outputs aimed at the database, its side files and backups: %d of %d "
              "replaced or changed anything, %d not refused with exit code 2",
              replaced, attempts, notRefused);
        QCOMPARE(replaced, 0);
        QCOMPARE(notRefused, 0);
        for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("csv")}) {
            const Run check =
                run({QStringLiteral("--database"), databaseFor(suffix), QStringLiteral("check")});
            QVERIFY2(check.code == 0, qPrintable(check.err));
        }
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
        const QByteArray before = fileHash(victim);
        int refused = 0;
        const QList<Command> all = commands();
        for (const Command &c : all) {
            const QString link = dir.filePath(QStringLiteral("link-%1.").arg(refused) + c.suffix);
            QVERIFY(QFile::link(victim, link));
            const Run r = runCommand(c, link);
            QVERIFY2(r.code == 2, qPrintable(c.name + u' ' + QString::number(r.code) + u' ' + r.err));
            QVERIFY(QFileInfo(link).isSymLink());
            ++refused;
        }
        QCOMPARE(fileHash(victim), before);
        qInfo("test 18 (command line): symlinks at the final name: %d of %d refused, their target unchanged",
              refused, int(all.size()));
    }

    void newOutputsArePrivateEvenUnderUmask000()
    {
        QTemporaryDir dir;
        QStringList modes;
        for (const Command &c : commands()) {
            const QString output =
                dir.filePath(QString(c.name).remove(u' ').remove(u'(').remove(u')') + u'.' + c.suffix);
            QProcess p;
            p.setProcessEnvironment(headlessEnvironment());
            p.setChildProcessModifier([] { ::umask(0); });
            p.start(QStringLiteral(SPRECHTAG_EXE),
                    QStringList{QStringLiteral("--language=en"), QStringLiteral("--database"),
                                databaseFor(c.suffix)} +
                        c.args + QStringList{QStringLiteral("--output"), output});
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            modes << modeOf(output);
        }
        QCOMPARE(modes.count(QStringLiteral("600")), modes.size());
        // No temporary file is left beside them.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), modes.size());
        qInfo("test 18 (command line): new outputs under umask 000: %d of %d are 0600",
              int(modes.count(QStringLiteral("600"))), int(modes.size()));
    }

    void aWrongSuffixOrAControlCharacterIsRefused()
    {
        QTemporaryDir dir;
        int refused = 0;
        int attempts = 0;
        for (const Command &c : commands()) {
            for (const QString &name :
                 {QStringLiteral("out.txt"), QStringLiteral("out"), QStringLiteral("out.sqlite"),
                  QStringLiteral("out.") + c.suffix + QStringLiteral("-wal"),
                  QStringLiteral("out\x1b[31m.") + c.suffix, QStringLiteral("out\n.") + c.suffix}) {
                const Run r = runCommand(c, dir.filePath(name));
                ++attempts;
                if (r.code == 2)
                    ++refused;
                else
                    qWarning("%s to %s: exit %d", qPrintable(c.name), qPrintable(name), r.code);
                // Nothing that reaches the terminal carries the escape sequence.
                QVERIFY2(!r.err.contains(QChar(0x1b)), qPrintable(c.name));
            }
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        qInfo("test 18 (command line): outputs with a wrong suffix or a control character: %d of %d refused",
              refused, attempts);
        QCOMPARE(refused, attempts);
    }

    void anOutputOnAFullDiskNamesTheOutput()
    {
        const QString mount = m_root.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mount));
        const Run mounted = runProgram(QStringLiteral("mount"),
                                       {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                        QStringLiteral("size=512k"), QStringLiteral("tmpfs"), mount});
        if (mounted.code != 0)
            QSKIP(
                qPrintable(QStringLiteral("Mounting a small tmpfs is not permitted here (it needs root): ") +
                           mounted.err.trimmed()));
        const auto unmount = qScopeGuard([&] {
            if (runProgram(QStringLiteral("umount"), {mount}).code != 0)
                runProgram(QStringLiteral("umount"), {QStringLiteral("-l"), mount});
        });
        {
            QFile filler(mount + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray chunk(4096, 'x');
            while (filler.write(chunk) == chunk.size()) {
            }
            while (filler.write("x", 1) == 1) {
            }
        }
        int named = 0;
        const QList<Command> all = commands();
        for (const Command &c : all) {
            const QString output =
                mount + u'/' + QString(c.name).remove(u' ').remove(u'(').remove(u')') + u'.' + c.suffix;
            const Run r = runCommand(c, output);
            QVERIFY2(r.code == 3, qPrintable(c.name + u' ' + QString::number(r.code) + u' ' + r.err));
            QVERIFY2(r.err.contains(output) && r.err.contains(QLatin1String("disk is full")),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(QLatin1String("[ERROR]")) &&
                         !r.err.contains(QLatin1String("database file")),
                     qPrintable(r.err));
            ++named;
        }
        // Nothing half-written is left behind.
        QCOMPARE(QDir(mount).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("filler")});
        qInfo("test 18 (command line): outputs on a full disk: %d of %d name the output file, raw [ERROR] "
              "lines 0",
              named, int(all.size()));
    }

    void aLetterWhoseRecordCannotBeUpdatedSaysSo()
    {
        const QString database = databaseFor(QStringLiteral("pdf"));
        auto holder = Database::open(database);
        QVERIFY(holder.ok());
        WriteTransaction tx(**holder);
        QVERIFY(tx.begin().ok());
        const QString pdf = m_root.filePath(QStringLiteral("briefe.pdf"));
        const Run r =
            run({QStringLiteral("--database"), database, QStringLiteral("letters"), QStringLiteral("--date"),
                 QStringLiteral("2021-03-25"), QStringLiteral("--output"), pdf});
        tx.rollback();
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("was written, but the database could not record")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(pdf), qPrintable(r.err));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly) && written.read(4) == "%PDF");
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "test_cli_outputs.moc"
