// SPDX-License-Identifier: GPL-3.0-or-later
// The day plan, briefing sheets and door signs, read back from the PDF with pdftotext and pdfinfo.
#include "TestSupport.h"

#include "documents/BriefingSheet.h"
#include "documents/DayPlan.h"
#include "documents/DoorSign.h"
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/DayRepository.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

const QString kPdfToText = QStringLiteral("/usr/bin/pdftotext");
const QString kPdfInfo = QStringLiteral("/usr/bin/pdfinfo");

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return run(kPdfToText, {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

// The text of each page (pdftotext ends every page with a form feed).
QStringList pdfPages(const QString &path)
{
    QStringList pages = pdfText(path).split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

struct PdfInfo
{
    int pages = 0;
    QSizeF pageSize;
};

PdfInfo pdfInfo(const QString &path)
{
    const QString text = run(kPdfInfo, {path});
    PdfInfo info;
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text);
    if (pages.hasMatch())
        info.pages = pages.captured(1).toInt();
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)")).match(text);
    if (size.hasMatch())
        info.pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return info;
}

struct Guest
{
    QString company;
    QString firstName;
    QString lastName;
    QString phone;
    QString topic;
};

} // namespace

class TestDayPlan : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_format = 0;
    QList<Id> m_consultants;
    const QDate m_date{2021, 3, 25};

    const Database &db() const { return *m_tmp->db; }
    QString file(const QString &name) const { return m_tmp->dir.filePath(name); }

    // A day of the format with the first `count` consultants, each in a room of their own.
    Id createDay(const QDate &date, int count, TimeRange hours = {h(9), h(16)}, int slotMinutes = 60,
                 const QList<TimeRange> &breaks = {})
    {
        ConsultationDay day = makeDay(m_format, date, m_consultants.mid(0, count));
        day.location = QStringLiteral("IHK Bielefeld, Elsa-Brändström-Straße 1–3");
        day.hours = hours;
        day.slotMinutes = slotMinutes;
        day.breaks = breaks;
        for (int i = 0; i < count; ++i)
            day.consultants[i].room = QStringLiteral("Raum 1.%1").arg(11 + i);
        auto created = DayService(db()).create(day);
        if (!created)
            qWarning("create day: %s", qUtf8Printable(errorMessage(created.error())));
        return created ? created->id : 0;
    }

    Id slotAt(Id dayId, int consultant, int start)
    {
        auto slots = DayRepository(db()).slotsOfDay(dayId);
        for (const SlotDetails &s : slots ? *slots : QList<SlotDetails>()) {
            if (s.slot.consultantId == m_consultants.at(consultant) && s.slot.time.start == start)
                return s.slot.id;
        }
        return 0;
    }

    Id book(Id dayId, int consultant, int start, const Guest &g)
    {
        BookingRequest r;
        r.slotId = slotAt(dayId, consultant, start);
        r.company.name = g.company;
        r.company.industry = QStringLiteral("Bäckerhandwerk");
        r.company.website = QStringLiteral("www.example.org");
        Contact c;
        c.firstName = g.firstName;
        c.lastName = g.lastName;
        c.phone = g.phone;
        c.email = QStringLiteral("kontakt@example.org");
        r.contact = c;
        r.topic = g.topic;
        r.actor = QStringLiteral("test");
        auto booked = BookingService(db()).book(r);
        if (!booked)
            qWarning("book: %s", qUtf8Printable(errorMessage(booked.error())));
        return booked ? booked->booking.id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(kPdfToText) || !QFileInfo::exists(kPdfInfo))
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    }

    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->open());
        m_format = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        m_consultants.clear();
        for (const char *name : {"Thorsten Ising", "Frank Michna", "Anna Berg", "Jonas Kurz"})
            m_consultants << addConsultant(db(), QString::fromUtf8(name));
        QVERIFY(m_format != 0 && !m_consultants.contains(0));
    }

    void cleanup() { m_tmp.reset(); }

    void planShowsBookingsFreeSlotsBreaksAndHeader()
    {
        const Id day = createDay(m_date, 2, {h(9), h(16)}, 60, {{h(12), h(13)}});
        QVERIFY(day != 0);
        const QList<std::pair<int, Guest>> guests{
            {0,
             {QStringLiteral("Bäckerei Kranz GmbH"), QStringLiteral("Erika"), QStringLiteral("Kranz"),
              QStringLiteral("0521 111222"), QString()}},
            {1,
             {QStringLiteral("Maschinenbau Ost AG"), QStringLiteral("Max"), QStringLiteral("Ost"),
              QStringLiteral("0521 333444"), QString()}},
        };
        QVERIFY(book(day, 0, h(9), guests.at(0).second) != 0);
        QVERIFY(book(day, 1, h(14), guests.at(1).second) != 0);
        QVERIFY(DayService(db()).setSlotBlocked(slotAt(day, 1, h(15)), true).ok());

        const QString pdf = file(QStringLiteral("plan.pdf"));
        QVERIFY(writeDayPlanPdf(db(), day, pdf).ok());
        const QString text = pdfText(pdf);
        for (const auto &[consultant, g] : guests) {
            QVERIFY2(text.contains(g.company), qPrintable(text));
            QVERIFY(text.contains(g.firstName + QLatin1Char(' ') + g.lastName));
            QVERIFY(text.contains(g.phone));
        }
        QVERIFY(text.contains(QStringLiteral("frei")));
        QVERIFY(text.contains(QStringLiteral("Pause")));
        QVERIFY(text.contains(QStringLiteral("gesperrt")));
        QVERIFY(text.contains(QStringLiteral("Tagesplan")));
        QVERIFY(text.contains(QStringLiteral("Social Media Sprechtag")));
        QVERIFY(text.contains(QStringLiteral("Donnerstag, 25. März 2021")));
        QVERIFY(text.contains(QStringLiteral("IHK Bielefeld, Elsa-Brändström-Straße 1–3")));
        QVERIFY(text.contains(QStringLiteral("Thorsten Ising")));
        QVERIFY(text.contains(QStringLiteral("Raum 1.12")));
        QVERIFY(text.contains(QStringLiteral("09:00–10:00")));
        QVERIFY(text.contains(QStringLiteral("12:00–13:00")));
        QVERIFY(text.contains(QStringLiteral("Seite 1 von 1")));
        QCOMPARE(text.count(QStringLiteral("frei")), 2 * 6 - 2 - 1);
    }

    void longDayRepeatsHeaderRowOnEveryPage()
    {
        // 15-minute slots from 08:00 to 18:00: 40 rows.
        const Id day = createDay(m_date, 2, {h(8), h(18)}, 15);
        QVERIFY(day != 0);
        QVERIFY(book(day, 1, h(17, 45),
                     {QStringLiteral("Späte Firma KG"), QStringLiteral("Lena"), QStringLiteral("Spät"),
                      QStringLiteral("0521 999"), QString()}) != 0);
        const QString pdf = file(QStringLiteral("long.pdf"));
        QVERIFY(writeDayPlanPdf(db(), day, pdf).ok());
        const QStringList pages = pdfPages(pdf);
        const int count = int(pages.size());
        QVERIFY2(count >= 2, qPrintable(QString::number(count)));
        QCOMPARE(pdfInfo(pdf).pages, count);
        for (int i = 0; i < count; ++i) {
            const QString &page = pages.at(i);
            QVERIFY2(page.contains(QStringLiteral("Uhrzeit")), qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("Thorsten Ising")), qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("Frank Michna")), qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("Seite %1 von %2").arg(i + 1).arg(count)),
                     qPrintable(page));
        }
        const QString all = pages.join(QString());
        for (int t = h(8); t < h(18); t += 15)
            QVERIFY2(all.contains(formatTime(t) + QStringLiteral("–") + formatTime(t + 15)),
                     qPrintable(formatTime(t)));
        QVERIFY(pages.last().contains(QStringLiteral("Späte Firma KG")));
    }

    void orientationFollowsConsultantCount()
    {
        const Id two = createDay(m_date, 2);
        const Id four = createDay(m_date.addDays(7), 4);
        QVERIFY(two != 0 && four != 0);
        const QString portrait = file(QStringLiteral("two.pdf"));
        const QString landscape = file(QStringLiteral("four.pdf"));
        QVERIFY(writeDayPlanPdf(db(), two, portrait).ok());
        QVERIFY(writeDayPlanPdf(db(), four, landscape).ok());
        const QSizeF p = pdfInfo(portrait).pageSize;
        const QSizeF l = pdfInfo(landscape).pageSize;
        QVERIFY2(p.width() < p.height(), qPrintable(QStringLiteral("%1x%2").arg(p.width()).arg(p.height())));
        QVERIFY2(l.width() > l.height(), qPrintable(QStringLiteral("%1x%2").arg(l.width()).arg(l.height())));
        const QString text = pdfText(landscape);
        for (const char *name : {"Thorsten Ising", "Frank Michna", "Anna Berg", "Jonas Kurz"})
            QVERIFY(text.contains(QString::fromUtf8(name)));
    }

    void markupInNamesIsPrintedLiterally()
    {
        // reliability.md test 10.
        const Id day = createDay(m_date, 2);
        const Guest g{QStringLiteral("<b>Müller</b> & Söhne"), QStringLiteral("<i>Anna</i>"),
                      QStringLiteral("<img src=x>"), QStringLiteral("0521 1234"),
                      QStringLiteral("<a href=\"http://x\">Fragen</a>")};
        QVERIFY(book(day, 0, h(10), g) != 0);
        const QString plan = file(QStringLiteral("plan.pdf"));
        const QString briefing = file(QStringLiteral("briefing.pdf"));
        const QString signs = file(QStringLiteral("signs.pdf"));
        QVERIFY(writeDayPlanPdf(db(), day, plan).ok());
        QVERIFY(writeBriefingPdf(db(), day, 0, briefing).ok());
        QVERIFY(writeDoorSignsPdf(db(), day, true, signs).ok());
        const QString planText = pdfText(plan);
        QVERIFY2(planText.contains(g.company), qPrintable(planText));
        QVERIFY(planText.contains(QStringLiteral("<i>Anna</i> <img src=x>")));
        const QString briefingText = pdfText(briefing);
        QVERIFY(briefingText.contains(g.company));
        QVERIFY(briefingText.contains(g.topic));
        QVERIFY(pdfText(signs).contains(g.company));
    }

    void briefingListsTopicAndEarlierVisits()
    {
        const Id earlier = createDay(QDate(2021, 2, 25), 1);
        const Id day = createDay(m_date, 2);
        QVERIFY(earlier != 0 && day != 0);
        const Guest first{QStringLiteral("Bäckerei Kranz GmbH"), QStringLiteral("Erika"),
                          QStringLiteral("Kranz"), QStringLiteral("0521 111222"),
                          QStringLiteral("Erste Schritte auf Instagram")};
        Guest second = first;
        second.topic = QStringLiteral("Werbeanzeigen für die neue Filiale");
        QVERIFY(book(earlier, 0, h(11), first) != 0);
        QVERIFY(book(day, 1, h(10), second) != 0);

        const QString all = file(QStringLiteral("briefing.pdf"));
        QVERIFY(writeBriefingPdf(db(), day, 0, all).ok());
        const QStringList pages = pdfPages(all);
        QCOMPARE(pages.size(), 2); // one section per consultant, each from a new page
        QVERIFY(pages.at(0).contains(QStringLiteral("Thorsten Ising")));
        QVERIFY(!pages.at(0).contains(first.company));
        const QString &michna = pages.at(1);
        QVERIFY2(michna.contains(QStringLiteral("Frank Michna")), qPrintable(michna));
        QVERIFY(michna.contains(second.company));
        QVERIFY(michna.contains(QStringLiteral("Erika Kranz")));
        QVERIFY(michna.contains(first.phone));
        QVERIFY(michna.contains(QStringLiteral("kontakt@example.org")));
        QVERIFY(michna.contains(QStringLiteral("Bäckerhandwerk")));
        QVERIFY(michna.contains(QStringLiteral("www.example.org")));
        QVERIFY(michna.contains(second.topic));
        QVERIFY2(michna.contains(QStringLiteral("25.02.2021 11:00")), qPrintable(michna));
        QVERIFY(michna.contains(first.topic));

        const QString one = file(QStringLiteral("michna.pdf"));
        QVERIFY(writeBriefingPdf(db(), day, m_consultants.at(1), one).ok());
        QCOMPARE(pdfInfo(one).pages, 1);
        const QString text = pdfText(one);
        QVERIFY(text.contains(QStringLiteral("Frank Michna")));
        QVERIFY(text.contains(QStringLiteral("bei Thorsten Ising"))); // the earlier visit
        QVERIFY(!text.contains(QStringLiteral("Raum 1.11")));
        auto refused = writeBriefingPdf(db(), day, m_consultants.at(3), file(QStringLiteral("x.pdf")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
    }

    void doorSignsHaveOneLandscapePagePerConsultant()
    {
        const Id day = createDay(m_date, 3);
        QVERIFY(day != 0);
        QVERIFY(book(day, 2, h(13),
                     {QStringLiteral("Tischlerei Holz OHG"), QStringLiteral("Ute"), QStringLiteral("Holz"),
                      QStringLiteral("0521 55"), QString()}) != 0);
        const QString with = file(QStringLiteral("with.pdf"));
        const QString without = file(QStringLiteral("without.pdf"));
        QVERIFY(writeDoorSignsPdf(db(), day, true, with).ok());
        QVERIFY(writeDoorSignsPdf(db(), day, false, without).ok());
        const PdfInfo info = pdfInfo(with);
        QCOMPARE(info.pages, 3);
        QVERIFY(info.pageSize.width() > info.pageSize.height());
        const QStringList pages = pdfPages(with);
        QCOMPARE(pages.size(), 3);
        const QStringList names{QStringLiteral("Thorsten Ising"), QStringLiteral("Frank Michna"),
                                QStringLiteral("Anna Berg")};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(pages.at(i).contains(names.at(i)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Raum 1.%1").arg(11 + i)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Social Media Sprechtag")));
            QVERIFY(pages.at(i).contains(QStringLiteral("09:00–16:00 Uhr")));
        }
        QVERIFY(pages.at(2).contains(QStringLiteral("Tischlerei Holz OHG")));
        QVERIFY(!pages.at(0).contains(QStringLiteral("Tischlerei Holz OHG")));
        QVERIFY(!pdfText(without).contains(QStringLiteral("Tischlerei Holz OHG")));
    }

    void filesArePrivate()
    {
        const mode_t old = umask(022);
        const Id day = createDay(m_date, 2);
        const QStringList paths{file(QStringLiteral("a.pdf")), file(QStringLiteral("b.pdf")),
                                file(QStringLiteral("c.pdf"))};
        QVERIFY(writeDayPlanPdf(db(), day, paths.at(0)).ok());
        QVERIFY(writeBriefingPdf(db(), day, 0, paths.at(1)).ok());
        QVERIFY(writeDoorSignsPdf(db(), day, false, paths.at(2)).ok());
        umask(old);
        for (const QString &p : paths) {
            struct stat st;
            QCOMPARE(::stat(QFile::encodeName(p).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, mode_t(0600));
        }
    }

    void unknownDayWritesNothing()
    {
        const QString pdf = file(QStringLiteral("none.pdf"));
        auto s = writeDayPlanPdf(db(), 4711, pdf);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::NotFound);
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void renderingIsRepeatable()
    {
        // A print preview renders the same loaded data again on every change of its settings.
        const Id day = createDay(m_date, 2, {h(9), h(16)}, 60, {{h(12), h(13)}});
        QVERIFY(book(day, 0, h(9),
                     {QStringLiteral("Bäckerei Kranz GmbH"), QStringLiteral("Erika"), QStringLiteral("Kranz"),
                      QStringLiteral("0521 111222"), QString()}) != 0);
        auto data = loadDayPlan(db(), day);
        QVERIFY(data.ok());
        QStringList texts;
        for (int i = 0; i < 2; ++i) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                QPdfWriter writer(&buffer);
                writer.setPageLayout(dayPlanPageLayout(*data));
                renderDayPlan(*data, &writer);
            }
            const QString path = file(QStringLiteral("repeat%1.pdf").arg(i));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(buffer.data());
            out.close();
            texts << pdfText(path);
        }
        QVERIFY(texts.at(0).contains(QStringLiteral("Bäckerei Kranz GmbH")));
        QCOMPARE(texts.at(1), texts.at(0));
    }

    void suggestsFileNames()
    {
        QCOMPARE(suggestedDayPlanFileName(m_date, QStringLiteral("Social Media Sprechtag")),
                 QStringLiteral("2021-03-25_Tagesplan_Social-Media-Sprechtag.pdf"));
        QCOMPARE(suggestedDayPlanFileName(m_date, QStringLiteral("../../Web/Check")),
                 QStringLiteral("2021-03-25_Tagesplan_Web-Check.pdf"));
        QCOMPARE(suggestedBriefingFileName(m_date, QStringLiteral("Website-Check")),
                 QStringLiteral("2021-03-25_Briefing_Website-Check.pdf"));
        QCOMPARE(suggestedDoorSignsFileName(m_date, QStringLiteral("Website-Check")),
                 QStringLiteral("2021-03-25_Tuerschilder_Website-Check.pdf"));
    }
};

QTEST_MAIN(TestDayPlan)
#include "test_dayplan.moc"
