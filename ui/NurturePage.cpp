#include "NurturePage.h"

#include "FormWidgets.h"
#include "LeadPlanDialog.h"
#include "Prompts.h"
#include "ThemeColours.h"
#include "TrackEffectPanel.h"
#include "nurture/NurtureDefaults.h"
#include "nurture/NurtureMail.h"
#include "nurture/PlanStops.h"
#include "nurture/StepCompletion.h"
#include "nurture/TrackLibrary.h"
#include "store/Store.h"
#include "store/StoreEvents.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using FormWidgets::buddyLabel;
using FormWidgets::buttonNamed;
using FormWidgets::comboNamed;

namespace {

enum Column
{
    Due,
    LeadName,
    Company,
    TrackName,
    Phase,
    Kind,
    Content,
    Purpose,
    Rep,
    ColumnCount
};

} // namespace

NurturePage::NurturePage(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("nurturePage"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("nurtureStepsTable"));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Lead"), tr("Company"), tr("Track"),
                                        tr("Phase"), tr("Step"), tr("Content"), tr("For"),
                                        tr("Rep")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Content, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Due nurture steps"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NurturePage::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &NurturePage::openSelectedLead);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &NurturePage::openSelectedLead);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("nurtureMessageLabel"));
    m_message->setWordWrap(true);

    auto* steps = new QWidget;
    auto* stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(buildFilters());
    stepsLayout->addWidget(m_table, 1);
    stepsLayout->addWidget(buildActions());
    stepsLayout->addWidget(m_message);

    auto* effectBox = new QGroupBox(tr("Track effect"));
    m_effect = new TrackEffectPanel;
    (new QVBoxLayout(effectBox))->addWidget(m_effect);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(steps);
    splitter->addWidget(effectBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    updateActions();
}

QWidget* NurturePage::buildFilters()
{
    m_window = comboNamed("nurtureWindowComboBox");
    m_window->addItem(tr("Due today and overdue"), int(DueFilter::Window::Today));
    m_window->addItem(tr("Overdue"), int(DueFilter::Window::Overdue));
    m_window->addItem(tr("Due this week"), int(DueFilter::Window::Week));
    m_window->addItem(tr("All pending steps"), int(DueFilter::Window::All));
    m_whose = comboNamed("nurtureWhoseComboBox");
    m_whose->addItem(tr("me"), true);
    m_whose->addItem(tr("the whole team"), false);
    m_track = comboNamed("nurtureTrackFilterComboBox");
    m_phase = comboNamed("nurturePhaseFilterComboBox");
    m_phase->addItem(tr("Any phase"), QString());
    for (BuyingPhase phase : allValues<BuyingPhase>())
        if (phase != BuyingPhase::Unknown)
            m_phase->addItem(labelOf(phase), keyOf(phase));
    m_kind = comboNamed("nurtureKindFilterComboBox");
    m_kind->addItem(tr("Any kind of step"), QString());
    for (NurtureChannel channel : allValues<NurtureChannel>())
        m_kind->addItem(labelOf(channel), keyOf(channel));
    fillFilterChoices();

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Due"), m_window));
    layout->addWidget(m_window);
    layout->addWidget(buddyLabel(tr("Plans &by"), m_whose));
    layout->addWidget(m_whose);
    layout->addWidget(buddyLabel(tr("T&rack"), m_track));
    layout->addWidget(m_track, 1);
    layout->addWidget(buddyLabel(tr("Ph&ase"), m_phase));
    layout->addWidget(m_phase);
    layout->addWidget(buddyLabel(tr("Step &kind"), m_kind));
    layout->addWidget(m_kind);
    for (QComboBox* combo : {m_window, m_whose, m_track, m_phase, m_kind})
        connect(combo, &QComboBox::activated, this, &NurturePage::refresh);
    return row;
}

QWidget* NurturePage::buildActions()
{
    m_response = comboNamed("nurtureResponseComboBox");
    for (StepResponse response : NurtureTerms::all<StepResponse>())
        m_response->addItem(NurtureTerms::label(response), int(response));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("nurtureNoteLineEdit"));
    m_note->setPlaceholderText(tr("What the lead said or did"));
    m_note->setClearButtonEnabled(true);
    m_stop = new QCheckBox(tr("Asks for &contact (stops the plan)"));
    m_stop->setObjectName(QStringLiteral("nurtureStopCheckBox"));
    m_done = buttonNamed(tr("&Mark done"), "nurtureDoneButton");
    m_skip = buttonNamed(tr("Sk&ip step"), "nurtureSkipButton");
    m_mail = buttonNamed(tr("&Write e-mail…"), "nurtureMailButton");
    m_sent = buttonNamed(tr("Mark &sent"), "nurtureSentButton");
    m_sent->setToolTip(tr("Marks the selected leads' step sent (the same step of one track)"));
    m_open = buttonNamed(tr("O&pen lead"), "nurtureOpenLeadButton");
    m_pause = buttonNamed(tr("Pa&use my plans…"), "nurturePauseButton");
    m_pause->setToolTip(tr("Moves every later step of your running plans by an absence"));
    m_editPlan = buttonNamed(tr("&Edit plan…"), "nurtureEditPlanButton");
    m_editPlan->setToolTip(tr("This lead's plan: move, skip, add or remove steps, add a note"));
    connect(m_editPlan, &QPushButton::clicked, this, &NurturePage::editSelectedPlan);
    connect(m_done, &QPushButton::clicked, this, [this] { recordSelected(false); });
    connect(m_skip, &QPushButton::clicked, this, [this] { recordSelected(true); });
    connect(m_mail, &QPushButton::clicked, this, &NurturePage::writeMail);
    connect(m_sent, &QPushButton::clicked, this, &NurturePage::markSelectedSent);
    connect(m_open, &QPushButton::clicked, this, &NurturePage::openSelectedLead);
    connect(m_pause, &QPushButton::clicked, this, &NurturePage::pauseMyPlans);

    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* record = new QHBoxLayout;
    record->addWidget(buddyLabel(tr("Respo&nse"), m_response));
    record->addWidget(m_response);
    record->addWidget(buddyLabel(tr("N&ote"), m_note));
    record->addWidget(m_note, 1);
    record->addWidget(m_stop);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_done, m_skip, m_mail, m_sent, m_open, m_editPlan})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    layout->addLayout(record);
    layout->addLayout(buttons);
    return box;
}

void NurturePage::fillFilterChoices()
{
    const QString chosen = m_track->currentData().toString();
    m_track->clear();
    m_track->addItem(tr("Any track"), QString());
    if (m_store)
        for (const Track& track : TrackLibrary(*m_store).current())
            m_track->addItem(NurtureDefaults::trackName(track.name), track.key);
    m_track->setCurrentIndex(qMax(0, m_track->findData(chosen)));
}

void NurturePage::setStore(Store* store)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_store = store;
    m_events = store ? store->events() : nullptr;
    // Any lead's change may move a step (done elsewhere, a plan stopped): read again once the
    // burst of announcements is over.
    auto later = [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            if (isVisible())
                refresh();
        });
    };
    if (m_events) {
        connect(m_events, &StoreEvents::leadChanged, this, later);
        connect(m_events, &StoreEvents::leadsChanged, this, later);
    }
    m_effect->setStore(store);
    refresh();
}

void NurturePage::refresh()
{
    const QList<qint64> selected = [this] {
        QList<qint64> ids;
        for (const DueStep& step : selectedSteps())
            ids.append(step.stepId);
        return ids;
    }();
    // A track edited elsewhere: the filter and the effect list the current ones.
    fillFilterChoices();
    m_steps.clear();
    if (m_store) {
        DueFilter filter;
        filter.window = DueFilter::Window(m_window->currentData().toInt());
        if (m_whose->currentData().toBool())
            filter.repName = m_settings.repName();
        filter.trackKey = m_track->currentData().toString();
        filter.phase = fromKey<BuyingPhase>(m_phase->currentData().toString());
        filter.channel = fromKey<NurtureChannel>(m_kind->currentData().toString());
        try {
            m_steps = NurtureDue(*m_store).list(filter);
        } catch (const StoreError& error) {
            m_message->setText(error.message());
        }
    }
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_steps.size()));
    const QDate today = Clock::now().toLocalTime().date();
    for (int row = 0; row < m_steps.size(); ++row) {
        const DueStep& step = m_steps[row];
        const QDate day = Clock::fromSecs(step.dueAt).toLocalTime().date();
        const QString due =
            day == today   ? tr("today")
            : step.overdue ? tr("%1 (overdue)").arg(QLocale().toString(day, QLocale::ShortFormat))
                           : QLocale().toString(day, QLocale::ShortFormat);
        const QStringList cells = {due,
                                   step.leadName,
                                   step.company,
                                   NurtureDefaults::trackName(step.trackName),
                                   labelOf(step.phase),
                                   labelOf(step.channel),
                                   step.contentTitle.isEmpty() ? labelOf(step.kind)
                                                               : step.contentTitle,
                                   NurtureTerms::label(step.purpose),
                                   step.repName};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, step.stepId);
            if (step.overdue)
                item->setForeground(QColor(ThemeColours::errorText()));
            m_table->setItem(row, column, item);
        }
        if (selected.contains(step.stepId)) // kept across a refresh, however many
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
    }
    m_effect->reloadTracks();
    updateActions();
}

bool NurturePage::selectStep(qint64 stepId)
{
    for (int row = 0; row < m_steps.size(); ++row)
        if (m_steps[row].stepId == stepId) {
            m_table->selectionModel()->setCurrentIndex(m_table->model()->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
            return true;
        }
    return false;
}

QList<DueStep> NurturePage::selectedSteps() const
{
    QList<DueStep> steps;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (index.row() < m_steps.size())
            steps.append(m_steps[index.row()]);
    return steps;
}

void NurturePage::updateActions()
{
    const QList<DueStep> steps = selectedSteps();
    const bool one = steps.size() == 1;
    m_done->setEnabled(one);
    m_skip->setEnabled(one);
    m_open->setEnabled(one);
    m_editPlan->setEnabled(one);
    m_mail->setEnabled(one && steps.first().channel == NurtureChannel::Email);
    m_sent->setEnabled(!steps.isEmpty());
    m_sent->setText(steps.size() > 1 ? tr("Mark &sent (%n)", nullptr, int(steps.size()))
                                     : tr("Mark &sent"));
    m_pause->setEnabled(m_store != nullptr);
}

void NurturePage::openSelectedLead()
{
    const QList<DueStep> steps = selectedSteps();
    if (!steps.isEmpty())
        emit openLeadRequested(steps.first().leadId);
}

void NurturePage::showResult(const QString& leadName, const StepResult& result)
{
    QString text = tr("%1: score %2 → %3, grade %4 → %5.")
                       .arg(leadName)
                       .arg(result.totalBefore)
                       .arg(result.totalAfter)
                       .arg(result.gradeBefore, result.gradeAfter);
    if (result.crossedThreshold)
        text += QLatin1Char(' ') + tr("Interest crossed the threshold: the lead is back in the "
                                      "call queue.");
    if (result.planStopped)
        text += QLatin1Char(' ') + tr("The plan is stopped.");
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColours::successText()));
    m_message->setText(text);
    emit statusMessage(text);
}

void NurturePage::recordSelected(bool skip)
{
    const QList<DueStep> steps = selectedSteps();
    if (!m_store || steps.size() != 1)
        return;
    const DueStep step = steps.first();
    StepOutcome outcome;
    outcome.skipped = skip;
    if (!skip)
        outcome.response = StepResponse(m_response->currentData().toInt());
    outcome.note = m_note->text().trimmed();
    if (!skip && m_stop->isChecked())
        outcome.stop = StopReason::ContactRequested;
    try {
        const StepResult result =
            StepCompletion(*m_store).record(step.stepId, outcome, m_settings.repName());
        m_note->clear();
        m_stop->setChecked(false);
        showResult(step.leadName, result);
    } catch (const StoreError& error) {
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColours::errorText()));
        m_message->setText(error.message());
    }
    refresh();
    m_table->setFocus(Qt::OtherFocusReason);
}

void NurturePage::markSelectedSent()
{
    const QList<DueStep> steps = selectedSteps();
    if (!m_store || steps.isEmpty())
        return;
    for (const DueStep& step : steps)
        if (step.trackKey != steps.first().trackKey ||
            step.contentTitle != steps.first().contentTitle ||
            step.channel != steps.first().channel || step.kind != steps.first().kind) {
            m_message->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColours::errorText()));
            m_message->setText(tr("Mark sent takes leads at the same step: select rows of one "
                                  "track with the same content and kind of step."));
            return;
        }
    QStringList problems;
    int sent = 0;
    for (const DueStep& step : steps) {
        try {
            StepCompletion(*m_store).markSent(step.stepId, m_settings.repName());
            ++sent;
        } catch (const StoreError& error) {
            problems.append(tr("%1: %2").arg(step.leadName, error.message()));
        }
    }
    const QString text = tr("%n step(s) marked sent.", nullptr, sent);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(problems.isEmpty() ? ThemeColours::successText() : ThemeColours::errorText()));
    m_message->setText(
        problems.isEmpty() ? text : text + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    emit statusMessage(text);
    refresh();
}

void NurturePage::writeMail()
{
    const QList<DueStep> steps = selectedSteps();
    if (!m_store || steps.size() != 1 || steps.first().channel != NurtureChannel::Email)
        return;
    const DueStep step = steps.first();
    const NurtureMail::Message mail =
        NurtureMail::forStep(*m_store, step.stepId, m_settings.repName());
    if (mail.to.isEmpty()) {
        Prompts::information(
            this, tr("Write e-mail"),
            tr("%1 has no e-mail address. Add one on the lead card first.").arg(step.leadName));
        return;
    }
    if (!m_openUrl(NurtureMail::mailto(mail))) {
        Prompts::critical(this, tr("Write e-mail"),
                          tr("No mail program opened the message. Set one up as the default "
                             "for e-mail and try again."));
        return;
    }
    const auto answer = Prompts::question(
        this, tr("Write e-mail"),
        tr("Did you send the e-mail to %1? It is then marked sent; record the response when it "
           "comes.")
            .arg(step.leadName));
    if (answer != QMessageBox::Yes)
        return;
    markSelectedSent();
}

void NurturePage::pauseMyPlans()
{
    if (!m_store)
        return;
    const QDate today = Clock::now().toLocalTime().date();
    const QDate from =
        Prompts::date(this, tr("Pause my plans"), tr("First day of your absence:"), today, today);
    if (!from.isValid())
        return;
    const QDate to = Prompts::date(this, tr("Pause my plans"), tr("Last day of your absence:"),
                                   from.addDays(13), from);
    if (!to.isValid())
        return;
    try {
        const int paused = PlanStops(*m_store).pauseRep(m_settings.repName(), from, to);
        const QString text =
            tr("%n plan(s) paused from %1 to %2; their later steps move by the absence.", nullptr,
               paused)
                .arg(QLocale().toString(from, QLocale::ShortFormat),
                     QLocale().toString(to, QLocale::ShortFormat));
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColours::successText()));
        m_message->setText(text);
        emit statusMessage(text);
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Pause my plans"), error.message());
    }
    refresh();
}

void NurturePage::editSelectedPlan()
{
    const QList<DueStep> steps = selectedSteps();
    if (!m_store || steps.size() != 1)
        return;
    auto* dialog = new LeadPlanDialog(*m_store, steps.first().leadId, m_settings.repName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectStep(steps.first().stepId);
    dialog->setWindowTitle(tr("Nurture Plan of %1").arg(steps.first().leadName));
    // The page follows the plan's changes through the store's announcements.
    dialog->open();
}
