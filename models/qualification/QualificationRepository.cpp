#include "qualification/QualificationRepository.h"

#include "domain/LeadRepository.h"
#include "leads/LeadDetails.h"
#include "leads/LeadFields.h"
#include "leads/LeadVersion.h"
#include "store/Store.h"
#include "support/Clock.h"

namespace {

template <typename T> QVariant optionalValue(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

template <typename T> std::optional<T> optionalFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

Lead withFit(Lead lead, const FitAttributes& fit)
{
    lead.employees = fit.employees;
    lead.annualRevenueMinor = fit.annualRevenueMinor;
    lead.revenueCurrency = fit.revenueCurrency;
    lead.industry = fit.industry;
    lead.title = fit.title;
    lead.seniority = fit.seniority;
    return lead;
}

} // namespace

const QList<LeadField>& QualificationRepository::fitFields()
{
    // As lead fields: their history uses the lead editor's keys and text forms (issue 12), so
    // one timeline shows changes from either place.
    static const QList<LeadField> fields{LeadField::Employees,       LeadField::AnnualRevenue,
                                         LeadField::RevenueCurrency, LeadField::Industry,
                                         LeadField::Title,           LeadField::Seniority};
    return fields;
}

QString QualificationRepository::entryKeyOf(LeadField field)
{
    switch (field) {
    case LeadField::AnnualRevenue:
        return QStringLiteral("annualRevenue");
    case LeadField::RevenueCurrency:
        return QStringLiteral("revenueCurrency");
    default:
        return LeadFields::key(field); // employees, industry, title, seniority
    }
}

void QualificationRepository::copyFit(FitAttributes& to, const FitAttributes& from, LeadField field)
{
    switch (field) {
    case LeadField::Employees:
        to.employees = from.employees;
        break;
    case LeadField::AnnualRevenue:
        to.annualRevenueMinor = from.annualRevenueMinor;
        break;
    case LeadField::RevenueCurrency:
        to.revenueCurrency = from.revenueCurrency;
        break;
    case LeadField::Industry:
        to.industry = from.industry;
        break;
    case LeadField::Title:
        to.title = from.title;
        break;
    case LeadField::Seniority:
        to.seniority = from.seniority;
        break;
    default:
        break;
    }
}

QString QualificationRepository::fitText(const FitAttributes& fit, LeadField field)
{
    return LeadFields::text(withFit(Lead{}, fit), field);
}

QualificationRepository::QualificationRepository(const Store& store)
    : m_store(store)
{}

std::optional<Qualification> QualificationRepository::find(qint64 leadId) const
{
    QSqlQuery query = Sql::exec(
        m_store.db(),
        QStringLiteral("SELECT budget_status, budget_amount_minor, budget_currency, authority,"
                       " buying_role, decision_maker_confirmed, need, need_text, timing,"
                       " decision_date, buying_phase, notes, updated_at"
                       " FROM qualification WHERE lead_id = ?"),
        {leadId});
    if (!query.next())
        return std::nullopt;
    Qualification q;
    q.budget = fromKeyOr(query.value(0).toString(), BudgetStatus::Unknown);
    q.budgetAmountMinor = optionalFrom<qint64>(query.value(1));
    q.budgetCurrency = query.value(2).toString();
    q.authority = fromKeyOr(query.value(3).toString(), AuthorityLevel::Unknown);
    q.buyingRole = fromKeyOr(query.value(4).toString(), BuyingRole::Unknown);
    q.decisionMakerConfirmed = query.value(5).toInt() != 0;
    q.need = fromKeyOr(query.value(6).toString(), NeedLevel::Unknown);
    q.needText = query.value(7).toString();
    q.timing = fromKeyOr(query.value(8).toString(), Timing::Unknown);
    q.decisionDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    q.phase = fromKeyOr(query.value(10).toString(), BuyingPhase::Unknown);
    q.notes = query.value(11).toString();
    q.updatedAt = query.value(12).toLongLong();
    return q;
}

void QualificationRepository::saveInTransaction(qint64 leadId, const Qualification& q,
                                                qint64 repId) const
{
    Sql::exec(
        m_store.db(),
        QStringLiteral(
            "INSERT INTO qualification (lead_id, budget_status, budget_amount_minor,"
            " budget_currency, authority, buying_role, decision_maker_confirmed, need, need_text,"
            " timing, decision_date, buying_phase, notes, updated_at, rep_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (lead_id) DO UPDATE SET budget_status = excluded.budget_status,"
            " budget_amount_minor = excluded.budget_amount_minor,"
            " budget_currency = excluded.budget_currency, authority = excluded.authority,"
            " buying_role = excluded.buying_role,"
            " decision_maker_confirmed = excluded.decision_maker_confirmed,"
            " need = excluded.need, need_text = excluded.need_text, timing = excluded.timing,"
            " decision_date = excluded.decision_date, buying_phase = excluded.buying_phase,"
            " notes = excluded.notes, updated_at = excluded.updated_at, rep_id = excluded.rep_id"),
        {leadId, keyOf(q.budget), optionalValue(q.budgetAmountMinor),
         Sql::nullIfEmpty(q.budgetCurrency), keyOf(q.authority), keyOf(q.buyingRole),
         q.decisionMakerConfirmed ? 1 : 0, keyOf(q.need), Sql::nullIfEmpty(q.needText),
         keyOf(q.timing),
         Sql::nullIfEmpty(q.decisionDate.isValid() ? q.decisionDate.toString(Qt::ISODate)
                                                   : QString()),
         keyOf(q.phase), Sql::nullIfEmpty(q.notes), Clock::nowSecs(),
         repId > 0 ? QVariant(repId) : QVariant(QMetaType::fromType<qint64>())});
}

std::optional<FitAttributes> QualificationRepository::fitOf(qint64 leadId) const
{
    QSqlQuery query = Sql::exec(m_store.db(),
                                QStringLiteral("SELECT employees, annual_revenue_minor,"
                                               " revenue_currency, industry, title, seniority"
                                               " FROM leads WHERE id = ?"),
                                {leadId});
    if (!query.next())
        return std::nullopt;
    FitAttributes fit;
    fit.employees = optionalFrom<int>(query.value(0));
    fit.annualRevenueMinor = optionalFrom<qint64>(query.value(1));
    fit.revenueCurrency = query.value(2).toString();
    fit.industry = fromKeyOr(query.value(3).toString(), Industry::Unknown);
    fit.title = query.value(4).toString();
    fit.seniority = fromKeyOr(query.value(5).toString(), Seniority::Unknown);
    return fit;
}

QualificationRepository::FitSave
QualificationRepository::saveFitInTransaction(qint64 leadId, const FitAttributes& fit,
                                              const FitAttributes& loaded, qint64 repId) const
{
    // Under the row's lock: a fit attribute saved by another rep between this check and the
    // write would otherwise be overwritten unseen (PostgreSQL's READ COMMITTED).
    const std::optional<qint64> locked = LeadVersion::lockInTransaction(m_store, leadId);
    const std::optional<Lead> before = LeadRepository(m_store).find(leadId);
    if (!before || !locked)
        throw StoreError(tr("Lead %1 no longer exists.").arg(leadId));
    FitSave result;
    result.stored = *fitOf(leadId);
    FitAttributes merged = result.stored;
    for (LeadField field : fitFields()) {
        const QString typed = fitText(fit, field);
        const QString stored = fitText(result.stored, field);
        if (typed == fitText(loaded, field) || typed == stored)
            continue; // not changed on the form, or changed to the same value elsewhere
        if (stored != fitText(loaded, field))
            result.conflicts.append(field);
        copyFit(merged, fit, field);
    }
    if (!result.conflicts.isEmpty())
        return result;
    const Lead after = withFit(*before, merged);
    const qint64 now = Clock::nowSecs();
    for (LeadField field : fitFields()) {
        const QString oldText = LeadFields::text(*before, field);
        const QString newText = LeadFields::text(after, field);
        if (oldText == newText)
            continue;
        LeadDetails::writeInTransaction(m_store, after, field, oldText, newText, repId, now);
        result.changed.append(LeadFields::key(field));
    }
    return result;
}
