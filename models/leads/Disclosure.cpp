#include "leads/Disclosure.h"

#include "leads/DisclosureHtml.h"
#include "leads/LeadTables.h"
#include "store/Store.h"
#include "store/StoreFiles.h"
#include "support/Clock.h"
#include "support/WholeFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSqlRecord>

namespace {

const QStringList scoreColumns{
    QStringLiteral("fit_score"),
    QStringLiteral("interest_score"),
    QStringLiteral("bant_score"),
    QStringLiteral("total_score"),
    QStringLiteral("grade"),
    QStringLiteral("quadrant"),
    QStringLiteral("score_rule_version"),
    QStringLiteral("scored_at"),
};

const QStringList repColumns{QStringLiteral("rep_id"), QStringLiteral("owner_id"),
                             QStringLiteral("created_by")};

bool isTimeColumn(const QString& column)
{
    return column.endsWith(QLatin1String("_at")) || column.endsWith(QLatin1String("_until"));
}

QString orderFor(const QSqlRecord& record)
{
    if (record.indexOf(QStringLiteral("id")) >= 0)
        return QStringLiteral(" ORDER BY id");
    if (record.indexOf(QStringLiteral("position")) >= 0)
        return QStringLiteral(" ORDER BY position");
    return {};
}

void collectRepIds(const QJsonValue& value, QSet<qint64>& ids)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectRepIds(item, ids);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (repColumns.contains(it.key()) && it.value().isDouble())
                ids.insert(qint64(it.value().toDouble()));
            else if (it.value().isArray() || it.value().isObject())
                collectRepIds(it.value(), ids);
        }
    }
}

} // namespace

Disclosure::Disclosure(const Store& store)
    : m_store(store)
{}

QJsonValue Disclosure::jsonValue(const QString& column, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    if (isTimeColumn(column) && value.typeId() != QMetaType::QString)
        return Clock::fromSecs(value.toLongLong()).toUTC().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
            QJsonParseError error;
            const QJsonDocument embedded = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError)
                return embedded.isObject() ? QJsonValue(embedded.object())
                                           : QJsonValue(embedded.array());
        }
        return text;
    }
    return QJsonValue::fromVariant(value);
}

QJsonObject Disclosure::rowObject(const QSqlQuery& query)
{
    QJsonObject row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), jsonValue(record.fieldName(i), query.value(i)));
    return row;
}

QJsonArray Disclosure::rowsOf(const QString& table, qint64 leadId) const
{
    const QSqlRecord record = m_store.db().record(table);
    QSqlQuery query = Sql::exec(m_store.db(),
                                QStringLiteral("SELECT * FROM %1 WHERE lead_id = ?%2")
                                    .arg(LeadTables::quoted(m_store, table), orderFor(record)),
                                {leadId});
    QJsonArray rows;
    while (query.next()) {
        QJsonObject row = rowObject(query);
        if (table == QLatin1String("handoff_items"))
            row.insert(QStringLiteral("batch"),
                       batchOf(query.value(QStringLiteral("batch_id")).toLongLong()));
        rows.append(row);
    }
    return rows;
}

QJsonObject Disclosure::batchOf(qint64 batchId) const
{
    QSqlQuery query = Sql::exec(
        m_store.db(),
        QStringLiteral("SELECT id, batch_code, created_at, rep_id, format, lead_count, file_path"
                       " FROM handoff_batches WHERE id = ?"),
        {batchId});
    return query.next() ? rowObject(query) : QJsonObject();
}

QJsonObject Disclosure::leadRecord(qint64 leadId) const
{
    QSqlQuery query =
        Sql::exec(m_store.db(), QStringLiteral("SELECT * FROM leads WHERE id = ?"), {leadId});
    if (!query.next())
        return {};
    const QJsonObject lead = rowObject(query);
    QJsonObject scores;
    for (const QString& column : scoreColumns)
        if (lead.contains(column))
            scores.insert(column, lead.value(column));
    QJsonObject record{{QStringLiteral("lead_id"), leadId},
                       {QStringLiteral("lead"), lead},
                       {QStringLiteral("scores"), scores}};
    for (const QString& table : LeadTables::referencing(m_store))
        record.insert(table, rowsOf(table, leadId));
    return record;
}

QJsonObject Disclosure::repsOf(const QJsonArray& leads) const
{
    QSet<qint64> ids;
    collectRepIds(leads, ids);
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonObject reps;
    for (const qint64 id : sorted)
        reps.insert(
            QString::number(id),
            Sql::scalar(m_store.db(), QStringLiteral("SELECT name FROM reps WHERE id = ?"), {id})
                .toString());
    return reps;
}

QJsonDocument Disclosure::document(const QList<qint64>& leadIds) const
{
    QJsonArray leads;
    for (const qint64 id : leadIds)
        if (const QJsonObject record = leadRecord(id); !record.isEmpty())
            leads.append(record);
    return QJsonDocument(QJsonObject{
        {QStringLiteral("format"), QStringLiteral("leadscout-disclosure")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("generated_at"), Clock::now().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("times"), QStringLiteral("ISO 8601, UTC")},
        {QStringLiteral("money"), QStringLiteral("minor units (cents) with a currency code")},
        {QStringLiteral("leads"), leads},
        {QStringLiteral("reps"), repsOf(leads)},
    });
}

QString Disclosure::write(const QJsonDocument& document, const QString& jsonPath,
                          const QString& htmlPath) const
{
    for (const QString& path : {jsonPath, htmlPath})
        if (m_store.isSqlite() && !path.isEmpty() && StoreFiles::touches(m_store.location(), path))
            return StoreFiles::refusal(path);
    if (!htmlPath.isEmpty() && StoreFiles::same(jsonPath, htmlPath))
        return tr("The JSON and the HTML file would both be %1; give them different names. "
                  "Nothing was written.")
            .arg(jsonPath);
    return writeFiles(document, jsonPath, htmlPath);
}

QString Disclosure::htmlPathFor(const QString& jsonPath)
{
    const QFileInfo info(jsonPath);
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".html");
    return jsonPath + QStringLiteral(".html");
}

QString Disclosure::writeFiles(const QJsonDocument& document, const QString& jsonPath,
                               const QString& htmlPath)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (QString error =
            WholeFile::write(jsonPath, document.toJson(QJsonDocument::Indented), ownerOnly);
        !error.isEmpty())
        return error;
    if (htmlPath.isEmpty())
        return {};
    return WholeFile::write(htmlPath, DisclosureHtml::render(document).toUtf8(), ownerOnly);
}
