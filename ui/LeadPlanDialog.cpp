#include "LeadPlanDialog.h"

#include "FormWidgets.h"
#include "Prompts.h"
#include "ThemeColours.h"
#include "nurture/ContentLibrary.h"
#include "nurture/DueDates.h"
#include "nurture/HolidayRegions.h"
#include "nurture/NurtureDefaults.h"
#include "nurture/NurturePlans.h"
#include "nurture/StepCompletion.h"
#include "nurture/TrackLibrary.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using FormWidgets::buddyLabel;
using FormWidgets::buttonNamed;

namespace {

enum Column
{
    Due,
    Channel,
    Content,
    Purpose,
    Status,
    Note,
    ColumnCount
};

template <typename E> QComboBox* vocabularyCombo(const char* name)
{
    QComboBox* combo = FormWidgets::comboNamed(name);
    for (E value : allValues<E>())
        combo->addItem(labelOf(value), int(value));
    return combo;
}

} // namespace

LeadPlanDialog::LeadPlanDialog(const Store& store, qint64 leadId, const QString& repName,
                               QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_leadId(leadId)
    , m_repName(repName)
    , m_summary(new QLabel)
    , m_steps(new QTableWidget(0, ColumnCount))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("leadPlanDialog"));
    setWindowTitle(tr("Nurture Plan of the Lead"));
    m_summary->setObjectName(QStringLiteral("leadPlanSummaryLabel"));
    m_summary->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("leadPlanStepsTable"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Due"), tr("Step"), tr("Content"), tr("For"), tr("Status"), tr("Note")});
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setTabKeyNavigation(false);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    m_steps->setAccessibleName(tr("Steps of the lead's plan"));
    m_message->setObjectName(QStringLiteral("leadPlanMessageLabel"));
    m_message->setWordWrap(true);
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, &LeadPlanDialog::showSelected);

    m_track = new QComboBox;
    m_track->setObjectName(QStringLiteral("leadPlanTrackComboBox"));
    m_switch = buttonNamed(tr("S&witch track…"), "leadPlanSwitchButton");
    m_switch->setToolTip(tr("Stops this plan and starts the lead on the track chosen"));
    connect(m_switch, &QPushButton::clicked, this, &LeadPlanDialog::changeTrack);
    try {
        m_pieces = ContentLibrary(store).pieces(true);
        for (const Track& track : TrackLibrary(store).current())
            m_track->addItem(tr("%1 (version %2)")
                                 .arg(NurtureDefaults::trackName(track.name))
                                 .arg(track.version),
                             track.id);
    } catch (const StoreError& error) {
        say(error.message(), true);
    }
    auto* trackRow = new QHBoxLayout;
    trackRow->addWidget(buddyLabel(tr("Other &track"), m_track));
    trackRow->addWidget(m_track, 1);
    trackRow->addWidget(m_switch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    layout->addWidget(buildForm());
    layout->addLayout(trackRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 560);
    reload();
    m_steps->setFocus(Qt::OtherFocusReason);
}

QWidget* LeadPlanDialog::buildForm()
{
    m_due = new QDateEdit;
    m_due->setObjectName(QStringLiteral("leadPlanDueDateEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_channel = vocabularyCombo<NurtureChannel>("leadPlanChannelComboBox");
    m_kind = vocabularyCombo<ContentKind>("leadPlanKindComboBox");
    m_piece = new QComboBox;
    m_piece->setObjectName(QStringLiteral("leadPlanPieceComboBox"));
    m_piece->addItem(tr("any piece of this kind"), qint64(0));
    for (const ContentPiece& piece : std::as_const(m_pieces))
        m_piece->addItem(piece.title, piece.id);
    // A piece has its kind.
    connect(m_piece, &QComboBox::activated, this, [this] {
        for (const ContentPiece& piece : std::as_const(m_pieces))
            if (piece.id == m_piece->currentData().toLongLong())
                m_kind->setCurrentIndex(m_kind->findData(int(piece.kind)));
    });
    m_purpose = new QComboBox;
    m_purpose->setObjectName(QStringLiteral("leadPlanPurposeComboBox"));
    for (StepPurpose purpose : NurtureTerms::all<StepPurpose>())
        m_purpose->addItem(NurtureTerms::label(purpose), int(purpose));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("leadPlanNoteLineEdit"));
    m_note->setPlaceholderText(tr("What to mention, or why the step is skipped"));
    m_note->setClearButtonEnabled(true);

    m_save = buttonNamed(tr("&Save step"), "leadPlanSaveButton");
    m_save->setToolTip(tr("Saves the day, channel, content, purpose and note onto the step"));
    m_add = buttonNamed(tr("&Add step"), "leadPlanAddButton");
    m_add->setToolTip(tr("Adds these values as a new step of the plan"));
    m_skip = buttonNamed(tr("Sk&ip step"), "leadPlanSkipButton");
    m_skip->setToolTip(tr("Marks the step skipped, with the note"));
    m_remove = buttonNamed(tr("&Remove step"), "leadPlanRemoveButton");
    connect(m_save, &QPushButton::clicked, this, &LeadPlanDialog::saveStep);
    connect(m_add, &QPushButton::clicked, this, &LeadPlanDialog::addStep);
    connect(m_skip, &QPushButton::clicked, this, &LeadPlanDialog::skipStep);
    connect(m_remove, &QPushButton::clicked, this, &LeadPlanDialog::removeStep);

    auto* box = new QGroupBox(tr("Step"));
    box->setObjectName(QStringLiteral("leadPlanStepGroupBox"));
    auto* grid = new QGridLayout(box);
    grid->addWidget(buddyLabel(tr("&Due on"), m_due), 0, 0);
    grid->addWidget(m_due, 0, 1);
    grid->addWidget(buddyLabel(tr("C&hannel"), m_channel), 0, 2);
    grid->addWidget(m_channel, 0, 3);
    grid->addWidget(buddyLabel(tr("&Kind"), m_kind), 0, 4);
    grid->addWidget(m_kind, 0, 5);
    grid->addWidget(buddyLabel(tr("&Piece"), m_piece), 1, 0);
    grid->addWidget(m_piece, 1, 1, 1, 3);
    grid->addWidget(buddyLabel(tr("F&or"), m_purpose), 1, 4);
    grid->addWidget(m_purpose, 1, 5);
    grid->addWidget(buddyLabel(tr("&Note"), m_note), 2, 0);
    grid->addWidget(m_note, 2, 1, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_save, m_add, m_skip, m_remove})
        actions->addWidget(button);
    actions->addStretch(1);
    grid->addLayout(actions, 3, 0, 1, 6);
    return box;
}

QDate LeadPlanDialog::localDay(qint64 utcSecs) const
{
    return DueDates::localDay(utcSecs, DueDates::zoneOf(m_plan ? m_plan->timeZone : QString()));
}

void LeadPlanDialog::reload()
{
    const PlanStep* before = selected();
    const qint64 keep = before ? before->id : 0;
    try {
        m_plan = NurturePlans(m_store).activePlanOf(m_leadId);
    } catch (const StoreError& error) {
        m_plan.reset();
        say(error.message(), true);
    }
    if (!m_plan) {
        m_summary->setText(tr("The lead has no running nurture plan. Start one with the Nurture "
                              "decision."));
    } else {
        QString text =
            tr("Track %1 (version %2), started %3. Due dates skip weekends and the "
               "public holidays of %4.")
                .arg(NurtureDefaults::trackName(m_plan->trackName))
                .arg(m_plan->trackVersion)
                .arg(QLocale().toString(localDay(m_plan->startedAt), QLocale::ShortFormat),
                     m_plan->country == QLatin1String("DE") ? HolidayRegions::nameOf(m_plan->region)
                                                            : m_plan->country);
        if (m_plan->pausedAt(Clock::nowSecs()))
            text += QLatin1Char(' ') + tr("The plan is paused.");
        m_summary->setText(text);
        m_track->setCurrentIndex(qMax(0, m_track->findData(m_plan->trackId)));
    }
    const QSignalBlocker blocker(m_steps);
    const QList<PlanStep> steps = m_plan ? m_plan->steps : QList<PlanStep>();
    m_steps->clearSelection();
    m_steps->clearContents();
    m_steps->setRowCount(int(steps.size()));
    int keptRow = -1;
    for (int row = 0; row < steps.size(); ++row) {
        const PlanStep& step = steps[row];
        QString status = labelOf(step.status);
        if (step.response)
            status = tr("%1 (%2)").arg(status, NurtureTerms::label(*step.response));
        const QStringList cells = {QLocale().toString(localDay(step.dueAt), QLocale::ShortFormat),
                                   labelOf(step.channel),
                                   step.contentTitle.isEmpty() ? labelOf(step.kind)
                                                               : step.contentTitle,
                                   NurtureTerms::label(step.purpose),
                                   status,
                                   step.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, step.id);
            if (step.status != StepStatus::Pending)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_steps->setItem(row, column, item);
        }
        if (step.id == keep || (keptRow < 0 && !keep && step.status == StepStatus::Pending))
            keptRow = row;
    }
    if (keptRow >= 0)
        m_steps->selectRow(keptRow);
    showSelected();
}

const PlanStep* LeadPlanDialog::selected() const
{
    if (!m_plan)
        return nullptr;
    const QModelIndexList rows = m_steps->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_plan->steps.size())
        return nullptr;
    return &m_plan->steps[rows.first().row()];
}

bool LeadPlanDialog::selectStep(qint64 stepId)
{
    for (int row = 0; m_plan && row < m_plan->steps.size(); ++row)
        if (m_plan->steps[row].id == stepId) {
            m_steps->selectRow(row);
            return true;
        }
    return false;
}

void LeadPlanDialog::showSelected()
{
    if (const PlanStep* step = selected()) {
        m_due->setDate(localDay(step->dueAt));
        m_channel->setCurrentIndex(m_channel->findData(int(step->channel)));
        m_kind->setCurrentIndex(m_kind->findData(int(step->kind)));
        m_piece->setCurrentIndex(qMax(0, m_piece->findData(step->contentId)));
        m_purpose->setCurrentIndex(m_purpose->findData(int(step->purpose)));
        m_note->setText(step->note);
    } else {
        m_due->setDate(Clock::now().toLocalTime().date().addDays(7));
        m_note->clear();
    }
    updateActions();
}

void LeadPlanDialog::updateActions()
{
    const PlanStep* step = selected();
    const bool running = m_plan && m_plan->running();
    const bool pending = running && step && step->status == StepStatus::Pending;
    m_save->setEnabled(pending);
    m_skip->setEnabled(pending);
    m_remove->setEnabled(pending);
    m_add->setEnabled(running);
    m_switch->setEnabled(running && m_track->count() > 0);
}

StepEdit LeadPlanDialog::edit() const
{
    StepEdit edit;
    edit.channel = NurtureChannel(m_channel->currentData().toInt());
    edit.kind = ContentKind(m_kind->currentData().toInt());
    edit.contentId = m_piece->currentData().toLongLong();
    edit.purpose = StepPurpose(m_purpose->currentData().toInt());
    edit.dueDay = m_due->date();
    edit.note = m_note->text().trimmed();
    return edit;
}

void LeadPlanDialog::say(const QString& text, bool problem)
{
    m_message->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(problem ? ThemeColours::errorText() : ThemeColours::successText()));
    m_message->setText(text);
}

void LeadPlanDialog::saveStep()
{
    const PlanStep* step = selected();
    if (!step)
        return;
    const qint64 id = step->id;
    StepEdit change = edit();
    if (change.dueDay == localDay(step->dueAt))
        change.dueDay = {}; // the day stays, and so does its time
    const QDate asked = m_due->date();
    try {
        NurturePlans(m_store).editStep(id, change);
        reload();
        selectStep(id);
        const QDate due = selected() ? localDay(selected()->dueAt) : asked;
        say(due == asked ? tr("Step saved.")
                         : tr("Step saved; %1 is not a working day for the lead, so it falls due "
                              "on %2.")
                               .arg(QLocale().toString(asked, QLocale::ShortFormat),
                                    QLocale().toString(due, QLocale::ShortFormat)),
            false);
    } catch (const StoreError& error) {
        say(error.message(), true);
        reload();
    }
}

void LeadPlanDialog::addStep()
{
    if (!m_plan)
        return;
    try {
        const qint64 id = NurturePlans(m_store).addStep(m_plan->id, edit());
        reload();
        selectStep(id);
        say(tr("Step added."), false);
    } catch (const StoreError& error) {
        say(error.message(), true);
        reload();
    }
}

void LeadPlanDialog::skipStep()
{
    const PlanStep* step = selected();
    if (!step)
        return;
    StepOutcome outcome;
    outcome.skipped = true;
    outcome.note = m_note->text().trimmed();
    try {
        StepCompletion(m_store).record(step->id, outcome, m_repName);
        reload();
        say(tr("Step skipped."), false);
    } catch (const StoreError& error) {
        say(error.message(), true);
        reload();
    }
}

void LeadPlanDialog::removeStep()
{
    const PlanStep* step = selected();
    if (!step)
        return;
    const qint64 id = step->id;
    const auto answer = Prompts::question(
        this, tr("Remove step"),
        tr("Remove the step \"%1\" due %2 from this lead's plan?")
            .arg(step->contentTitle.isEmpty() ? labelOf(step->kind) : step->contentTitle,
                 QLocale().toString(localDay(step->dueAt), QLocale::ShortFormat)));
    if (answer != QMessageBox::Yes)
        return;
    try {
        NurturePlans(m_store).removeStep(id);
        say(tr("Step removed."), false);
    } catch (const StoreError& error) {
        say(error.message(), true);
    }
    reload();
}

void LeadPlanDialog::changeTrack()
{
    if (!m_plan || m_track->currentIndex() < 0)
        return;
    const auto answer = Prompts::question(
        this, tr("Switch track"),
        tr("Stop this plan and start the lead on \"%1\"? Steps done so far stay in the "
           "timeline.")
            .arg(m_track->currentText()));
    if (answer != QMessageBox::Yes)
        return;
    try {
        NurturePlans(m_store).start(m_leadId, m_track->currentData().toLongLong(), m_repName,
                                    {m_plan->region, m_plan->proposal});
        reload();
        say(tr("The lead now follows %1.").arg(m_track->currentText()), false);
    } catch (const StoreError& error) {
        say(error.message(), true);
        reload();
    }
}
