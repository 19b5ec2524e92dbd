// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

#include <QColor>
#include <QFont>
#include <QPageLayout>
#include <QTextCharFormat>
#include <QTextDocument>

#include <functional>

class QPagedPaintDevice;
class QPaintDevice;

namespace Sprechtag {

// A4 with equal margins; the origin of a painter on the device is then the top-left corner of the margins.
QPageLayout a4PageLayout(QPageLayout::Orientation orientation, qreal marginMm);
// Millimetres in the device's pixels (QPdfWriter: 1200 dpi; a QPrinter: its own resolution).
qreal mmToDevice(const QPaintDevice *device, qreal mm);
// Millimetres as lengths of text formats (borders, padding, margins, fixed widths): the text layout takes
// those in 1/96 inch and scales them to the device itself.
constexpr qreal mmToLayout(qreal mm)
{
    return mm * 96 / 25.4;
}
// The sans-serif face of the printed documents (Arial or what fontconfig puts in its place).
QFont documentFont(qreal pointSize, bool bold = false);
// A character format in the document font.
QTextCharFormat textFormat(qreal pointSize, bool bold = false, bool italic = false,
                           const QColor &colour = Qt::black);

// "Donnerstag, 25. März 2021"
QString germanLongDate(const QDate &date);
// "09:00–10:00"
QString timeSpan(const TimeRange &range);
// "Raum 1.12" for "1.12" and for "Raum 1.12"; empty for an empty room.
QString roomLabel(const QString &room);

// A QTextDocument laid out for a paged device and painted page by page with a footer line ("Seite x von
// y" on the right). Build the content through document() after construction: the layout already uses
// the device's resolution, so point sizes come out right. Never fed HTML: callers insert plain text.
class PagedDocument
{
public:
    PagedDocument(QPagedPaintDevice *device, qreal basePointSize);
    PagedDocument(const PagedDocument &) = delete;
    PagedDocument &operator=(const PagedDocument &) = delete;

    QTextDocument &document() { return m_document; }
    // Width of the text area in device pixels.
    qreal pageWidth() const { return m_document.pageSize().width(); }
    // Paints every page (starting with the device's current page); returns how many it painted.
    int paint(const QString &footerLeft);

private:
    QPagedPaintDevice *m_device;
    QTextDocument m_document;
    qreal m_footerHeight = 0;
};

// Renders into a PDF held in memory, then writes it as every output (documents/OutputFiles.h): path must
// end in .pdf; all or nothing, 0600, never over the database or through a link.
Status writePdfFile(const QString &path, const QPageLayout &layout, const QString &title,
                    const std::function<void(QPagedPaintDevice *)> &render);

} // namespace Sprechtag
