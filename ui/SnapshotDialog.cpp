#include "SnapshotDialog.h"

#include "MainWindow.h"
#include "Prompts.h"
#include "domain/LeadRepository.h"
#include "domain/Vocabulary.h"
#include "store/StoreFiles.h"
#include "store/StoreMoves.h"
#include "support/BackgroundJob.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

SnapshotDialog::SnapshotDialog(const Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Save Snapshot"));
    setObjectName(QStringLiteral("snapshotDialog"));
    auto* intro = new QLabel(tr("Writes a read-only copy of the leads you choose, with their "
                                "history and calls, to one file that a team lead opens "
                                "elsewhere with the dashboard and planner working."),
                             this);
    intro->setWordWrap(true);

    m_period = new QCheckBox(tr("Only leads &created from"), this);
    m_period->setObjectName(QStringLiteral("snapshotPeriodCheck"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-3), this);
    m_from->setObjectName(QStringLiteral("snapshotFromDate"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("snapshotToDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    connect(m_period, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_period, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto* period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("snapshotSourceCombo"));
    m_source->addItem(tr("All source channels"), QString());
    for (const SourceChannel channel : allValues<SourceChannel>())
        m_source->addItem(labelOf(channel), keyOf(channel));
    m_rep = new QComboBox(this);
    m_rep->setObjectName(QStringLiteral("snapshotRepCombo"));
    m_rep->addItem(tr("All reps"), QString());
    for (const QString& name : Reps::names(store))
        m_rep->addItem(name, name);

    m_withoutPersonalData =
        new QCheckBox(tr("&Leave out personal data (names, e-mail addresses, phone numbers, "
                         "addresses and notes)"),
                      this);
    m_withoutPersonalData->setObjectName(QStringLiteral("snapshotWithoutPersonalDataCheck"));

    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("snapshotOutputEdit"));
    m_output->setPlaceholderText(tr("A new file, e.g. review.sqlite"));
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("snapshotChooseButton"));
    connect(m_choose, &QPushButton::clicked, this, &SnapshotDialog::chooseFile);
    auto* output = new QHBoxLayout;
    output->addWidget(m_output, 1);
    output->addWidget(m_choose);

    auto* form = new QFormLayout;
    form->addRow(tr("Period:"), period);
    form->addRow(tr("&Source channel:"), m_source);
    form->addRow(tr("&Rep:"), m_rep);
    form->addRow(QString(), m_withoutPersonalData);
    auto* outputLabel = new QLabel(tr("&File:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, output);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("snapshotProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("snapshotStatus"));
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(tr("&Save Snapshot"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("snapshotSaveButton"));
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("snapshotCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SnapshotDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SnapshotDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_output->setFocus();
}

SnapshotDialog::~SnapshotDialog() = default; // the job (a child) cancels and waits

StoreCopy::Filter SnapshotDialog::filter() const
{
    StoreCopy::Filter filter;
    if (m_period->isChecked()) {
        filter.createdSince = m_from->date().startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
        filter.createdBefore =
            m_to->date().addDays(1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    }
    filter.source = m_source->currentData().toString();
    filter.owner = m_rep->currentData().toString();
    filter.withoutPersonalData = m_withoutPersonalData->isChecked();
    return filter;
}

void SnapshotDialog::chooseFile()
{
    const QString path = Prompts::saveFileName(this, tr("Save snapshot as"), m_output->text(),
                                               tr("LeadScout stores (*.sqlite)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

void SnapshotDialog::save()
{
    if (m_job)
        return;
    const QString path = m_output->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file the snapshot goes to."));
        m_output->setFocus();
        return;
    }
    if (m_store.isSqlite() && StoreFiles::touches(m_store.location(), path)) {
        m_status->setText(StoreFiles::refusal(path));
        m_output->setFocus();
        return;
    }
    const StoreCopy::Filter chosen = filter();
    if (chosen.createdSince > 0 && chosen.createdBefore <= chosen.createdSince) {
        m_status->setText(tr("The period ends before it begins."));
        return;
    }
    m_running = QFileInfo(path).absoluteFilePath();
    const QString out = m_running;
    m_job = new BackgroundJob(
        m_store,
        [chosen, out](const Store& store, BackgroundJob& job) {
            qint64 before = 0; // rows of the tables already copied
            qint64 current = 0;
            QString table;
            try {
                StoreMoves::takeSnapshot(store, out, chosen, [&](const QString& name, qint64 rows) {
                    if (name != table) {
                        before += current;
                        table = name;
                    }
                    current = rows;
                    job.setProgress(before + rows, 0);
                    return !job.isCancelled();
                });
            } catch (const StoreError&) {
                if (job.isCancelled())
                    return false; // takeSnapshot left nothing behind
                throw;
            }
            return !job.isCancelled();
        },
        this);
    connect(m_job, &BackgroundJob::progressed, this,
            [this](qint64 done, qint64) { progressed(done); });
    connect(m_job, &BackgroundJob::finished, this, &SnapshotDialog::finished);
    setEditable(false);
    m_progress->setRange(0, 0); // rows of every table: the total is not known up front
    m_status->setText(tr("Writing the snapshot to %1…").arg(QDir::toNativeSeparators(out)));
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    m_job->start();
}

void SnapshotDialog::progressed(qint64 done)
{
    m_status->setText(tr("Writing the snapshot to %1: %n row(s) copied…", nullptr, int(done))
                          .arg(QDir::toNativeSeparators(m_running)));
}

void SnapshotDialog::finished(bool completed, const QString& error)
{
    m_job->deleteLater();
    m_job = nullptr;
    setEditable(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(completed ? 1 : 0);
    if (completed) {
        m_savedPath = m_running;
        m_status->setText(
            tr("Saved the snapshot to %1.").arg(QDir::toNativeSeparators(m_savedPath)));
        emit snapshotSaved(m_savedPath);
        if (!m_closeWhenStopped) {
            accept();
            return;
        }
    } else if (error.isEmpty()) {
        m_status->setText(tr("Cancelled; no file was written."));
    } else {
        m_status->setText(error);
    }
    if (m_closeWhenStopped)
        QDialog::reject();
}

void SnapshotDialog::reject()
{
    if (!m_job) {
        QDialog::reject();
        return;
    }
    m_job->cancel();
    m_closeWhenStopped = true;
    m_status->setText(tr("Cancelling…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void SnapshotDialog::setEditable(bool editable)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_period, m_source, m_rep, m_withoutPersonalData, m_output, m_choose, m_save})
        widget->setEnabled(editable);
    m_from->setEnabled(editable && m_period->isChecked());
    m_to->setEnabled(editable && m_period->isChecked());
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
}

QAction* SnapshotDialog::createAction(MainWindow* window)
{
    auto* action = new QAction(tr("Save Sn&apshot…"), window);
    action->setObjectName(QStringLiteral("saveSnapshotAction"));
    action->setToolTip(tr("Write a read-only copy of the store, or of some of its leads, for "
                          "review elsewhere"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        SnapshotDialog dialog(window->store(), window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString path = dialog.savedPath();
        if (Prompts::question(window, tr("Save Snapshot"),
                              tr("Saved the snapshot to %1. Open it now (read-only)?")
                                  .arg(QDir::toNativeSeparators(path)),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) == QMessageBox::Yes)
            window->openStore(path);
    });
    return action;
}
