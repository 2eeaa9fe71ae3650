#include "qualification/QualificationService.h"

#include "nurture/NurtureReturns.h"

#include "domain/LeadRepository.h"
#include "leads/LeadVersion.h"
#include "qualification/QualificationRepository.h"
#include "scoring/LeadScores.h"
#include "store/Store.h"
#include "support/Clock.h"

QualificationService::QualificationService(const Store& store)
    : m_store(store)
{}

std::optional<QualificationContext> QualificationService::load(qint64 leadId,
                                                               const QLocale& locale) const
{
    const std::optional<qint64> version = LeadVersion::of(m_store, leadId);
    std::optional<Lead> lead = LeadRepository(m_store).find(leadId);
    if (!lead || !version)
        return std::nullopt;
    const QualificationRepository repository(m_store);
    QualificationContext context;
    context.rowVersion = *version;
    context.lead = std::move(*lead);
    context.stored = repository.find(leadId);
    context.storedFit = repository.fitOf(leadId).value_or(FitAttributes{});
    context.storedEntry = QualificationEntry::fromStored(context.stored, context.storedFit, locale);
    context.draft = QualificationDrafts::load(m_store, leadId);
    if (context.draft && context.draft->entry == context.storedEntry)
        context.draft.reset();
    context.rules = ScoringRulesRepository(m_store).active();
    const qint64 since = Clock::nowSecs() - qint64(context.rules.rules.maxAgeDays + 1) * 86400;
    context.interest = LeadScores::interestOf(m_store, leadId, since);
    return context;
}

ParsedEntry QualificationService::parse(const QualificationContext& context,
                                        const QualificationEntry& entry, const QLocale& locale,
                                        QDate today)
{
    return EntryParser::parse(entry, locale, today,
                              context.stored ? context.stored->decisionDate : QDate());
}

ScoringInput QualificationService::inputFor(const QualificationContext& context,
                                            const ParsedEntry& parsed)
{
    const Qualification& q = parsed.qualification;
    const FitAttributes& fit = parsed.fit;
    ScoringInput input;
    input.employees = fit.employees;
    input.annualRevenueMinor = fit.annualRevenueMinor;
    input.revenueCurrency = fit.revenueCurrency;
    input.industry = fit.industry;
    input.seniority = fit.seniority;
    input.title = fit.title;
    input.email = context.lead.email;
    input.website = context.lead.website;
    input.buyingRole = q.buyingRole;
    input.budget = q.budget;
    input.authority = q.authority;
    input.decisionMakerConfirmed = q.decisionMakerConfirmed;
    input.need = q.need;
    input.timing = q.timing;
    input.interest = context.interest;
    return input;
}

namespace {

/// The entry's text for one fit attribute.
QString& entryText(QualificationEntry& entry, LeadField field)
{
    switch (field) {
    case LeadField::Employees:
        return entry.employees;
    case LeadField::AnnualRevenue:
        return entry.annualRevenue;
    case LeadField::RevenueCurrency:
        return entry.revenueCurrency;
    case LeadField::Industry:
        return entry.industry;
    case LeadField::Seniority:
        return entry.seniority;
    default:
        return entry.title;
    }
}

/// A fit attribute as the form shows it: the label of a choice, the number as written here.
QString shownText(const FitAttributes& fit, LeadField field, const QLocale& locale)
{
    if (field == LeadField::Industry)
        return labelOf(fit.industry);
    if (field == LeadField::Seniority)
        return labelOf(fit.seniority);
    QualificationEntry entry = QualificationEntry::fromStored(std::nullopt, fit, locale);
    const QString text = entryText(entry, field);
    return text.isEmpty() ? QualificationService::tr("(empty)") : text;
}

} // namespace

QualificationEntry QualificationService::rebase(const QualificationEntry& typed,
                                                FitAttributes& loaded, const FitAttributes& stored,
                                                const QLocale& locale)
{
    QualificationEntry result = typed;
    QualificationEntry was = QualificationEntry::fromStored(std::nullopt, loaded, locale);
    QualificationEntry now = QualificationEntry::fromStored(std::nullopt, stored, locale);
    for (LeadField field : QualificationRepository::fitFields()) {
        if (entryText(result, field) != entryText(was, field))
            continue; // the rep changed it
        entryText(result, field) = entryText(now, field);
        QualificationRepository::copyFit(loaded, stored, field);
    }
    return result;
}

QualificationService::SaveResult
QualificationService::save(qint64 leadId, const QualificationEntry& entry,
                           const FitAttributes& loadedFit, const QString& repName,
                           const QLocale& locale, QDate today) const
{
    const QualificationRepository repository(m_store);
    const std::optional<Qualification> stored = repository.find(leadId);
    const ParsedEntry parsed =
        EntryParser::parse(entry, locale, today, stored ? stored->decisionDate : QDate());
    SaveResult result;
    if (!parsed.ok()) {
        result.problems = parsed.problems;
        return result;
    }
    const ActiveRules rules = ScoringRulesRepository(m_store).active();
    const qint64 repId = Reps::idFor(m_store, repName);
    WriteTransaction transaction(m_store);
    const QualificationRepository::FitSave fit =
        repository.saveFitInTransaction(leadId, parsed.fit, loadedFit, repId);
    result.storedFit = fit.stored;
    result.conflicts = fit.conflicts;
    if (!fit.conflicts.isEmpty()) {
        for (LeadField field : fit.conflicts)
            result.problems.append(
                {QualificationRepository::entryKeyOf(field),
                 tr("%1 was changed elsewhere to \"%2\" after this form was opened. Save again "
                    "to replace it with \"%3\", or set the field to \"%2\" to keep that.")
                     .arg(LeadFields::label(field), shownText(fit.stored, field, locale),
                          shownText(parsed.fit, field, locale))});
        return result; // the transaction is rolled back: nothing is written
    }
    result.changedFitFields = fit.changed;
    repository.saveInTransaction(leadId, parsed.qualification, repId);
    QualificationDrafts::discardInTransaction(m_store, leadId);
    result.score = LeadScores::rescoreInTransaction(m_store, leadId, rules);
    // A nurture lead whose buying phase moved comes back into the queue with that reason.
    NurtureReturns::checkPhaseInTransaction(m_store, leadId);
    m_store.announceLead(leadId);
    transaction.commit();
    result.saved = true;
    return result;
}
