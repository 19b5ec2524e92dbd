// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace Sprechtag {

// Shows a colour as a swatch and its name ("#336699"); a click opens QColorDialog to choose another.
class ColourButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ColourButton(QWidget *parent = nullptr);

    // "#rrggbb", or empty for none.
    QString colour() const { return m_colour; }
    // Shows the colour without emitting colourChosen().
    void setColour(const QString &colour);

Q_SIGNALS:
    // The user chose a colour in the dialog.
    void colourChosen(const QString &colour);

private:
    void choose();

    QString m_colour;
};

} // namespace Sprechtag
