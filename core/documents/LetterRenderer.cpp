// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/LetterRenderer.h"

#include "documents/LetterTemplate.h"
#include "documents/LetterText.h"
#include "documents/OutputFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace Sprechtag {

namespace {

// DIN 5008 form B, in millimetres from the sheet's top-left corner.
namespace Din {
constexpr double leftMargin = 25.0;
constexpr double rightEdge = 190.0; // right margin 20 mm
constexpr double textWidth = rightEdge - leftMargin;
constexpr double letterheadTop = 15.0;
constexpr double returnLineTop = 45.8; // inside 45-50 mm
constexpr double addressTextLeft = 25.0;
constexpr double addressTextWidth = 80.0; // the field is 85 mm wide from x 20 mm
constexpr double recipientTop = 62.7;
constexpr double recipientBottom = 90.0;
constexpr int recipientMaxLines = 6;
constexpr double infoLeft = 125.0;
constexpr double infoTop = 50.0;
constexpr double infoWidth = rightEdge - infoLeft; // at most 75 mm
constexpr double subjectTop = 98.46;
constexpr double foldMarks[] = {105.0, 210.0};
constexpr double holeMark = 148.5;
constexpr double markLeft = 4.0;
constexpr double foldMarkRight = 9.0;
constexpr double holeMarkRight = 11.0;
constexpr double bodyBottom = 268.0;
constexpr double pageNumberTop = 275.0;
constexpr double footerTop = 284.0;
constexpr double continuationHeaderTop = 15.0;
constexpr double continuationRule = 21.5;
constexpr double continuationBodyTop = 30.0;
} // namespace Din

// Paragraphs up to this many lines are moved to the next page as a whole rather than split.
constexpr int kKeepTogetherLines = 4;

// One line of the flowing part (subject to typed name), already broken to the text width.
struct FlowLine
{
    const QTextLayout *layout = nullptr; // nullptr: a blank line
    int line = 0;
    double height = 0; // device units
    int group = 0;     // lines of one group (> 0) stay on one page
    int page = 0;
    double top = 0;
};

class LetterPainter
{
public:
    LetterPainter(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer), m_painter(painter), m_unit(writer.resolution() / 25.4), m_text(&writer)
    {}

    void paint(const LetterData &letter);

private:
    double mm(double v) const { return v * m_unit; }

    // Draws one line of plain text with its top at (x, top) mm; cut off with "…" beyond width mm.
    double textAt(const QFont &font, double x, double top, const QString &text,
                  Qt::Alignment align = Qt::AlignLeft, double width = 0);

    // The font, condensed and then down to 6 pt when the text would not fit in width mm otherwise (textAt()
    // elides what still does not fit).
    QFont fitted(const QFont &font, const QString &text, double width);

    // Breaks text into lines at most width mm wide (plain text, word boundaries where possible).
    QStringList wrapped(const QFont &font, const QString &text, double width);

    QString pageText(int page, int pages) const;

    void paintMarks();
    void paintLetterhead();
    void paintAddressField();
    void paintInformationBlock();
    void paintContinuationHeader(int page, int pages);
    void paintFooter();

    // Adds a paragraph of plain text as lines of the flow.
    // A group > 0 keeps the paragraph's lines on one page when it has at most keepLines lines.
    void addParagraph(const QString &text, const QFont &font, int group = 0, int keepLines = 1000);
    void addBlank(int count = 1, int group = 0);

    // Builds the flowing part and gives every line its page and position; returns the number of pages.
    int layoutFlow();

    QPdfWriter &m_writer;
    QPainter &m_painter;
    const double m_unit; // device units per millimetre
    const LetterData *m_letter = nullptr;
    std::vector<FlowLine> m_lines;
    LetterText m_text; // fonts and laid-out texts, shared by all letters of the run
    QString m_fittedText;
    QFont m_fittedFor;
    double m_fittedWidth = -1;
    QFont m_fitted;
};

void LetterPainter::paint(const LetterData &letter)
{
    m_letter = &letter;
    const int pages = layoutFlow();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            m_writer.newPage();
        paintFooter();
        if (page == 0) {
            paintMarks();
            paintLetterhead();
            paintAddressField();
            paintInformationBlock();
            if (pages > 1)
                textAt(m_text.font(8), Din::leftMargin, Din::pageNumberTop, pageText(1, pages),
                       Qt::AlignRight, Din::textWidth);
        } else {
            paintContinuationHeader(page + 1, pages);
        }
        m_painter.setPen(Qt::black);
        for (const FlowLine &l : m_lines) {
            if (l.page == page && l.layout)
                l.layout->lineAt(l.line).draw(
                    &m_painter, QPointF(mm(Din::leftMargin), l.top - l.layout->lineAt(l.line).y()));
        }
    }
    m_lines.clear();
    m_text.trim();
}

double LetterPainter::textAt(const QFont &font, double x, double top, const QString &text,
                             Qt::Alignment align, double width)
{
    return m_text.drawLine(m_painter, font, mm(x), mm(top), text, align & Qt::AlignRight, mm(width)) / m_unit;
}

QFont LetterPainter::fitted(const QFont &font, const QString &text, double width)
{
    // The return line is the same in every letter: measured once.
    if (text == m_fittedText && font == m_fittedFor && width == m_fittedWidth)
        return m_fitted;
    m_fittedText = text;
    m_fittedFor = font;
    m_fittedWidth = width;
    m_fitted = font;
    if (QFontMetricsF(font, &m_writer).horizontalAdvance(text) <= mm(width))
        return font;
    QFont smaller = font;
    smaller.setStretch(QFont::Condensed);
    while (smaller.pointSizeF() > 6.0 &&
           QFontMetricsF(smaller, &m_writer).horizontalAdvance(text) > mm(width))
        smaller.setPointSizeF(smaller.pointSizeF() - 0.5);
    m_fitted = smaller;
    return smaller;
}

QStringList LetterPainter::wrapped(const QFont &font, const QString &text, double width)
{
    QTextLayout layout(text, font, &m_writer);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(mm(width));
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString LetterPainter::pageText(int page, int pages) const
{
    return fillPlaceholders(letterWording().pageOf, {QString::number(page), QString::number(pages)});
}

void LetterPainter::paintMarks()
{
    QPen pen(Qt::black);
    pen.setWidthF(mm(0.2));
    m_painter.setPen(pen);
    for (const double y : Din::foldMarks)
        m_painter.drawLine(QPointF(mm(Din::markLeft), mm(y)), QPointF(mm(Din::foldMarkRight), mm(y)));
    m_painter.drawLine(QPointF(mm(Din::markLeft), mm(Din::holeMark)),
                       QPointF(mm(Din::holeMarkRight), mm(Din::holeMark)));
}

void LetterPainter::paintLetterhead()
{
    const Organisation &o = m_letter->organisation;
    m_painter.setPen(Qt::black);
    double y = Din::letterheadTop;
    y += textAt(m_text.font(16, true), Din::leftMargin, y, o.name.simplified(), Qt::AlignRight,
                Din::textWidth);
    if (!o.department.simplified().isEmpty())
        textAt(m_text.font(10), Din::leftMargin, y + 0.5, o.department.simplified(), Qt::AlignRight,
               Din::textWidth);
}

void LetterPainter::paintAddressField()
{
    const Organisation &o = m_letter->organisation;
    QStringList sender;
    for (const QString &part : {o.name, o.street, QString(o.postcode + QLatin1Char(' ') + o.city)}) {
        if (!part.simplified().isEmpty())
            sender << part.simplified();
    }
    m_painter.setPen(Qt::black);
    const QString returnLine = sender.join(QStringLiteral(" · "));
    textAt(fitted(m_text.font(8), returnLine, Din::addressTextWidth), Din::addressTextLeft,
           Din::returnLineTop, returnLine, Qt::AlignLeft, Din::addressTextWidth);

    // Up to six lines from the top of the recipient zone, no blank lines; a long line wraps.
    const QFont font = m_text.font(10);
    QStringList lines;
    for (const QString &line : recipientLines(*m_letter))
        lines << wrapped(font, line, Din::addressTextWidth);
    const double pitch = m_text.lineSpacing(font) / m_unit;
    double y = Din::recipientTop;
    for (int i = 0; i < lines.size() && i < Din::recipientMaxLines && y + pitch <= Din::recipientBottom; ++i)
        y += textAt(font, Din::addressTextLeft, y, lines.at(i), Qt::AlignLeft, Din::addressTextWidth);
}

void LetterPainter::paintInformationBlock()
{
    const LetterWording &w = letterWording();
    QList<QPair<QString, QString>> entries;
    if (const QString name = m_letter->ihkContactName.simplified(); !name.isEmpty())
        entries.append({w.contactPerson, name});
    if (const QString phone = senderPhone(*m_letter); !phone.isEmpty())
        entries.append({w.phone, phone});
    if (const QString email = senderEmail(*m_letter); !email.isEmpty())
        entries.append({w.email, email});
    entries.append({w.date, formatDateShort(effectiveLetterDate(*m_letter))});
    double y = Din::infoTop;
    for (const auto &[label, value] : entries) {
        m_painter.setPen(QColor(90, 90, 90));
        y += textAt(m_text.font(8), Din::infoLeft, y, label, Qt::AlignLeft, Din::infoWidth);
        m_painter.setPen(Qt::black);
        y += textAt(m_text.font(10), Din::infoLeft, y, value, Qt::AlignLeft, Din::infoWidth) + 1.0;
    }
}

void LetterPainter::paintContinuationHeader(int page, int pages)
{
    const QString header = fillPlaceholders(
        letterWording().continuationHeader,
        {m_letter->company.name.simplified(), formatDateShort(effectiveLetterDate(*m_letter))});
    m_painter.setPen(Qt::black);
    const QString number = pageText(page, pages);
    const QFont font = m_text.font(9);
    const double numberWidth = QFontMetricsF(font, &m_writer).horizontalAdvance(number) / m_unit;
    textAt(font, Din::leftMargin, Din::continuationHeaderTop, header, Qt::AlignLeft,
           Din::textWidth - numberWidth - 5);
    textAt(font, Din::leftMargin, Din::continuationHeaderTop, number, Qt::AlignRight, Din::textWidth);
    QPen pen(QColor(120, 120, 120));
    pen.setWidthF(mm(0.2));
    m_painter.setPen(pen);
    m_painter.drawLine(QPointF(mm(Din::leftMargin), mm(Din::continuationRule)),
                       QPointF(mm(Din::rightEdge), mm(Din::continuationRule)));
}

void LetterPainter::paintFooter()
{
    const Organisation &o = m_letter->organisation;
    QStringList parts;
    for (const QString &part :
         {o.name, o.street, QString(o.postcode + QLatin1Char(' ') + o.city), o.phone, o.web}) {
        if (!part.simplified().isEmpty())
            parts << part.simplified();
    }
    m_painter.setPen(QColor(90, 90, 90));
    textAt(m_text.font(7.5), Din::leftMargin, Din::footerTop, parts.join(QStringLiteral(" · ")),
           Qt::AlignLeft, Din::textWidth);
}

void LetterPainter::addParagraph(const QString &text, const QFont &font, int group, int keepLines)
{
    const double pitch = m_text.lineSpacing(font);
    if (text.trimmed().isEmpty()) {
        m_lines.push_back({nullptr, 0, pitch, group, 0, 0});
        return;
    }
    const QTextLayout *layout = m_text.paragraph(font, text, mm(Din::textWidth), pitch);
    if (layout->lineCount() > keepLines)
        group = 0;
    for (int i = 0; i < layout->lineCount(); ++i)
        m_lines.push_back({layout, i, pitch, group, 0, 0});
}

void LetterPainter::addBlank(int count, int group)
{
    for (int i = 0; i < count; ++i)
        addParagraph(QString(), m_text.font(11), group);
}

int LetterPainter::layoutFlow()
{
    const LetterData &l = *m_letter;
    addParagraph(letterSubject(l), m_text.font(11, true));
    addBlank(2);
    addParagraph(salutationFor(l.contact), m_text.font(11));
    addBlank();
    const QString bodyTemplate =
        l.letterBody.trimmed().isEmpty() ? letterWording().defaultBody : l.letterBody;
    QString body = fillTemplate(bodyTemplate, l);
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    while (body.endsWith(QLatin1Char('\n')) || body.endsWith(QLatin1Char(' ')))
        body.chop(1);
    // Short paragraphs are not split across pages.
    int group = 1;
    for (const QString &paragraph : body.split(QLatin1Char('\n')))
        addParagraph(paragraph, m_text.font(11), ++group, kKeepTogetherLines);
    // The closing, room for the signature and the typed name stay together.
    const int closingGroup = ++group;
    addBlank(1, closingGroup);
    addParagraph(letterWording().closing, m_text.font(11), closingGroup);
    addBlank(3, closingGroup);
    addParagraph(signatureName(l), m_text.font(11), closingGroup);

    int page = 0;
    double y = mm(Din::subjectTop);
    for (size_t i = 0; i < m_lines.size(); ++i) {
        FlowLine &line = m_lines[i];
        double needed = line.height;
        if (line.group > 0 && (i == 0 || m_lines[i - 1].group != line.group)) {
            needed = 0;
            for (size_t j = i; j < m_lines.size() && m_lines[j].group == line.group; ++j)
                needed += m_lines[j].height;
        }
        if (y + needed > mm(Din::bodyBottom) && y > mm(Din::continuationBodyTop)) {
            ++page;
            y = mm(Din::continuationBodyTop);
        }
        // No blank lines at the top of a following page.
        if (!line.layout && page > 0 && y == mm(Din::continuationBodyTop)) {
            line.page = -1;
            continue;
        }
        line.page = page;
        line.top = y;
        y += line.height;
    }
    return page + 1;
}

} // namespace

Result<QByteArray> renderLettersToPdf(const QList<LetterData> &letters)
{
    if (letters.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         {QCoreApplication::translate("Sprechtag::Letters", "Letters"),
                          QCoreApplication::translate("Sprechtag::Letters", "there is no letter to write.")});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setResolution(600);
        writer.setTitle(letterWording().subject.section(QLatin1Char(':'), 0, 0));
        writer.setCreator(QStringLiteral("Sprechtag"));
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorCode::IoError);
        LetterPainter letterPainter(writer, painter);
        for (qsizetype i = 0; i < letters.size(); ++i) {
            if (i > 0)
                writer.newPage();
            letterPainter.paint(letters.at(i));
        }
        painter.end();
    }
    return buffer.data();
}

Status renderLetters(const QList<LetterData> &letters, const QString &pdfPath)
{
    // Refused paths (the database, a link, another type) before any work is done.
    if (auto checked = checkOutputPath(pdfPath, {QStringLiteral("pdf")}); !checked)
        return checked.error();
    auto pdf = renderLettersToPdf(letters);
    if (!pdf) {
        // The painter could not start: a problem of the output, not of the database.
        if (pdf.error().code == ErrorCode::IoError)
            return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(pdfPath)});
        return pdf.error();
    }
    return writeFileAtomically(pdfPath, *pdf, {QStringLiteral("pdf")});
}

} // namespace Sprechtag
