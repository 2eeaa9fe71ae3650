#pragma once

#include "import/ActivityColumns.h"
#include "import/HeaderMapping.h"

#include <QJsonArray>
#include <optional>

class AppSettings;

/// The mappings a rep confirmed, per header set (HeaderMapping::headerSetKey()), so that the next
/// file with the same headers, in any order, is mapped the same way. Kept in the rep's own
/// settings (AppSettings::Key::ImportMappings), not in the store: how a rep reads the files on
/// their desk is theirs, like the window layout; it needs no open store, and on a shared server
/// one rep's correction does not silently change another's imports. Scripts pass `--mapping`.
/// The most recently used mappings are kept, up to `capacity` (lead and activity files together).
class MappingMemory
{
public:
    static constexpr qsizetype capacity = 50;

    explicit MappingMemory(AppSettings& settings);

    /// The remembered mapping for a file with these headers, applied to them
    /// (HeaderMapping::withSaved); nothing when none is remembered.
    std::optional<HeaderMapping> recall(const QStringList& headers) const;
    /// Keeps `mapping` for its header set, replacing an older one, as the most recent.
    void remember(const HeaderMapping& mapping);
    void forget(const QStringList& headers);
    /// The same for activity files: the remembered columns of a file with these headers
    /// (matched by header name), kept apart from lead mappings.
    std::optional<ActivityColumns::Mapping> recallActivities(const QStringList& headers) const;
    void rememberActivities(const QStringList& headers, const ActivityColumns::Mapping& mapping);
    /// The header-set keys remembered, most recent first.
    QStringList keys() const;

private:
    QJsonArray entries() const;
    void store(const QJsonArray& entries);
    static qsizetype indexOf(const QJsonArray& entries, const QString& key);
    /// Puts `entry` first, replacing the one under its key, and drops the oldest past capacity.
    void keep(const QJsonObject& entry);

    AppSettings& m_settings;
};
