// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Text.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

namespace Sprechtag {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

namespace {

bool isInvisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x061C ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isBidiControl(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool isLineBreak(char32_t c)
{
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

QString nfkcCasefold(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *norm = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status) || !norm)
        return text.toCaseFolded();
    const auto *src = reinterpret_cast<const UChar *>(text.utf16());
    const int32_t length = int32_t(text.size());
    QString out(text.size() + 16, Qt::Uninitialized);
    int32_t needed = unorm2_normalize(norm, src, length, reinterpret_cast<UChar *>(out.data()),
                                      int32_t(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        out.resize(needed);
        needed = unorm2_normalize(norm, src, length, reinterpret_cast<UChar *>(out.data()),
                                  int32_t(out.size()), &status);
    }
    if (U_FAILURE(status))
        return text.toCaseFolded();
    out.truncate(needed);
    return out;
}

// Folding turns "İ" into "i" + U+0307 COMBINING DOT ABOVE. On a soft-dotted letter (i, j, į, ...) that dot
// is invisible, so it is dropped there and nowhere else: "İzmir" = "izmir", while a dot above any other
// letter still counts.
bool dropDotsOnSoftDotted(QString &text)
{
    bool dropped = false;
    QString out;
    out.reserve(text.size());
    char32_t previous = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            out += text.at(i);
            out += text.at(++i);
            previous = c;
            continue;
        }
        if (c == 0x0307 && previous != 0 && u_hasBinaryProperty(UChar32(previous), UCHAR_SOFT_DOTTED)) {
            dropped = true;
            continue;
        }
        out += text.at(i);
        previous = c;
    }
    if (dropped)
        text = out;
    return dropped;
}

QString collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    return out;
}

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString nameKey(const QString &name)
{
    if (isPlainAscii(name))
        return collapseSpaces(name).toLower();
    QString folded = nfkcCasefold(name);
    if (dropDotsOnSoftDotted(folded))
        folded = nfkcCasefold(folded); // "i" + U+0307 + U+0301 becomes "í", as "í" typed directly
    return collapseSpaces(folded);
}

QString contactNameKey(const Contact &contact)
{
    return nameKey(contact.firstName + QLatin1Char(' ') + contact.lastName);
}

QString cleanText(const QString &text, TextKind kind)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).unicode();
        if (isInvisible(c))
            continue;
        if (kind == TextKind::MultiLine && c == '\r') {
            out += QLatin1Char('\n');
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (isLineBreak(c) || c == '\t') {
            if (kind == TextKind::SingleLine)
                out += QLatin1Char(' ');
            else
                out += c == '\t' ? QLatin1Char('\t') : QLatin1Char('\n');
            continue;
        }
        if (isControl(c))
            continue;
        out += text.at(i);
    }
    return out;
}

bool hasForbiddenControl(const QString &text)
{
    for (QChar ch : text) {
        const char32_t c = ch.unicode();
        if (isControl(c) && !isLineBreak(c) && c != '\t')
            return true;
    }
    return false;
}

QString terminalSafe(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        const char32_t c = ch.unicode();
        if ((isControl(c) && c != '\n' && c != '\t') || isBidiControl(c))
            ch = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

} // namespace Sprechtag
