#pragma once

#include "leads/LeadFields.h"

#include <QList>
#include <QMap>
#include <QStringList>

class Store;

/// One detail in which the leads of a merge differ: each lead's value, in the merge's order (the
/// survivor first).
struct MergeField
{
    LeadField field = LeadField::FirstName;
    QList<qint64> leadIds;
    QStringList values; ///< text forms (LeadFields::text, the owner as its id)
    QStringList shown;  ///< as people read them (labels, the owner's name, "" for nothing)

    /// Whether lead i has nothing for this field (empty, or "unknown" for a choice list). A
    /// blank is never chosen.
    bool isBlank(qsizetype i) const;
    qsizetype indexOf(qint64 leadId) const { return leadIds.indexOf(leadId); }
};

/// Which details of leads to be merged differ, and which value each keeps unless the rep says
/// otherwise.
namespace MergeFields {

/// The details a merge chooses between: every LeadFields detail but the contact flags, which
/// the survivor takes from any lead that has them (a "do not call" is never dropped).
QList<LeadField> choosable();
/// Whether a text form counts as nothing.
bool isBlank(LeadField field, const QString& text);

/// The choosable details in which `leads` (the survivor first) differ, leaving out those where
/// only one lead has a value and it is the survivor's.
QList<MergeField> differing(const Store& store, const QList<Lead>& leads);

/// Per differing field, the lead whose value wins by default: the survivor's when it has one,
/// else the one of the lead changed most recently that has one.
QMap<LeadField, qint64> defaultChoices(const QList<MergeField>& fields, const QList<Lead>& leads);

} // namespace MergeFields
