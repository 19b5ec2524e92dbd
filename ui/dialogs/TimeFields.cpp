// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/TimeFields.h"

#include <QTimeEdit>

namespace Sprechtag {

int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

QTime timeOf(int minutes)
{
    return QTime(minutes / 60 % 24, minutes % 60);
}

QTimeEdit *timeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace Sprechtag
