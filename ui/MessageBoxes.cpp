// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBoxes.h"

#include <QAbstractButton>
#include <QCoreApplication>

namespace Sprechtag {

namespace {

QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QMessageBox::StandardButton autoAnswer = QMessageBox::NoButton;
QString lastShownText;
int shown = 0;

} // namespace

QMessageBox::StandardButton
MessageBoxes::show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                   QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                   const QList<std::pair<QMessageBox::StandardButton, QString>> &labels)
{
    lastShownText = text;
    ++shown;
    if (nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (autoAnswer != QMessageBox::NoButton)
        return autoAnswer;
    QMessageBox box(icon, title, text, buttons, parent);
    // Names and companies come from users: never let them become markup.
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, label] : labels) {
        if (QAbstractButton *b = box.button(button); b && !label.isEmpty())
            b->setText(label);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton
MessageBoxes::choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                     const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
                     QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButtons all;
    for (const auto &entry : buttons)
        all |= entry.first;
    return show(parent, icon, title, text, all, defaultButton, buttons);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::showError(QWidget *parent, const Error &error)
{
    const QString title = error.kind() == ErrorKind::Storage
                              ? QCoreApplication::translate("Sprechtag::MessageBoxes", "Database problem")
                              : QCoreApplication::translate("Sprechtag::MessageBoxes", "Not possible");
    warning(parent, title, errorMessage(error));
}

bool MessageBoxes::resolveUnsaved(QWidget *parent, const QString &question, const std::function<bool()> &save,
                                  const std::function<void()> &discard)
{
    const auto answer = MessageBoxes::question(
        parent, QCoreApplication::translate("Sprechtag::MessageBoxes", "Unsaved changes"), question,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discard();
        return true;
    }
    return false;
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void MessageBoxes::setAutoAnswer(QMessageBox::StandardButton answer)
{
    autoAnswer = answer;
}

QString MessageBoxes::lastText()
{
    return lastShownText;
}

int MessageBoxes::shownCount()
{
    return shown;
}

} // namespace Sprechtag
