#include "ImportOptionsPage.h"

#include "ImportOwnerChoice.h"
#include "ImportWizard.h"
#include "support/BackgroundJob.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

ImportOptionsPage::ImportOptionsPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_leadOptions(new QWidget)
    , m_source(new QComboBox)
    , m_campaign(new QLineEdit)
    , m_country(new QLineEdit)
    , m_owner(new ImportOwnerChoice(wizard.store(), wizard.repName()))
    , m_skip(new QRadioButton(tr("S&kip them (report the lead they duplicate)")))
    , m_merge(new QRadioButton(tr("Me&rge: fill the existing lead's empty fields")))
    , m_importAnyway(new QRadioButton(tr("Import them &anyway as new leads")))
    , m_allOrNothing(new QCheckBox(tr("Import &nothing when any row is rejected")))
    , m_check(new QPushButton(tr("C&heck Again")))
    , m_summary(new QLabel)
    , m_reasons(new QTableWidget(0, 2))
    , m_debounce(new QTimer(this))
    , m_outcome(std::make_shared<ImportJobs::Outcome>())
{
    setTitle(tr("Choose what to do"));
    setCommitPage(true); // Next imports: no way back once the import has run
    setSubTitle(tr("Nothing is written yet: the rows below are what the import would do with "
                   "these choices."));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->addItem(tr("From the file (rows without one: unknown)"));
    for (SourceChannel channel : allValues<SourceChannel>())
        m_source->addItem(labelOf(channel), keyOf(channel));
    m_campaign->setObjectName(QStringLiteral("importCampaign"));
    m_campaign->setPlaceholderText(tr("For rows that name none, e.g. Trade fair Hanover 2026"));
    m_country->setObjectName(QStringLiteral("importCountry"));
    m_country->setPlaceholderText(tr("Team default"));
    m_country->setMaxLength(2);
    m_skip->setObjectName(QStringLiteral("importDuplicatesSkip"));
    m_merge->setObjectName(QStringLiteral("importDuplicatesMerge"));
    m_importAnyway->setObjectName(QStringLiteral("importDuplicatesImport"));
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    m_skip->setChecked(true);
    auto* modes = new QButtonGroup(this);
    auto* modeColumn = new QVBoxLayout;
    for (QRadioButton* mode : {m_skip, m_merge, m_importAnyway}) {
        modes->addButton(mode);
        modeColumn->addWidget(mode);
    }
    m_owner->setObjectName(QStringLiteral("importOwner"));
    auto* form = new QFormLayout(m_leadOptions);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Source &channel:"), m_source);
    form->addRow(tr("Ca&mpaign:"), m_campaign);
    form->addRow(tr("Country of &phone numbers:"), m_country);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Duplicates:"), modeColumn);
    form->addRow(QString(), m_allOrNothing);

    m_check->setObjectName(QStringLiteral("importCheckAgain"));
    m_summary->setObjectName(QStringLiteral("importDryRunSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setObjectName(QStringLiteral("importDryRunReasons"));
    m_reasons->setHorizontalHeaderLabels({tr("Rows"), tr("Why")});
    m_reasons->horizontalHeader()->setStretchLastSection(true);
    m_reasons->verticalHeader()->hide();
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasons->setTabKeyNavigation(false);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_summary, 1);
    checkRow->addWidget(m_check, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_leadOptions);
    layout->addLayout(checkRow);
    layout->addWidget(m_reasons, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &ImportOptionsPage::startDryRun);
    connect(m_check, &QPushButton::clicked, this, &ImportOptionsPage::startDryRun);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ImportOptionsPage::optionsChanged);
    connect(m_campaign, &QLineEdit::textEdited, this, &ImportOptionsPage::optionsChanged);
    connect(m_country, &QLineEdit::textEdited, this, &ImportOptionsPage::optionsChanged);
    connect(m_allOrNothing, &QCheckBox::toggled, this, &ImportOptionsPage::optionsChanged);
    connect(m_owner, &ImportOwnerChoice::changed, this, &ImportOptionsPage::optionsChanged);
    connect(modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            optionsChanged();
    });
}

void ImportOptionsPage::initializePage()
{
    m_leadOptions->setVisible(!m_wizard.state().activities);
    optionsChanged();
    startDryRun();
}

void ImportOptionsPage::cleanupPage()
{
    m_debounce->stop();
    if (m_job)
        m_job->cancel();
}

void ImportOptionsPage::optionsChanged()
{
    LeadImportOptions& options = m_wizard.state().options;
    options.sourceChannel = fromKey<SourceChannel>(m_source->currentData().toString());
    options.campaign = m_campaign->text().trimmed();
    options.defaultCountry = m_country->text().trimmed().toUpper();
    options.duplicates = m_merge->isChecked()          ? DuplicateMode::Merge
                         : m_importAnyway->isChecked() ? DuplicateMode::Import
                                                       : DuplicateMode::Skip;
    options.allOrNothing = m_allOrNothing->isChecked();
    options.owner = m_owner->options();
    m_fresh = false;
    m_debounce->start();
    emit completeChanged();
}

void ImportOptionsPage::startDryRun()
{
    m_debounce->stop();
    if (m_job) { // the one under way judges old choices: start again when it has stopped
        m_restart = true;
        m_job->cancel();
        return;
    }
    m_restart = false;
    m_fresh = false;
    m_summary->setText(tr("Checking every row of the file…"));
    m_reasons->setRowCount(0);
    *m_outcome = {};
    // A dry run is never a step the rep can undo: it writes nothing whatever happens.
    m_job = ImportJobs::start(this, m_wizard.store(), m_wizard.repName(), m_wizard.state(), true,
                              m_outcome);
    connect(m_job, &BackgroundJob::finished, this,
            [this](bool, const QString& error) { dryRunFinished(error); });
    emit completeChanged();
}

void ImportOptionsPage::dryRunFinished(const QString& error)
{
    m_job->deleteLater();
    m_job = nullptr;
    if (m_restart) {
        startDryRun();
        return;
    }
    if (!error.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported: %1").arg(error));
    } else if (m_outcome->activityReport) {
        m_summary->setText(m_outcome->activityReport->describe());
        m_fresh = true;
    } else if (m_outcome->report) {
        showLeadDryRun(*m_outcome->report);
        m_fresh = true;
    }
    emit completeChanged();
}

void ImportOptionsPage::showLeadDryRun(const ImportReport& report)
{
    const qint64 duplicates = report.count(RowOutcome::Merged) + report.count(RowOutcome::Skipped);
    QString text = tr("Of %n row(s): %1 new, %2 duplicates (%3 to merge, %4 to skip), %5 "
                      "rejected as invalid or erased on request.",
                      nullptr, int(report.records()))
                       .arg(report.count(RowOutcome::Imported))
                       .arg(duplicates)
                       .arg(report.count(RowOutcome::Merged))
                       .arg(report.count(RowOutcome::Skipped))
                       .arg(report.count(RowOutcome::Rejected));
    if (report.status == ImportReport::Status::Refused)
        text += QLatin1Char(' ') + tr("All or nothing: this file would be refused as a whole.");
    if (!report.earlierBatchCode.isEmpty())
        text += QLatin1Char(' ') + tr("The same file was imported before as %1; rows imported "
                                      "then count as duplicates now.")
                                       .arg(report.earlierBatchCode);
    m_summary->setText(text);
    // Why rows are not imported as new leads, most frequent first.
    QMap<QString, int> reasons;
    for (const ImportRowReport& row : report.rows)
        if (row.outcome != RowOutcome::Imported)
            ++reasons[row.reason.isEmpty() ? tr("(no reason given)") : row.reason];
    QList<std::pair<int, QString>> sorted;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    m_reasons->setRowCount(int(sorted.size()));
    for (int at = 0; at < sorted.size(); ++at) {
        m_reasons->setItem(at, 0, new QTableWidgetItem(QString::number(sorted.at(at).first)));
        m_reasons->setItem(at, 1, new QTableWidgetItem(sorted.at(at).second));
    }
    m_reasons->resizeColumnToContents(0);
}

bool ImportOptionsPage::isComplete() const
{
    return m_fresh && !m_job;
}

bool ImportOptionsPage::validatePage()
{
    return isComplete();
}
