#include "qualification/QualificationRepository.h"

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

/// One fit attribute: its column, and its value as stored and as text for the history.
struct FieldValue
{
    const char* column;
    QVariant stored;
    QString text;
};

QList<FieldValue> fieldValues(const FitAttributes& fit)
{
    auto text = [](const auto& optional) {
        return optional ? QString::number(*optional) : QString();
    };
    return {
        {"employees", optionalValue(fit.employees), text(fit.employees)},
        {"annual_revenue_minor", optionalValue(fit.annualRevenueMinor),
         text(fit.annualRevenueMinor)},
        {"revenue_currency", Sql::nullIfEmpty(fit.revenueCurrency), fit.revenueCurrency},
        {"industry", keyOf(fit.industry), keyOf(fit.industry)},
        {"title", Sql::nullIfEmpty(fit.title), fit.title},
        {"seniority", keyOf(fit.seniority), keyOf(fit.seniority)},
    };
}

} // namespace

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

QStringList QualificationRepository::saveFitInTransaction(qint64 leadId, const FitAttributes& fit,
                                                          qint64 repId) const
{
    const std::optional<FitAttributes> stored = fitOf(leadId);
    if (!stored)
        throw StoreError(tr("Lead %1 no longer exists.").arg(leadId));
    const QList<FieldValue> before = fieldValues(*stored);
    const QList<FieldValue> after = fieldValues(fit);
    const qint64 now = Clock::nowSecs();
    QStringList changed;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (before[i].text == after[i].text)
            continue;
        const QString column = QString::fromLatin1(after[i].column);
        // The column name comes from the fixed list above, never from input.
        Sql::exec(
            m_store.db(),
            QStringLiteral("UPDATE leads SET %1 = ?, updated_at = ? WHERE id = ?").arg(column),
            {after[i].stored, now, leadId});
        Sql::exec(m_store.db(),
                  QStringLiteral("INSERT INTO lead_field_changes (lead_id, field, old_value,"
                                 " new_value, changed_at, rep_id) VALUES (?, ?, ?, ?, ?, ?)"),
                  {leadId, column, Sql::nullIfEmpty(before[i].text),
                   Sql::nullIfEmpty(after[i].text), now,
                   repId > 0 ? QVariant(repId) : QVariant(QMetaType::fromType<qint64>())});
        changed.append(column);
    }
    return changed;
}
