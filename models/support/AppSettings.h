#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>
#include <memory>

/// The rep's own settings (per user, per machine) over QSettings: one enum of keys with their
/// names and defaults, and a changed() signal. Team-wide rules live in the store (TeamSettings).
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        RepName,
        DefaultStorePath,
        Language,        ///< "" (system), "en" or "de"
        ExportFormat,    ///< "csv" or "xlsx"
        ExportDelimiter, ///< "," or ";"
        ExportFolder,
        WindowGeometry,
        WindowState,
        SplitterState,
        QueueColumns, ///< the queue table's column order and widths (QHeaderView state)
        ImportMappings, ///< remembered import mappings (MappingMemory), JSON
    };
    Q_ENUM(Key)

    /// The settings of the running application (INI file under LEADSCOUT_HOME when that is set).
    static AppSettings& instance();
    /// A settings object backed by the given INI file: for tests.
    explicit AppSettings(const QString& iniFile, QObject* parent = nullptr);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    QString string(Key key) const { return value(key).toString(); }

    /// The rep name to record in history: the setting, or the login name.
    QString repName() const;

signals:
    void changed(AppSettings::Key key);

private:
    explicit AppSettings(std::unique_ptr<QSettings> settings);
    static QString name(Key key);
    static QVariant defaultValue(Key key);

    std::unique_ptr<QSettings> m_settings;
};
