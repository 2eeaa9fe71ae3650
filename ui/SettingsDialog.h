#pragma once

#include <QDialog>

class AppSettings;
class QComboBox;
class QLabel;
class QLineEdit;

/// The rep's own settings: name, default store, language and export defaults.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    /// Writes the edited values back to the settings.
    void apply();
    bool check();

private:
    void browseStore();
    void browseExportFolder();

    AppSettings& m_settings;
    QLineEdit* m_repName;
    QLineEdit* m_storePath;
    QComboBox* m_language;
    QComboBox* m_exportFormat;
    QComboBox* m_delimiter;
    QLineEdit* m_exportFolder;
    QLabel* m_problem = nullptr;
};
