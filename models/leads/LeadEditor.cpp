#include "leads/LeadEditor.h"

#include "domain/LeadRepository.h"
#include "leads/LeadContactability.h"
#include "leads/LeadDetails.h"
#include "scoring/LeadScores.h"
#include "store/Store.h"
#include "support/Clock.h"

namespace {

// The details the scoring engine reads (LeadScores::inputFor): a change rescores the lead.
bool isFitInput(LeadField field)
{
    switch (field) {
    case LeadField::Title:
    case LeadField::Seniority:
    case LeadField::Email:
    case LeadField::Website:
    case LeadField::Industry:
    case LeadField::Employees:
    case LeadField::AnnualRevenue:
    case LeadField::RevenueCurrency:
        return true;
    default:
        return false;
    }
}

QString repNameOf(const Store& store, const std::optional<qint64>& id)
{
    if (!id)
        return {};
    return Sql::scalar(store.db(), QStringLiteral("SELECT name FROM reps WHERE id = ?"), {*id})
        .toString();
}

} // namespace

QString FieldChange::displayValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (field == LeadFields::wrongNumberKey())
        return value == LeadFields::flagText(true) ? LeadEditor::tr("yes") : LeadEditor::tr("no");
    switch (LeadFields::fromKey(field).value_or(LeadField::FirstName)) {
    case LeadField::Seniority:
        return labelOf(fromKeyOr(value, Seniority::Unknown));
    case LeadField::Industry:
        return labelOf(fromKeyOr(value, Industry::Unknown));
    case LeadField::Source:
        return labelOf(fromKeyOr(value, SourceChannel::Other));
    case LeadField::DoNotCall:
    case LeadField::DoNotEmail:
        return value == LeadFields::flagText(true) ? LeadEditor::tr("yes") : LeadEditor::tr("no");
    default:
        return value;
    }
}

QString FieldChange::describe() const
{
    return LeadEditor::tr("%1: %2 → %3")
        .arg(LeadFields::labelForKey(field), displayValue(field, oldValue),
             displayValue(field, newValue));
}

LeadEditor::LeadEditor(const Store& store)
    : m_store(store)
    , m_validator(LeadValidator::forStore(store))
{}

Lead LeadEditor::loadLead(qint64 leadId) const
{
    const std::optional<Lead> lead = LeadRepository(m_store).find(leadId);
    if (!lead)
        throw StoreError(tr("Lead %1 no longer exists.").arg(leadId));
    return *lead;
}

QString LeadEditor::unknownOwnerMessage(const QString& name)
{
    return tr("Owner: there is no rep named \"%1\"; choose one of the team's reps.")
        .arg(name.trimmed());
}

QString LeadEditor::currentText(const Lead& lead, LeadField field) const
{
    return field == LeadField::Owner ? repNameOf(m_store, lead.ownerId)
                                     : LeadFields::text(lead, field);
}

QList<FieldProblem> LeadEditor::newProblems(const Lead& before, const Lead& after,
                                            LeadField field) const
{
    // A lead imported with a flaw elsewhere can still have this field corrected: only problems
    // that this change brings in refuse it.
    const QList<FieldProblem> old = m_validator.validate(before);
    QList<FieldProblem> fresh;
    for (const FieldProblem& problem : m_validator.validate(after)) {
        const bool known = std::any_of(old.cbegin(), old.cend(), [&](const FieldProblem& p) {
            return p.message == problem.message;
        });
        const bool duplicateMessage =
            std::any_of(fresh.cbegin(), fresh.cend(),
                        [&](const FieldProblem& p) { return p.message == problem.message; });
        if (!known && !duplicateMessage && (problem.field == field || field == LeadField::Country))
            fresh.append(problem);
    }
    return fresh;
}

LeadEditor::Result LeadEditor::setField(qint64 leadId, LeadField field, const QString& text,
                                        const QString& repName,
                                        const std::optional<Expected>& expected)
{
    WriteTransaction transaction(m_store);
    const std::optional<qint64> version = LeadVersion::lockInTransaction(m_store, leadId);
    if (!version)
        throw StoreError(tr("Lead %1 no longer exists.").arg(leadId));
    Lead before = loadLead(leadId);
    Lead after = before;
    QString written = text.trimmed();
    if (field == LeadField::Owner && !written.isEmpty()) {
        const std::optional<qint64> owner = Reps::ownerId(m_store, written, repName);
        if (!owner)
            return {false, {{field, unknownOwnerMessage(written)}}, std::nullopt};
        written = QString::number(*owner);
    }
    if (const QString error = LeadFields::setText(after, field, written); !error.isEmpty())
        return {false, {{field, error}}, std::nullopt};
    m_validator.normalise(before);
    m_validator.normalise(after);
    if (const QList<FieldProblem> problems = newProblems(before, after, field); !problems.isEmpty())
        return {false, problems, std::nullopt};
    const QString oldText = currentText(before, field);
    const QString newText = currentText(after, field);
    if (oldText == newText && before.phoneE164 == after.phoneE164)
        return {false, {}, std::nullopt};
    if (expected && LeadVersion::overwrites(expected->rowVersion, *version, expected->loadedText,
                                            oldText, newText))
        return {false, {}, FieldConflict{LeadFields::key(field), newText, oldText}};
    const qint64 repId = Reps::idFor(m_store, repName);
    LeadDetails::writeInTransaction(m_store, after, field, oldText, newText, repId,
                                    Clock::nowSecs());
    if (field == LeadField::Phone && oldText != newText) // a corrected number deserves a new try
        LeadContactability(m_store).setInTransaction(after.id, ContactFlag::WrongNumber, false,
                                                     repId, Clock::nowSecs());
    if (isFitInput(field))
        LeadScores::rescoreInTransaction(m_store, after.id,
                                         ScoringRulesRepository(m_store).activeInTransaction());
    m_store.announceLead(after.id);
    transaction.commit();
    return {oldText != newText, {}, std::nullopt};
}

QList<FieldChange> LeadEditor::history(qint64 leadId) const
{
    QSqlQuery query =
        Sql::exec(m_store.db(),
                  QStringLiteral("SELECT c.field, c.old_value, c.new_value, c.changed_at, r.name"
                                 " FROM lead_field_changes c LEFT JOIN reps r ON r.id = c.rep_id"
                                 " WHERE c.lead_id = ? ORDER BY c.changed_at, c.id"),
                  {leadId});
    QList<FieldChange> changes;
    while (query.next())
        changes.append({leadId, query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toLongLong(),
                        query.value(4).toString()});
    return changes;
}
