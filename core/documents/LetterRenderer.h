// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sprechtag {

// Confirmation letters as PDF: A4, DIN 5008 form B (address in a DL window envelope), one letter after the
// other, each starting on a new page. All user text is drawn as plain text. Needs a QGuiApplication (fonts);
// never a window system.
Result<QByteArray> renderLettersToPdf(const QList<LetterData> &letters);

// The same, written to pdfPath (which must end in .pdf) as every output: all or nothing, 0600, never over
// the database or through a link (documents/OutputFiles.h).
Status renderLetters(const QList<LetterData> &letters, const QString &pdfPath);

} // namespace Sprechtag
