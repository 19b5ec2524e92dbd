// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextDocument>

namespace Sprechtag {

// A tooltip that shows user text literally. Qt shows a tooltip as rich text as soon as it looks like HTML
// (a company called "<b>Müller</b>" would come out bold, "<img src=file:...>" would load a local file), so
// the text is escaped into a paragraph of its own; line breaks stay line breaks.
inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace Sprechtag
