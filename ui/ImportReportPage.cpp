#include "ImportReportPage.h"

#include "ImportWizard.h"
#include "Prompts.h"
#include "export/ExportError.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString outcomeLabel(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Imported:
        return ImportReportPage::tr("imported");
    case RowOutcome::Merged:
        return ImportReportPage::tr("merged");
    case RowOutcome::Skipped:
        return ImportReportPage::tr("skipped");
    case RowOutcome::Rejected:
        return ImportReportPage::tr("rejected");
    }
    return {};
}

} // namespace

ImportReportPage::ImportReportPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel)
    , m_rows(new QTableWidget(0, 5))
    , m_save(new QPushButton(tr("&Save Report as CSV…")))
    , m_undo(new QPushButton(tr("&Undo This Import")))
{
    setTitle(tr("Import report"));
    m_summary->setObjectName(QStringLiteral("importReportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows->setObjectName(QStringLiteral("importReportRows"));
    m_rows->setHorizontalHeaderLabels(
        {tr("Row"), tr("Outcome"), tr("Column"), tr("Reason"), tr("Lead")});
    m_rows->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setTabKeyNavigation(false);
    m_rows->setWordWrap(true);
    auto* rowsLabel = new QLabel(tr("&Rows not imported as they were:"));
    rowsLabel->setBuddy(m_rows);
    m_save->setObjectName(QStringLiteral("importSaveReport"));
    m_undo->setObjectName(QStringLiteral("importUndo"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(rowsLabel);
    layout->addWidget(m_rows, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ImportReportPage::saveReport);
    connect(m_undo, &QPushButton::clicked, this, &ImportReportPage::undoImport);
}

void ImportReportPage::initializePage()
{
    m_rows->setRowCount(0);
    const ImportWizardState& state = m_wizard.state();
    m_save->setEnabled(state.report.has_value());
    m_undo->setEnabled(false);
    if (!state.runError.isEmpty())
        m_summary->setText(tr("The import failed and nothing was written: %1").arg(state.runError));
    else if (state.report)
        showLeadReport();
    else if (state.activityReport)
        showActivityReport();
    m_rows->resizeColumnToContents(0);
    m_rows->resizeColumnToContents(1);
    m_rows->resizeRowsToContents();
}

void ImportReportPage::addRow(qint64 row, const QString& outcome, const QString& column,
                              const QString& reason, qint64 leadId)
{
    const int at = m_rows->rowCount();
    m_rows->insertRow(at);
    auto* number = new QTableWidgetItem;
    number->setData(Qt::DisplayRole, row);
    m_rows->setItem(at, 0, number);
    m_rows->setItem(at, 1, new QTableWidgetItem(outcome));
    m_rows->setItem(at, 2, new QTableWidgetItem(column));
    m_rows->setItem(at, 3, new QTableWidgetItem(reason));
    m_rows->setItem(at, 4, new QTableWidgetItem(leadId > 0 ? QString::number(leadId) : QString()));
}

void ImportReportPage::showLeadReport()
{
    const ImportReport& report = *m_wizard.state().report;
    m_summary->setText(report.summary());
    for (const ImportRowReport& row : report.rows) {
        if (row.outcome != RowOutcome::Imported)
            addRow(row.row, outcomeLabel(row.outcome), row.column, row.reason, row.leadId);
        for (const ImportFlag& flag : row.flags)
            addRow(row.row, tr("flagged"), flag.column, flag.reason, row.leadId);
    }
    if (report.written() && !report.batchCode.isEmpty()) {
        const QString refusal =
            LeadImport(m_wizard.store(), m_wizard.repName()).undoRefusal(report.batchCode);
        m_undo->setEnabled(refusal.isEmpty() && report.count(RowOutcome::Imported) > 0);
        m_undo->setToolTip(refusal.isEmpty()
                               ? tr("Delete the leads of batch %1 again").arg(report.batchCode)
                               : refusal);
    }
}

void ImportReportPage::showActivityReport()
{
    const ActivityReport& report = *m_wizard.state().activityReport;
    m_summary->setText(report.describe());
    for (const ActivityProblem& problem : report.unmatched)
        addRow(problem.row, tr("unmatched"), problem.column, problem.reason, 0);
    for (const ActivityProblem& problem : report.rejected)
        addRow(problem.row, tr("rejected"), problem.column, problem.reason, 0);
}

void ImportReportPage::saveReport()
{
    const ImportWizardState& state = m_wizard.state();
    if (!state.report)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QFileInfo(state.file.path).completeBaseName() +
                      QStringLiteral("-import-report.csv"));
    const QString path =
        Prompts::saveFileName(this, tr("Save import report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Store& store = m_wizard.store();
    try {
        state.report->saveCsv(path, store.isSqlite() ? store.location() : QString());
        Prompts::information(this, tr("Report saved"),
                             tr("The report of every row was saved as %1.").arg(path));
    } catch (const ExportError& error) {
        Prompts::critical(this, tr("Report not saved"), error.message());
    }
}

void ImportReportPage::undoImport()
{
    const ImportWizardState& state = m_wizard.state();
    if (!state.report || state.report->batchCode.isEmpty())
        return;
    const QString code = state.report->batchCode;
    if (Prompts::question(this, tr("Undo this import"),
                          tr("Delete the %n lead(s) that import %1 created?", nullptr,
                             int(state.report->count(RowOutcome::Imported)))
                              .arg(code),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        const qint64 deleted = LeadImport(m_wizard.store(), m_wizard.repName()).undo(code);
        m_undo->setEnabled(false);
        m_summary->setText(
            m_summary->text() + QStringLiteral("\n\n") +
            tr("Import %1 undone: %n lead(s) deleted.", nullptr, int(deleted)).arg(code));
        emit m_wizard.importFinished();
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Import not undone"), error.message());
    }
}
