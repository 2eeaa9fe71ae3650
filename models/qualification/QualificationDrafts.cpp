#include "qualification/QualificationDrafts.h"

#include "store/Store.h"
#include "support/Clock.h"

#include <QJsonDocument>

namespace QualificationDrafts {

namespace {
constexpr int payloadFormat = 1;
}

QByteArray payload(const QualificationEntry& entry)
{
    QJsonObject root{{QStringLiteral("format"), payloadFormat},
                     {QStringLiteral("entry"), entry.toJson()}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<QualificationEntry> fromPayload(const QByteArray& payload)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    const QJsonObject entry = document.object().value(QStringLiteral("entry")).toObject();
    if (entry.isEmpty())
        return std::nullopt;
    return QualificationEntry::fromJson(entry);
}

void save(const Store& store, qint64 leadId, qint64 repId, const QualificationEntry& entry)
{
    WriteTransaction transaction(store);
    Sql::exec(store.db(),
              QStringLiteral("INSERT INTO qualification_drafts (lead_id, rep_id, payload, saved_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (lead_id) DO UPDATE SET"
                             " rep_id = excluded.rep_id, payload = excluded.payload,"
                             " saved_at = excluded.saved_at"),
              {leadId, repId > 0 ? QVariant(repId) : QVariant(QMetaType::fromType<qint64>()),
               QString::fromUtf8(payload(entry)), Clock::nowSecs()});
    transaction.commit();
}

std::optional<QualificationDraft> load(const Store& store, qint64 leadId)
{
    QSqlQuery query = Sql::exec(store.db(),
                                QStringLiteral("SELECT d.payload, d.saved_at, r.name"
                                               " FROM qualification_drafts d"
                                               " LEFT JOIN reps r ON r.id = d.rep_id"
                                               " WHERE d.lead_id = ?"),
                                {leadId});
    if (!query.next())
        return std::nullopt;
    const std::optional<QualificationEntry> entry = fromPayload(query.value(0).toString().toUtf8());
    if (!entry)
        return std::nullopt;
    return QualificationDraft{leadId, *entry, query.value(1).toLongLong(),
                              query.value(2).toString()};
}

void discard(const Store& store, qint64 leadId)
{
    WriteTransaction transaction(store);
    discardInTransaction(store, leadId);
    transaction.commit();
}

void discardInTransaction(const Store& store, qint64 leadId)
{
    Sql::exec(store.db(), QStringLiteral("DELETE FROM qualification_drafts WHERE lead_id = ?"),
              {leadId});
}

} // namespace QualificationDrafts
