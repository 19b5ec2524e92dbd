// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sprechtag {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Welcome to Sprechtag"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *text =
        new QLabel(tr("This database has no consultation days yet. Create the first one, or load the "
                      "example data (the Social Media Sprechtag of 25 March 2021 and two "
                      "Website-Check-Sprechtage) to look around."),
                   this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(560);
    // A centred item does not get height-for-width from the layout: reserve the wrapped height.
    text->setMinimumHeight(text->heightForWidth(560));
    layout->addWidget(text, 0, Qt::AlignHCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *create = new QPushButton(tr("Create the first consultation day"), this);
    create->setObjectName(QStringLiteral("createFirstDayButton"));
    create->setDefault(true);
    auto *example = new QPushButton(tr("Load example data"), this);
    example->setObjectName(QStringLiteral("loadExampleButton"));
    buttons->addWidget(create);
    buttons->addWidget(example);
    buttons->addStretch();
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(create, &QPushButton::clicked, this, &WelcomePage::createFirstDayRequested);
    connect(example, &QPushButton::clicked, this, &WelcomePage::loadExampleRequested);
}

} // namespace Sprechtag
