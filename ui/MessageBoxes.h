// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QMessageBox>

#include <functional>
#include <utility>

namespace Sprechtag {

// Every message box of the app goes through here, so that tests can answer it instead of a person:
// setNextAnswer() makes the next box return that button without being shown, and lastText() tells what
// it said.
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // Standard buttons with labels of their own (an empty label keeps Qt's); tests answer with the button.
    static QMessageBox::StandardButton
    choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
           const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
           QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    // The German (or English) sentence for a refusal or storage problem, as a warning.
    static void showError(QWidget *parent, const Error &error);

    // "Unsaved changes": Save, Discard or Cancel. True when the caller may go on, that is after save()
    // succeeded or after discard() ran; false on Cancel or when saving failed.
    static bool resolveUnsaved(QWidget *parent, const QString &question, const std::function<bool()> &save,
                               const std::function<void()> &discard);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Answer every box without showing it (tests); QMessageBox::NoButton shows them again.
    static void setAutoAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    static int shownCount();

private:
    static QMessageBox::StandardButton
    show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
         const QList<std::pair<QMessageBox::StandardButton, QString>> &labels = {});
};

} // namespace Sprechtag
