#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QPushButton;
class QTableWidget;

/// The import wizard's last page: how the import ended, its counts, and every row that was not
/// simply imported (merged, skipped, rejected, flagged) with its row number, column and reason.
/// The report can be saved as CSV (every row), and the import undone as a whole while none of
/// its leads has been worked (LeadImport::undo, as `import-undo`).
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReportPage(ImportWizard& wizard);

    void initializePage() override;

    QTableWidget* rowsTable() const { return m_rows; }
    void saveReport();
    void undoImport();

private:
    void showLeadReport();
    void showActivityReport();
    void addRow(qint64 row, const QString& outcome, const QString& column, const QString& reason,
                qint64 leadId);

    ImportWizard& m_wizard;
    QLabel* m_summary;
    QTableWidget* m_rows;
    QPushButton* m_save;
    QPushButton* m_undo;
};
