#include "import/MappingMemory.h"

#include "support/AppSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QLatin1String keyName("key");
const QLatin1String mappingName("mapping");

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
    const QString key = HeaderMapping::headerSetKey(mapping.headers());
    QJsonArray all = entries();
    if (const qsizetype index = indexOf(all, key); index >= 0)
        all.removeAt(index);
    const QJsonObject saved = QJsonDocument::fromJson(mapping.toJson()).object();
    all.prepend(QJsonObject{{keyName, key}, {mappingName, saved}});
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
