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

// Spelled out: lupdate does not expand macros.
const std::array<ColumnTerm, 32> terms{{
    {HandoffColumn::LeadId, "lead_id", QT_TRANSLATE_NOOP("HandoffColumns", "Lead ID"),
     CellKind::Integer},
    {HandoffColumn::Name, "name", QT_TRANSLATE_NOOP("HandoffColumns", "Name"), CellKind::Text},
    {HandoffColumn::Title, "title", QT_TRANSLATE_NOOP("HandoffColumns", "Title"), CellKind::Text},
    {HandoffColumn::Company, "company", QT_TRANSLATE_NOOP("HandoffColumns", "Company"),
     CellKind::Text},
    {HandoffColumn::Email, "email", QT_TRANSLATE_NOOP("HandoffColumns", "E-mail"), CellKind::Text},
    {HandoffColumn::PhoneE164, "phone_e164", QT_TRANSLATE_NOOP("HandoffColumns", "Phone (E.164)"),
     CellKind::Text},
    {HandoffColumn::PhoneAsWritten, "phone",
     QT_TRANSLATE_NOOP("HandoffColumns", "Phone as written"), CellKind::Text},
    {HandoffColumn::Country, "country", QT_TRANSLATE_NOOP("HandoffColumns", "Country"),
     CellKind::Text},
    {HandoffColumn::SourceChannel, "source_channel",
     QT_TRANSLATE_NOOP("HandoffColumns", "Source channel"), CellKind::Text},
    {HandoffColumn::Campaign, "campaign", QT_TRANSLATE_NOOP("HandoffColumns", "Campaign"),
     CellKind::Text},
    {HandoffColumn::Score, "score", QT_TRANSLATE_NOOP("HandoffColumns", "Score"),
     CellKind::Integer},
    {HandoffColumn::Grade, "grade", QT_TRANSLATE_NOOP("HandoffColumns", "Grade"), CellKind::Text},
    {HandoffColumn::Quadrant, "quadrant", QT_TRANSLATE_NOOP("HandoffColumns", "Quadrant"),
     CellKind::Text},
    {HandoffColumn::BuyingPhase, "buying_phase",
     QT_TRANSLATE_NOOP("HandoffColumns", "Buying phase"), CellKind::Text},
    {HandoffColumn::BudgetStatus, "budget_status", QT_TRANSLATE_NOOP("HandoffColumns", "Budget"),
     CellKind::Text},
    {HandoffColumn::BudgetAmount, "budget_amount",
     QT_TRANSLATE_NOOP("HandoffColumns", "Budget amount"), CellKind::Decimal},
    {HandoffColumn::BudgetCurrency, "budget_currency",
     QT_TRANSLATE_NOOP("HandoffColumns", "Budget currency"), CellKind::Text},
    {HandoffColumn::Authority, "authority", QT_TRANSLATE_NOOP("HandoffColumns", "Authority"),
     CellKind::Text},
    {HandoffColumn::BuyingRole, "buying_role", QT_TRANSLATE_NOOP("HandoffColumns", "Buying role"),
     CellKind::Text},
    {HandoffColumn::Need, "need", QT_TRANSLATE_NOOP("HandoffColumns", "Need"), CellKind::Text},
    {HandoffColumn::Pain, "need_text", QT_TRANSLATE_NOOP("HandoffColumns", "Pain"), CellKind::Text},
    {HandoffColumn::Timing, "timing", QT_TRANSLATE_NOOP("HandoffColumns", "Timing"),
     CellKind::Text},
    {HandoffColumn::DecisionDate, "decision_date",
     QT_TRANSLATE_NOOP("HandoffColumns", "Decision date"), CellKind::Date},
    {HandoffColumn::DecisionMakerConfirmed, "decision_maker_confirmed",
     QT_TRANSLATE_NOOP("HandoffColumns", "Decision maker confirmed"), CellKind::Text},
    {HandoffColumn::LastCallAt, "last_call_at", QT_TRANSLATE_NOOP("HandoffColumns", "Last call"),
     CellKind::DateTime},
    {HandoffColumn::LastCallOutcome, "last_call_outcome",
     QT_TRANSLATE_NOOP("HandoffColumns", "Last call outcome"), CellKind::Text},
    {HandoffColumn::LastCallNote, "last_call_note",
     QT_TRANSLATE_NOOP("HandoffColumns", "Last call note"), CellKind::Text},
    {HandoffColumn::QualificationNotes, "qualification_notes",
     QT_TRANSLATE_NOOP("HandoffColumns", "Qualification notes"), CellKind::Text},
    {HandoffColumn::Rep, "rep", QT_TRANSLATE_NOOP("HandoffColumns", "Rep"), CellKind::Text},
    {HandoffColumn::HandedOffAt, "handed_off_at", QT_TRANSLATE_NOOP("HandoffColumns", "Handed off"),
     CellKind::DateTime},
    {HandoffColumn::DoNotCall, "do_not_call", QT_TRANSLATE_NOOP("HandoffColumns", "Do not call"),
     CellKind::Text},
    {HandoffColumn::DoNotEmail, "do_not_email",
     QT_TRANSLATE_NOOP("HandoffColumns", "Do not e-mail"), CellKind::Text},
}};

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
