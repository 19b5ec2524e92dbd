// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ColourButton.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace Sprechtag {

ColourButton::ColourButton(QWidget *parent) : QPushButton(parent)
{
    setAutoDefault(false);
    setColour(QString());
    connect(this, &QPushButton::clicked, this, &ColourButton::choose);
}

void ColourButton::setColour(const QString &colour)
{
    m_colour = colour;
    if (!QColor::isValidColorName(colour)) {
        setIcon(QIcon());
        setText(tr("No colour"));
        return;
    }
    QPixmap swatch(16, 16);
    swatch.fill(QColor::fromString(colour));
    QPainter painter(&swatch);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(0, 0, swatch.width() - 1, swatch.height() - 1);
    painter.end();
    setIcon(QIcon(swatch));
    setText(colour);
}

void ColourButton::choose()
{
    const QColor initial =
        QColor::isValidColorName(m_colour) ? QColor::fromString(m_colour) : QColor(Qt::white);
    const QColor chosen = QColorDialog::getColor(initial, this, tr("Choose Colour"));
    if (!chosen.isValid())
        return;
    setColour(chosen.name());
    Q_EMIT colourChosen(m_colour);
}

} // namespace Sprechtag
