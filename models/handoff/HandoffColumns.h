#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class TeamSettings;

/// A column of the handoff file that sales receives. Each has a stable key (stored in the team
/// setting and in every batch) and a translated header.
enum class HandoffColumn
{
    LeadId,
    Name,
    Title,
    Company,
    Email,
    PhoneE164,
    PhoneAsWritten,
    Country,
    SourceChannel,
    Campaign,
    Score,
    Grade,
    Quadrant,
    BuyingPhase,
    BudgetStatus,
    BudgetAmount,
    BudgetCurrency,
    Authority,
    BuyingRole,
    Need,
    Pain,
    Timing,
    DecisionDate,
    DecisionMakerConfirmed,
    LastCallAt,
    LastCallOutcome,
    LastCallNote,
    QualificationNotes,
    Rep,
    HandedOffAt,
    DoNotCall,
    DoNotEmail
};

/// How a cell's value is kept in the snapshot and written: text; a whole number; a decimal kept
/// as text with a fixed number of places ("12500.00"); a local date-time "yyyy-MM-ddTHH:mm:ss";
/// or a date "yyyy-MM-dd".
enum class CellKind
{
    Text,
    Integer,
    Decimal,
    DateTime,
    Date
};

/// One column as it goes into a file: its key, the header written, and the kind of its cells.
struct HandoffColumnSpec
{
    QString key;
    QString header;
    CellKind kind = CellKind::Text;

    bool operator==(const HandoffColumnSpec&) const = default;
};

namespace HandoffColumns {

/// Every column, in the default order.
QList<HandoffColumn> all();
QString keyOf(HandoffColumn column);
std::optional<HandoffColumn> fromKey(const QString& key);
/// The translated header, as written in the file's first row.
QString headerOf(HandoffColumn column);
CellKind kindOf(HandoffColumn column);
/// The column as written today (key, translated header, kind).
HandoffColumnSpec specOf(HandoffColumn column);
/// The kind of the column with this key; Text for keys this version does not know.
CellKind kindOfKey(const QString& key);
/// Every key, in the default order.
QStringList allKeys();

/// Checks a list of keys for the team setting: not empty, known keys only, each once. Returns a
/// message for a person, or an empty string when the list is fine.
QString validate(const QStringList& keys);
/// The columns the team chose, in the team's order (every column when none were chosen).
QList<HandoffColumn> chosen(const TeamSettings& settings);
/// Stores the team's choice. Throws StoreError with a message when validate() refuses it.
void setChosen(TeamSettings& settings, const QList<HandoffColumn>& columns);

} // namespace HandoffColumns
