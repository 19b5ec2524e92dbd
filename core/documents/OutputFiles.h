// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace Sprechtag {

// A file name part made from user text ("Müller & Söhne GmbH" -> "Mueller-Soehne-GmbH"): ASCII letters,
// digits and single dashes only, umlauts transcribed, at most maxLength characters, never empty, never a
// reserved device name (CON, NUL, ...). Path separators and ".." cannot survive it.
QString sanitisedFileNamePart(const QString &text, int maxLength = 60);

// folder + "/" + name, refused (InvalidInput) when the result would lie outside the folder or the name
// holds a control character (NUL, newline, ...).
Result<QString> pathInside(const QString &folder, const QString &name);

// Writes the bytes through QSaveFile (all or nothing) and leaves the file readable by its owner only.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Sprechtag
