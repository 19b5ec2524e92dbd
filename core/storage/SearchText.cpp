// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchText.h"

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

namespace Sprechtag {

namespace {

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// NFD, then without the combining marks (general category Mn).
QString withoutMarks(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status) || !nfd)
        return text;
    QString decomposed(text.size() * 3 + 8, Qt::Uninitialized);
    const int32_t length =
        unorm2_normalize(nfd, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                         reinterpret_cast<UChar *>(decomposed.data()), int32_t(decomposed.size()), &status);
    if (U_FAILURE(status))
        return text;
    decomposed.truncate(length);
    QString out;
    out.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.isHighSurrogate() && i + 1 < decomposed.size()) {
            out += c;
            out += decomposed.at(++i);
            continue;
        }
        if (u_charType(UChar32(c.unicode())) == U_NON_SPACING_MARK)
            continue;
        out += c;
    }
    return out;
}

QString umlautsSpelledOut(const QString &key)
{
    QString out;
    out.reserve(key.size() + 4);
    for (QChar c : key) {
        switch (c.unicode()) {
        case 0x00E4: // ä
        case 0x00C4:
            out += QLatin1String("ae");
            break;
        case 0x00F6: // ö
        case 0x00D6:
            out += QLatin1String("oe");
            break;
        case 0x00FC: // ü
        case 0x00DC:
            out += QLatin1String("ue");
            break;
        default:
            out += c;
        }
    }
    return out;
}

void searchTextFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(values[0]));
    const int bytes = sqlite3_value_bytes16(values[0]);
    const QString folded = searchText(QString::fromUtf16(text, bytes / 2), sqlite3_value_int(values[1]) != 0);
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

QString searchText(const QString &key, bool plain)
{
    if (isPlainAscii(key))
        return plain ? QString() : key;
    const QString spelled = withoutMarks(umlautsSpelledOut(key));
    if (!plain)
        return spelled;
    const QString bare = withoutMarks(key);
    return bare == spelled ? QString() : bare;
}

void registerSearchFunctions(sqlite3 *handle)
{
    sqlite3_create_function_v2(handle, "sprechtag_search_text", 2,
                               SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               searchTextFunction, nullptr, nullptr, nullptr);
}

} // namespace Sprechtag
