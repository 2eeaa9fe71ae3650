#include "import/ActivityColumns.h"

#include "import/DateReading.h"
#include "import/HeaderVocabulary.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>
#include <array>

namespace ActivityColumns {

namespace {

struct Table
{
    QHash<QString, Column> columns;     ///< normalised header → column
    QHash<QString, InterestKind> kinds; ///< normalised word → kind
    QList<InterestKind> kindOrder;      ///< the kinds the file names, in its order
};

constexpr std::array<std::pair<const char*, Column>, 5> columnKeys{{
    {"email", Column::Email},
    {"lead_id", Column::LeadId},
    {"kind", Column::Kind},
    {"time", Column::Time},
    {"title", Column::Title},
}};

const Table& table()
{
    static const Table loaded = [] {
        Table result;
        QFile file(QStringLiteral(":/leadscout/data/activity-headers.json"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
        for (const auto& [key, column] : columnKeys)
            for (const QJsonValue& header : columns.value(QLatin1String(key)).toArray())
                result.columns.insert(HeaderVocabulary::normalise(header.toString()), column);
        const QJsonObject kinds = root.value(QStringLiteral("kinds")).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            if (const auto kind = fromKey<InterestKind>(it.key())) {
                if (!result.kindOrder.contains(*kind))
                    result.kindOrder.append(*kind);
                for (const QJsonValue& word : it.value().toArray())
                    result.kinds.insert(HeaderVocabulary::normalise(word.toString()), *kind);
            }
        std::sort(result.kindOrder.begin(), result.kindOrder.end());
        return result;
    }();
    return loaded;
}

qsizetype* slotOf(Mapping& mapping, Column column)
{
    switch (column) {
    case Column::Email:
        return &mapping.email;
    case Column::LeadId:
        return &mapping.leadId;
    case Column::Kind:
        return &mapping.kind;
    case Column::Time:
        return &mapping.time;
    case Column::Title:
        return &mapping.title;
    }
    return &mapping.title;
}

} // namespace

qsizetype Mapping::of(Column column) const
{
    switch (column) {
    case Column::Email:
        return email;
    case Column::LeadId:
        return leadId;
    case Column::Kind:
        return kind;
    case Column::Time:
        return time;
    case Column::Title:
        return title;
    }
    return -1;
}

std::optional<Column> Mapping::fieldAt(qsizetype column) const
{
    if (column < 0)
        return std::nullopt;
    for (const Column field : allColumns())
        if (of(field) == column)
            return field;
    return std::nullopt;
}

void Mapping::set(Column field, qsizetype column)
{
    ignore(column);
    *slotOf(*this, field) = column < 0 ? -1 : column;
}

void Mapping::ignore(qsizetype column)
{
    if (column < 0)
        return;
    for (const Column field : allColumns())
        if (qsizetype* slot = slotOf(*this, field); *slot == column)
            *slot = -1;
}

QList<Column> allColumns()
{
    return {Column::Email, Column::LeadId, Column::Kind, Column::Time, Column::Title};
}

QString keyOf(Column column)
{
    for (const auto& [key, which] : columnKeys)
        if (which == column)
            return QLatin1String(key);
    return {};
}

std::optional<Column> columnFromKey(const QString& key)
{
    QString wanted = key.trimmed().toLower();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto& [name, column] : columnKeys)
        if (wanted == QLatin1String(name))
            return column;
    return std::nullopt;
}

QString label(Column column)
{
    switch (column) {
    case Column::Email:
        return QCoreApplication::translate("ActivityColumns", "E-mail address of the lead");
    case Column::LeadId:
        return QCoreApplication::translate("ActivityColumns", "Lead id");
    case Column::Kind:
        return QCoreApplication::translate("ActivityColumns", "Activity");
    case Column::Time:
        return QCoreApplication::translate("ActivityColumns", "Time");
    case Column::Title:
        return QCoreApplication::translate("ActivityColumns", "Title");
    }
    return {};
}

QJsonObject toJson(const Mapping& mapping, const QStringList& headers)
{
    QJsonObject json;
    for (const Column column : allColumns())
        if (const qsizetype at = mapping.of(column); at >= 0 && at < headers.size())
            json.insert(keyOf(column), headers.at(at));
    return json;
}

Mapping fromJson(const QJsonObject& json, const QStringList& headers)
{
    Mapping mapping;
    for (const Column column : allColumns()) {
        const QString header = json.value(keyOf(column)).toString();
        if (const qsizetype at = headers.indexOf(header); !header.isEmpty() && at >= 0)
            mapping.set(column, at);
    }
    return mapping;
}

QStringList missing(const Mapping& mapping, bool fixedKind, bool fixedTime)
{
    QStringList lacking;
    if (mapping.email < 0 && mapping.leadId < 0)
        lacking.append(
            QCoreApplication::translate("ActivityColumns", "the lead's e-mail address or id"));
    if (mapping.kind < 0 && !fixedKind)
        lacking.append(QCoreApplication::translate("ActivityColumns", "the activity"));
    if (mapping.time < 0 && !fixedTime)
        lacking.append(QCoreApplication::translate("ActivityColumns", "its time"));
    return lacking;
}

QList<InterestKind> importableKinds()
{
    return table().kindOrder;
}

std::optional<InterestKind> kindNamed(const QString& text)
{
    std::optional<InterestKind> kind = fromKey<InterestKind>(text.trimmed().toLower());
    if (!kind)
        kind = kindOf(text);
    if (kind && !importableKinds().contains(*kind))
        return std::nullopt;
    return kind;
}

std::optional<qint64> readTime(const QString& text)
{
    const QString trimmed = text.trimmed();
    const ReadDate read = DateReading::read(trimmed, DateReading::detectStyle({trimmed}));
    if (!read.date.isValid())
        return std::nullopt;
    const QTimeZone zone =
        read.utcOffsetSeconds ? QTimeZone(*read.utcOffsetSeconds) : QTimeZone::utc();
    return QDateTime(read.date, read.time.value_or(QTime(0, 0)), zone).toSecsSinceEpoch();
}

qint64 earliestTime()
{
    return QDateTime(QDate(1990, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 latestTime()
{
    return QDateTime::currentSecsSinceEpoch() + 24 * 60 * 60;
}

bool isPlausibleTime(qint64 utcSeconds)
{
    return utcSeconds >= earliestTime() && utcSeconds <= latestTime();
}

Mapping map(const QStringList& headers)
{
    Mapping mapping;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto found = table().columns.constFind(HeaderVocabulary::normalise(headers.at(i)));
        if (found == table().columns.cend())
            continue;
        qsizetype* slot = slotOf(mapping, *found);
        if (*slot < 0)
            *slot = i;
    }
    return mapping;
}

std::optional<InterestKind> kindOf(const QString& written)
{
    const QString key = HeaderVocabulary::normalise(written);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto found = table().kinds.constFind(key); found != table().kinds.cend())
        return *found;
    for (const InterestKind kind : allValues<InterestKind>())
        if (HeaderVocabulary::normalise(labelOf(kind)) == key)
            return kind;
    return std::nullopt;
}

} // namespace ActivityColumns
