// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenNames.h"

#include <array>

namespace Bench {

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

const QStringList &femaleFirst()
{
    static const QStringList list = words(
        "Anna|Maria|Ursula|Monika|Petra|Sabine|Claudia|Susanne|Andrea|Birgit|Julia|Katharina|Lena|Sophie|"
        "Jutta|Hannah|Lea|Mia|Emma|Charlotte|Jördis|Gülşen|Ayşe|Fatma|Zeynep|Agnieszka|Małgorzata|Ewa|"
        "Olena|Natalia|Ioana|Elena|Chiara|Lucía|Inès|Björg|Åsa|Siobhán|Mei|Thi Lan|Amélie|Käthe|Hülya|"
        "Anne-Kathrin|Marie-Luise|Dörte|Bärbel|Gisèle|Zoë");
    return list;
}

const QStringList &maleFirst()
{
    static const QStringList list =
        words("Thomas|Michael|Andreas|Stefan|Frank|Peter|Klaus|Jörg|Uwe|Jürgen|Matthias|Markus|Tobias|Lukas|"
              "Jonas|Felix|Maximilian|Paul|Özgür|Mehmet|Murat|Ömer|Hüseyin|Piotr|Krzysztof|Łukasz|Dmytro|"
              "Andrei|Giuseppe|José|François|Søren|Bjørn|Nguyễn Văn|Ahmed|Raphaël|Hans-Jürgen|Karl-Heinz|"
              "Friedrich-Wilhelm|Götz|Björn|Sönke|Hauke|Malte|Ole|Niklas");
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list = words(
        "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|"
        "Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|"
        "Schmitt|Werner|Schmitz|Krause|Meier|Lehmann|Schmid|Schulze|Maier|Köhler|Herrmann|König|Walter|"
        "Mayer|Huber|Kaiser|Fuchs|Peters|Lang|Scholz|Möller|Weiß|Jung|Hahn|Schubert|Vogel|Friedrich|"
        "Keller|Günther|Frank|Berger|Winkler|Roth|Beck|Lorenz|Baumann|Franke|Albrecht|Schuster|Simon|"
        "Ludwig|Böhm|Winter|Kraus|Martin|Schumacher|Krämer|Vogt|Stein|Jäger|Otto|Sommer|Groß|Seidel|"
        "Heinrich|Brandt|Haas|Schreiber|Graf|Schulte|Dietrich|Ziegler|Kuhn|Kühn|Pohl|Engel|Horn|Busch|"
        "Bergmann|Thomas|Voigt|Sauer|Arnold|Wolff|Pfeiffer|Öztürk|Yılmaz|Kaya|Demir|Şahin|Çelik|Doğan|"
        "Kowalski|Nowak|Wiśniewski|Wójcik|Kamińska|Lewandowski|Dvořák|Novák|Šimić|Horvat|Kovačević|"
        "Popescu|Ionescu|Papadopoulos|Rossi|Esposito|García|Fernández|Martínez|Silva|Ferreira|Nguyen|"
        "Tran|Le|Pham|Kim|Park|Wang|Zhang|Li|Müller-Lüdenscheidt|Schulze-Delitzsch|von Bülow|"
        "von der Heydt|de la Cruz|O'Brien|MacLeod|Ødegård|Nørgaard|Lindqvist|Häkkinen|Ivanova|Shevchenko|"
        "Bondarenko|Al-Hassan|Haddad|Mansour|Abdullahi|Okafor|Mbeki|Dubois|Lefèvre|Gauß|Strauß|Voß");
    return list;
}

const QStringList &cities()
{
    static const QStringList list = words(
        "50667 Köln|40213 Düsseldorf|44135 Dortmund|45127 Essen|47051 Duisburg|42103 Wuppertal|"
        "53111 Bonn|48143 Münster|52062 Aachen|33602 Bielefeld|44787 Bochum|45879 Gelsenkirchen|"
        "41061 Mönchengladbach|58095 Hagen|51373 Leverkusen|57072 Siegen|59065 Hamm|46045 Oberhausen|"
        "33098 Paderborn|32423 Minden|58636 Iserlohn|51465 Bergisch Gladbach|50354 Hürth|53721 Siegburg|"
        "41460 Neuss|47798 Krefeld|45468 Mülheim an der Ruhr|42651 Solingen|42853 Remscheid|"
        "57462 Olpe|59872 Meschede|52349 Düren|53879 Euskirchen|51643 Gummersbach|50126 Bergheim");
    return list;
}

const QStringList &streets()
{
    static const QStringList list =
        words("Hauptstraße|Bahnhofstraße|Schulstraße|Gartenstraße|Dorfstraße|Bergstraße|Lindenstraße|"
              "Kirchstraße|Friedrich-Ebert-Straße|Am Mühlenbach|Industriestraße|Gewerbepark Süd|"
              "Königsallee|Kölner Landstraße|An der Weißen Brücke|Zur Alten Ziegelei|Überseering|"
              "Große Bleiche|Mühlenweg|Röntgenstraße|Carl-Zeiss-Straße|Otto-Hahn-Allee|Im Technologiepark");
    return list;
}

struct Industry
{
    const char *word;
    const char *branch;
};

constexpr std::array<Industry, 24> kIndustries{{
    {"Bäckerei", "Lebensmittelhandwerk"},
    {"Metallbau", "Metallverarbeitung"},
    {"Elektrotechnik", "Elektrohandwerk"},
    {"Software", "IT-Dienstleistungen"},
    {"Steuerberatung", "Beratung"},
    {"Logistik", "Transport und Logistik"},
    {"Gebäudetechnik", "Bauhandwerk"},
    {"Druckerei", "Medien"},
    {"Autohaus", "Kfz-Handel"},
    {"Ingenieurbüro", "Ingenieurdienstleistungen"},
    {"Feinkost", "Einzelhandel"},
    {"Maschinenbau", "Maschinenbau"},
    {"Gastronomie", "Gastgewerbe"},
    {"Kunststofftechnik", "Chemie und Kunststoff"},
    {"Werbeagentur", "Werbung"},
    {"Sanitär- und Heizungsbau", "Bauhandwerk"},
    {"Umwelttechnik", "Umwelttechnik"},
    {"Textilpflege", "Dienstleistungen"},
    {"Medizintechnik", "Gesundheitswirtschaft"},
    {"Tischlerei", "Holzhandwerk"},
    {"Getränkehandel", "Großhandel"},
    {"Spedition", "Transport und Logistik"},
    {"Brauerei", "Lebensmittelindustrie"},
    {"Möbelwerkstätten", "Holzhandwerk"},
}};

const QStringList &legalForms()
{
    static const QStringList list = words("GmbH|GmbH|GmbH|GmbH & Co. KG|GmbH & Co. KG|AG|KG|OHG|e.K.|"
                                          "UG (haftungsbeschränkt)|mbH|SE|GbR|& Partner mbB|");
    return list;
}

} // namespace

int Random::skewed(int bound)
{
    // The minimum of two draws twice: most values small, every value possible.
    const int a = below(bound);
    const int b = below(bound);
    const int c = below(bound);
    return std::min({a, b, c});
}

QString NamePool::maybeDecomposed(const QString &text)
{
    // About one name in twenty arrives decomposed ("u" + U+0308), as pasted from a Mac or a PDF.
    if (m_random.chance(0.05))
        return text.normalized(QString::NormalizationForm_D);
    return text;
}

PersonName NamePool::person()
{
    PersonName p;
    p.female = m_random.chance(0.5);
    p.first = maybeDecomposed(m_random.pick(p.female ? femaleFirst() : maleFirst()));
    p.last = maybeDecomposed(m_random.pick(lastNames()));
    if (m_random.chance(0.08))
        p.title = m_random.chance(0.8) ? QStringLiteral("Dr.") : QStringLiteral("Prof. Dr.");
    if (m_random.chance(0.03))
        p.last += QLatin1Char('-') + m_random.pick(lastNames());
    return p;
}

CompanyText NamePool::company(int serial)
{
    const Industry &industry = kIndustries.at(m_random.below(int(kIndustries.size())));
    const QString word = QString::fromUtf8(industry.word);
    const QString a = m_random.pick(lastNames());
    const QString legal = m_random.pick(legalForms());
    const QString place = m_random.pick(cities());
    const QString cityName = place.section(QLatin1Char(' '), 1);
    CompanyText c;
    switch (m_random.below(7)) {
    case 0:
        c.name = QStringLiteral("%1 %2 %3").arg(a, word, legal);
        break;
    case 1:
        c.name = QStringLiteral("%1 & %2 %3").arg(a, m_random.pick(lastNames()), legal);
        break;
    case 2:
        c.name = QStringLiteral("%1 %2 %3").arg(word, a, legal);
        break;
    case 3:
        c.name = QStringLiteral("%1 %2 %3 %4").arg(cityName, word, a, legal);
        break;
    case 4:
        c.name = QStringLiteral("%1 für %2 und Gebäudeautomation Dr. %3 & Partner %4 Niederlassung %5")
                     .arg(word, QString::fromUtf8(industry.branch), a, legal, cityName);
        break;
    case 5:
        c.name = QStringLiteral("%1 %2 %3").arg(a, m_random.pick(maleFirst()), word);
        break;
    default:
        c.name = QStringLiteral("%1%2 %3").arg(a.left(3).toUpper(), word.left(4).toLower(), legal);
        break;
    }
    c.name = maybeDecomposed(c.name.trimmed());
    c.domain = asciiSlug(c.name.section(QLatin1Char(' '), 0, 1), QLatin1Char('-')) +
               QString::number(serial % 97) +
               (m_random.chance(0.8) ? QStringLiteral(".de") : QStringLiteral(".com"));
    c.street = QStringLiteral("%1 %2").arg(m_random.pick(streets())).arg(1 + m_random.below(180));
    c.postcode = place.left(5);
    c.city = cityName;
    c.industry = QString::fromUtf8(industry.branch);
    return c;
}

QString NamePool::email(const PersonName &p, const QString &domain)
{
    const QString first = asciiSlug(p.first, QLatin1Char('-'));
    const QString last = asciiSlug(p.last, QLatin1Char('-'));
    switch (m_random.below(4)) {
    case 0:
        return first.left(1) + QLatin1Char('.') + last + QLatin1Char('@') + domain;
    case 1:
        return QStringLiteral("info@") + domain;
    default:
        return first + QLatin1Char('.') + last + QLatin1Char('@') + domain;
    }
}

QString NamePool::phone()
{
    return QStringLiteral("+49 %1 %2").arg(200 + m_random.below(800)).arg(100000 + m_random.below(899999));
}

QString NamePool::topic()
{
    static const QStringList topics =
        words("Instagram-Auftritt für den Betrieb|Relaunch der Website, Barrierefreiheit|Patentrecherche zu "
              "einer Vorrichtung|Förderkredit für neue Maschinen|Übergabe an die Tochter|Gründung einer "
              "Zweigniederlassung|Cookie-Banner und DSGVO|Exportkontrolle USA|Energiekosten senken|"
              "Fachkräfte aus dem Ausland|Nachfolger gesucht, Bewertung des Unternehmens|Online-Shop, "
              "Zahlungsarten|Markenanmeldung „Süßes Glück“||");
    return m_random.pick(topics);
}

QString NamePool::cancelReason()
{
    static const QStringList reasons = words("Krankheit|Termin verschoben|Kein Bedarf mehr|"
                                             "Doppelbuchung|Kurzfristig verhindert|");
    return m_random.pick(reasons);
}

QString asciiSlug(const QString &text, QChar separator)
{
    QString in = text.normalized(QString::NormalizationForm_C).toLower();
    in.replace(QStringLiteral("ä"), QStringLiteral("ae"))
        .replace(QStringLiteral("ö"), QStringLiteral("oe"))
        .replace(QStringLiteral("ü"), QStringLiteral("ue"))
        .replace(QStringLiteral("ß"), QStringLiteral("ss"))
        .replace(QStringLiteral("ø"), QStringLiteral("oe"))
        .replace(QStringLiteral("å"), QStringLiteral("aa"))
        .replace(QStringLiteral("æ"), QStringLiteral("ae"))
        .replace(QStringLiteral("ł"), QStringLiteral("l"))
        .replace(QStringLiteral("ı"), QStringLiteral("i"))
        .replace(QStringLiteral("đ"), QStringLiteral("d"));
    in = in.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : std::as_const(in)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('&'))
            if (!out.isEmpty() && !out.endsWith(separator))
                out += separator;
    }
    while (out.endsWith(separator))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("firma") : out;
}

} // namespace Bench
