// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

QLabel *plainLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    // Nothing here is markup; a path or version must never be read as HTML.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Sprechtag"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *name = plainLabel(QStringLiteral("aboutName"), QStringLiteral("Sprechtag"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto *version = plainLabel(QStringLiteral("aboutVersion"),
                               tr("Version %1").arg(QStringLiteral(SPRECHTAG_VERSION)), this);
    auto *purpose = plainLabel(
        QStringLiteral("aboutPurpose"),
        tr("Plans consultation days, books companies into their slots and keeps everything in one file."),
        this);
    auto *qt = plainLabel(QStringLiteral("aboutQtVersion"),
                          tr("Built with Qt %1, running with Qt %2.")
                              .arg(QLatin1String(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this);
    auto *license = plainLabel(QStringLiteral("aboutLicense"),
                               tr("License: GNU General Public License, version 3 or later "
                                  "(GPL-3.0-or-later). Sprechtag comes with no warranty."),
                               this);

    auto *path = new QLineEdit(QDir::toNativeSeparators(databasePath), this);
    path->setObjectName(QStringLiteral("aboutDatabasePath"));
    path->setReadOnly(true);
    path->setCursorPosition(0);
    path->setMinimumWidth(420);
    auto *pathLabel = new QLabel(tr("&Database file:"), this);
    pathLabel->setBuddy(path);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(purpose);
    text->addWidget(license);
    text->addWidget(qt);
    text->addSpacing(8);
    text->addWidget(pathLabel);
    text->addWidget(path);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

} // namespace Sprechtag
