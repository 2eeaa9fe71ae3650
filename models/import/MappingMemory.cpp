#include "import/MappingMemory.h"

#include "support/AppSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QLatin1String keyName("key");
const QLatin1String mappingName("mapping");
const QLatin1String activityMappingName("activity_mapping");

/// Activity files are remembered under their own keys, so that a lead file with the same
/// headers keeps its own mapping.
QString activityKey(const QStringList& headers)
{
    return QStringLiteral("activities:") + HeaderMapping::headerSetKey(headers);
}

} // namespace

MappingMemory::MappingMemory(AppSettings& settings)
    : m_settings(settings)
{}

std::optional<HeaderMapping> MappingMemory::recall(const QStringList& headers) const
{
    const QJsonArray all = entries();
    const qsizetype index = indexOf(all, HeaderMapping::headerSetKey(headers));
    if (index < 0)
        return std::nullopt;
    const QByteArray json = QJsonDocument(all.at(index).toObject().value(mappingName).toObject())
                                .toJson(QJsonDocument::Compact);
    QString error;
    // A remembered mapping this version cannot read (edited by hand) counts as none.
    const auto saved = HeaderMapping::fromJson(json, &error);
    if (!saved)
        return std::nullopt;
    return HeaderMapping::withSaved(headers, *saved);
}

void MappingMemory::remember(const HeaderMapping& mapping)
{
    const QJsonObject saved = QJsonDocument::fromJson(mapping.toJson()).object();
    keep(QJsonObject{{keyName, HeaderMapping::headerSetKey(mapping.headers())},
                     {mappingName, saved}});
}

std::optional<ActivityColumns::Mapping>
MappingMemory::recallActivities(const QStringList& headers) const
{
    const QJsonArray all = entries();
    const qsizetype index = indexOf(all, activityKey(headers));
    if (index < 0)
        return std::nullopt;
    return ActivityColumns::fromJson(all.at(index).toObject().value(activityMappingName).toObject(),
                                     headers);
}

void MappingMemory::rememberActivities(const QStringList& headers,
                                       const ActivityColumns::Mapping& mapping)
{
    keep(QJsonObject{{keyName, activityKey(headers)},
                     {activityMappingName, ActivityColumns::toJson(mapping, headers)}});
}

void MappingMemory::keep(const QJsonObject& entry)
{
    QJsonArray all = entries();
    if (const qsizetype index = indexOf(all, entry.value(keyName).toString()); index >= 0)
        all.removeAt(index);
    all.prepend(entry);
    while (all.size() > capacity)
        all.removeLast();
    store(all);
}

void MappingMemory::forget(const QStringList& headers)
{
    QJsonArray all = entries();
    const qsizetype index = indexOf(all, HeaderMapping::headerSetKey(headers));
    if (index < 0)
        return;
    all.removeAt(index);
    store(all);
}

QStringList MappingMemory::keys() const
{
    QStringList result;
    for (const QJsonValue& entry : entries())
        result.append(entry.toObject().value(keyName).toString());
    return result;
}

QJsonArray MappingMemory::entries() const
{
    // A damaged setting reads as empty; the next remember() writes it anew.
    const QString text = m_settings.string(AppSettings::Key::ImportMappings);
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

void MappingMemory::store(const QJsonArray& entries)
{
    m_settings.setValue(AppSettings::Key::ImportMappings,
                        QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact)));
}

qsizetype MappingMemory::indexOf(const QJsonArray& entries, const QString& key)
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries.at(i).toObject().value(keyName).toString() == key)
            return i;
    return -1;
}
