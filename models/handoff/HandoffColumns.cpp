#include "handoff/HandoffColumns.h"

#include "domain/TeamSettings.h"
#include "store/Sql.h"

#include <QSet>
#include <array>

namespace {

struct ColumnTerm
{
    HandoffColumn column;
    const char* key;
    const char* header;
    CellKind kind;
};

#define H(text) QT_TRANSLATE_NOOP("HandoffColumns", text)

const std::array<ColumnTerm, 32> terms{{
    {HandoffColumn::LeadId, "lead_id", H("Lead ID"), CellKind::Integer},
    {HandoffColumn::Name, "name", H("Name"), CellKind::Text},
    {HandoffColumn::Title, "title", H("Title"), CellKind::Text},
    {HandoffColumn::Company, "company", H("Company"), CellKind::Text},
    {HandoffColumn::Email, "email", H("E-mail"), CellKind::Text},
    {HandoffColumn::PhoneE164, "phone_e164", H("Phone (E.164)"), CellKind::Text},
    {HandoffColumn::PhoneAsWritten, "phone", H("Phone as written"), CellKind::Text},
    {HandoffColumn::Country, "country", H("Country"), CellKind::Text},
    {HandoffColumn::SourceChannel, "source_channel", H("Source channel"), CellKind::Text},
    {HandoffColumn::Campaign, "campaign", H("Campaign"), CellKind::Text},
    {HandoffColumn::Score, "score", H("Score"), CellKind::Integer},
    {HandoffColumn::Grade, "grade", H("Grade"), CellKind::Text},
    {HandoffColumn::Quadrant, "quadrant", H("Quadrant"), CellKind::Text},
    {HandoffColumn::BuyingPhase, "buying_phase", H("Buying phase"), CellKind::Text},
    {HandoffColumn::BudgetStatus, "budget_status", H("Budget"), CellKind::Text},
    {HandoffColumn::BudgetAmount, "budget_amount", H("Budget amount"), CellKind::Decimal},
    {HandoffColumn::BudgetCurrency, "budget_currency", H("Budget currency"), CellKind::Text},
    {HandoffColumn::Authority, "authority", H("Authority"), CellKind::Text},
    {HandoffColumn::BuyingRole, "buying_role", H("Buying role"), CellKind::Text},
    {HandoffColumn::Need, "need", H("Need"), CellKind::Text},
    {HandoffColumn::Pain, "need_text", H("Pain"), CellKind::Text},
    {HandoffColumn::Timing, "timing", H("Timing"), CellKind::Text},
    {HandoffColumn::DecisionDate, "decision_date", H("Decision date"), CellKind::Date},
    {HandoffColumn::DecisionMakerConfirmed, "decision_maker_confirmed",
     H("Decision maker confirmed"), CellKind::Text},
    {HandoffColumn::LastCallAt, "last_call_at", H("Last call"), CellKind::DateTime},
    {HandoffColumn::LastCallOutcome, "last_call_outcome", H("Last call outcome"), CellKind::Text},
    {HandoffColumn::LastCallNote, "last_call_note", H("Last call note"), CellKind::Text},
    {HandoffColumn::QualificationNotes, "qualification_notes", H("Qualification notes"),
     CellKind::Text},
    {HandoffColumn::Rep, "rep", H("Rep"), CellKind::Text},
    {HandoffColumn::HandedOffAt, "handed_off_at", H("Handed off"), CellKind::DateTime},
    {HandoffColumn::DoNotCall, "do_not_call", H("Do not call"), CellKind::Text},
    {HandoffColumn::DoNotEmail, "do_not_email", H("Do not e-mail"), CellKind::Text},
}};

#undef H

const ColumnTerm& termOf(HandoffColumn column)
{
    return terms.at(std::size_t(column));
}

} // namespace

namespace HandoffColumns {

QList<HandoffColumn> all()
{
    QList<HandoffColumn> columns;
    for (const ColumnTerm& term : terms)
        columns.append(term.column);
    return columns;
}

QString keyOf(HandoffColumn column)
{
    return QString::fromLatin1(termOf(column).key);
}

std::optional<HandoffColumn> fromKey(const QString& key)
{
    for (const ColumnTerm& term : terms)
        if (key == QLatin1String(term.key))
            return term.column;
    return std::nullopt;
}

QString headerOf(HandoffColumn column)
{
    return QCoreApplication::translate("HandoffColumns", termOf(column).header);
}

CellKind kindOf(HandoffColumn column)
{
    return termOf(column).kind;
}

HandoffColumnSpec specOf(HandoffColumn column)
{
    return {keyOf(column), headerOf(column), kindOf(column)};
}

CellKind kindOfKey(const QString& key)
{
    const auto column = fromKey(key);
    return column ? kindOf(*column) : CellKind::Text;
}

QString validate(const QStringList& keys)
{
    if (keys.isEmpty())
        return QCoreApplication::translate("HandoffColumns",
                                           "Choose at least one column for the handoff file.");
    QSet<QString> seen;
    for (const QString& key : keys) {
        if (!fromKey(key))
            return QCoreApplication::translate("HandoffColumns",
                                               "\"%1\" is not a handoff column. Known columns: %2.")
                .arg(key, allKeys().join(QLatin1String(", ")));
        if (seen.contains(key))
            return QCoreApplication::translate("HandoffColumns",
                                               "The column \"%1\" is chosen twice.")
                .arg(key);
        seen.insert(key);
    }
    return {};
}

QStringList allKeys()
{
    QStringList keys;
    for (const ColumnTerm& term : terms)
        keys.append(QString::fromLatin1(term.key));
    return keys;
}

QList<HandoffColumn> chosen(const TeamSettings& settings)
{
    const QStringList keys = settings.handoffColumns();
    QList<HandoffColumn> columns;
    for (const QString& key : keys)
        if (const auto column = fromKey(key.trimmed()); column && !columns.contains(*column))
            columns.append(*column);
    return columns.isEmpty() ? all() : columns;
}

void setChosen(TeamSettings& settings, const QList<HandoffColumn>& columns)
{
    QStringList keys;
    for (HandoffColumn column : columns)
        keys.append(keyOf(column));
    const QString problem = validate(keys);
    if (!problem.isEmpty())
        throw StoreError(problem);
    settings.setHandoffColumns(keys);
}

} // namespace HandoffColumns
