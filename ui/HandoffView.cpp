#include "HandoffView.h"

#include "HandoffColumnsDialog.h"
#include "Prompts.h"
#include "handoff/HandoffJob.h"
#include "items/HandoffBatchModel.h"
#include "items/HandoffReadyModel.h"
#include "store/Store.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView* newTable(const QString& objectName, QAbstractItemView::SelectionMode mode)
{
    auto* table = new QTableView;
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QPushButton* newButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    return button;
}

} // namespace

HandoffView::HandoffView(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("handoffView"));
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("handoffSplitter"));
    splitter->addWidget(buildReadyPart());
    splitter->addWidget(buildHistoryPart());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buildProgressPart());
    updateActions();
}

HandoffView::~HandoffView()
{
    if (m_job)
        m_job->cancel(); // the job's destructor waits for its thread
}

QWidget* HandoffView::buildReadyPart()
{
    createReadyControls();
    auto* selectNone = newButton(tr("Select &none"), QStringLiteral("selectNoneButton"));
    connect(selectNone, &QPushButton::clicked, m_readyTable, &QTableView::clearSelection);
    auto* top = new QHBoxLayout;
    top->addWidget(m_readyLabel, 1);
    top->addWidget(m_includeBefore);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_selectAll);
    controls->addWidget(selectNone);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Format:")));
    controls->addWidget(m_format);
    controls->addWidget(new QLabel(tr("Delimiter:")));
    controls->addWidget(m_delimiter);
    controls->addWidget(m_columns);
    controls->addWidget(m_handOff);
    auto* box = new QGroupBox(tr("Ready for sales"));
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_readyTable, 1);
    layout->addLayout(controls);
    return box;
}

void HandoffView::createReadyControls()
{
    m_readyLabel = new QLabel;
    m_readyLabel->setObjectName(QStringLiteral("readyCountLabel"));
    m_includeBefore = new QCheckBox(tr("Also show leads handed off before"));
    m_includeBefore->setObjectName(QStringLiteral("includeBeforeCheckBox"));
    m_includeBefore->setToolTip(
        tr("Leads that sales sent back. Handing them off again asks first."));
    m_readyTable = newTable(QStringLiteral("readyTableView"), QAbstractItemView::ExtendedSelection);
    m_selectAll = newButton(tr("Select &all"), QStringLiteral("selectAllButton"));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->addItem(tr("Excel (XLSX)"), QStringLiteral("xlsx"));
    m_format->setCurrentIndex(
        qMax(0, m_format->findData(m_settings.string(AppSettings::Key::ExportFormat))));
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->setCurrentIndex(
        qMax(0, m_delimiter->findData(m_settings.string(AppSettings::Key::ExportDelimiter))));
    m_columns = newButton(tr("&Columns…"), QStringLiteral("columnsButton"));
    m_columns->setToolTip(tr("Choose and order the columns sales receives (for the whole team)."));
    m_handOff = newButton(tr("Hand off"), QStringLiteral("handOffButton"));
    m_handOff->setDefault(true);
    connectReadyControls();
}

void HandoffView::connectReadyControls()
{
    connect(m_includeBefore, &QCheckBox::toggled, this, [this](bool include) {
        if (m_readyModel)
            m_readyModel->setIncludeHandedOffBefore(include);
        m_readyTable->setColumnHidden(HandoffReadyModel::HandedOffBefore, !include);
        updateActions();
    });
    connect(m_selectAll, &QPushButton::clicked, this, [this] {
        while (m_readyModel && m_readyModel->canFetchMore(QModelIndex()))
            m_readyModel->fetchMore(QModelIndex()); // "all" means all, not the rows fetched
        m_readyTable->selectAll();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &HandoffView::updateActions);
    connect(m_columns, &QPushButton::clicked, this, &HandoffView::chooseColumns);
    connect(m_handOff, &QPushButton::clicked, this, &HandoffView::handOff);
}

QWidget* HandoffView::buildHistoryPart()
{
    auto* box = new QGroupBox(tr("Handoff history"));
    m_batchTable = newTable(QStringLiteral("batchTableView"), QAbstractItemView::SingleSelection);
    m_exportAgain = newButton(tr("Export &again…"), QStringLiteral("exportAgainButton"));
    m_exportAgain->setToolTip(
        tr("Write the selected batch again, exactly as it was handed off. Changes nothing."));
    connect(m_exportAgain, &QPushButton::clicked, this, &HandoffView::exportAgain);
    connect(m_batchTable, &QTableView::doubleClicked, this, &HandoffView::exportAgain);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportAgain);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_batchTable, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* HandoffView::buildProgressPart()
{
    m_progressRow = new QWidget;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("handoffProgressBar"));
    m_progress->setRange(0, 100);
    m_cancel = newButton(tr("Cancel"), QStringLiteral("cancelHandoffButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
    });
    auto* layout = new QHBoxLayout(m_progressRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    m_progressRow->hide();
    return m_progressRow;
}

void HandoffView::setStore(Store* store)
{
    if (m_job) { // the worker may not outlive the store it was opened from
        m_job->cancel();
        m_job->wait();
    }
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = store ? store->events() : nullptr;
    if (m_events) {
        connect(m_events, &StoreEvents::leadChanged, this, &HandoffView::followChange);
        connect(m_events, &StoreEvents::leadsChanged, this, &HandoffView::followChange);
        connect(m_events, &StoreEvents::handoffChanged, this, &HandoffView::followChange);
    }
    m_store = store;
    delete m_readyModel;
    delete m_batchModel;
    m_readyModel = store ? new HandoffReadyModel(*store, this) : nullptr;
    m_batchModel = store ? new HandoffBatchModel(*store, this) : nullptr;
    if (m_readyModel)
        m_readyModel->setIncludeHandedOffBefore(m_includeBefore->isChecked());
    m_readyTable->setModel(m_readyModel);
    m_batchTable->setModel(m_batchModel);
    if (store) {
        m_readyTable->hideColumn(HandoffReadyModel::Id);
        m_readyTable->setColumnHidden(HandoffReadyModel::HandedOffBefore,
                                      !m_includeBefore->isChecked());
        m_batchTable->hideColumn(HandoffBatchModel::Id);
        connect(m_readyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &HandoffView::updateActions);
        connect(m_batchTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &HandoffView::updateActions);
    }
    reload();
}

void HandoffView::reload()
{
    if (!m_store)
        return;
    m_readyModel->reload();
    m_batchModel->reload();
    m_readyCount = int(HandoffService(*m_store).readyLeadIds().size());
    m_readyTable->resizeColumnsToContents();
    m_batchTable->resizeColumnsToContents();
    updateActions();
}

void HandoffView::followChange()
{
    if (isVisible() && !isBusy()) // hidden, it reads the lists when shown; a job reloads at its end
        reload();
}

void HandoffView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!isBusy())
        reload(); // leads may have become sales-ready elsewhere meanwhile
}

QList<qint64> HandoffView::selectedLeadIds() const
{
    QList<qint64> ids;
    if (!m_readyModel)
        return ids;
    QModelIndexList rows = m_readyTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        ids.append(m_readyModel->leadId(index.row()));
    return ids;
}

void HandoffView::updateActions()
{
    const bool idle = m_store && !isBusy();
    const int selected =
        m_readyModel ? int(m_readyTable->selectionModel()->selectedRows().size()) : 0;
    m_readyLabel->setText(m_readyCount == 0
                              ? tr("No leads are ready for sales.")
                              : tr("%n lead(s) ready for sales: hand off all of them, or select "
                                   "some.",
                                   nullptr, m_readyCount));
    m_handOff->setText(selected > 0 ? tr("Hand off %n selected lead(s)", nullptr, selected)
                                    : tr("Hand off all %n lead(s)", nullptr, m_readyCount));
    m_handOff->setEnabled(idle && (selected > 0 || m_readyCount > 0));
    m_selectAll->setEnabled(idle);
    m_format->setEnabled(idle);
    m_delimiter->setEnabled(idle && chosenOptions().format == HandoffFormat::Csv);
    m_columns->setEnabled(idle);
    m_includeBefore->setEnabled(idle);
    const bool batchChosen = m_batchModel && m_batchTable->selectionModel()->hasSelection();
    m_exportAgain->setEnabled(idle && batchChosen);
}

HandoffFileOptions HandoffView::chosenOptions() const
{
    HandoffFileOptions options;
    options.format =
        HandoffFormats::fromKey(m_format->currentData().toString()).value_or(HandoffFormat::Csv);
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = HandoffFormats::isDelimiter(delimiter) ? delimiter.at(0) : QLatin1Char(',');
    return options;
}

QString HandoffView::askFileName(const QString& caption, const QString& suggested,
                                 HandoffFileOptions& options)
{
    const QString csv = tr("CSV files (*.csv)");
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    const QString filter = options.format == HandoffFormat::Xlsx
                               ? xlsx + QStringLiteral(";;") + csv
                               : csv + QStringLiteral(";;") + xlsx;
    QString path = Prompts::saveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return {};
    // The extension the rep typed wins; without one, the chosen format's is added.
    if (const auto format = HandoffFormats::fromPath(path))
        options.format = *format;
    else
        path += QLatin1Char('.') + HandoffFormats::suffixOf(options.format);
    return path;
}

void HandoffView::handOff()
{
    if (!m_store || isBusy())
        return;
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty() && m_readyCount == 0) {
        Prompts::information(this, tr("Hand off"), tr("No leads are ready for sales."));
        return;
    }
    HandoffFileOptions options = chosenOptions();
    QString folder = m_settings.string(AppSettings::Key::ExportFolder);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("handoff-%1").arg(Clock::now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))) +
        QLatin1Char('.') + HandoffFormats::suffixOf(options.format));
    const QString path = askFileName(tr("Hand off to sales"), suggested, options);
    if (!path.isEmpty())
        startHandOff({path, options, ids, false, m_settings.repName()});
}

void HandoffView::startHandOff(const HandoffRequest& request)
{
    m_jobIsHandOff = true;
    startJob(HandoffJob::handOff(*m_store, request, this));
}

void HandoffView::startJob(HandoffJob* job)
{
    m_job = job;
    connect(job, &BackgroundJob::progressed, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(job, &BackgroundJob::finished, this, &HandoffView::jobDone);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_progressRow->show();
    updateActions();
}

void HandoffView::jobDone()
{
    HandoffJob* job = std::exchange(m_job, nullptr);
    m_progressRow->hide();
    if (m_jobIsHandOff)
        handOffDone(*job);
    else if (job->succeeded())
        Prompts::information(
            this, tr("Export again"),
            tr("Batch %1 was written again to %2. Nothing in the store changed.")
                .arg(job->handoffResult().batchCode, job->handoffResult().filePath));
    else if (job->errorKind() != HandoffError::Kind::Cancelled)
        Prompts::critical(this, tr("Export failed"), job->errorMessage());
    updateActions();
    const bool succeeded = job->succeeded();
    job->deleteLater();
    emit jobFinished(succeeded);
}

void HandoffView::handOffDone(HandoffJob& job)
{
    reload();
    if (job.succeeded()) {
        const HandoffResult result = job.handoffResult();
        if (const int row = m_batchModel->rowOf(result.batchId); row >= 0)
            m_batchTable->selectRow(row);
        Prompts::information(this, tr("Handed off"),
                             result.leadCount == 0
                                 ? tr("No leads were ready for sales; no file was written.")
                                 : tr("%n lead(s) handed off to sales as batch %1.\n\nFile: %2",
                                      nullptr, result.leadCount)
                                       .arg(result.batchCode, result.filePath));
        return;
    }
    if (job.errorKind() == HandoffError::Kind::Cancelled)
        return; // the rep asked for it; nothing changed
    if (job.errorKind() == HandoffError::Kind::AlreadyHandedOff) {
        const auto answer = Prompts::question(this, tr("Hand off again?"),
                                              job.errorMessage() + QStringLiteral("\n\n") +
                                                  tr("Hand these leads off again now?"));
        if (answer == QMessageBox::Yes) {
            HandoffRequest again = job.request();
            again.again = true;
            startHandOff(again);
        }
        return;
    }
    Prompts::critical(this, tr("Handoff failed"), job.errorMessage());
}

void HandoffView::exportAgain()
{
    if (!m_store || isBusy() || !m_batchTable->selectionModel()->hasSelection())
        return;
    const qint64 id =
        m_batchModel->batchId(m_batchTable->selectionModel()->selectedRows().first().row());
    const auto batch = HandoffBatches(*m_store).find(id);
    if (!batch)
        return;
    // Written with the batch's own format and delimiter unless another extension is chosen.
    HandoffFileOptions options{HandoffFormats::fromKey(batch->format).value_or(HandoffFormat::Csv),
                               batch->layout.delimiter};
    const QString path =
        askFileName(tr("Export batch %1 again").arg(batch->code), batch->filePath, options);
    if (path.isEmpty())
        return;
    m_jobIsHandOff = false;
    startJob(HandoffJob::exportAgain(*m_store, id, path, options, this));
}

void HandoffView::chooseColumns()
{
    if (!m_store)
        return;
    HandoffColumnsDialog dialog(*m_store, this);
    dialog.exec();
}
