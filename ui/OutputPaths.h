// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Sprechtag {

// The suffixes a save dialog's filter offers ("PDF documents (*.pdf);;CSV files (*.csv)" -> pdf, csv).
QStringList filterSuffixes(const QString &filter);

// What a save dialog returned, made to fit the type the user chose: a name without a suffix gets the
// chosen filter's (asking before that replaces an existing file the dialog did not ask about); a name with
// a suffix no filter offers, or a path that Sprechtag must not write (the open database, its side files,
// its backups, a link), is refused with a message. Empty when cancelled or refused.
QString confirmedOutputPath(QWidget *parent, const QString &path, const QString &filter,
                            const QString &selectedFilter);

} // namespace Sprechtag
