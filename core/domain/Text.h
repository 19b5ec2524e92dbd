// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QString>

namespace Sprechtag {

// nameKey() (declared in Types.h, defined in Text.cpp) is the identity of a name: two names that mean
// the same company, person, format or consultant have the same key, however they were typed. Full
// Unicode case folding and compatibility normalisation (ICU's NFKC_Casefold: "GROSS" = "Groß",
// "ＡＢＣ" = "abc", "ﬁ" = "fi", "u\u0308" = "ü", invisible characters dropped), the dot that folding
// leaves on "İ" dropped ("İzmir" = "izmir"), whitespace runs collapsed to one space and trimmed. Stored
// in the name_key columns and compared with what is typed.

// A contact person's identity: nameKey() of first and last name together.
QString contactNameKey(const Contact &contact);

// C0 (U+0000-U+001F), DEL and C1 (U+0080-U+009F): the one test for a control character, used for stored
// text, file names and what is printed.
bool isControl(char32_t c);

enum class TextKind
{
    // Names, addresses, e-mail, phone: one line.
    SingleLine,
    // Topic, notes, reasons: newlines and tabs are part of the text.
    MultiLine,
};

// The rule for text fields. A name (company; contact person's title, first and last name) is stored as
// cleanText() makes it: zero-width characters (U+200B-U+200D, U+2060, U+FEFF) and bidi controls
// (U+200E/F, U+061C, U+202A-U+202E, U+2066-U+2069) removed; in a single line, tab, CR, LF and the other
// line breaks become spaces, in several lines CR LF and CR become LF; other control characters removed.
// Every field, names and the rest, refuses control characters other than tab and line breaks
// (hasForbiddenControl(), through Validation.h); fields other than names are stored as typed otherwise.
QString cleanText(const QString &text, TextKind kind);

// True when the text holds a control character that cleanText() would not turn into whitespace (Escape,
// Bell, NUL, DEL, C1 such as CSI U+009B): refused in every field.
bool hasForbiddenControl(const QString &text);

// Text for a terminal: every control character except newline and tab (ESC, CSI, BEL, CR, backspace,
// DEL, C1) and every bidi control becomes U+FFFD, so that stored text can never move the cursor, set the
// window title or reorder what follows.
QString terminalSafe(const QString &text);

} // namespace Sprechtag
