// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/BookingCommand.h"

namespace Sprechtag {

namespace {

// The command's text for the undo view, then after a newline the one for the Edit menu's actions, where a
// single "&" would mark a shortcut letter ("Müller & Söhne" would lose its "&"): doubled there.
QString undoTexts(const QString &text)
{
    QString menu = text;
    menu.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return text + QLatin1Char('\n') + menu;
}

} // namespace

BookingCommand::BookingCommand(const Database &db, Versions versions, const BookingDetails &applied,
                               ErrorHandler onError, const QString &text)
    : QUndoCommand(undoTexts(text)), m_db(db), m_versions(std::move(versions)),
      m_bookingId(applied.booking.id), m_onError(std::move(onError))
{
    m_versions->bookings.insert(m_bookingId, applied.booking.version);
}

void BookingCommand::undo()
{
    if (m_applied)
        run(true);
}

void BookingCommand::redo()
{
    if (!m_applied)
        run(false);
}

void BookingCommand::run(bool undoing)
{
    BookingService service(m_db);
    auto result = step(service, *m_versions, undoing);
    if (!result) {
        setObsolete(true);
        if (m_onError)
            m_onError(result.error());
        return;
    }
    m_applied = !undoing;
    m_versions->bookings.insert(m_bookingId, result->booking.version);
}

} // namespace Sprechtag
