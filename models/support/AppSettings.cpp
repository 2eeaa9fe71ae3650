#include "support/AppSettings.h"

#include "support/AppPaths.h"

AppSettings::AppSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{}

AppSettings::AppSettings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings& AppSettings::instance()
{
    static AppSettings* settings = [] {
        const QString root = qEnvironmentVariable("LEADSCOUT_HOME");
        if (!root.isEmpty())
            return new AppSettings(root + QStringLiteral("/leadscout.ini"));
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
