// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;

namespace Sprechtag {

// The fonts and laid-out texts of the confirmation letters, kept from one letter to the next: most of a
// letter's text (sender, labels, footer, the body's fixed paragraphs) is the same in every letter of a
// run, and measuring, eliding and shaping it again for each of 1,000 letters was most of their cost.
class LetterText
{
public:
    explicit LetterText(QPaintDevice *device) : m_device(device) {}
    LetterText(const LetterText &) = delete;
    LetterText &operator=(const LetterText &) = delete;

    // The letter face (Arial or what stands in for it) without ligatures; one shared object per size and
    // weight, so that its font engine is looked up once.
    QFont font(double pointSize, bool bold = false);

    // The font's line spacing on the device.
    double lineSpacing(const QFont &font);

    // Draws one line of plain text with its top at (x, top) in device units, cut off with "…" beyond
    // width (> 0), right-aligned in width when asked; returns the line spacing in device units.
    double drawLine(QPainter &painter, const QFont &font, double x, double top, const QString &text,
                    bool alignRight, double width);

    // A paragraph broken into lines at most width wide (word boundaries where possible), line i at
    // y = i * pitch. Owned here; valid until trim().
    const QTextLayout *paragraph(const QFont &font, const QString &text, double width, double pitch);

    // Between letters: forgets everything once it has grown large (a run of letters to many formats).
    void trim();

private:
    struct Line
    {
        std::shared_ptr<QTextLayout> layout;
        double left = 0;     // from x
        double baseline = 0; // from top
        double lineSpacing = 0;
    };

    QPaintDevice *m_device;
    std::vector<std::pair<QString, QFont>> m_fonts;
    std::vector<std::pair<QFont, double>> m_spacings;
    QHash<QString, Line> m_lines;
    QHash<QString, std::shared_ptr<QTextLayout>> m_paragraphs;
};

} // namespace Sprechtag
