// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PagedDocument.h"

#include "documents/OutputFiles.h"
#include "documents/PlanWords.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace Sprechtag {

QPageLayout a4PageLayout(QPageLayout::Orientation orientation, qreal marginMm)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation,
                       QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

qreal mmToDevice(const QPaintDevice *device, qreal mm)
{
    return mm * device->logicalDpiY() / 25.4;
}

QFont documentFont(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(
        {QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QTextCharFormat textFormat(qreal pointSize, bool bold, bool italic, const QColor &colour)
{
    QTextCharFormat f;
    f.setFont(documentFont(pointSize, bold));
    f.setFontItalic(italic);
    f.setForeground(colour);
    return f;
}

QString germanLongDate(const QDate &date)
{
    return QLocale(QLocale::German, QLocale::Germany).toString(date, QStringLiteral("dddd, d. MMMM yyyy"));
}

QString timeSpan(const TimeRange &range)
{
    return formatTime(range.start) + QStringLiteral("–") + formatTime(range.end);
}

QString roomLabel(const QString &room)
{
    const QString trimmed = room.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(PlanWords::room(), Qt::CaseInsensitive))
        return trimmed;
    return PlanWords::room() + QLatin1Char(' ') + trimmed;
}

PagedDocument::PagedDocument(QPagedPaintDevice *device, qreal basePointSize) : m_device(device)
{
    // The layout must know the device before any text goes in, or the text is laid out for the screen
    // and comes out tiny on a 1200 dpi writer.
    m_document.documentLayout()->setPaintDevice(device);
    m_document.setDefaultFont(documentFont(basePointSize));
    m_document.setDocumentMargin(0);
    m_document.setUndoRedoEnabled(false);
    m_footerHeight = mmToDevice(device, 9);
    m_document.setPageSize(QSizeF(device->width(), std::max<qreal>(1, device->height() - m_footerHeight)));
}

int PagedDocument::paint(const QString &footerLeft)
{
    QPainter painter(m_device);
    if (!painter.isActive())
        return 0;
    const QSizeF page = m_document.pageSize();
    const int pages = std::max(1, m_document.pageCount());
    const QFont footerFont = documentFont(7.5);
    const QFontMetricsF metrics(footerFont, m_device);
    const qreal rule = page.height() + mmToDevice(m_device, 3);
    const QRectF footerText(0, rule + mmToDevice(m_device, 1), page.width(), metrics.height() * 1.2);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            m_device->newPage();
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        context.clip = clip;
        m_document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setPen(QPen(Qt::black, mmToDevice(m_device, 0.2)));
        painter.drawLine(QPointF(0, rule), QPointF(page.width(), rule));
        painter.setFont(footerFont);
        const QString pageText = PlanWords::pageOf().arg(i + 1).arg(pages);
        const qreal leftWidth = page.width() - metrics.horizontalAdvance(pageText) - mmToDevice(m_device, 5);
        painter.drawText(footerText, Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(footerLeft, Qt::ElideRight, leftWidth));
        painter.drawText(footerText, Qt::AlignRight | Qt::AlignTop, pageText);
    }
    return pages;
}

Status writePdfFile(const QString &path, const QPageLayout &layout, const QString &title,
                    const std::function<void(QPagedPaintDevice *)> &render)
{
    const QStringList pdf{QStringLiteral("pdf")};
    if (auto checked = checkOutputPath(path, pdf); !checked)
        return checked.error();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(path)});
        QPdfWriter writer(&buffer);
        writer.setPageLayout(layout);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Sprechtag"));
        render(&writer);
    }
    if (bytes.isEmpty())
        return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(path)});
    return writeFileAtomically(path, bytes, pdf);
}

} // namespace Sprechtag
