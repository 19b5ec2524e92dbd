// SPDX-License-Identifier: GPL-3.0-or-later
// sprechtag-generate: a Sprechtag database of ten years of data, through the project's storage layer.
#include "Generator.h"

#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

using namespace Sprechtag;

namespace {

// "10k" -> 10000, "1m" -> 1000000, "2500" -> 2500; 0 when malformed.
qint64 parseSize(QString text)
{
    text = text.trimmed().toLower();
    qint64 factor = 1;
    if (text.endsWith(QLatin1Char('k')))
        factor = 1000;
    else if (text.endsWith(QLatin1Char('m')))
        factor = 1000000;
    if (factor > 1)
        text.chop(1);
    bool ok = false;
    const double n = text.toDouble(&ok);
    return ok && n > 0 ? qint64(n * double(factor)) : 0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "sprechtag-generate: %s\n", qPrintable(message));
    return 1;
}

struct Parsed
{
    Bench::GenOptions options;
    QString error;
};

Parsed parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates a Sprechtag database of about ten years."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size"), QStringLiteral("Slots: 10k, 100k, 1m or a number."),
                      QStringLiteral("size"), QStringLiteral("10k")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file to create (must not exist)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("schema-version"),
                      QStringLiteral("Write an older schema version (default: the current one)."),
                      QStringLiteral("v")});
    parser.addOption({QStringLiteral("today"), QStringLiteral("The date the data is centred on (ISO)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("current-schema"), QStringLiteral("Print the current schema version.")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("current-schema"))) {
        std::printf("%d\n", currentSchemaVersion());
        std::exit(0);
    }
    Parsed p;
    p.options.slots = parseSize(parser.value(QStringLiteral("size")));
    p.options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    p.options.out = parser.value(QStringLiteral("out"));
    p.options.schemaVersion = parser.value(QStringLiteral("schema-version")).toInt();
    p.options.today = parser.isSet(QStringLiteral("today"))
                          ? QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate)
                          : QDate::currentDate();
    if (p.options.slots < 100)
        p.error = QStringLiteral("--size must be at least 100 slots");
    else if (p.options.out.isEmpty())
        p.error = QStringLiteral("--out FILE is required");
    else if (QFileInfo::exists(p.options.out))
        p.error = QStringLiteral("%1 exists already").arg(p.options.out);
    else if (p.options.schemaVersion < 0 || p.options.schemaVersion > currentSchemaVersion())
        p.error = QStringLiteral("--schema-version must be 1..%1").arg(currentSchemaVersion());
    else if (!p.options.today.isValid())
        p.error = QStringLiteral("--today must be an ISO date");
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Parsed parsed = parse(app);
    if (!parsed.error.isEmpty())
        return fail(parsed.error);
    const Bench::GenOptions &options = parsed.options;
    QElapsedTimer timer;
    timer.start();
    const QList<Migration> older = sqliteMigrations().mid(0, options.schemaVersion);
    OpenOptions open;
    open.quickCheckLimitBytes = 0;
    if (options.schemaVersion > 0)
        open.migrations = &older;
    auto db = Database::open(options.out, open);
    if (!db)
        return fail(errorMessage(db.error()));
    Bench::Generator generator(**db, options);
    if (Status s = generator.run(); !s)
        return fail(errorMessage(s.error()));
    (*db)->close();
    const Bench::GenCounts c = generator.counts();
    std::printf("%s: schema %d, %lld days, %lld slots, %lld bookings (%lld cancelled), %lld companies, "
                "%lld contacts, %.1f MB, %.1f s\n",
                qPrintable(options.out),
                options.schemaVersion ? options.schemaVersion : currentSchemaVersion(),
                static_cast<long long>(c.days), static_cast<long long>(c.slots),
                static_cast<long long>(c.bookings), static_cast<long long>(c.cancelledBookings),
                static_cast<long long>(c.companies), static_cast<long long>(c.contacts),
                double(QFileInfo(options.out).size()) / 1e6, double(timer.elapsed()) / 1000.0);
    return 0;
}
