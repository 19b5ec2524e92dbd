// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "documents/OutputFiles.h"
#include "privacy/PrivacyService.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Sprechtag::Cli {

namespace {

// Whom the command means: exactly one company (--company) or one contact person (--contact).
struct Subject
{
    Id companyId = 0;
    Id contactId = 0;
    QString name;
};

Result<Subject> findSubject(PrivacyService &privacy, const Options &o)
{
    const bool company = o.has(QStringLiteral("company"));
    const QString name = o.value(company ? QStringLiteral("company") : QStringLiteral("contact"));
    const Entity entity = company ? Entity::Company : Entity::Contact;
    QList<Subject> found;
    if (company) {
        auto companies = privacy.companiesNamed(name);
        if (!companies)
            return companies.error();
        for (const Company &c : std::as_const(*companies))
            found << Subject{c.id, 0, c.name};
    } else {
        auto contacts = privacy.contactsNamed(name);
        if (!contacts)
            return contacts.error();
        for (const Contact &c : std::as_const(*contacts))
            found << Subject{0, c.id, c.fullName().simplified()};
    }
    if (found.isEmpty())
        return notFound(entity, name);
    if (found.size() > 1) {
        const int n = int(found.size());
        const QString why =
            company ? QCoreApplication::translate("Sprechtag::Cli",
                                                  "%n companies are called \"%1\"; please rename one "
                                                  "of them in the app first.",
                                                  nullptr, n)
                    : QCoreApplication::translate("Sprechtag::Cli",
                                                  "%n contact persons are called \"%1\"; please give "
                                                  "the e-mail address instead.",
                                                  nullptr, n);
        return makeError(ErrorCode::InvalidInput, {entityName(entity), why.arg(name)});
    }
    return found.first();
}

// The options of report and erase: --company or --contact, exactly one of them, and the extra ones;
// nullopt after a usage message.
std::optional<Options> subjectOptions(const QStringList &args, const QStringList &extraValued,
                                      QTextStream &err)
{
    auto o = parseCommandOptions(
        args, QStringList{QStringLiteral("company"), QStringLiteral("contact")} + extraValued, {}, err);
    if (!o)
        return std::nullopt;
    if (o->has(QStringLiteral("company")) == o->has(QStringLiteral("contact"))) {
        usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                               "Please name either --company NAME or --contact NAME."));
        return std::nullopt;
    }
    if (o->value(QStringLiteral("company")).trimmed().isEmpty() &&
        o->value(QStringLiteral("contact")).trimmed().isEmpty()) {
        usage(err, QCoreApplication::translate("Sprechtag::Cli", "The name must not be empty."));
        return std::nullopt;
    }
    return o;
}

int cmdReport(const Invocation &inv, const QStringList &args, QTextStream &err)
{
    const auto parsed = subjectOptions(args, {QStringLiteral("output")}, err);
    if (!parsed)
        return Usage;
    const Options &o = *parsed;
    const QString output = o.value(QStringLiteral("output"));
    if (output.trimmed().isEmpty())
        return usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                                      "privacy report needs --output FILE.csv or FILE.pdf."));
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    // With the database open, so that the check knows what the output must not land on.
    if (auto checked = checkOutputPath(output, {QStringLiteral("csv"), QStringLiteral("pdf")}); !checked)
        return fail(err, checked.error());
    PrivacyService privacy(**db);
    const auto subject = findSubject(privacy, o);
    if (!subject)
        return fail(err, subject.error());
    const auto report = subject->companyId ? privacy.reportForCompany(subject->companyId)
                                           : privacy.reportForContact(subject->contactId);
    if (!report)
        return fail(err, report.error());
    if (Status s = writeAccessReport(*report, output); !s)
        return fail(err, s.error());
    err << QCoreApplication::translate("Sprechtag::Cli", "Access report about %1 written to %2.")
               .arg(report->subject, shownOutputPath(QFileInfo(output).absoluteFilePath()))
        << Qt::endl;
    return Done;
}

int cmdErase(const Invocation &inv, const QStringList &args, QTextStream &err)
{
    const auto parsed = subjectOptions(args, {}, err);
    if (!parsed)
        return Usage;
    const Options &o = *parsed;
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    PrivacyService privacy(**db);
    auto subject = findSubject(privacy, o);
    if (!subject)
        return fail(err, subject.error());
    auto erased = subject->companyId ? privacy.eraseCompany(subject->companyId)
                                     : privacy.eraseContact(subject->contactId);
    if (!erased)
        return fail(err, erased.error());
    err << QCoreApplication::translate(
               "Sprechtag::Cli",
               "%1 is anonymised and now appears as \"%2\". %n booking(s) stay in the "
               "statistics without personal data.",
               nullptr, erased->bookings)
               .arg(subject->name, erased->placeholder)
        << Qt::endl;
    if (!erased->journalCleared)
        err << QCoreApplication::translate("Sprechtag::Cli",
                                           "Another program has the database open: old copies in its journal "
                                           "are overwritten once it closes it.")
            << Qt::endl;
    err << QCoreApplication::translate("Sprechtag::Cli",
                                       "Older backups and letters already sent still contain the data.")
        << Qt::endl;
    return Done;
}

int cmdRetention(const Invocation &inv, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto parsed = parseCommandOptions(args, {QStringLiteral("months"), QStringLiteral("as-of")},
                                            {QStringLiteral("apply")}, err);
    if (!parsed)
        return Usage;
    const Options &o = *parsed;
    QDate today = QDate::currentDate();
    int code = Done;
    if (o.has(QStringLiteral("as-of")) && !parseDateOption(o, QStringLiteral("as-of"), &today, err, &code))
        return code;
    std::optional<int> months;
    if (o.has(QStringLiteral("months"))) {
        bool ok = false;
        const int m = o.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || m < 0 || m > 1200)
            return usage(
                err, QCoreApplication::translate("Sprechtag::Cli",
                                                 "--months needs a number of months from 0 (off) to 1200."));
        months = m;
    }
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    PrivacyService privacy(**db);
    if (months) {
        if (Status s = privacy.setRetentionMonths(*months); !s)
            return fail(err, s.error());
    }
    const bool apply = o.has(QStringLiteral("apply"));
    auto plan = apply ? privacy.applyRetention(today) : privacy.retentionPreview(today);
    if (!plan)
        return fail(err, plan.error());
    if (plan->months == 0) {
        err << QCoreApplication::translate("Sprechtag::Cli",
                                           "No retention period is set, so nothing is anonymised "
                                           "automatically. Set one with --months N.")
            << Qt::endl;
        return Done;
    }
    // One line per record for scripts: kind, number, name.
    for (const RetentionCandidate &c : std::as_const(plan->companies))
        out << "company\t" << c.id << '\t' << c.name << '\n';
    for (const RetentionCandidate &c : std::as_const(plan->contacts))
        out << "contact\t" << c.id << '\t' << c.name << '\n';
    for (Id id : std::as_const(plan->bookings))
        out << "booking\t" << id << '\n';
    out.flush();
    err << QCoreApplication::translate("Sprechtag::Cli",
                                       "Retention period: %n month(s) after the day; "
                                       "it reaches everything before %1.",
                                       nullptr, plan->months)
               .arg(formatDateShort(plan->cutoff))
        << Qt::endl;
    const QString counts =
        QCoreApplication::translate(
            "Sprechtag::Cli",
            apply ? QT_TRANSLATE_NOOP("Sprechtag::Cli",
                                      "Anonymised: %1 companies, %2 contact persons; %3 old bookings "
                                      "without topic and reason for cancelling.")
                  : QT_TRANSLATE_NOOP("Sprechtag::Cli",
                                      "Would anonymise: %1 companies, %2 contact persons; %3 old bookings "
                                      "would lose topic and reason for cancelling. Run with --apply to "
                                      "do it."))
            .arg(plan->companies.size())
            .arg(plan->contacts.size())
            .arg(plan->bookings.size());
    err << counts << Qt::endl;
    return Done;
}

int cmdPrivacy(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString sub = inv.arguments.value(0);
    const QStringList rest = inv.arguments.mid(1);
    if (sub == QLatin1String("report"))
        return cmdReport(inv, rest, err);
    if (sub == QLatin1String("erase"))
        return cmdErase(inv, rest, err);
    if (sub == QLatin1String("retention"))
        return cmdRetention(inv, rest, out, err);
    return usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                                  "privacy needs one of: report, erase, retention."));
}

} // namespace

const Command kPrivacyCommand{
    "privacy",
    kGroupPrivacy,
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "privacy report (--company NAME | --contact NAME) --output FILE.csv|.pdf\n"
                      "privacy erase (--company NAME | --contact NAME)\n"
                      "privacy retention [--months N] [--as-of DATE] [--apply]"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "what is stored about a company or a person; anonymise them; the retention period"),
    QT_TRANSLATE_NOOP(
        "Sprechtag::Cli",
        "report: everything stored about a company or a person, as CSV or PDF.\n"
        "erase: anonymise them; their bookings stay countable.\n"
        "retention: what the retention period would anonymise; --apply does it, --months N sets "
        "the period (0: off), --as-of DATE counts from another day than today."),
    cmdPrivacy};

} // namespace Sprechtag::Cli
