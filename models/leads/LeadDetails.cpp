#include "leads/LeadDetails.h"

#include "domain/LeadRepository.h"
#include "leads/LeadContactability.h"
#include "store/Store.h"

namespace LeadDetails {

namespace {

QVariant optionalBind(const auto& value)
{
    using T = typename std::decay_t<decltype(value)>::value_type;
    return value ? QVariant::fromValue<T>(*value) : QVariant(QMetaType::fromType<T>());
}

QVariant bindValue(const Lead& lead, LeadField field)
{
    switch (field) {
    case LeadField::Seniority:
    case LeadField::Industry:
    case LeadField::Source:
        return LeadFields::text(lead, field);
    case LeadField::Employees:
        return optionalBind(lead.employees);
    case LeadField::AnnualRevenue:
        return optionalBind(lead.annualRevenueMinor);
    case LeadField::Owner:
        return optionalBind(lead.ownerId);
    default:
        return Sql::nullIfEmpty(LeadFields::text(lead, field));
    }
}

std::optional<ContactFlag> contactFlagOf(LeadField field)
{
    switch (field) {
    case LeadField::DoNotCall:
        return ContactFlag::DoNotCall;
    case LeadField::DoNotEmail:
        return ContactFlag::DoNotEmail;
    default:
        return std::nullopt;
    }
}

// The column and value of the form derived from the field, if it has one.
std::optional<std::pair<QString, QVariant>> derivedOf(const Lead& lead, LeadField field)
{
    switch (field) {
    case LeadField::Email:
        return std::pair{QStringLiteral("email_norm"),
                         Sql::nullIfEmpty(LeadRepository::normaliseEmail(lead.email))};
    case LeadField::Phone:
    case LeadField::Country:
        return std::pair{QStringLiteral("phone_e164"), Sql::nullIfEmpty(lead.phoneE164)};
    default:
        return std::nullopt;
    }
}

QVariant repBind(qint64 repId)
{
    return repId > 0 ? QVariant(repId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString columnOf(LeadField field)
{
    switch (field) {
    case LeadField::AnnualRevenue:
        return QStringLiteral("annual_revenue_minor");
    case LeadField::Owner:
        return QStringLiteral("owner_id");
    default:
        return LeadFields::key(field);
    }
}

void writeInTransaction(const Store& store, const Lead& after, LeadField field,
                        const QString& oldText, const QString& newText, qint64 repId,
                        qint64 changedAt)
{
    if (const std::optional<ContactFlag> flag = contactFlagOf(field)) {
        LeadContactability(store).setInTransaction(
            after.id, *flag, newText == LeadFields::flagText(true), repId, changedAt);
        return;
    }
    // Column names come from columnOf() and derivedOf() only; values are always bound.
    QString assignments = columnOf(field) + QStringLiteral(" = ?");
    QVariantList binds{bindValue(after, field)};
    if (const auto derived = derivedOf(after, field)) {
        assignments += QStringLiteral(", ") + derived->first + QStringLiteral(" = ?");
        binds.append(derived->second);
    }
    binds << changedAt << after.id;
    Sql::exec(store.db(),
              QStringLiteral("UPDATE leads SET %1, updated_at = ? WHERE id = ?").arg(assignments),
              binds);
    if (oldText == newText)
        return; // only the derived E.164 form changed (a new country for a local number)
    Sql::exec(store.db(),
              QStringLiteral("INSERT INTO lead_field_changes (lead_id, field, old_value, new_value,"
                             " changed_at, rep_id) VALUES (?, ?, ?, ?, ?, ?)"),
              {after.id, LeadFields::key(field), Sql::nullIfEmpty(oldText),
               Sql::nullIfEmpty(newText), changedAt, repBind(repId)});
}

} // namespace LeadDetails
