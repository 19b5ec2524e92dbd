// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ChangeTracker.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Sprechtag {

ChangeTracker::ChangeTracker(QObject *parent) : QObject(parent)
{}

void ChangeTracker::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textChanged, this, &ChangeTracker::edited);
}

void ChangeTracker::watch(QPlainTextEdit *edit)
{
    connect(edit, &QPlainTextEdit::textChanged, this, &ChangeTracker::edited);
}

void ChangeTracker::watch(QDateTimeEdit *edit)
{
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ChangeTracker::edited);
}

void ChangeTracker::watch(QSpinBox *box)
{
    connect(box, &QSpinBox::valueChanged, this, &ChangeTracker::edited);
}

void ChangeTracker::watch(QComboBox *box)
{
    connect(box, &QComboBox::currentIndexChanged, this, &ChangeTracker::edited);
}

void ChangeTracker::watch(QAbstractButton *checkable)
{
    connect(checkable, &QAbstractButton::toggled, this, &ChangeTracker::edited);
}

void ChangeTracker::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

void ChangeTracker::edited()
{
    if (!m_paused)
        setDirty(true);
}

} // namespace Sprechtag
