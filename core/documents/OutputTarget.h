// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Internal to documents/OutputFiles: the checks of an output path, done once before the file is made and
// again just before it is renamed into place.
namespace Sprechtag::OutputTarget {

struct CheckedTarget
{
    QString path;      // absolute, cleaned
    QByteArray folder; // resolved
    QByteArray name;
    int folderFd = -1; // open; the caller closes it
};

// The rules of checkOutputPath (documents/OutputFiles.h).
Result<CheckedTarget> check(const QString &path, const QStringList &suffixes);
// OutputRefused: the name does not end in one of the suffixes (without the dot).
Error wrongSuffix(const QString &path, const QStringList &suffixes);
QString fromLocal(const QByteArray &bytes);

} // namespace Sprechtag::OutputTarget
