// SPDX-License-Identifier: GPL-3.0-or-later
#include "Letters.h"

#include "common/BenchSupport.h"

#include "documents/ConfirmationService.h"
#include "documents/LetterRenderer.h"
#include "scheduling/Schedule.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Sprechtag;

namespace Bench {

namespace {

// The letters of the first dates, day by day, until there are `count`.
QList<LetterData> someLetters(const Database &db, int count)
{
    QList<LetterData> out;
    auto days = Schedule(db).days();
    if (!days)
        return out;
    QDate last;
    for (const DaySummary &d : *days) {
        if (out.size() >= count)
            break;
        if (d.day.date == last)
            continue;
        last = d.day.date;
        if (auto letters = ConfirmationService(db).load(ConfirmationRequest{0, d.day.date, 0, {}}))
            out << *letters;
    }
    return out.mid(0, count);
}

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

// The same letters as a flat OpenDocument text, one page each, for LibreOffice.
void writeOdt(const QList<LetterData> &letters, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    QString out = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\" "
        "office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:automatic-styles>"
        "<style:style style:name=\"PB\" style:family=\"paragraph\"><style:paragraph-properties "
        "fo:break-before=\"page\"/></style:style></office:automatic-styles><office:body><office:text>\n");
    for (const LetterData &l : letters) {
        const QString contact = l.contact ? l.contact->fullName() : QString();
        const QStringList lines{
            l.organisation.name + QStringLiteral(" · ") + l.organisation.street,
            l.company.name,
            contact,
            l.company.street,
            l.company.postcode + QLatin1Char(' ') + l.company.city,
            QStringLiteral("Terminbestätigung: ") + l.formatName,
            QStringLiteral("Sehr geehrte Damen und Herren,"),
            l.letterBody.isEmpty() ? QStringLiteral("wir bestätigen Ihnen folgenden Termin.") : l.letterBody,
            formatDateShort(l.date) + QLatin1Char(' ') + formatTime(l.time.start) + QStringLiteral(" Uhr, ") +
                l.consultantName + QStringLiteral(", ") + l.location,
            QStringLiteral("Mit freundlichen Grüßen"),
            l.ihkContactName};
        out += QStringLiteral("<text:p text:style-name=\"PB\">%1</text:p>\n").arg(xml(lines.first()));
        for (qsizetype i = 1; i < lines.size(); ++i)
            out += QStringLiteral("<text:p>%1</text:p>\n").arg(xml(lines.at(i)));
    }
    out += QStringLiteral("</office:text></office:body></office:document>\n");
    f.write(out.toUtf8());
}

// LibreOffice headless on the same letters (after a warm-up that makes its profile); -1 when missing.
double libreOffice(const QList<LetterData> &letters, const QString &folder)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        return -1;
    const QString profile =
        QStringLiteral("-env:UserInstallation=file://") + folder + QStringLiteral("/profile");
    auto convert = [&](const QString &input) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(soffice, {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                          QStringLiteral("pdf"), QStringLiteral("--outdir"), folder, input});
        return p.waitForFinished(600000) && p.exitCode() == 0;
    };
    // Its input and output have other names than ours: letters.pdf stays the file this program measured.
    writeOdt(letters.mid(0, 1), folder + QStringLiteral("/warm.fodt"));
    convert(folder + QStringLiteral("/warm.fodt"));
    writeOdt(letters, folder + QStringLiteral("/libreoffice.fodt"));
    QElapsedTimer t;
    t.start();
    if (!convert(folder + QStringLiteral("/libreoffice.fodt")))
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int lettersFigure(const Database &db, int count)
{
    const QList<LetterData> letters = someLetters(db, count);
    QTemporaryDir folder;
    QElapsedTimer t;
    t.start();
    const Status s = renderLetters(letters, folder.filePath(QStringLiteral("letters.pdf")));
    const double ours = double(t.nsecsElapsed()) / 1e6;
    if (!s) {
        std::fprintf(stderr, "letters: %s\n", qUtf8Printable(errorMessage(s.error())));
        return 1;
    }
    const qint64 ourSize = QFile(folder.filePath(QStringLiteral("letters.pdf"))).size();
    const double lo = libreOffice(letters, folder.path());
    const qint64 loSize = QFile(folder.filePath(QStringLiteral("libreoffice.pdf"))).size();
    std::fprintf(stderr, "letters: %lld into one PDF in %.0f ms (%lld kB); LibreOffice %.0f ms (%lld kB)\n",
                 static_cast<long long>(letters.size()), ours, static_cast<long long>(ourSize / 1024), lo,
                 static_cast<long long>(loSize / 1024));
    printRow({QStringLiteral("%1 letters into one PDF").arg(letters.size()), QStringLiteral("≤ 0.5 s"),
              ms(ours),
              lo < 0 ? QStringLiteral("LibreOffice not installed") : QStringLiteral("LibreOffice ") + ms(lo),
              lo < 0 ? QStringLiteral("-") : ratioText(ours, lo), yesNo(ours <= 500)});
    return 0;
}

} // namespace Bench
