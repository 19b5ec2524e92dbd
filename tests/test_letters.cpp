// SPDX-License-Identifier: GPL-3.0-or-later
// Confirmation letters (product.md section 6, DIN 5008 form B): wording, placeholders, geometry read back
// from the PDF with poppler's pdftotext/pdftoppm, markup printed literally (reliability.md test 10).
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "documents/LetterRenderer.h"
#include "documents/LetterTemplate.h"
#include "scheduling/BookingService.h"
#include "storage/BookingRepository.h"
#include "storage/LetterRepository.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace Sprechtag;

namespace {

constexpr double kMmPerPt = 25.4 / 72.0;

// One text line of pdftotext -bbox-layout, in millimetres.
struct PdfLine
{
    int page = 0;
    double x = 0, top = 0, right = 0, bottom = 0;
    QString text;
};

QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(
        runTool(QStringLiteral("/usr/bin/pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
}

QList<PdfLine> pdfLines(const QString &pdf)
{
    const QByteArray html = runTool(QStringLiteral("/usr/bin/pdftotext"),
                                    {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    QXmlStreamReader xml(html);
    QList<PdfLine> lines;
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("line")) {
            lines.append({page, a.value(QLatin1String("xMin")).toDouble() * kMmPerPt,
                          a.value(QLatin1String("yMin")).toDouble() * kMmPerPt,
                          a.value(QLatin1String("xMax")).toDouble() * kMmPerPt,
                          a.value(QLatin1String("yMax")).toDouble() * kMmPerPt, QString()});
        } else if (xml.name() == QLatin1String("word") && !lines.isEmpty()) {
            QString &text = lines.last().text;
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + xml.readElementText();
        }
    }
    if (xml.hasError())
        qWarning("bbox output: %s", qPrintable(xml.errorString()));
    return lines;
}

const PdfLine *findLine(const QList<PdfLine> &lines, const QString &start, int page = 1)
{
    for (const PdfLine &l : lines) {
        if (l.page == page && l.text.startsWith(start))
            return &l;
    }
    return nullptr;
}

int pageCount(const QList<PdfLine> &lines)
{
    int pages = 0;
    for (const PdfLine &l : lines)
        pages = qMax(pages, l.page);
    return pages;
}

// Page 1 as a greyscale picture at 100 dpi (binary PGM), for what pdftotext cannot see (lines).
struct Picture
{
    int width = 0, height = 0;
    QByteArray pixels;
    int at(double xMm, double yMm) const
    {
        const int x = qRound(xMm / 25.4 * 100), y = qRound(yMm / 25.4 * 100);
        return (x < 0 || y < 0 || x >= width || y >= height) ? 255 : quint8(pixels.at(y * width + x));
    }
    // The darkest pixel in the rectangle.
    int darkest(double x0, double x1, double y0, double y1) const
    {
        int v = 255;
        for (double y = y0; y <= y1; y += 0.1)
            for (double x = x0; x <= x1; x += 0.1)
                v = qMin(v, at(x, y));
        return v;
    }
};

Picture firstPage(const QString &pdf)
{
    const QByteArray pgm =
        runTool(QStringLiteral("/usr/bin/pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-gray"), QStringLiteral("-f"),
                 QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf});
    Picture p;
    QList<QByteArray> header;
    qsizetype i = 0;
    while (header.size() < 4 && i < pgm.size()) {
        while (i < pgm.size() && QChar::isSpace(uchar(pgm.at(i))))
            ++i;
        const qsizetype start = i;
        while (i < pgm.size() && !QChar::isSpace(uchar(pgm.at(i))))
            ++i;
        header << pgm.mid(start, i - start);
    }
    if (header.size() < 4 || header.at(0) != "P5" || header.at(3) != "255")
        return p;
    p.width = header.at(1).toInt();
    p.height = header.at(2).toInt();
    p.pixels = pgm.mid(i + 1);
    if (p.pixels.size() != qsizetype(p.width) * p.height)
        p.width = p.height = 0;
    return p;
}

Contact contact(Salutation salutation, const QString &title, const QString &first, const QString &last)
{
    Contact c;
    c.salutation = salutation;
    c.title = title;
    c.firstName = first;
    c.lastName = last;
    return c;
}

LetterData sampleLetter()
{
    LetterData l;
    l.bookingId = 1;
    l.organisation = {QStringLiteral("IHK Ostwestfalen zu Bielefeld"),
                      QStringLiteral("Innovation & Technologie"),
                      QStringLiteral("Elsa-Brändström-Straße 1–3"),
                      QStringLiteral("33602"),
                      QStringLiteral("Bielefeld"),
                      QStringLiteral("0521 554-0"),
                      QStringLiteral("info@example.org"),
                      QStringLiteral("www.example.org")};
    l.company.name = QStringLiteral("Musterbäckerei Beispiel GmbH");
    l.company.street = QStringLiteral("Musterstraße 1");
    l.company.postcode = QStringLiteral("33602");
    l.company.city = QStringLiteral("Bielefeld");
    l.contact =
        contact(Salutation::Frau, QStringLiteral("Dr."), QStringLiteral("Erika"), QStringLiteral("Muster"));
    l.formatName = QStringLiteral("Social Media Sprechtag");
    l.letterBody =
        QStringLiteral("vielen Dank für Ihre Anmeldung zum {format}. Wir bestätigen Ihnen "
                       "folgenden Termin:\n\n{weekday_date}, {start}–{end} Uhr\nBerater/in: "
                       "{consultant}\nOrt: {place}\n\nBitte sagen Sie bis {deadline} ab, falls Sie "
                       "verhindert sind. Fragen beantwortet {ihk_contact}.");
    l.ihkContactName = QStringLiteral("Marco Rieso");
    l.ihkContactPhone = QStringLiteral("0521 554-123");
    l.ihkContactEmail = QStringLiteral("m.rieso@example.org");
    l.date = QDate(2021, 3, 25);
    l.time = {10 * 60, 11 * 60};
    l.consultantName = QStringLiteral("Thorsten Ising");
    l.location = QStringLiteral("IHK, Elsa-Brändström-Straße 1–3, 33602 Bielefeld");
    l.room = QStringLiteral("Raum 1.12");
    l.bookingDeadline = QDate(2021, 3, 22);
    l.letterDate = QDate(2021, 3, 10);
    return l;
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const QList<LetterData> &letters, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status s = renderLetters(letters, path);
        if (!s)
            qWarning("render failed: %s", qPrintable(errorMessage(s.error())));
        return s ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // SPRECHTAG_KEEP_TEST_FILES=1 keeps the PDFs for looking at them.
        if (qEnvironmentVariableIsSet("SPRECHTAG_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
    }

    void reportsUnknownPlaceholders()
    {
        QCOMPARE(unknownPlaceholders(QStringLiteral("Hallo {firma}, {company} am {Datum} {firma}")),
                 QStringList({QStringLiteral("{firma}"), QStringLiteral("{Datum}")}));
        QVERIFY(unknownPlaceholders(sampleLetter().letterBody).isEmpty());
        QVERIFY(unknownPlaceholders(letterWording().defaultBody).isEmpty());
    }

    void fillsPlaceholdersOnce()
    {
        LetterData l = sampleLetter();
        QCOMPARE(fillTemplate(QStringLiteral("{weekday_date} {date} {start}–{end}"), l),
                 QStringLiteral("Donnerstag, 25. März 2021 25.03.2021 10:00–11:00"));
        QCOMPARE(fillTemplate(QStringLiteral("{place} / {deadline} / {firma}"), l),
                 QStringLiteral(
                     "IHK, Elsa-Brändström-Straße 1–3, 33602 Bielefeld, Raum 1.12 / 22.03.2021 / {firma}"));
        QCOMPARE(fillTemplate(QStringLiteral("{contact}: {ihk_contact}"), l),
                 QStringLiteral(
                     "Frau Dr. Erika Muster: Marco Rieso, Telefon 0521 554-123, E-Mail m.rieso@example.org"));
        // Values are never scanned again.
        l.company.name = QStringLiteral("{company} & {format} GmbH");
        QCOMPARE(fillTemplate(QStringLiteral("Firma: {company}"), l),
                 QStringLiteral("Firma: {company} & {format} GmbH"));
        // A video link is the place when there is no room or location.
        l.location.clear();
        l.room.clear();
        l.videoLink = QStringLiteral("https://meet.example.org/abc");
        QCOMPARE(placeText(l), QStringLiteral("online: https://meet.example.org/abc"));
    }

    void deadlineWithoutOneIsTheWorkingDayBefore()
    {
        LetterData l = sampleLetter();
        l.bookingDeadline = QDate();
        QCOMPARE(deadlineText(l), QStringLiteral("24.03.2021"));
        l.date = QDate(2021, 3, 22); // a Monday
        QCOMPARE(deadlineText(l), QStringLiteral("19.03.2021"));
    }

    void salutations_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Frau Dr.") << 0 << QStringLiteral("Sehr geehrte Frau Dr. Muster,");
        QTest::newRow("Herr") << 1 << QStringLiteral("Sehr geehrter Herr Muster,");
        QTest::newRow("none") << 2 << QStringLiteral("Guten Tag Alex Muster,");
        QTest::newRow("no contact") << 3 << QStringLiteral("Sehr geehrte Damen und Herren,");
    }

    void salutations()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const std::optional<Contact> contacts[] = {
            contact(Salutation::Frau, QStringLiteral("Dr."), QStringLiteral("Erika"),
                    QStringLiteral("Muster")),
            contact(Salutation::Herr, QString(), QStringLiteral("Max"), QStringLiteral("Muster")),
            contact(Salutation::None, QString(), QStringLiteral("Alex"), QStringLiteral("Muster")),
            std::nullopt};
        QCOMPARE(salutationFor(contacts[kind]), expected);

        // And in the PDF, with the recipient's name line.
        LetterData l = sampleLetter();
        l.contact = contacts[kind];
        const QString text = pdfText(render({l}, QStringLiteral("salutation%1.pdf").arg(kind)));
        QVERIFY2(text.contains(expected), qPrintable(text));
        const QString nameLines[] = {QStringLiteral("Frau Dr. Erika Muster"),
                                     QStringLiteral("Herr Max Muster"), QStringLiteral("\nAlex Muster")};
        if (kind < 3)
            QVERIFY(text.contains(nameLines[kind]));
    }

    void fileNames()
    {
        LetterData l = sampleLetter();
        l.company.name = QStringLiteral("Müller & Söhne GmbH");
        QCOMPARE(suggestedLetterFileName(l), QStringLiteral("2021-03-25_1000_Mueller-Soehne-GmbH.pdf"));
        l.company.name = QStringLiteral("../../x");
        QCOMPARE(suggestedLetterFileName(l), QStringLiteral("2021-03-25_1000_x.pdf"));
        QCOMPARE(suggestedDayLettersFileName(QDate(2021, 3, 25)),
                 QStringLiteral("2021-03-25_Terminbestaetigungen.pdf"));
    }

    void letterContent()
    {
        const QString path = render({sampleLetter()}, QStringLiteral("content.pdf"));
        const QString text = pdfText(path);
        for (const QString &expected :
             {QStringLiteral("IHK Ostwestfalen zu Bielefeld"), QStringLiteral("Musterbäckerei Beispiel GmbH"),
              QStringLiteral("Musterstraße 1"), QStringLiteral("33602 Bielefeld"),
              QStringLiteral("Terminbestätigung: Social Media Sprechtag am 25.03.2021\n"),
              QStringLiteral("Sehr geehrte Frau Dr. Muster,"),
              QStringLiteral("vielen Dank für Ihre Anmeldung"),
              QStringLiteral("Donnerstag, 25. März 2021, 10:00–11:00 Uhr"),
              QStringLiteral("Berater/in: Thorsten Ising"), QStringLiteral("Raum 1.12"),
              QStringLiteral("22.03.2021"), QStringLiteral("Mit freundlichen Grüßen"),
              QStringLiteral("Ihr Ansprechpartner"), QStringLiteral("0521 554-123"),
              QStringLiteral("10.03.2021")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        }
        QVERIFY(!text.contains(QStringLiteral("Betreff")));
        QVERIFY(!text.contains(QStringLiteral("Seite 1 von")));
        QVERIFY(!text.contains(QLatin1Char('{')));
        QCOMPARE(pageCount(pdfLines(path)), 1);
    }

    // reliability.md test 10: markup in names comes out as the literal text.
    void markupIsPrintedLiterally()
    {
        LetterData l = sampleLetter();
        l.company.name = QStringLiteral("<b>Müller</b> & Söhne");
        l.contact = contact(Salutation::Herr, QString(), QStringLiteral("<a href=\"x\">Max</a>"),
                            QStringLiteral("<img src=file:/etc/passwd>"));
        l.letterBody = QStringLiteral("wir erwarten {company} am {date}.");
        const QString path = render({l}, QStringLiteral("markup.pdf"));
        const QString text = pdfText(path);
        const QList<PdfLine> lines = pdfLines(path);
        QVERIFY2(findLine(lines, QStringLiteral("<b>Müller</b> & Söhne")), qPrintable(text));
        QCOMPARE(findLine(lines, QStringLiteral("<b>Müller</b> & Söhne"))->text,
                 QStringLiteral("<b>Müller</b> & Söhne"));
        QVERIFY(text.contains(QStringLiteral("wir erwarten <b>Müller</b> & Söhne am 25.03.2021.")));
        QVERIFY(text.contains(QStringLiteral("Herr <a href=\"x\">Max</a> <img")));
        QVERIFY(text.contains(QStringLiteral("src=file:/")));
        QVERIFY(text.contains(QStringLiteral("Sehr geehrter Herr <img src=file:/etc/passwd>,")));
    }

    void geometryFollowsDin5008()
    {
        const LetterData letter = sampleLetter();
        const QList<PdfLine> lines = pdfLines(render({letter}, QStringLiteral("geometry.pdf")));
        QVERIFY(!lines.isEmpty());
        // Recipient: from 62.7 mm down, inside the field from x 25 mm, no more than 6 lines.
        const QStringList recipient = recipientLines(letter);
        QCOMPARE(recipient.size(), 4);
        double previous = 0;
        for (const QString &r : recipient) {
            const PdfLine *l = findLine(lines, r);
            QVERIFY2(l, qPrintable(r));
            QVERIFY2(l->top >= 62.7 - 0.3 && l->bottom <= 90.0, qPrintable(QString::number(l->top)));
            QVERIFY(l->x >= 25.0 - 1 && l->right <= 105.0);
            QVERIFY(l->top > previous);
            QVERIFY(previous == 0 || l->top - previous < 6); // no blank lines
            previous = l->top;
        }
        QVERIFY(findLine(lines, recipient.first())->top < 64.5); // filled from the top
        // Return address, 8 pt, inside 45-50 mm.
        const PdfLine *back = findLine(lines, QStringLiteral("IHK Ostwestfalen zu Bielefeld ·"));
        QVERIFY(back);
        QVERIFY2(back->top >= 45.0 && back->bottom <= 50.0, qPrintable(QString::number(back->top)));
        QVERIFY(back->x >= 24 && back->right <= 105.0);
        // Letterhead above 45 mm.
        const PdfLine *head = findLine(lines, QStringLiteral("Innovation & Technologie"));
        QVERIFY(head && head->bottom < 45.0);
        // Information block at x 125 mm from y 50 mm, at most 75 mm wide.
        for (const QString &entry :
             {QStringLiteral("Ihr Ansprechpartner"), QStringLiteral("Marco Rieso"), QStringLiteral("Telefon"),
              QStringLiteral("E-Mail"), QStringLiteral("Datum"), QStringLiteral("10.03.2021")}) {
            const PdfLine *l = findLine(lines, entry);
            QVERIFY2(l, qPrintable(entry));
            QVERIFY2(qAbs(l->x - 125.0) < 1.0, qPrintable(entry + QString::number(l->x)));
            QVERIFY(l->top >= 50.0 - 0.3 && l->right <= 200.0 && l->bottom < 98.0);
        }
        // Subject at about 98.5 mm; salutation two blank lines below; body inside the margins.
        const PdfLine *subject = findLine(lines, QStringLiteral("Terminbestätigung:"));
        QVERIFY(subject);
        QVERIFY2(qAbs(subject->top - 98.5) < 1.0, qPrintable(QString::number(subject->top)));
        const PdfLine *salutation = findLine(lines, QStringLiteral("Sehr geehrte"));
        QVERIFY(salutation);
        const double pitch = 11 * 1.1 * kMmPerPt; // at least 1.1 line height
        QVERIFY2(salutation->top - subject->top > 3 * pitch - 0.5 && salutation->top - subject->top < 16,
                 qPrintable(QString::number(salutation->top - subject->top)));
        for (const PdfLine &l : lines) {
            if (l.top > 95.0) {
                QVERIFY2(l.x >= 25.0 - 0.5 && l.right <= 190.0 + 0.5, qPrintable(l.text));
            }
        }
    }

    void foldAndHoleMarks()
    {
        const Picture page = firstPage(render({sampleLetter()}, QStringLiteral("marks.pdf")));
        QVERIFY(qAbs(page.width - 827) <= 1 && qAbs(page.height - 1169) <= 1); // A4 at 100 dpi
        for (const double y : {105.0, 148.5, 210.0})
            QVERIFY2(page.darkest(5.0, 8.0, y - 0.5, y + 0.5) < 160, qPrintable(QString::number(y)));
        // Short marks, not a rule along the edge.
        for (const double y : {100.0, 125.0, 180.0, 230.0})
            QVERIFY(page.darkest(0.0, 20.0, y - 0.5, y + 0.5) > 230);
        QVERIFY(page.darkest(12.0, 20.0, 104.0, 106.0) > 230);
    }

    void longBodyContinuesOnPageTwo()
    {
        LetterData l = sampleLetter();
        for (int i = 1; i <= 12; ++i)
            l.letterBody +=
                QStringLiteral("\n\nAbsatz %1: Die Beratung ist kostenfrei und vertraulich; bitte "
                               "bringen Sie Ihre Unterlagen mit.")
                    .arg(i);
        const QString path = render({l}, QStringLiteral("long.pdf"));
        const QList<PdfLine> lines = pdfLines(path);
        QCOMPARE(pageCount(lines), 2);
        QVERIFY(findLine(lines, QStringLiteral("Seite 1 von 2"), 1));
        QVERIFY(findLine(lines, QStringLiteral("Seite 2 von 2"), 2) ||
                pdfText(path).contains(QStringLiteral("Seite 2 von 2")));
        QVERIFY(findLine(lines, QStringLiteral("Musterstraße 1"), 1));
        QVERIFY(!findLine(lines, QStringLiteral("Musterstraße 1"), 2)); // the address only on page 1
        QVERIFY(!findLine(lines, QStringLiteral("Ihr Ansprechpartner"), 2));
        QVERIFY(findLine(lines, QStringLiteral("Absatz 12"), 2));
        QVERIFY(findLine(lines, QStringLiteral("Mit freundlichen Grüßen"), 2));
        for (const PdfLine &line : lines) {
            if (line.page == 2 && line.text.startsWith(QStringLiteral("Absatz"))) {
                QVERIFY(line.top > 25.0 && line.bottom < 275.0);
                QVERIFY(line.x >= 24.5 && line.right <= 190.5);
            }
        }
    }

    void lettersOfADayFromTheDatabase()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(loadDemoData(*t.db).ok());
        LetterRepository repository(*t.db);
        auto day = repository.activeOnDate(QDate(2021, 3, 25));
        QVERIFY(day.ok());
        QCOMPARE(day->size(), 3);
        QCOMPARE(day->at(0).company.name, QStringLiteral("Musterbäckerei Beispiel GmbH"));
        QCOMPARE(day->at(0).room, QStringLiteral("Raum 1.12"));
        QVERIFY(day->at(0).letterBody.contains(QStringLiteral("{weekday_date}")));
        QCOMPARE(day->at(0).ihkContactName, QStringLiteral("Marco Rieso"));
        QCOMPARE(day->at(0).organisation.name, QStringLiteral("IHK Ostwestfalen zu Bielefeld"));
        QVERIFY(day->at(0).contact.has_value());
        QCOMPARE(day->at(0).contact->title, QStringLiteral("Dr."));
        QCOMPARE(day->at(1).time.start, 10 * 60);

        const QString path = render(*day, QStringLiteral("day.pdf"));
        const QList<PdfLine> lines = pdfLines(path);
        QCOMPARE(pageCount(lines), 3);
        QVERIFY(findLine(lines, QStringLiteral("Musterbäckerei Beispiel GmbH"), 1));
        QVERIFY(findLine(lines, QStringLiteral("Beispiel Maschinenbau AG"), 2));
        QVERIFY(findLine(lines, QStringLiteral("Sehr geehrter Herr Mustermann,"), 2));
        QVERIFY(findLine(lines, QStringLiteral("Modellhaus Test & Söhne KG"), 3));
        QVERIFY(findLine(lines, QStringLiteral("Guten Tag Alex Beispiel,"), 3));
        QVERIFY(pdfText(path).contains(QStringLiteral("Donnerstag, 25. März 2021, 10:00–11:00 Uhr")));

        // A format of another day, an empty date, a missing booking.
        auto website = FormatRepository(*t.db).byName(QStringLiteral("Website-Check-Sprechtag"));
        QVERIFY(website.ok() && website->has_value());
        QVERIFY(repository.activeOnDate(QDate(2021, 3, 25), (*website)->id)->isEmpty());
        QVERIFY(repository.activeOnDate(QDate(2021, 3, 26))->isEmpty());
        QVERIFY(!repository.forBooking(9999)->has_value());

        // A cancelled booking gets no letter of the day.
        auto cancelled =
            BookingService(*t.db).cancel(day->at(1).bookingId, QString(), QStringLiteral("test"));
        QVERIFY(cancelled.ok());
        QCOMPARE(repository.activeOnDate(QDate(2021, 3, 25))->size(), 2);
        auto one = repository.forBooking(day->at(1).bookingId);
        QVERIFY(one.ok() && one->has_value());
        QCOMPARE((*one)->status, BookingStatus::Cancelled);
    }

    void marksConfirmationProduced()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(loadDemoData(*t.db).ok());
        auto day = LetterRepository(*t.db).activeOnDate(QDate(2021, 3, 25));
        QVERIFY(day.ok() && day->size() == 3);
        BookingRepository bookings(*t.db);
        const Id first = day->at(0).bookingId, second = day->at(1).bookingId;
        const int version = (*bookings.byId(first))->booking.version;
        QVERIFY(!(*bookings.byId(first))->booking.confirmationSentAt.isValid());

        // One unknown id: nothing is recorded.
        const QDateTime when(QDate(2021, 3, 10), QTime(9, 30), Qt::UTC);
        const Status refused = LetterRepository(*t.db).markConfirmationProduced({first, 9999}, when);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QVERIFY(!(*bookings.byId(first))->booking.confirmationSentAt.isValid());

        QVERIFY(LetterRepository(*t.db).markConfirmationProduced({first, second}, when).ok());
        QCOMPARE((*bookings.byId(first))->booking.confirmationSentAt, when);
        QCOMPARE((*bookings.byId(second))->booking.confirmationSentAt, when);
        QCOMPARE((*bookings.byId(first))->booking.version, version);
        QVERIFY(!(*bookings.byId(day->at(2).bookingId))->booking.confirmationSentAt.isValid());
    }

    void outputFileIsPrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("private.pdf"));
        const mode_t old = ::umask(022);
        const Status s = renderLetters({sampleLetter()}, path);
        ::umask(old);
        QVERIFY(s.ok());
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(!renderLetters({}, m_dir.filePath(QStringLiteral("none.pdf"))).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
        QVERIFY(!renderLetters({sampleLetter()}, m_dir.filePath(QStringLiteral("missing/x.pdf"))).ok());
    }
};

QTEST_MAIN(TestLetters)
#include "test_letters.moc"
