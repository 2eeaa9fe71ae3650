#include "CommandSupport.h"
#include "leads/LeadIntake.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QJsonArray>
#include <QJsonObject>

// leadscout add-lead: enters one lead from a script, with the rules of the new-lead dialog.
// Exit 2 for options that cannot be read (unknown source key, a count that is not a number, no
// contact given at all, an empty --email or --phone); exit 1 for a store that does not exist, for
// data that breaks a rule (the field is named) and for a likely duplicate or a person erased on
// request, which are only added with --allow-duplicate. A phone number that an erased person had
// is only a warning: it may be a switchboard that now reaches someone else.

namespace {

const QString command = QStringLiteral("add-lead");

struct TextOption
{
    const char* name;
    LeadField field;
    const char* help;
};

const TextOption textOptions[] = {
    {"email", LeadField::Email, QT_TRANSLATE_NOOP("Commands", "E-mail address.")},
    {"phone", LeadField::Phone, QT_TRANSLATE_NOOP("Commands", "Phone number.")},
    {"first-name", LeadField::FirstName, QT_TRANSLATE_NOOP("Commands", "First name.")},
    {"last-name", LeadField::LastName, QT_TRANSLATE_NOOP("Commands", "Last name.")},
    {"title", LeadField::Title, QT_TRANSLATE_NOOP("Commands", "Position (job title).")},
    {"seniority", LeadField::Seniority, QT_TRANSLATE_NOOP("Commands", "Seniority key.")},
    {"company", LeadField::Company, QT_TRANSLATE_NOOP("Commands", "Company.")},
    {"website", LeadField::Website, QT_TRANSLATE_NOOP("Commands", "Company website.")},
    {"industry", LeadField::Industry, QT_TRANSLATE_NOOP("Commands", "Industry key.")},
    {"employees", LeadField::Employees, QT_TRANSLATE_NOOP("Commands", "Number of employees.")},
    {"country", LeadField::Country, QT_TRANSLATE_NOOP("Commands", "Country (ISO code, e.g. DE).")},
    {"city", LeadField::City, QT_TRANSLATE_NOOP("Commands", "City.")},
    {"source", LeadField::Source,
     QT_TRANSLATE_NOOP("Commands", "Source channel key (default: inbound_call).")},
    {"campaign", LeadField::Campaign, QT_TRANSLATE_NOOP("Commands", "Campaign.")},
};

struct AddLeadText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

void addOptions(QCommandLineParser& parser)
{
    for (const TextOption& option : textOptions)
        parser.addOption({QString::fromLatin1(option.name), AddLeadText::tr(option.help),
                          QStringLiteral("VALUE")});
    parser.addOption({QStringLiteral("owner"),
                      AddLeadText::tr("Owning rep's name (a rep of the team, or --rep)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("rep"),
                      AddLeadText::tr("Rep recorded as creator (default: your rep name)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("allow-duplicate"),
         AddLeadText::tr("Add the lead even when it looks like a duplicate or the person was "
                         "erased on request.")});
    parser.addOption({QStringLiteral("json"), AddLeadText::tr("Print the result as JSON.")});
}

// Reads the options into a draft; false (after a usage message) when one cannot be read.
bool readDraft(const QCommandLineParser& parser, LeadDraft& draft)
{
    draft.set(LeadField::Source, keyOf(SourceChannel::InboundCall));
    for (const TextOption& option : textOptions)
        if (const QString name = QString::fromLatin1(option.name); parser.isSet(name))
            draft.set(option.field, parser.value(name));
    draft.set(LeadField::Owner, parser.value(QStringLiteral("owner")));
    const QList<FieldProblem> problems = LeadIntake::readProblems(draft);
    for (const TextOption& option : textOptions)
        for (const FieldProblem& problem : problems)
            if (problem.field == option.field) {
                CommandSupport::usageError(
                    command, QStringLiteral("--%1: %2")
                                 .arg(QString::fromLatin1(option.name), problem.message));
                return false;
            }
    return true;
}

QJsonArray duplicatesJson(const QList<DuplicateMatch>& matches)
{
    QJsonArray list;
    for (const DuplicateMatch& match : matches)
        list.append(
            QJsonObject{{QStringLiteral("lead_id"), match.leadId},
                        {QStringLiteral("reason"), match.reason == DuplicateMatch::Reason::SameEmail
                                                       ? QStringLiteral("same_email")
                                                       : QStringLiteral("same_phone_and_name")},
                        {QStringLiteral("description"), match.describe()}});
    return list;
}

int refuse(const QCommandLineParser& parser, const QStringList& messages, QJsonObject result)
{
    for (const QString& message : messages)
        CommandSupport::printErr(message);
    if (parser.isSet(QStringLiteral("json"))) {
        result.insert(QStringLiteral("added"), false);
        CommandSupport::printJson(QJsonDocument(result));
    }
    return ExitFailure;
}

QJsonArray problemsJson(const QList<FieldProblem>& problems)
{
    QStringList told;
    QJsonArray list;
    for (const FieldProblem& problem : problems) {
        if (told.contains(problem.message))
            continue;
        told.append(problem.message);
        list.append(QJsonObject{{QStringLiteral("field"), LeadFields::key(problem.field)},
                                {QStringLiteral("message"), problem.message}});
    }
    return list;
}

// What the checks found besides the problems: as JSON, and as warnings (reasons to refuse the lead
// unless --allow-duplicate) and notes (reported, but no reason to refuse it).
QJsonObject findings(const IntakeCheck& check, QStringList& warnings, QStringList& notes)
{
    QJsonObject report;
    if (check.isErasedPerson()) {
        warnings.append(check.erased->message());
        report.insert(QStringLiteral("erased_on_request"), check.erased->dateText());
    } else if (check.hasErasedNumber()) {
        notes.append(check.erased->message());
        report.insert(QStringLiteral("phone_of_person_erased_on_request"),
                      check.erased->dateText());
    }
    for (const DuplicateMatch& match : check.duplicates)
        warnings.append(AddLeadText::tr("Likely duplicate of %1.").arg(match.describe()));
    if (!check.duplicates.isEmpty())
        report.insert(QStringLiteral("duplicates"), duplicatesJson(check.duplicates));
    return report;
}

int reportResult(const QCommandLineParser& parser, const IntakeResult& result)
{
    const IntakeCheck& check = result.check;
    if (check.hasProblems())
        return refuse(parser, check.messages(),
                      {{QStringLiteral("problems"), problemsJson(check.problems)}});
    QStringList warnings, notes;
    QJsonObject report = findings(check, warnings, notes);
    if (!result.created()) {
        warnings.append(
            AddLeadText::tr("The lead was not added. Use --allow-duplicate to add it anyway."));
        return refuse(parser, notes + warnings, report);
    }
    for (const QString& warning : warnings + notes)
        CommandSupport::printErr(AddLeadText::tr("Warning: %1").arg(warning));
    if (parser.isSet(QStringLiteral("json"))) {
        report.insert(QStringLiteral("added"), true);
        report.insert(QStringLiteral("id"), result.leadId);
        report.insert(QStringLiteral("stage"), keyOf(check.lead.stage));
        CommandSupport::printJson(QJsonDocument(report));
    } else {
        CommandSupport::printOut(AddLeadText::tr("Added lead %1 (%2) at stage %3.")
                                     .arg(result.leadId)
                                     .arg(check.lead.displayName(), keyOf(check.lead.stage)));
    }
    return ExitOk;
}

int runAddLead(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!CommandSupport::parse(parser, arguments, command))
        return ExitUsage;
    if (CommandSupport::helpRequested(parser, command))
        return ExitOk;
    if (!parser.isSet(QStringLiteral("email")) && !parser.isSet(QStringLiteral("phone")))
        return CommandSupport::usageError(
            command, AddLeadText::tr(
                         "give --email or --phone: a lead needs at least one way to reach them."));
    for (const QString& name : {QStringLiteral("email"), QStringLiteral("phone")})
        if (parser.isSet(name) && parser.value(name).trimmed().isEmpty())
            return CommandSupport::usageError(
                command,
                AddLeadText::tr("--%1 needs a value; leave the option out instead.").arg(name));
    LeadDraft draft;
    if (!readDraft(parser, draft))
        return ExitUsage;
    // A mistyped --db must not quietly become a new, empty store.
    const std::unique_ptr<Store> store = CommandSupport::openStore(parser, false);
    if (!store)
        return ExitFailure;

    const QString rep = parser.isSet(QStringLiteral("rep")) ? parser.value(QStringLiteral("rep"))
                                                            : AppSettings::instance().repName();
    IntakeOptions options;
    options.allowDuplicate = options.allowErased = parser.isSet(QStringLiteral("allow-duplicate"));
    IntakeResult result;
    try {
        result = LeadIntake(*store, rep).create(draft, options);
    } catch (const StoreError& error) {
        return CommandSupport::failure(error.message());
    }
    return reportResult(parser, result);
}

const RegisterCommand registration(
    {"add-lead",
     "--db PATH (--email ADDRESS | --phone NUMBER) [--first-name N --last-name N --company C "
     "--source KEY …] [--allow-duplicate] [--json]",
     QT_TRANSLATE_NOOP("Commands", "Enter a new lead, checked like the new-lead dialog"),
     &runAddLead});

} // namespace
