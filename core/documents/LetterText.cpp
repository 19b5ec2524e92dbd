// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/LetterText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

#include <cstring>

namespace Sprechtag {

namespace {

// Entries kept at most before trim() starts over.
constexpr qsizetype kMaxEntries = 2000;

// The font (size and weight: the only ways the letter fonts differ), the measure and the text.
QString keyOf(const QFont &font, const QString &text, double width, double extra)
{
    QString key;
    key.reserve(text.size() + 12);
    const auto appendBits = [&key](double value) {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        for (int i = 0; i < 4; ++i)
            key += QChar(char16_t(bits >> (16 * i)));
    };
    appendBits(font.pointSizeF());
    key += QChar(char16_t(font.weight()));
    key += QChar(char16_t(font.stretch()));
    appendBits(width);
    appendBits(extra);
    key += text;
    return key;
}

std::shared_ptr<QTextLayout> singleLine(const QString &text, const QFont &font, QPaintDevice *device)
{
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    if (QTextLine only = layout->createLine(); only.isValid())
        only.setPosition(QPointF(0, 0));
    layout->endLayout();
    return layout;
}

double lineWidth(const QTextLayout &layout)
{
    return layout.lineCount() > 0 ? layout.lineAt(0).naturalTextWidth() : 0;
}

} // namespace

QFont LetterText::font(double pointSize, bool bold)
{
    const QString key = QString::number(pointSize) + (bold ? u'b' : u'n');
    for (const auto &[k, f] : m_fonts) {
        if (k == key)
            return f;
    }
    QFont font;
    font.setFamilies(
        {QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    // No ligatures: "file" stays four letters when the text is copied or searched in the PDF.
    font.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Whole device units (1/600 in) per advance: Qt's PDF writer then writes short integers for every
    // glyph position instead of nine digits, a quarter less for zlib to compress.
    font.setHintingPreference(QFont::PreferFullHinting);
    // Resolved for the device once: metrics and layouts on it then share the font's engine instead of
    // looking it up again for every text.
    m_fonts.push_back({key, QFont(font, m_device)});
    return m_fonts.back().second;
}

double LetterText::lineSpacing(const QFont &font)
{
    for (const auto &[f, spacing] : m_spacings) {
        if (f == font)
            return spacing;
    }
    const double spacing = QFontMetricsF(font, m_device).lineSpacing();
    m_spacings.push_back({font, spacing});
    return spacing;
}

double LetterText::drawLine(QPainter &painter, const QFont &font, double x, double top, const QString &text,
                            bool alignRight, double width)
{
    const QString key = keyOf(font, text, width, alignRight ? 1 : 0);
    auto it = m_lines.find(key);
    if (it == m_lines.end()) {
        const QFontMetricsF fm(font, m_device);
        Line line;
        line.baseline = fm.ascent();
        line.lineSpacing = fm.lineSpacing();
        line.layout = singleLine(text, font, m_device);
        // A text that clearly fits is shown as it is; otherwise as QFontMetricsF::elidedText() cuts it.
        if (width > 0 && lineWidth(*line.layout) > width - 1) {
            const QString shown = fm.elidedText(text, Qt::ElideRight, width);
            if (shown != text)
                line.layout = singleLine(shown, font, m_device);
        }
        line.left = alignRight ? width - fm.horizontalAdvance(line.layout->text()) : 0;
        it = m_lines.insert(key, line);
    }
    const Line &line = *it;
    if (line.layout->lineCount() > 0) {
        const QTextLine only = line.layout->lineAt(0);
        // The same baseline as QPainter::drawText() at (x, top + ascent).
        only.draw(&painter, QPointF(x + line.left, top + line.baseline - only.ascent()));
    }
    return line.lineSpacing;
}

const QTextLayout *LetterText::paragraph(const QFont &font, const QString &text, double width, double pitch)
{
    const QString key =
        keyOf(font, text, width, false) + QLatin1Char('\x1f') + QString::number(pitch, 'g', 17);
    if (auto it = m_paragraphs.constFind(key); it != m_paragraphs.cend())
        return it->get();
    auto layout = std::make_shared<QTextLayout>(text, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += pitch;
    }
    layout->endLayout();
    m_paragraphs.insert(key, layout);
    return layout.get();
}

void LetterText::trim()
{
    if (m_lines.size() > kMaxEntries)
        m_lines.clear();
    if (m_paragraphs.size() > kMaxEntries)
        m_paragraphs.clear();
}

} // namespace Sprechtag
