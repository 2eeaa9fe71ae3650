#pragma once

#include "leads/LeadIntake.h"

#include <QCoreApplication>
#include <memory>

class Store;

/// Merging an imported row into the lead it duplicates: only the lead's empty fields are filled
/// (a blank never wins, a value the lead has is never replaced), each change recorded in the
/// lead's field history by LeadDetails, and the lead rescored when anything changed. Works inside
/// the import's transaction.
class ImportMerge
{
    Q_DECLARE_TR_FUNCTIONS(ImportMerge)

public:
    ImportMerge(const Store& store, qint64 repId, qint64 changedAt);
    ~ImportMerge();
    ImportMerge(const ImportMerge&) = delete;
    ImportMerge& operator=(const ImportMerge&) = delete;

    /// Fills the empty fields of lead `leadId` from the draft, and an empty external id.
    /// Returns the keys of the fields filled (none when the lead had them all).
    QStringList fillEmpty(qint64 leadId, const LeadDraft& draft, const QString& externalId);

    /// Whether a merge may fill this field: not the owner (a rep's decision), the source
    /// channel (the lead's first source stays) or the contact flags (LeadContactability's).
    static bool fillable(LeadField field);
    /// Whether the lead's text form of a field counts as empty ("unknown" for enumerations).
    static bool isEmptyText(LeadField field, const QString& text);

private:
    struct Scoring;

    const Store& m_store;
    qint64 m_repId;
    qint64 m_changedAt;
    std::unique_ptr<Scoring> m_scoring; ///< made on the first change
};
