// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/WindowContext.h"

#include <QKeySequence>
#include <QObject>

class QAction;

namespace Sprechtag {

// The base of the window's action sets: each owns its QActions (tests find them by object name) and
// reaches the window only through its WindowContext.
class ActionSet : public QObject
{
public:
    explicit ActionSet(WindowContext &context, QObject *parent) : QObject(parent), m_context(context) {}

protected:
    // A named action, optionally with a shortcut, owned by this set.
    QAction *makeAction(const QString &text, const char *name, const QKeySequence &shortcut = {});
    const Database &db() const { return m_context.database(); }
    QWidget *window() const { return m_context.window(); }

    WindowContext &m_context;
};

} // namespace Sprechtag
