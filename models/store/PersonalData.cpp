#include "store/PersonalData.h"

#include "store/StoreTables.h"

#include <QHash>
#include <QSet>

namespace {

// Per table the columns a copy without personal data empties (NULL). Tables not named here and
// not in `plain` are left out of such a copy.
const QHash<QString, QStringList>& emptied()
{
    static const QHash<QString, QStringList> columns{
        {QStringLiteral("leads"),
         {QStringLiteral("email"), QStringLiteral("email_norm"), QStringLiteral("phone"),
          QStringLiteral("phone_e164"), QStringLiteral("disqualify_note"),
          QStringLiteral("import_note")}},
        {QStringLiteral("stage_history"), {QStringLiteral("note")}},
        {QStringLiteral("calls"), {QStringLiteral("note")}},
        {QStringLiteral("qualification"), {QStringLiteral("notes"), QStringLiteral("need_text")}},
        {QStringLiteral("lead_field_changes"),
         {QStringLiteral("old_value"), QStringLiteral("new_value")}},
        {QStringLiteral("nurture_plans"), {QStringLiteral("ending_note")}},
        {QStringLiteral("nurture_steps"), {QStringLiteral("note")}},
    };
    return columns;
}

// Tables without anything of a person in them (or only ids and keys).
const QSet<QString>& plain()
{
    static const QSet<QString> tables{QStringLiteral("reps"),
                                      QStringLiteral("interest_events"),
                                      QStringLiteral("scoring_rules"),
                                      QStringLiteral("team_settings"),
                                      QStringLiteral("content_pieces"),
                                      QStringLiteral("nurture_tracks"),
                                      QStringLiteral("nurture_track_steps"),
                                      QStringLiteral("closed_days"),
                                      QStringLiteral("handoff_batches"),
                                      QStringLiteral("handoff_items"),
                                      QStringLiteral("queue_time_zones"),
                                      QStringLiteral("queue_phone_zones"),
                                      QStringLiteral("queue_country_zones"),
                                      QStringLiteral("call_undo"),
                                      QStringLiteral("import_batches"),
                                      QStringLiteral("assignment_counters")};
    return tables;
}

void setColumn(const TableShape& table, QVariantList& row, const QString& column,
               const QVariant& value)
{
    if (const qsizetype index = table.columns.indexOf(column); index >= 0)
        row[index] = value;
}

} // namespace

namespace PersonalData {

bool keepsTable(const QString& table)
{
    return emptied().contains(table) || plain().contains(table);
}

void scrub(const TableShape& table, QVariantList& row)
{
    for (const QString& column : emptied().value(table.name))
        setColumn(table, row, column, QVariant());
    if (table.name == QLatin1String("leads")) {
        const QVariant id = row.value(table.columns.indexOf(QStringLiteral("id")));
        setColumn(table, row, QStringLiteral("first_name"), QStringLiteral("Lead"));
        setColumn(table, row, QStringLiteral("last_name"), id.toString());
    } else if (table.name == QLatin1String("handoff_items")) {
        // What was handed off, as it was: the lead's details. Only the fact remains.
        setColumn(table, row, QStringLiteral("snapshot"), QStringLiteral("{}"));
    }
}

} // namespace PersonalData
