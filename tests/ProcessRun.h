// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running a program to its end from a test: the sprechtag executable through its command line, or a
// system tool. One place for the environment, the time limit and how the outcome is read.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace Sprechtag::Test {

struct Run
{
    int code = -1; // -1: did not finish in time; -2: crashed or was killed
    QString out;
    QString err;
};

// The caller's environment without a display and without a platform choice: commands must run headless
// and pick the offscreen platform themselves.
inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

inline Run runProgram(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env = headlessEnvironment(), int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#ifdef SPRECHTAG_EXE
// `sprechtag --language=LANG ARGS...`; an empty language leaves the choice to the program.
inline Run runSprechtag(const QStringList &args, const QString &language = QStringLiteral("en"))
{
    QStringList full = args;
    if (!language.isEmpty())
        full.prepend(QStringLiteral("--language=") + language);
    return runProgram(QStringLiteral(SPRECHTAG_EXE), full);
}
#endif

// SHA-256 of a file's bytes (empty when it cannot be read): "the file is unchanged".
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace Sprechtag::Test
