#pragma once

#include <QWizardPage>

class ImportWizard;
struct OpenedImportFile;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

/// The first page of the import wizard: the file (CSV or XLSX), whether it holds leads or
/// activities, the sheet of a workbook, the encoding and delimiter of a CSV file as detected
/// (and the rep's override), and the first rows as they will be read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int previewRows = 8;

    explicit ImportFilePage(ImportWizard& wizard);

    void setPath(const QString& path);
    bool isComplete() const override;
    bool validatePage() override;
    /// The mapping page of a lead file, or of an activity file.
    int nextId() const override;

private:
    void browse();
    /// Opens the file with the chosen overrides and shows what was read.
    void reload();
    void showPreview(OpenedImportFile& opened);

    ImportWizard& m_wizard;
    QLineEdit* m_path;
    QRadioButton* m_leads;
    QRadioButton* m_activities;
    QComboBox* m_sheet;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_detected;
    QTableWidget* m_preview;
    QString m_lastPath;
    bool m_open = false;
    bool m_reloading = false;
};
