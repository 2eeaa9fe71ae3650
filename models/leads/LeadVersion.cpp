#include "leads/LeadVersion.h"

#include "store/Store.h"

LeadConflict::LeadConflict(qint64 leadId, QList<FieldConflict> conflicts)
    : StoreError(tr("Lead %1 was changed by someone else while you edited it; nothing was saved.")
                     .arg(leadId))
    , m_conflicts(std::move(conflicts))
{}

namespace LeadVersion {

std::optional<qint64> of(const Store& store, qint64 leadId)
{
    const QVariant version = Sql::scalar(
        store.db(), QStringLiteral("SELECT row_version FROM leads WHERE id = ?"), {leadId});
    return version.isValid() ? std::optional<qint64>(version.toLongLong()) : std::nullopt;
}

std::optional<qint64> lockInTransaction(const Store& store, qint64 leadId)
{
    const QString lock = store.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE");
    const QVariant version = Sql::scalar(
        store.db(), QStringLiteral("SELECT row_version FROM leads WHERE id = ?") + lock, {leadId});
    return version.isValid() ? std::optional<qint64>(version.toLongLong()) : std::nullopt;
}

bool overwrites(qint64 loadedVersion, qint64 currentVersion, const QString& loadedText,
                const QString& storedText, const QString& mine)
{
    return loadedVersion != currentVersion && storedText != loadedText && storedText != mine;
}

} // namespace LeadVersion
