// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Sprechtag {

// Shown on an empty database: start planning, or look around with the example data.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void createFirstDayRequested();
    void loadExampleRequested();
};

} // namespace Sprechtag
