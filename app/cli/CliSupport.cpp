// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "documents/OutputFiles.h"
#include "domain/Types.h"
#include "domain/Validation.h"
#include "storage/ConsultantRepository.h"
#include "storage/FormatRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Sprechtag::Cli {

Options parseOptions(const QStringList &args, const QStringList &valued, const QStringList &flagNames)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            o.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flagNames.contains(name) && !inlineValue) {
            o.flags << name;
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    o.error = QCoreApplication::translate("Sprechtag::Cli", "The option --%1 needs a value.")
                                  .arg(name);
                    return o;
                }
                value = args.at(++i);
            }
            o.values.insert(name, value);
            o.every[name] << value;
        } else {
            o.error = QCoreApplication::translate("Sprechtag::Cli", "Unknown option --%1.").arg(name);
            return o;
        }
    }
    return o;
}

std::optional<Options> parseCommandOptions(const QStringList &args, const QStringList &valued,
                                           const QStringList &flagNames, QTextStream &err)
{
    Options o = parseOptions(args, valued, flagNames);
    if (!o.error.isEmpty()) {
        usage(err, o.error);
        return std::nullopt;
    }
    if (!o.positional.isEmpty()) {
        usage(err, QCoreApplication::translate("Sprechtag::Cli", "Unexpected argument \"%1\".")
                       .arg(o.positional.first()));
        return std::nullopt;
    }
    return o;
}

bool requireOption(const Options &o, const QString &name, const QString &command, QTextStream &err)
{
    if (!o.value(name).trimmed().isEmpty())
        return true;
    usage(err, QCoreApplication::translate("Sprechtag::Cli", "%1 needs --%2.").arg(command, name));
    return false;
}

int exitCodeFor(const Error &e)
{
    return e.kind() == ErrorKind::Storage ? StorageProblem : Refused;
}

int fail(QTextStream &err, const Error &e)
{
    err << errorMessage(e) << Qt::endl;
    return exitCodeFor(e);
}

int usage(QTextStream &err, const QString &message)
{
    err << message << Qt::endl
        << QCoreApplication::translate("Sprechtag::Cli", "See \"sprechtag --help\".") << Qt::endl;
    return Usage;
}

Result<std::unique_ptr<Database>> openDatabase(const Invocation &inv, bool create)
{
    OpenOptions options;
    options.create = create;
    return Database::open(inv.database, options);
}

bool parseDateOption(const Options &o, const QString &name, QDate *date, QTextStream &err, int *code)
{
    if (!o.values.contains(name))
        return true;
    const std::optional<QDate> parsed = parseDateText(o.value(name), err);
    if (!parsed) {
        *code = Usage;
        return false;
    }
    *date = *parsed;
    return true;
}

std::optional<QDate> parseDateText(const QString &text, QTextStream &err)
{
    const QDate date = parseIsoDate(text);
    if (!date.isValid()) {
        usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                               "The date \"%1\" is not valid; please write YYYY-MM-DD.")
                       .arg(text));
        return std::nullopt;
    }
    // A well-formed date far off (1024 for 2024, 2224) can only be a typo: refused like a malformed one.
    if (!isPlausibleDate(date)) {
        usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                               "The date \"%1\" lies outside %2 to %3; please check "
                                               "the year.")
                       .arg(text, earliestPlausibleDate().toString(Qt::ISODate),
                            latestPlausibleDate().toString(Qt::ISODate)));
        return std::nullopt;
    }
    return date;
}

std::optional<int> parseTimeOption(const QString &text, QTextStream &err)
{
    const std::optional<int> minutes = parseTime(text);
    if (!minutes)
        usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                               "The time \"%1\" is not valid; please write HH:MM.")
                       .arg(text));
    return minutes;
}

Result<Format> formatNamed(const Database &db, const QString &name)
{
    auto format = FormatRepository(db).byName(name);
    if (!format)
        return format.error();
    if (!*format)
        return notFound(Entity::Format, name);
    return **format;
}

Result<QList<Consultant>> consultantsNamed(const Database &db, const QString &name)
{
    auto matches = ConsultantRepository(db).byName(name);
    if (!matches)
        return matches.error();
    if (matches->isEmpty())
        return notFound(Entity::Consultant, name);
    return matches;
}

Result<DaySummary> dayOn(const Database &db, const QDate &date, const QString &formatName)
{
    auto found = DayRepository(db).summaries(date, date);
    if (!found)
        return found.error();
    QList<DaySummary> days = std::move(found).value();
    if (!formatName.isEmpty()) {
        const QString key = nameKey(formatName);
        days.removeIf([&](const DaySummary &d) { return nameKey(d.formatName) != key; });
    }
    if (days.isEmpty())
        return notFound(Entity::Day, formatName.isEmpty()
                                         ? formatDateShort(date)
                                         : QCoreApplication::translate("Sprechtag::Cli", "%1 on %2")
                                               .arg(formatName, formatDateShort(date)));
    if (days.size() > 1) {
        QStringList names;
        for (const DaySummary &d : std::as_const(days))
            names << d.formatName;
        return makeError(ErrorCode::InvalidInput,
                         {entityName(Entity::Day),
                          QCoreApplication::translate(
                              "Sprechtag::Cli", "There are several consultation days on %1 (%2); please "
                                                "choose one with --format NAME.")
                              .arg(formatDateShort(date), names.join(QStringLiteral(", ")))});
    }
    return days.first();
}

int prepareDayDocument(const Invocation &inv, const QString &command, const QStringList &extraValued,
                       const QStringList &extraFlags, QTextStream &err, DayDocument *document)
{
    auto parsed = parseCommandOptions(
        inv.arguments,
        QStringList{QStringLiteral("date"), QStringLiteral("format"), QStringLiteral("output")} + extraValued,
        extraFlags, err);
    if (!parsed)
        return Usage;
    document->options = std::move(*parsed);
    const Options &o = document->options;
    if (!requireOption(o, QStringLiteral("date"), command, err) ||
        !requireOption(o, QStringLiteral("output"), command, err))
        return Usage;
    const std::optional<QDate> date = parseDateText(o.value(QStringLiteral("date")), err);
    if (!date)
        return Usage;
    document->output = o.value(QStringLiteral("output"));
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    document->db = std::move(db).value();
    // With the database open, so that the check knows what the output must not land on.
    if (auto checked = checkOutputPath(document->output, {QStringLiteral("pdf")}); !checked)
        return fail(err, checked.error());
    auto day = dayOn(*document->db, *date, o.value(QStringLiteral("format")));
    if (!day)
        return fail(err, day.error());
    document->day = std::move(day).value();
    return Done;
}

int reportDayDocument(const DayDocument &document, const Status &written, const char *sentence,
                      QTextStream &err)
{
    // Every failure here is the output's and names it (refused target, full disk, no permission).
    if (!written)
        return fail(err, written.error());
    err << QCoreApplication::translate("Sprechtag::Cli", sentence)
               .arg(document.day.formatName, formatDateShort(document.day.day.date),
                    shownOutputPath(QFileInfo(document.output).absoluteFilePath()))
        << Qt::endl;
    return Done;
}

} // namespace Sprechtag::Cli
