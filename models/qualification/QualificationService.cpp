#include "qualification/QualificationService.h"

#include "domain/LeadRepository.h"
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
    std::optional<Lead> lead = LeadRepository(m_store).find(leadId);
    if (!lead)
        return std::nullopt;
    const QualificationRepository repository(m_store);
    QualificationContext context;
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

QualificationService::SaveResult
QualificationService::save(qint64 leadId, const QualificationEntry& entry, const QString& repName,
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
    repository.saveInTransaction(leadId, parsed.qualification, repId);
    result.changedFitFields = repository.saveFitInTransaction(leadId, parsed.fit, repId);
    QualificationDrafts::discardInTransaction(m_store, leadId);
    result.score = LeadScores::rescoreInTransaction(m_store, leadId, rules);
    transaction.commit();
    result.saved = true;
    return result;
}
