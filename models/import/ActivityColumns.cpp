#include "import/ActivityColumns.h"

#include "import/HeaderVocabulary.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>

namespace ActivityColumns {

namespace {

struct Table
{
    QHash<QString, Column> columns;     ///< normalised header → column
    QHash<QString, InterestKind> kinds; ///< normalised word → kind
};

const Table& table()
{
    static const Table loaded = [] {
        Table result;
        QFile file(QStringLiteral(":/leadscout/data/activity-headers.json"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        static const std::array<std::pair<const char*, Column>, 5> keys{{
            {"email", Column::Email},
            {"lead_id", Column::LeadId},
            {"kind", Column::Kind},
            {"time", Column::Time},
            {"title", Column::Title},
        }};
        const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
        for (const auto& [key, column] : keys)
            for (const QJsonValue& header : columns.value(QLatin1String(key)).toArray())
                result.columns.insert(HeaderVocabulary::normalise(header.toString()), column);
        const QJsonObject kinds = root.value(QStringLiteral("kinds")).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            if (const auto kind = fromKey<InterestKind>(it.key()))
                for (const QJsonValue& word : it.value().toArray())
                    result.kinds.insert(HeaderVocabulary::normalise(word.toString()), *kind);
        return result;
    }();
    return loaded;
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

Mapping map(const QStringList& headers)
{
    Mapping mapping;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto found = table().columns.constFind(HeaderVocabulary::normalise(headers.at(i)));
        if (found == table().columns.cend())
            continue;
        qsizetype* slot = nullptr;
        switch (*found) {
        case Column::Email:
            slot = &mapping.email;
            break;
        case Column::LeadId:
            slot = &mapping.leadId;
            break;
        case Column::Kind:
            slot = &mapping.kind;
            break;
        case Column::Time:
            slot = &mapping.time;
            break;
        case Column::Title:
            slot = &mapping.title;
            break;
        }
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
