// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/OutputFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Sprechtag {

QString sanitisedFileNamePart(const QString &text, int maxLength)
{
    QString s = text;
    const std::pair<const char16_t *, const char *> transcriptions[] = {
        {u"ä", "ae"}, {u"ö", "oe"}, {u"ü", "ue"}, {u"Ä", "Ae"}, {u"Ö", "Oe"}, {u"Ü", "Ue"}, {u"ß", "ss"}};
    for (const auto &[from, to] : transcriptions)
        s.replace(QString::fromUtf16(from), QLatin1String(to));
    // Other accents: decompose and drop the marks.
    s = s.normalized(QString::NormalizationForm_KD);
    QString out;
    bool dash = false;
    for (const QChar c : s) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            out += c;
            dash = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    out = out.left(maxLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    static const QStringList reserved{QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
                                      QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
                                      QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("LPT1"),
                                      QStringLiteral("LPT2"), QStringLiteral("LPT3")};
    if (out.isEmpty())
        out = QStringLiteral("unbenannt");
    if (reserved.contains(out.toUpper()))
        out += QStringLiteral("-datei");
    return out;
}

Result<QString> pathInside(const QString &folder, const QString &name)
{
    // A NUL cuts the name short in the system call, a newline or another control character makes a name
    // no one can type or see: neither is a file name we write.
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return makeError(ErrorCode::InvalidInput,
                             {QCoreApplication::translate("Sprechtag::OutputFiles", "File name"),
                              QCoreApplication::translate("Sprechtag::OutputFiles",
                                                          "A file name cannot contain control characters.")});
    }
    const QString base = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString full = QDir::cleanPath(base + QLatin1Char('/') + name);
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        !full.startsWith(base + QLatin1Char('/')))
        return makeError(ErrorCode::InvalidInput,
                         {QCoreApplication::translate("Sprechtag::OutputFiles", "File name"),
                          QCoreApplication::translate("Sprechtag::OutputFiles",
                                                      "\"%1\" would lie outside the chosen folder.")
                              .arg(name)});
    return full;
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::CannotWriteFile, {QDir::toNativeSeparators(path)});
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return makeError(ErrorCode::CannotWriteFile, {QDir::toNativeSeparators(path)});
    }
    if (!file.commit())
        return makeError(ErrorCode::CannotWriteFile, {QDir::toNativeSeparators(path)});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace Sprechtag
