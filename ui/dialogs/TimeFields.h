// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTime>

class QTimeEdit;
class QWidget;

namespace Sprechtag {

// Times of day as the dialogs show them ("09:00" in every language) and the minutes the domain counts in.
int minutesOf(const QTime &time);
QTime timeOf(int minutes);
// A time field showing "HH:mm".
QTimeEdit *timeEdit(const QString &objectName, QWidget *parent);

} // namespace Sprechtag
