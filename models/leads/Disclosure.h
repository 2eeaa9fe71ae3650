#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>

class Store;

/// Disclosure on request (GDPR Art. 15/20): everything the store holds about one or more leads,
/// as a readable JSON document. Each lead gets its row and one list per table that refers to it
/// (found from the schema: stage history, calls, qualification, draft, interest events, nurture
/// plans and steps, handoff rows with their batch, field changes, and any table added later),
/// plus its scores. Times are ISO 8601 UTC; JSON kept in text columns is embedded as JSON.
class Disclosure
{
    Q_DECLARE_TR_FUNCTIONS(Disclosure)

public:
    explicit Disclosure(const Store& store);

    /// The document for these leads (ids that do not exist are left out).
    QJsonDocument document(const QList<qint64>& leadIds) const;
    /// Everything about one lead; an empty object when it does not exist.
    QJsonObject leadRecord(qint64 leadId) const;

    /// A stored value as it appears in the JSON: times (columns ending in _at or _until) as ISO
    /// 8601 UTC text, JSON text embedded, numbers as numbers.
    static QJsonValue jsonValue(const QString& column, const QVariant& value);
    /// One row of a query as an object of column → value.
    static QJsonObject rowObject(const QSqlQuery& query);

    /// Writes the JSON and the HTML summary, readable by their owner only. Returns an error
    /// message for a person, or an empty string on success.
    static QString writeFiles(const QJsonDocument& document, const QString& jsonPath,
                              const QString& htmlPath);
    /// writeFiles() for this store's leads, refusing (with the message returned) a file that is
    /// the store or one of its files, and an HTML file that is the JSON file.
    QString write(const QJsonDocument& document, const QString& jsonPath,
                  const QString& htmlPath) const;
    /// FILE.json → FILE.html (or FILE + .html for other names).
    static QString htmlPathFor(const QString& jsonPath);

private:
    QJsonArray rowsOf(const QString& table, qint64 leadId) const;
    QJsonObject batchOf(qint64 batchId) const;
    QJsonObject repsOf(const QJsonArray& leads) const;

    const Store& m_store;
};
