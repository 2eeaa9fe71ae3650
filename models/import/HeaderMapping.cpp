#include "import/HeaderMapping.h"

#include "import/HeaderVocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace {

MappingQuality qualityOf(HeaderVocabulary::Match::How how)
{
    switch (how) {
    case HeaderVocabulary::Match::How::Known:
        return MappingQuality::Known;
    case HeaderVocabulary::Match::How::Keyword:
        return MappingQuality::Keyword;
    case HeaderVocabulary::Match::How::None:
        break;
    }
    return MappingQuality::Unmatched;
}

// The 1-based line and column of a byte offset, for syntax errors.
QPair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset)
{
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1};
}

QString targetKeys()
{
    QStringList keys;
    for (const ImportTarget& target : ImportTarget::all())
        keys.append(target.key());
    return keys.join(QStringLiteral(", "));
}

} // namespace

HeaderMapping HeaderMapping::guess(const QStringList& headers)
{
    const QList<HeaderVocabulary::Match> matches = HeaderVocabulary::match(headers);
    HeaderMapping mapping;
    QList<int> ranks;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const HeaderVocabulary::Match& match = matches.at(i);
        mapping.m_columns.append(
            {headers.at(i), match.target, qualityOf(match.how), match.target, -1});
        ranks.append(match.rank);
    }
    mapping.resolveConflicts(ranks);
    mapping.dropRedundantFullName();
    return mapping;
}

void HeaderMapping::resolveConflicts(const QList<int>& ranks)
{
    for (const ImportTarget& target : ImportTarget::all()) {
        if (!target.isSingle())
            continue;
        QList<qsizetype> candidates = columnsOf(target);
        if (candidates.size() < 2)
            continue;
        // The best rank wins; between equals, the column further left.
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&](qsizetype a, qsizetype b) { return ranks.at(a) < ranks.at(b); });
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            ColumnMapping& loser = m_columns[candidates.at(i)];
            loser.target = target.fallback();
            loser.lostTo = candidates.first();
        }
    }
}

void HeaderMapping::dropRedundantFullName()
{
    // With first and last name in their own columns, a full-name column says nothing more.
    const qsizetype first = columnOf(ImportTarget::field(LeadField::FirstName));
    const qsizetype full = columnOf(ImportTarget::extra(ImportTarget::Kind::FullName));
    if (first < 0 || full < 0 || columnOf(ImportTarget::field(LeadField::LastName)) < 0)
        return;
    m_columns[full].target = ImportTarget::ignore();
    m_columns[full].lostTo = first;
}

HeaderMapping HeaderMapping::withSaved(const QStringList& headers, const HeaderMapping& saved,
                                       QStringList* missing)
{
    HeaderMapping mapping = guess(headers);
    QSet<qsizetype> used;
    const auto find = [&](const QString& header, bool normalised) -> qsizetype {
        const QString wanted = normalised ? HeaderVocabulary::normalise(header) : header;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString have =
                normalised ? HeaderVocabulary::normalise(headers.at(i)) : headers.at(i);
            if (!used.contains(i) && have == wanted)
                return i;
        }
        return -1;
    };
    for (const ColumnMapping& column : saved.m_columns) {
        qsizetype index = find(column.header, false);
        if (index < 0)
            index = find(column.header, true);
        if (index < 0) {
            if (missing)
                missing->append(column.header);
            continue;
        }
        used.insert(index);
        mapping.setTarget(index, column.target);
    }
    return mapping;
}

QStringList HeaderMapping::headers() const
{
    QStringList result;
    for (const ColumnMapping& column : m_columns)
        result.append(column.header);
    return result;
}

qsizetype HeaderMapping::columnOf(const ImportTarget& target) const
{
    const QList<qsizetype> columns = columnsOf(target);
    return columns.isEmpty() ? -1 : columns.first();
}

QList<qsizetype> HeaderMapping::columnsOf(const ImportTarget& target) const
{
    QList<qsizetype> columns;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).target == target)
            columns.append(i);
    return columns;
}

qsizetype HeaderMapping::setTarget(qsizetype column, const ImportTarget& target)
{
    qsizetype displaced = -1;
    if (target.isSingle()) {
        displaced = columnOf(target);
        if (displaced == column)
            displaced = -1;
        if (displaced >= 0) {
            ColumnMapping& other = m_columns[displaced];
            other.wanted = target;
            other.target = target.fallback();
            other.lostTo = column;
        }
    }
    ColumnMapping& chosen = m_columns[column];
    chosen.target = target;
    chosen.wanted = target;
    chosen.quality = MappingQuality::Chosen;
    chosen.lostTo = -1;
    return displaced;
}

QByteArray HeaderMapping::toJson() const
{
    QJsonArray columns;
    for (const ColumnMapping& column : m_columns)
        columns.append(QJsonObject{{QStringLiteral("header"), column.header},
                                   {QStringLiteral("target"), column.target.key()}});
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("columns"), columns}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<HeaderMapping> HeaderMapping::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        *error = tr("Line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("A mapping is a JSON object with a \"columns\" list.");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && version.toInt(-1) != 1) {
        *error = tr("\"version\" must be 1, the mapping version this LeadScout reads.");
        return std::nullopt;
    }
    if (!root.value(QLatin1String("columns")).isArray()) {
        *error = tr("\"columns\" is missing or is not a list.");
        return std::nullopt;
    }
    HeaderMapping mapping;
    const QJsonArray columns = root.value(QLatin1String("columns")).toArray();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const auto column = readColumn(columns.at(i), i, error);
        if (!column)
            return std::nullopt;
        mapping.m_columns.append(*column);
    }
    if (const QString duplicate = duplicateTarget(mapping.m_columns); !duplicate.isEmpty()) {
        *error = duplicate;
        return std::nullopt;
    }
    return mapping;
}

std::optional<ColumnMapping> HeaderMapping::readColumn(const QJsonValue& value, qsizetype index,
                                                       QString* error)
{
    const QJsonObject object = value.toObject();
    const QJsonValue header = object.value(QLatin1String("header"));
    if (!value.isObject() || !header.isString()) {
        *error = tr("columns[%1]: an entry needs \"header\" (the column's header as text) and "
                    "\"target\".")
                     .arg(index);
        return std::nullopt;
    }
    const QJsonValue key = object.value(QLatin1String("target"));
    const auto target = ImportTarget::fromKey(key.toString());
    if (!target) {
        *error = key.isString() ? tr("columns[%1] (\"%2\"): \"%3\" is not an import target; "
                                     "the targets are %4.")
                                      .arg(index)
                                      .arg(header.toString(), key.toString(), targetKeys())
                                : tr("columns[%1] (\"%2\"): \"target\" is missing or is not text.")
                                      .arg(index)
                                      .arg(header.toString());
        return std::nullopt;
    }
    return ColumnMapping{header.toString(), *target, MappingQuality::Chosen, *target, -1};
}

QString HeaderMapping::duplicateTarget(const QList<ColumnMapping>& columns)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!columns.at(i).target.isSingle())
            continue;
        for (qsizetype j = i + 1; j < columns.size(); ++j)
            if (columns.at(j).target == columns.at(i).target)
                return tr("columns[%1] (\"%2\") and columns[%3] (\"%4\") both map to \"%5\", "
                          "which takes one column only.")
                    .arg(i)
                    .arg(columns.at(i).header)
                    .arg(j)
                    .arg(columns.at(j).header, columns.at(i).target.key());
    }
    return {};
}

QString HeaderMapping::headerSetKey(const QStringList& headers)
{
    QStringList normalised;
    for (const QString& header : headers)
        normalised.append(HeaderVocabulary::normalise(header));
    normalised.sort();
    const QByteArray hash = QCryptographicHash::hash(normalised.join(QLatin1Char('\n')).toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(32));
}
