#pragma once

#include <QString>
#include <QVariantList>

struct TableShape;

/// What of a store is a person's data, for a copy without it (a snapshot a team lead takes
/// along for review): the columns that name or reach a lead, and the free text a rep wrote about
/// them. Tables it does not know are left out of such a copy altogether, so that a table added
/// later can never carry personal data into one unnoticed.
namespace PersonalData {

/// Whether a copy without personal data takes this table at all.
bool keepsTable(const QString& table);

/// Replaces, in `row` (the values of `table.columns`), what is personal: names become "Lead"
/// and the lead's number, addresses and numbers become empty, notes become empty.
void scrub(const TableShape& table, QVariantList& row);

} // namespace PersonalData
