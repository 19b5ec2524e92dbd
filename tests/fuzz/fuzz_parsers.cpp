// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 9: a seeded mutational fuzzer for every parser of outside data. Each target takes
// bytes, turns them into what the program reads from outside (a letter text with placeholders, a file
// that is offered as a database, command line arguments, names that become file names or export cells)
// and checks the promises that must hold for any input; a crash, a sanitizer report or a broken promise
// ends the run with the input that caused it.
//
// The run is deterministic: the same --seed and --iterations give the same inputs. CTest runs a short
// run of every target (fixed seed); .ci/fuzz runs each target for ten minutes under ASan/UBSan.
//
//   fuzz_parsers [--target NAME|all] [--seed N] [--iterations N | --seconds N] [--reproduce FILE]
//
// Why not libFuzzer: Debian 12's clang ships it, but its coverage feedback needs sprechtag_core built by
// clang with -fsanitize=fuzzer-no-link, a third build of everything next to CI's gcc builds. Without
// coverage feedback the mutations here are blind, so the seeds and dictionaries carry the structure
// (placeholders, header fields, options). Each target takes plain bytes, so a libFuzzer entry point
// (LLVMFuzzerTestOneInput) could call it unchanged.
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "demo/DemoData.h"
#include "documents/LetterRenderer.h"
#include "documents/LetterTemplate.h"
#include "documents/OutputFiles.h"
#include "domain/Types.h"
#include "domain/Validation.h"
#include "exchange/BookingColumns.h"
#include "exchange/CsvExport.h"
#include "exchange/IcsExport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>

using namespace Sprechtag;

namespace {

QTemporaryDir *g_dir = nullptr;
QByteArray g_database; // a sound, small Sprechtag database: the seed of the header target
QString g_cliDatabase; // the database the command line target works on
const QByteArray *g_current = nullptr;
// How the inputs of the current target ended ("refused: Not a database", "exit 2", ...), for the summary:
// a fuzzer that never gets past the first check tests little.
QMap<QString, quint64> g_outcomes;

[[noreturn]] void broken(const char *target, const QString &what)
{
    std::fprintf(stderr, "fuzz_parsers: %s: promise broken: %s\n", target, qUtf8Printable(what));
    if (g_current) {
        QFile out(QStringLiteral("fuzz-failure-%1.bin").arg(QString::fromLatin1(target)));
        if (out.open(QIODevice::WriteOnly)) {
            out.write(*g_current);
            std::fprintf(stderr, "fuzz_parsers: input written to %s (%lld bytes)\n",
                         qUtf8Printable(QFileInfo(out).absoluteFilePath()), qint64(g_current->size()));
        }
    }
    std::abort();
}

// Splits the input into UTF-8 strings at NUL bytes (a NUL inside a string is made with "\\0").
QStringList fields(const QByteArray &data, int atLeast = 0)
{
    QStringList out;
    for (const QByteArray &part : data.split('\0')) {
        QByteArray p = part;
        p.replace("\\0", QByteArray(1, '\0'));
        out << QString::fromUtf8(p);
    }
    while (out.size() < atLeast)
        out << QString();
    return out;
}

// Letter texts: placeholders found and filled in one pass, values never re-scanned; the letter laid out
// as a PDF now and then.
int fuzzTemplate(const QByteArray &data, quint64 iteration)
{
    const QStringList f = fields(data, 8);
    const QString body = f.at(0);
    LetterData l;
    l.company.name = f.at(1);
    l.formatName = f.at(2);
    l.consultantName = f.at(3);
    l.location = f.at(4);
    l.topic = f.at(5);
    l.letterBody = body;
    l.date = QDate(2030, 3, 14);
    l.time = {600, 660};
    Contact c;
    c.lastName = f.at(6);
    c.salutation = (data.size() % 3) == 0 ? Salutation::Frau : Salutation::None;
    l.contact = c;
    const QStringList unknown = unknownPlaceholders(body);
    for (const QString &u : unknown) {
        if (knownPlaceholders().contains(u) || !body.contains(u))
            broken("template", QStringLiteral("unknown placeholder %1").arg(u));
    }
    const QString filled = fillTemplate(body, l);
    // Without a brace there is nothing to fill; the values are never scanned again.
    if (!body.contains(QLatin1Char('{')) && filled != body)
        broken("template", QStringLiteral("a text without placeholders was changed"));
    if (body == QStringLiteral("{company}") && filled != l.company.name.simplified())
        broken("template", QStringLiteral("{company} is not the company's name"));
    const QString pattern = f.at(7);
    const QString once = fillPlaceholders(pattern, {f.at(1), f.at(2)});
    if (!pattern.contains(QLatin1Char('%')) && once != pattern)
        broken("template", QStringLiteral("a pattern without %n was changed"));
    Q_UNUSED(salutationFor(l.contact));
    Q_UNUSED(recipientLines(l));
    Q_UNUSED(letterSubject(l));
    if (iteration % 97 == 0) {
        auto pdf = renderLettersToPdf({l});
        if (!pdf || !pdf->startsWith("%PDF"))
            broken("template", QStringLiteral("no PDF for a letter"));
    }
    return 0;
}

// A file offered as a database: the header inspection before SQLite opens it, then SQLite. A file that is
// refused stays byte for byte as it was.
int fuzzDatabaseFile(const QByteArray &data, quint64 iteration)
{
    // A clean folder each time: side files and migration backups of the last input are gone.
    const QString folder = g_dir->filePath(QStringLiteral("db"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/fuzz-%1.sqlite").arg(iteration % 4);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            broken("database", QStringLiteral("cannot write %1").arg(path));
    }
    OpenOptions options;
    options.create = false;
    options.busyTimeoutMs = 50;
    auto db = Database::open(path, options);
    if (!db) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.readAll() != data)
            broken("database", QStringLiteral("a refused file was changed"));
        if (errorMessage(db.error()).isEmpty())
            broken("database", QStringLiteral("a refusal without a message"));
        ++g_outcomes[QStringLiteral("refused %1").arg(int(db.error().code))];
        return 0;
    }
    ++g_outcomes[QStringLiteral("opened")];
    // Opened: reading and checking must not crash either.
    auto problems = (*db)->check();
    Q_UNUSED(problems);
    auto version = (*db)->dataVersion();
    Q_UNUSED(version);
    return 0;
}

// The command line: global options, commands, their options, dates and times; now and then a whole
// command that only touches its own database (never one that writes an output file).
int fuzzCommandLine(const QByteArray &data, quint64 iteration)
{
    QStringList args = fields(data);
    const Cli::Invocation inv = Cli::parseInvocation(QStringList{QStringLiteral("sprechtag")} + args);
    if (!inv.usageError.isEmpty() && inv.usageError.trimmed().isEmpty())
        broken("cli", QStringLiteral("an empty usage error"));
    const Cli::Options o =
        Cli::parseOptions(args, {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("from")},
                          {QStringLiteral("include-cancelled")});
    for (const QString &a : args) {
        const std::optional<int> t = parseTime(a);
        if (t && (*t < 0 || *t > 24 * 60 || parseTime(formatTime(*t)) != t))
            broken("cli", QStringLiteral("time %1 -> %2").arg(a).arg(*t));
        const QDate d = parseIsoDate(a);
        if (d.isValid() && parseIsoDate(d.toString(Qt::ISODate)) != d)
            broken("cli", QStringLiteral("date %1").arg(a));
        Q_UNUSED(salutationFromKey(a));
        Q_UNUSED(dayStatusFromKey(a));
        Q_UNUSED(bookingStatusFromKey(a));
    }
    QString err;
    QTextStream errStream(&err);
    QDate date;
    int code = 0;
    Q_UNUSED(Cli::parseDateOption(o, QStringLiteral("date"), &date, errStream, &code));
    if (iteration % 16 == 0 && !args.isEmpty()) {
        static const QStringList safe{QStringLiteral("days"), QStringLiteral("book"),
                                      QStringLiteral("cancel"), QStringLiteral("check")};
        Cli::Invocation run;
        run.database = g_cliDatabase;
        run.command = safe.at(int(quint8(data.isEmpty() ? 0 : data.at(0)) % safe.size()));
        run.arguments = args;
        QString out;
        QTextStream outStream(&out);
        const int exit = Cli::runCommand(run, outStream, errStream);
        if (exit < 0 || exit > 3)
            broken("cli", QStringLiteral("exit code %1").arg(exit));
        ++g_outcomes[run.command + QStringLiteral(" exit %1").arg(exit)];
    }
    return 0;
}

// Names that become file names and export cells.
int fuzzNames(const QByteArray &data, quint64)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$"));
    for (const QString &name : fields(data)) {
        const QString part = sanitisedFileNamePart(name);
        if (!safe.match(part).hasMatch() || part.size() > 60 + 6)
            broken("names", QStringLiteral("file name part \"%1\"").arg(part));
        const QString folder = g_dir->filePath(QStringLiteral("out"));
        auto inside = pathInside(folder, name);
        if (inside && !QDir::cleanPath(*inside).startsWith(QDir::cleanPath(folder) + QLatin1Char('/')))
            broken("names", QStringLiteral("outside the folder: %1").arg(*inside));
        const QString cell = csvField(name);
        const QString unquoted = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
        if (!unquoted.isEmpty() && QStringLiteral("=+-@\t\r").contains(unquoted.front()))
            broken("names", QStringLiteral("CSV cell starts with a formula character"));
        Q_UNUSED(nameKey(name));
        Q_UNUSED(isPlausibleEmail(name));
        Q_UNUSED(isPlausiblePhone(name));
    }
    // A booking row of these texts through the CSV and iCalendar writers.
    const QStringList f = fields(data, 6);
    BookingRow row;
    row.bookingId = 1;
    row.date = QDate(2030, 3, 14);
    row.time = {600, 660};
    row.companyName = f.at(0);
    row.contact.lastName = f.at(1);
    row.topic = f.at(2);
    row.formatName = f.at(3);
    row.consultantName = f.at(4);
    row.location = f.at(5);
    const QByteArray csv = toCsv({row});
    if (!csv.endsWith("\r\n"))
        broken("names", QStringLiteral("CSV without its last CRLF"));
    const QByteArray ics = toIcs({row}, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    if (!ics.contains("BEGIN:VEVENT") || !ics.contains("END:VCALENDAR"))
        broken("names", QStringLiteral("iCalendar without its event"));
    return 0;
}

struct Target
{
    const char *name;
    std::function<int(const QByteArray &, quint64)> run;
    QList<QByteArray> seeds;
    QList<QByteArray> dictionary;
    // Half of the inputs change only bytes after this offset and keep the size (0: never): a database
    // file whose header is sound reaches SQLite's own checks instead of the header inspection.
    qsizetype keepHeader = 0;
};

QList<Target> targets()
{
    QList<QByteArray> placeholders;
    for (const QString &p : knownPlaceholders())
        placeholders << p.toUtf8();
    QByteArray header = g_database.left(100);
    QList<Target> list;
    list << Target{"template",
                   fuzzTemplate,
                   {QByteArray(letterWording().defaultBody.toUtf8()) + '\0' + "<b>Müller</b> & Söhne" + '\0' +
                        "Sprechtag" + '\0' + "Thorsten Ising" + '\0' + "IHK" + '\0' + "Fragen" + '\0' +
                        "Muster" + '\0' + "%1 und %2",
                    "{company}{contact}{{format}}{firma} {Firma} %1%2%10 {topic}\n\n{deadline}"},
                   placeholders + QList<QByteArray>{"{", "}", "{{", "}}", "%1", "%9", "%", "\n", "\\0",
                                                    "\xC3\xA4", "\xF0\x9F\x99\x82", "\xE2\x80\xAE", "<b>",
                                                    "&amp;", "\t"}};
    list << Target{"database",
                   fuzzDatabaseFile,
                   // the sound file three times: most inputs start from it
                   {g_database, g_database, g_database, g_database.left(4096), header, QByteArray(),
                    QByteArray("SQLite format 3")},
                   {QByteArray("SQLite format 3\0", 16), QByteArray("\x00\x00\x00\x00", 4),
                    QByteArray("\xFF\xFF\xFF\xFF", 4), QByteArray("\x10\x00", 2), QByteArray("\x00\x01", 2),
                    QByteArray("\x53\x50\x54\x47", 4), QByteArray("\x00\x00\x00\x63", 4)},
                   100};
    list << Target{"cli",
                   fuzzCommandLine,
                   {QByteArray("--date") + '\0' + "2030-03-14" + '\0' + "--time" + '\0' + "10:00" + '\0' +
                        "--consultant" + '\0' + "Thorsten Ising" + '\0' + "--company" + '\0' + "Muster GmbH",
                    QByteArray("--database=x.sqlite") + '\0' + "--language" + '\0' + "de" + '\0' + "days" +
                        '\0' + "--from" + '\0' + "2021-01-01",
                    QByteArray("42") + '\0' + "--reason=krank",
                    QByteArray("--from=2021-13-40") + '\0' + "--to"},
                   {"--",           "=",          "--date",
                    "--time",       "--from",     "--to",
                    "--format",     "--company",  "--consultant",
                    "--salutation", "Frau",       "Herr",
                    "none",         "24:00",      "23:59",
                    "9:5",          "2021-02-29", "2024-02-29",
                    "0000-00-00",   "9999-12-31", "-h",
                    "--help",       "--version",  "book",
                    "days",         "cancel",     "--allow-second-slot",
                    "\xEF\xBC\x91", "\xD9\xA1"}};
    list << Target{
        "names",
        fuzzNames,
        {QByteArray("Müller & Söhne GmbH") + '\0' + "../../x" + '\0' + "CON" + '\0' + "=HYPERLINK(1)" + '\0' +
             "a/b" + '\0' + "..",
         QByteArray(300, 'A'), QByteArray("\t@SUM(A1)") + '\0' + "-1" + '\0' + "+1" + '\0' + "\rx"},
        {"/", "\\", "..", ".",  "CON", "NUL", "LPT1", "\xC3\xA4", "\xC3\x9F",     "\xCC\x88",    "=", "+",
         "-", "@",  "\t", "\r", "\n",  ";",   "\"",   ",",        "\xEF\xBC\x8F", "\xE2\x88\x95"}};
    return list;
}

// One mutation of the input, as libFuzzer's default mutators do (without coverage feedback).
void mutate(QByteArray &data, std::mt19937_64 &rng, const Target &t)
{
    auto pick = [&rng](qsizetype n) {
        return n <= 0 ? qsizetype(0) : qsizetype(rng() % quint64(n));
    };
    switch (rng() % 11) {
    case 0: // flip a bit
        if (!data.isEmpty())
            data[pick(data.size())] ^= char(1 << (rng() % 8));
        break;
    case 1: // a random byte
        if (!data.isEmpty())
            data[pick(data.size())] = char(rng());
        break;
    case 2: // insert random bytes
        for (int n = int(rng() % 4) + 1; n > 0; --n)
            data.insert(pick(data.size() + 1), char(rng()));
        break;
    case 3: // erase a range
        if (!data.isEmpty()) {
            const qsizetype at = pick(data.size());
            data.remove(at, pick(qMin<qsizetype>(data.size() - at, 64)) + 1);
        }
        break;
    case 4: // duplicate a range
        if (!data.isEmpty() && data.size() < 1 << 20) {
            const qsizetype at = pick(data.size());
            const QByteArray part = data.mid(at, pick(64) + 1);
            data.insert(pick(data.size() + 1), part);
        }
        break;
    case 5: // a dictionary word
    case 6:
        if (!t.dictionary.isEmpty())
            data.insert(pick(data.size() + 1), t.dictionary.at(pick(t.dictionary.size())));
        break;
    case 7: // overwrite with a dictionary word (header fields keep their offsets)
        if (!t.dictionary.isEmpty() && !data.isEmpty()) {
            const QByteArray word = t.dictionary.at(pick(t.dictionary.size()));
            const qsizetype at = pick(qMin<qsizetype>(data.size(), 100));
            data.replace(at, qMin(word.size(), data.size() - at), word);
        }
        break;
    case 8: // truncate
        if (!data.isEmpty())
            data.truncate(pick(data.size()));
        break;
    case 9: // splice with another seed
        if (!t.seeds.isEmpty()) {
            const QByteArray &other = t.seeds.at(pick(t.seeds.size()));
            data = data.left(pick(data.size() + 1)) + other.mid(pick(other.size() + 1));
        }
        break;
    default: // an interesting number somewhere in the first 100 bytes
        if (data.size() >= 4) {
            static const quint32 values[] = {0,          1,          0x7f,    0x80,       0xff,
                                             0x100,      0xffff,     0x10000, 0x7fffffff, 0x80000000,
                                             0xffffffff, 0x53505447, 512,     65536,      1024};
            const quint32 v = values[rng() % (sizeof values / sizeof values[0])];
            const qsizetype at = pick(qMin<qsizetype>(data.size() - 3, 97));
            for (int b = 0; b < 4; ++b)
                data[at + b] = char((v >> (24 - 8 * b)) & 0xff);
        }
        break;
    }
    if (data.size() > 1 << 20)
        data.truncate(1 << 20);
}

Status prepare()
{
    const QString sound = g_dir->filePath(QStringLiteral("sound.sqlite"));
    {
        auto db = Database::open(sound);
        if (!db)
            return db.error();
    }
    QFile f(sound);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::CannotOpen, {sound});
    g_database = f.readAll();
    g_cliDatabase = g_dir->filePath(QStringLiteral("cli.sqlite"));
    auto db = Database::open(g_cliDatabase);
    if (!db)
        return db.error();
    auto loaded = loadDemoData(**db);
    if (!loaded)
        return loaded.error();
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Letters are laid out with fonts: a QGuiApplication on the offscreen platform, never a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString only = QStringLiteral("all");
    quint64 seed = 1;
    qint64 iterations = 1000;
    qint64 seconds = 0;
    QString reproduce;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &a = args.at(i);
        const QString &v = args.at(i + 1);
        if (a == QLatin1String("--target"))
            only = v;
        else if (a == QLatin1String("--seed"))
            seed = v.toULongLong();
        else if (a == QLatin1String("--iterations"))
            iterations = v.toLongLong();
        else if (a == QLatin1String("--seconds"))
            seconds = v.toLongLong();
        else if (a == QLatin1String("--reproduce"))
            reproduce = v;
        else {
            std::fprintf(stderr, "fuzz_parsers: unknown option %s\n", qUtf8Printable(a));
            return 1;
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    g_dir = &dir;
    if (Status s = prepare(); !s) {
        std::fprintf(stderr, "fuzz_parsers: %s\n", qUtf8Printable(errorMessage(s.error())));
        return 1;
    }
    // Warnings from Qt about malformed input are expected; they would only flood the log.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    });

    int ran = 0;
    for (const Target &t : targets()) {
        if (only != QLatin1String("all") && only != QLatin1String(t.name))
            continue;
        ++ran;
        if (!reproduce.isEmpty()) {
            QFile f(reproduce);
            if (!f.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray data = f.readAll();
            g_current = &data;
            t.run(data, 0);
            std::printf("%s: reproduced input ran without failure\n", t.name);
            continue;
        }
        quint64 mix = 14695981039346656037ULL; // FNV-1a of the name: each target its own sequence
        for (const char *c = t.name; *c; ++c)
            mix = (mix ^ quint64(quint8(*c))) * 1099511628211ULL;
        std::mt19937_64 rng(seed ^ mix);
        QElapsedTimer timer;
        timer.start();
        quint64 n = 0;
        for (;; ++n) {
            if (seconds > 0 ? timer.elapsed() >= seconds * 1000 : qint64(n) >= iterations)
                break;
            QByteArray data = t.seeds.at(qsizetype(rng() % quint64(t.seeds.size())));
            if (t.keepHeader > 0 && data.size() > t.keepHeader && rng() % 2 == 0) {
                for (int m = int(rng() % 16) + 1; m > 0; --m) {
                    const qsizetype at =
                        t.keepHeader + qsizetype(rng() % quint64(data.size() - t.keepHeader));
                    data[at] = rng() % 2 ? char(rng()) : char(data.at(at) ^ char(1 << (rng() % 8)));
                }
            } else {
                for (int m = int(rng() % 8) + 1; m > 0; --m)
                    mutate(data, rng, t);
            }
            g_current = &data;
            t.run(data, n);
            g_current = nullptr;
        }
        QStringList outcomes;
        for (auto it = g_outcomes.cbegin(); it != g_outcomes.cend(); ++it)
            outcomes << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        g_outcomes.clear();
        std::printf("%s: %llu inputs in %.1f s (seed %llu), failures 0%s%s\n", t.name,
                    static_cast<unsigned long long>(n), double(timer.elapsed()) / 1000.0,
                    static_cast<unsigned long long>(seed), outcomes.isEmpty() ? "" : "; ",
                    qUtf8Printable(outcomes.join(QStringLiteral(", "))));
        std::fflush(stdout);
    }
    if (ran == 0) {
        std::fprintf(stderr, "fuzz_parsers: no target %s\n", qUtf8Printable(only));
        return 1;
    }
    return 0;
}
