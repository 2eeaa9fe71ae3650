#pragma once

#include "qualification/QualificationEntry.h"

#include <optional>

class Store;

/// A qualification form that was typed but not saved (table qualification_drafts).
struct QualificationDraft
{
    qint64 leadId = 0;
    QualificationEntry entry;
    qint64 savedAt = 0;
    QString repName;
};

/// Reading and writing drafts. One draft per lead: the latest typing wins.
namespace QualificationDrafts {

/// Writes (or replaces) the lead's draft in a transaction of its own.
void save(const Store& store, qint64 leadId, qint64 repId, const QualificationEntry& entry);
std::optional<QualificationDraft> load(const Store& store, qint64 leadId);
void discard(const Store& store, qint64 leadId);
/// The same inside the caller's transaction.
void discardInTransaction(const Store& store, qint64 leadId);

/// The JSON stored for an entry, and back (nullopt when the payload cannot be read).
QByteArray payload(const QualificationEntry& entry);
std::optional<QualificationEntry> fromPayload(const QByteArray& payload);

} // namespace QualificationDrafts
