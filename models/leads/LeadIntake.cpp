#include "leads/LeadIntake.h"

#include "domain/LeadRepository.h"
#include "leads/LeadEditor.h"
#include "scoring/LeadScores.h"
#include "store/Store.h"
#include "support/Clock.h"
#include "team/RoundRobin.h"

#include <algorithm>

namespace {

// Writes the accepted rows of one batch: the creator and the rules are looked up once, each
// owner once, and the insert statements are prepared once.
class IntakeWriter
{
public:
    IntakeWriter(const Store& store, const LeadValidator& validator, const QString& repName)
        : m_store(store)
        , m_validator(validator)
        , m_leads(store)
        , m_repName(repName)
        , m_repId(Reps::idFor(store, repName))
        , m_rules(ScoringRulesRepository(store).activeInTransaction())
    {
        if (RoundRobin::isOn(store))
            m_assigner.emplace(store);
    }

    /// Creates and scores the lead; returns it as written.
    Lead write(const IntakeCheck& check, const LeadDraft& draft, qint64 importBatchId)
    {
        Lead lead = check.lead;
        m_validator.fillDerived(lead);
        std::optional<qint64> assigned;
        if (!check.owner.isEmpty())
            lead.ownerId = ownerId(check.owner);
        else if (m_assigner && (assigned = m_assigner->nextInTransaction()))
            lead.ownerId = assigned; // a team lead has new leads assigned by round robin
        // Scored at once and written with its score, so the queue's order and the card never
        // show a lead without one.
        const qint64 now = Clock::nowSecs();
        lead.id = m_leads.createInTransaction(
            lead, m_repId,
            LeadRepository::FirstScore{LeadScores::scoreNewLead(lead, m_rules.rules, now),
                                       m_rules.version, now},
            importBatchId > 0 || !draft.externalId.isEmpty() || !draft.importNote.isEmpty()
                ? std::optional(LeadRepository::ImportOrigin{importBatchId, draft.externalId,
                                                             draft.importNote})
                : std::nullopt);
        if (assigned)
            m_assigner->recordInTransaction(lead.id, now);
        m_store.announceLead(lead.id); // sent when the batch commits
        return lead;
    }

private:
    std::optional<qint64> ownerId(const QString& name)
    {
        const auto known = m_owners.constFind(name);
        if (known != m_owners.cend())
            return *known;
        const std::optional<qint64> id = Reps::ownerId(m_store, name, m_repName);
        m_owners.insert(name, id);
        return id;
    }

    const Store& m_store;
    const LeadValidator& m_validator;
    LeadRepository m_leads;
    QString m_repName;
    qint64 m_repId;
    ActiveRules m_rules;
    QHash<QString, std::optional<qint64>> m_owners;
    std::optional<RoundRobin> m_assigner;
};

// Sets the lead's fields from the draft's texts; the problems of the texts that cannot be read.
QList<FieldProblem> readInto(const LeadDraft& draft, Lead& lead)
{
    QList<FieldProblem> problems;
    for (auto it = draft.texts.cbegin(); it != draft.texts.cend(); ++it) {
        if (it.key() == LeadField::Owner)
            continue; // a rep's name, resolved when the lead is written
        if (const QString error = LeadFields::setText(lead, it.key(), it.value()); !error.isEmpty())
            problems.append({it.key(), error});
    }
    return problems;
}

// Only the team's active reps and the rep at the keyboard may own a lead.
QList<FieldProblem> ownerProblems(const QString& owner, const QSet<QString>& owners)
{
    if (owner.isEmpty() || owners.contains(owner))
        return {};
    return {{LeadField::Owner, LeadEditor::unknownOwnerMessage(owner)}};
}

QList<Lead> validLeads(const QList<IntakeCheck>& checks)
{
    QList<Lead> leads;
    for (const IntakeCheck& check : checks)
        if (!check.hasProblems())
            leads.append(check.lead);
    return leads;
}

} // namespace

QStringList IntakeCheck::messages() const
{
    QStringList distinct;
    for (const FieldProblem& problem : problems)
        if (!distinct.contains(problem.message))
            distinct.append(problem.message);
    return distinct;
}

LeadIntake::LeadIntake(const Store& store, QString repName)
    : m_store(store)
    , m_repName(std::move(repName))
    , m_validator(LeadValidator::forStore(store))
{}

QList<FieldProblem> LeadIntake::readProblems(const LeadDraft& draft)
{
    Lead lead;
    return readInto(draft, lead);
}

QSet<QString> LeadIntake::ownerNames() const
{
    QSet<QString> names;
    for (const QString& name : Reps::names(m_store))
        names.insert(name);
    names.insert(m_repName.trimmed()); // the rep at the keyboard, even before their first lead
    return names;
}

IntakeCheck LeadIntake::read(const LeadDraft& draft, const QSet<QString>& owners) const
{
    IntakeCheck check;
    check.problems = readInto(draft, check.lead);
    m_validator.normalise(check.lead);
    check.problems += m_validator.validate(check.lead);
    check.owner = draft.texts.value(LeadField::Owner).trimmed();
    check.problems += ownerProblems(check.owner, owners);
    return check;
}

QList<FieldProblem> LeadIntake::checkField(const LeadDraft& draft, LeadField field) const
{
    Lead lead;
    QList<FieldProblem> problems;
    for (const FieldProblem& problem : readInto(draft, lead))
        if (problem.field == field)
            problems.append(problem);
    m_validator.normalise(lead);
    if (!draft.texts.value(field).trimmed().isEmpty())
        problems += m_validator.validateField(lead, field);
    if (field == LeadField::Owner)
        problems += ownerProblems(draft.texts.value(field).trimmed(), ownerNames());
    return problems;
}

QList<IntakeCheck> LeadIntake::readAll(const QList<LeadDraft>& drafts) const
{
    const QSet<QString> owners = ownerNames();
    QList<IntakeCheck> checks;
    checks.reserve(drafts.size());
    for (const LeadDraft& draft : drafts)
        checks.append(read(draft, owners));
    lookUpErased(checks);
    return checks;
}

void LeadIntake::lookUpErased(QList<IntakeCheck>& checks) const
{
    QList<Suppressions::Contact> contacts;
    contacts.reserve(checks.size());
    for (const IntakeCheck& check : checks)
        contacts.append(check.hasProblems()
                            ? Suppressions::Contact{}
                            : Suppressions::Contact{check.lead.email, check.lead.phoneE164});
    const QList<std::optional<SuppressionHit>> hits = Suppressions(m_store).checkAll(contacts);
    for (qsizetype i = 0; i < checks.size(); ++i)
        checks[i].erased = hits.at(i);
}

IntakeCheck LeadIntake::check(const LeadDraft& draft) const
{
    return checkAll({draft}).first();
}

IntakeResult LeadIntake::create(const LeadDraft& draft, const IntakeOptions& options)
{
    return createAll({draft}, options).first();
}

QList<IntakeCheck> LeadIntake::checkAll(const QList<LeadDraft>& drafts) const
{
    // Every row sees the same moment of the store; nothing is written, so it is rolled back.
    const WriteTransaction transaction(m_store);
    QList<IntakeCheck> checks = readAll(drafts);
    const DuplicateIndex index(m_store, validLeads(checks));
    for (IntakeCheck& check : checks)
        if (!check.hasProblems())
            check.duplicates = index.find(check.lead);
    return checks;
}

IntakeResult::Outcome LeadIntake::refusalOf(const IntakeCheck& check, const IntakeOptions& options)
{
    if (check.hasProblems())
        return IntakeResult::Outcome::Invalid;
    if (check.isErasedPerson() && !options.allowErased)
        return IntakeResult::Outcome::ErasedPerson;
    if (!check.duplicates.isEmpty() && !options.allowDuplicate)
        return IntakeResult::Outcome::Duplicate;
    return IntakeResult::Outcome::Created;
}

QList<IntakeResult> LeadIntake::createAll(const QList<LeadDraft>& drafts,
                                          const IntakeOptions& options)
{
    WriteTransaction transaction(m_store);
    QList<IntakeResult> results = createAllInTransaction(drafts, options);
    const bool refused = std::any_of(results.cbegin(), results.cend(),
                                     [](const IntakeResult& result) { return !result.created(); });
    if (refused && options.allOrNothing) {
        for (IntakeResult& result : results)
            if (result.created())
                result = {IntakeResult::Outcome::NotCreated, 0, std::move(result.check)};
        return results; // the transaction rolls back
    }
    transaction.commit();
    return results;
}

QList<IntakeResult> LeadIntake::createAllInTransaction(const QList<LeadDraft>& drafts,
                                                       const IntakeOptions& options)
{
    QList<IntakeCheck> checks = readAll(drafts);
    DuplicateIndex index(m_store, validLeads(checks));
    IntakeWriter writer(m_store, m_validator, m_repName);
    QList<IntakeResult> results;
    results.reserve(checks.size());
    for (qsizetype i = 0; i < checks.size(); ++i) {
        IntakeCheck& check = checks[i];
        if (!check.hasProblems())
            check.duplicates = index.find(check.lead);
        IntakeResult result{refusalOf(check, options), 0, std::move(check)};
        if (result.created()) {
            const Lead lead = writer.write(result.check, drafts.at(i), options.importBatchId);
            result.leadId = lead.id;
            index.add(lead);
        }
        results.append(std::move(result));
    }
    return results;
}
