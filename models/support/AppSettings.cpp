#include "support/AppSettings.h"

#include "support/AppPaths.h"

#include <QFile>
#include <spdlog/spdlog.h>

AppSettings::AppSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{}

namespace {
// LeadScout keeps only text and byte arrays in its settings. A serialized QVariant ("@Variant(")
// in the file is someone else's doing, and reading one lets the file ask Qt for any amount of
// memory (a list "of 39 GB" ended the program at start, found by fuzz_settings). Such a file is
// moved aside before QSettings parses it, and LeadScout starts with default settings.
QString setAsideHostile(const QString& file)
{
    QFile settings(file);
    if (!settings.open(QIODevice::ReadOnly) || !settings.readAll().contains("@Variant("))
        return file;
    const QString aside = file + QStringLiteral(".refused");
    QFile::remove(aside);
    if (!QFile::rename(file, aside))
        QFile::remove(file);
    spdlog::warn("settings: {} holds a serialized value LeadScout never writes; moved aside",
                 file.toStdString());
    return file;
}
} // namespace

AppSettings::AppSettings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(setAsideHostile(iniFile), QSettings::IniFormat))
{}

AppSettings& AppSettings::instance()
{
    static AppSettings* settings = [] {
        const QString root = qEnvironmentVariable("LEADSCOUT_HOME");
        if (!root.isEmpty())
            return new AppSettings(root + QStringLiteral("/leadscout.ini"));
        setAsideHostile(QSettings().fileName());
        return new AppSettings(std::make_unique<QSettings>());
    }();
    return *settings;
}

QString AppSettings::name(Key key)
{
    switch (key) {
    case Key::RepName:
        return QStringLiteral("rep/name");
    case Key::DefaultStorePath:
        return QStringLiteral("store/default_path");
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::ExportFormat:
        return QStringLiteral("export/format");
    case Key::ExportDelimiter:
        return QStringLiteral("export/delimiter");
    case Key::ExportFolder:
        return QStringLiteral("export/folder");
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::SplitterState:
        return QStringLiteral("window/splitter");
    case Key::QueueColumns:
        return QStringLiteral("window/queueColumns");
    case Key::ImportMappings:
        return QStringLiteral("import/mappings");
    }
    return {};
}

QVariant AppSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::DefaultStorePath:
        return AppPaths::defaultStorePath();
    case Key::ExportFormat:
        return QStringLiteral("csv");
    case Key::ExportDelimiter:
        return QStringLiteral(",");
    default:
        return {};
    }
}

QVariant AppSettings::value(Key key) const
{
    return m_settings->value(name(key), defaultValue(key));
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    if (m_settings->value(name(key)) == value)
        return;
    m_settings->setValue(name(key), value);
    emit changed(key);
}

QString AppSettings::repName() const
{
    const QString configured = string(Key::RepName).trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("rep") : login;
}
