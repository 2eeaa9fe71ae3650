#include "CommandFrame.h"
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

void addOptions(CommandFrame& frame)
{
    for (const TextOption& option : textOptions)
        frame.addOptions("Commands", {{option.name, option.help, "VALUE"}});
    frame.addOptions(
        "Commands",
        {{"owner",
          QT_TRANSLATE_NOOP("Commands", "Owning rep's name (a rep of the team, or --rep)."),
          "NAME"},
         {"rep", QT_TRANSLATE_NOOP("Commands", "Rep recorded as creator (default: your rep name)."),
          "NAME"},
         {"allow-duplicate",
          QT_TRANSLATE_NOOP("Commands", "Add the lead even when it looks like a duplicate or the "
                                        "person was erased on request.")},
         {"json", QT_TRANSLATE_NOOP("Commands", "Print the result as JSON.")}});
}

// Reads the options into a draft; false (after a usage message) when one cannot be read.
bool readDraft(const CommandFrame& frame, LeadDraft& draft)
{
    draft.set(LeadField::Source, keyOf(SourceChannel::InboundCall));
    for (const TextOption& option : textOptions)
        if (const QString name = QString::fromLatin1(option.name); frame.isSet(name))
            draft.set(option.field, frame.value(name));
    draft.set(LeadField::Owner, frame.value(QStringLiteral("owner")));
    const QList<FieldProblem> problems = LeadIntake::readProblems(draft);
    for (const TextOption& option : textOptions)
        for (const FieldProblem& problem : problems)
            if (problem.field == option.field) {
                frame.usageError(QStringLiteral("--%1: %2")
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

int refuse(const CommandFrame& frame, const QStringList& messages, QJsonObject result)
{
    for (const QString& message : messages)
        CommandSupport::printErr(message);
    if (frame.json()) {
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

int reportResult(const CommandFrame& frame, const IntakeResult& result)
{
    const IntakeCheck& check = result.check;
    if (check.hasProblems())
        return refuse(frame, check.messages(),
                      {{QStringLiteral("problems"), problemsJson(check.problems)}});
    QStringList warnings, notes;
    QJsonObject report = findings(check, warnings, notes);
    if (!result.created()) {
        warnings.append(
            AddLeadText::tr("The lead was not added. Use --allow-duplicate to add it anyway."));
        return refuse(frame, notes + warnings, report);
    }
    for (const QString& warning : warnings + notes)
        CommandSupport::printErr(AddLeadText::tr("Warning: %1").arg(warning));
    report.insert(QStringLiteral("added"), true);
    report.insert(QStringLiteral("id"), result.leadId);
    report.insert(QStringLiteral("stage"), keyOf(check.lead.stage));
    frame.print(report, AddLeadText::tr("Added lead %1 (%2) at stage %3.")
                            .arg(result.leadId)
                            .arg(check.lead.displayName(), keyOf(check.lead.stage)));
    return ExitOk;
}

// --email and --phone as given: at least one, and none empty. Exit code 2 when not.
std::optional<int> checkContactOptions(const CommandFrame& frame)
{
    if (!frame.isSet(QStringLiteral("email")) && !frame.isSet(QStringLiteral("phone")))
        return frame.usageError(AddLeadText::tr(
            "give --email or --phone: a lead needs at least one way to reach them."));
    for (const QString& name : {QStringLiteral("email"), QStringLiteral("phone")})
        if (frame.isSet(name) && frame.value(name).trimmed().isEmpty())
            return frame.usageError(
                AddLeadText::tr("--%1 needs a value; leave the option out instead.").arg(name));
    return std::nullopt;
}

int runAddLead(const QStringList& arguments)
{
    CommandFrame frame(command);
    addOptions(frame);
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (const auto stop = checkContactOptions(frame))
        return *stop;
    LeadDraft draft;
    if (!readDraft(frame, draft))
        return ExitUsage;
    const QString rep = frame.isSet(QStringLiteral("rep")) ? frame.value(QStringLiteral("rep"))
                                                           : AppSettings::instance().repName();
    IntakeOptions options;
    options.allowDuplicate = options.allowErased = frame.isSet(QStringLiteral("allow-duplicate"));
    // A mistyped --db must not quietly become a new, empty store.
    return frame.withStore(
        [&](Store& store) {
            return reportResult(frame, LeadIntake(store, rep).create(draft, options));
        },
        CommandFrame::OpenMode::Existing);
}

const RegisterCommand registration(
    {"add-lead",
     "--db PATH (--email ADDRESS | --phone NUMBER) [--first-name N --last-name N --company C "
     "--source KEY …] [--allow-duplicate] [--json]",
     QT_TRANSLATE_NOOP("Commands", "Enter a new lead, checked like the new-lead dialog"),
     &runAddLead});

} // namespace
