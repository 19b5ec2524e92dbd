// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputPaths.h"

#include "documents/OutputFiles.h"
#include "MessageBoxes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Sprechtag {

QStringList filterSuffixes(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    QStringList suffixes;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(filter)) {
        const QString suffix = m.captured(1).toLower();
        if (!suffixes.contains(suffix))
            suffixes << suffix;
    }
    return suffixes;
}

QString confirmedOutputPath(QWidget *parent, const QString &path, const QString &filter,
                            const QString &selectedFilter)
{
    if (path.isEmpty())
        return {};
    const QStringList offered = filterSuffixes(filter);
    const QStringList chosen = filterSuffixes(selectedFilter);
    const QString chosenSuffix = chosen.isEmpty() ? offered.value(0) : chosen.first();
    auto fitted = withOutputSuffix(path, chosenSuffix, offered);
    if (!fitted) {
        MessageBoxes::showError(parent, fitted.error());
        return {};
    }
    if (*fitted != path && QFileInfo::exists(*fitted) &&
        MessageBoxes::question(parent, QCoreApplication::translate("Sprechtag::OutputPaths", "Replace file"),
                               QCoreApplication::translate("Sprechtag::OutputPaths",
                                                           "%1 already exists. Do you want to replace it?")
                                   .arg(shownOutputPath(*fitted))) != QMessageBox::Yes)
        return {};
    // Refused targets are named now, before any work is done; the writer checks them again.
    auto checked = checkOutputPath(*fitted, offered);
    if (!checked) {
        MessageBoxes::showError(parent, checked.error());
        return {};
    }
    return *fitted;
}

} // namespace Sprechtag
