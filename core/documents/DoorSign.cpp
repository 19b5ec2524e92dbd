// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DoorSign.h"

#include "documents/PagedDocument.h"
#include "documents/PlanWords.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace Sprechtag {

namespace {

const QColor kMuted(85, 85, 85);

// The largest size from pointSize down to minPointSize at which the text fits the width.
QFont fitted(const QString &text, qreal pointSize, qreal minPointSize, bool bold, qreal width,
             const QPaintDevice *device)
{
    QFont font = documentFont(pointSize, bold);
    while (font.pointSizeF() > minPointSize && QFontMetricsF(font, device).horizontalAdvance(text) > width)
        font.setPointSizeF(font.pointSizeF() - 1);
    return font;
}

// Plain text with its top at y: one line cut with "…", or when wrap is set, as many lines as it needs.
// Returns the height used.
qreal drawText(QPainter &painter, const QString &text, const QFont &font, const QPointF &at, qreal width,
               const QColor &colour = Qt::black, bool wrap = false)
{
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    painter.setPen(colour);
    if (wrap && metrics.horizontalAdvance(text) > width) {
        const QRectF box(at.x(), at.y(), width, 1e6);
        const QRectF used = metrics.boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        return used.height();
    }
    painter.drawText(QRectF(at.x(), at.y(), width, metrics.height()), Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(text, Qt::ElideRight, width));
    return metrics.height();
}

qreal textHeight(const QPaintDevice *device, const QString &text, const QFont &font, qreal width, bool wrap)
{
    const QFontMetricsF metrics(font, device);
    if (!wrap || metrics.horizontalAdvance(text) <= width)
        return metrics.height();
    return metrics
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text)
        .height();
}

struct Appointment
{
    TimeRange time;
    QString company;
};

void paintCompanies(QPainter &painter, const QList<Appointment> &list, const QRectF &area)
{
    const QPaintDevice *device = painter.device();
    qreal y = area.top();
    y += drawText(painter, PlanWords::appointments(), documentFont(26, true), QPointF(area.left(), y),
                  area.width());
    y += mmToDevice(device, 1.5);
    painter.fillRect(QRectF(area.left(), y, area.width(), mmToDevice(device, 0.5)), Qt::black);
    y += mmToDevice(device, 3);
    if (list.isEmpty()) {
        QFont font = documentFont(20);
        font.setItalic(true);
        drawText(painter, PlanWords::none(), font, QPointF(area.left(), y), area.width(), kMuted);
        return;
    }
    // As large as the list allows, from 20 pt down to 7 pt; long names may make it smaller, down to 14 pt.
    const auto lineHeight = [&](qreal pt) {
        return QFontMetricsF(documentFont(pt), device).height() * 1.15;
    };
    const auto timeWidthAt = [&](qreal pt) {
        return QFontMetricsF(documentFont(pt, true), device)
                   .horizontalAdvance(QStringLiteral("00:00–00:00")) +
               mmToDevice(device, 4);
    };
    const auto widest = [&](qreal pt) {
        qreal w = 0;
        for (const Appointment &a : list)
            w = std::max(w,
                         QFontMetricsF(documentFont(pt), device).horizontalAdvance(a.company.simplified()));
        return w;
    };
    qreal size = 20;
    while (size > 7 && lineHeight(size) * list.size() > area.bottom() - y)
        size -= 0.5;
    while (size > 14 && timeWidthAt(size) + widest(size) > area.width())
        size -= 0.5;
    const QFont timeFont = documentFont(size, true);
    const QFont companyFont = documentFont(size);
    const qreal timeWidth = timeWidthAt(size);
    for (const Appointment &a : list) {
        drawText(painter, timeSpan(a.time), timeFont, QPointF(area.left(), y), timeWidth);
        drawText(painter, a.company.simplified(), companyFont, QPointF(area.left() + timeWidth, y),
                 area.width() - timeWidth);
        y += lineHeight(size);
    }
}

struct SignLine
{
    QString text;
    QFont font;
    QColor colour = Qt::black;
    qreal gapBefore = 0;
    bool wrap = false;
};

// Draws the lines from y within the width; returns where they end.
qreal drawLines(QPainter &painter, const QList<SignLine> &lines, qreal x, qreal y, qreal width)
{
    for (const SignLine &l : lines) {
        y += l.gapBefore;
        y += drawText(painter, l.text, l.font, QPointF(x, y), width, l.colour, l.wrap);
    }
    return y;
}

qreal linesHeight(const QPaintDevice *device, const QList<SignLine> &lines, qreal width)
{
    qreal total = 0;
    for (const SignLine &l : lines)
        total += l.gapBefore + textHeight(device, l.text, l.font, width, l.wrap);
    return total;
}

void paintSign(QPainter &painter, const DayGrid &data, qsizetype column, bool withCompanies)
{
    const QPaintDevice *device = painter.device();
    const auto mm = [device](qreal v) {
        return mmToDevice(device, v);
    };
    const qreal width = device->width();
    const qreal height = device->height();

    // The band at the top: the format and who invites.
    qreal y = 0;
    const QString format = data.formatName.simplified();
    y += drawText(painter, format, fitted(format, 36, 20, true, width, device), QPointF(0, y), width,
                  Qt::black, true);
    if (!data.organisationName.trimmed().isEmpty())
        y += drawText(painter, data.organisationName.simplified(), documentFont(16), QPointF(0, y), width,
                      kMuted);
    y += mm(3);
    painter.fillRect(QRectF(0, y, width, mm(1.2)), Qt::black);
    const qreal top = y + mm(1.2) + mm(10);

    // Who and where, in type that can be read from across the corridor; then when.
    const qreal scale = withCompanies ? 0.8 : 1.0;
    QList<SignLine> who;
    const TimeRange hours = column >= 0 ? data.columns.at(column).hours : data.day.hours;
    if (column >= 0) {
        const DayGridColumn &c = data.columns.at(column);
        const QString name = c.name.simplified();
        who << SignLine{name, fitted(name, 80 * scale, 40, true, width, device), Qt::black, 0, true};
        const QString room = roomLabel(c.room);
        if (!room.isEmpty())
            who << SignLine{room, fitted(room, 64 * scale, 28, false, width, device), Qt::black, mm(1), true};
        else if (!data.place().isEmpty())
            who << SignLine{data.place(), fitted(data.place(), 28, 16, false, width, device), Qt::black,
                            mm(2), true};
    }
    QList<SignLine> when;
    const qreal whenWidth = withCompanies ? width * 0.4 : width;
    const QString date = germanLongDate(data.day.date);
    when << SignLine{date, fitted(date, 32 * scale, 14, false, whenWidth, device), Qt::black,
                     withCompanies ? 0 : mm(14)};
    const QString span = timeSpan(hours) + QLatin1Char(' ') + PlanWords::oClock();
    when << SignLine{span, fitted(span, 32 * scale, 14, true, whenWidth, device), Qt::black, mm(1)};
    QStringList breaks;
    for (const TimeRange &b : data.day.breaks) {
        if (hours.overlaps(b))
            breaks << timeSpan(b);
    }
    if (!breaks.isEmpty()) {
        const QString text = PlanWords::breakTime() + QLatin1Char(' ') + breaks.join(QStringLiteral(", ")) +
                             QLatin1Char(' ') + PlanWords::oClock();
        when << SignLine{text, fitted(text, 22 * scale, 10, false, whenWidth, device), kMuted, mm(3), true};
    }

    if (!withCompanies || column < 0) {
        // Alone on the sign, the block sits in the middle of the space below the band.
        const QList<SignLine> all = who + when;
        const qreal total = linesHeight(device, all, width);
        drawLines(painter, all, 0, std::max(top, top + (height - top - total) / 2 - mm(8)), width);
        return;
    }
    y = drawLines(painter, who, 0, top, width) + mm(10);
    drawLines(painter, when, 0, y, whenWidth);
    QList<Appointment> list;
    for (const DayGridRow &row : data.rows) {
        if (!row.isBreak && column < row.cells.size() &&
            row.cells.at(column).kind == DayGridCell::Kind::Booked)
            list << Appointment{row.time, row.cells.at(column).booking->companyName};
    }
    const qreal x = width * 0.44;
    paintCompanies(painter, list, QRectF(x, y, width - x, height - y));
}

} // namespace

QPageLayout doorSignPageLayout()
{
    return a4PageLayout(QPageLayout::Landscape, 15);
}

void renderDoorSigns(const DayGrid &data, bool withCompanies, QPagedPaintDevice *device)
{
    QPainter painter(device);
    if (!painter.isActive())
        return;
    if (data.columns.isEmpty()) {
        paintSign(painter, data, -1, false);
        return;
    }
    for (qsizetype i = 0; i < data.columns.size(); ++i) {
        if (i > 0)
            device->newPage();
        paintSign(painter, data, i, withCompanies);
    }
}

Status writeDoorSignsPdf(const Database &db, Id dayId, bool withCompanies, const QString &pdfPath)
{
    auto data = loadDayPlan(db, dayId);
    if (!data)
        return data.error();
    return writePdfFile(pdfPath, doorSignPageLayout(),
                        PlanWords::doorSigns() + QLatin1Char(' ') + data->formatName + QLatin1Char(' ') +
                            formatDateShort(data->day.date),
                        [&](QPagedPaintDevice *device) { renderDoorSigns(*data, withCompanies, device); });
}

} // namespace Sprechtag
