// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractButton;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Sprechtag {

// Whether the user changed an editor since it was last loaded or saved, so that a dialog can offer to
// save before the edits would be lost. Filling the editor from stored values happens inside a Pause and
// does not count.
class ChangeTracker : public QObject
{
    Q_OBJECT

public:
    explicit ChangeTracker(QObject *parent = nullptr);

    void watch(QLineEdit *edit);
    void watch(QPlainTextEdit *edit);
    void watch(QDateTimeEdit *edit);
    void watch(QSpinBox *box);
    void watch(QComboBox *box);
    void watch(QAbstractButton *checkable);

    bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty);

    class Pause
    {
    public:
        explicit Pause(ChangeTracker &tracker) : m_tracker(tracker), m_wasPaused(tracker.m_paused)
        {
            tracker.m_paused = true;
        }
        ~Pause() { m_tracker.m_paused = m_wasPaused; }
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;

    private:
        ChangeTracker &m_tracker;
        bool m_wasPaused;
    };

Q_SIGNALS:
    void dirtyChanged(bool dirty);

private:
    void edited();

    bool m_dirty = false;
    bool m_paused = false;
};

} // namespace Sprechtag
