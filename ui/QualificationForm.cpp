#include "QualificationForm.h"

#include "DecisionPanel.h"
#include "KeyFactsPanel.h"
#include "NurtureTrackChooser.h"
#include "Prompts.h"
#include "QualificationFields.h"
#include "ScorePanel.h"
#include "leads/LeadVersion.h"
#include "qualification/DraftSaver.h"
#include "qualification/KeyFacts.h"
#include "qualification/QualificationRepository.h"
#include "scoring/ScoringEngine.h"
#include "store/Store.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

QDate today()
{
    return Clock::now().toLocalTime().date();
}

QString timeText(qint64 secs)
{
    return QLocale().toString(Clock::fromSecs(secs).toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

QualificationForm::QualificationForm(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_title(new QLabel)
    , m_draftLabel(new QLabel)
    , m_discardDraft(new QPushButton(tr("Discard draft")))
    , m_score(new ScorePanel)
    , m_keyFacts(new KeyFactsPanel)
    , m_fields(new QualificationFields)
    , m_save(new QPushButton(tr("&Save qualification")))
    , m_saveMessage(new QLabel)
    , m_decisions(new DecisionPanel)
    , m_scroll(new QScrollArea)
{
    setObjectName(QStringLiteral("qualificationFormWidget"));
    m_title->setObjectName(QStringLiteral("qualificationTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_draftLabel->setObjectName(QStringLiteral("draftLabel"));
    m_draftLabel->setWordWrap(true);
    m_discardDraft->setObjectName(QStringLiteral("discardDraftButton"));
    m_save->setObjectName(QStringLiteral("saveQualificationButton"));
    m_saveMessage->setObjectName(QStringLiteral("saveMessageLabel"));
    m_saveMessage->setWordWrap(true);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_title);
    auto* draftRow = new QHBoxLayout;
    draftRow->addWidget(m_draftLabel, 1);
    draftRow->addWidget(m_discardDraft);
    column->addLayout(draftRow);
    column->addWidget(m_score);
    column->addWidget(m_keyFacts);
    column->addWidget(m_fields);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveMessage, 1);
    saveRow->addWidget(m_save);
    column->addLayout(saveRow);
    column->addWidget(m_decisions);
    column->addStretch(1);

    QScrollArea* scroll = m_scroll;
    scroll->setObjectName(QStringLiteral("qualificationScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setTabOrder(m_fields->lastField(), m_save);

    connect(m_fields, &QualificationFields::edited, this, &QualificationForm::onEdited);
    connect(m_fields, &QualificationFields::focusLeft, this, [this] {
        if (m_drafts)
            m_drafts->flush();
    });
    connect(m_save, &QPushButton::clicked, this, &QualificationForm::save);
    connect(m_discardDraft, &QPushButton::clicked, this, &QualificationForm::discardDraft);
    connect(m_decisions, &DecisionPanel::decisionRequested, this, &QualificationForm::decide);
    buildActions();
    setLeadPresent(false);
}

QualificationForm::~QualificationForm() = default;

void QualificationForm::buildActions()
{
    m_saveAction = new QAction(tr("Sa&ve Qualification"), this);
    m_saveAction->setObjectName(QStringLiteral("saveQualificationAction"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveAction, &QAction::triggered, this, &QualificationForm::save);
    m_actions.append(m_saveAction);
    const QList<std::tuple<Decision, QString, QString, QKeySequence>> decisions{
        {Decision::SalesReady, tr("Sales-read&y"), QStringLiteral("salesReadyAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {Decision::MarketingQualified, tr("&Marketing-qualified"), QStringLiteral("mqlAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {Decision::Nurture, tr("Nur&ture…"), QStringLiteral("nurtureAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {Decision::Disqualify, tr("Dis&qualify"), QStringLiteral("disqualifyAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {Decision::Reopen, tr("Re&open"), QStringLiteral("reopenAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}};
    for (const auto& [decision, text, name, shortcut] : decisions) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        const Decision d = decision;
        connect(action, &QAction::triggered, this, [this, d] { decide(d); });
        m_actions.append(action);
    }
}

void QualificationForm::setStore(const Store* store)
{
    m_drafts.reset(); // writes what is pending to the old store
    m_loadedFits.clear();
    m_store = store;
    followStore(store);
    if (m_store) {
        m_drafts = std::make_unique<DraftSaver>(*m_store, m_settings.repName());
        connect(m_drafts.get(), &DraftSaver::saved, this, [this](qint64 leadId) {
            if (leadId == m_leadId && m_dirty) {
                m_draftSavedAt = Clock::nowSecs();
                updateDraftBanner();
            }
        });
    }
    showLead(0);
}

void QualificationForm::followStore(const Store* store)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = store ? store->events() : nullptr;
    if (!m_events)
        return;
    // Typing is kept (see showLead): a change made elsewhere only reaches untouched fields.
    connect(m_events, &StoreEvents::leadChanged, this, [this](qint64 id) {
        if (id == m_leadId && id != 0)
            showLead(id);
    });
    connect(m_events, &StoreEvents::leadsChanged, this, [this] {
        if (m_leadId != 0)
            showLead(m_leadId);
    });
}

void QualificationForm::setLeadPresent(bool present)
{
    m_fields->setEnabled(present);
    m_decisions->setLeadPresent(present);
    for (QAction* action : m_actions)
        action->setEnabled(present);
    if (!present) {
        m_leadId = 0;
        // No lead, no data: a released or erased lead's answers must not stay on screen.
        m_fields->setEntry(QualificationEntry{});
        m_fields->showProblems({});
        m_fields->showCompanySize({});
        m_decisions->reset();
        m_dirty = false;
        m_title->setText(tr("Qualification"));
        m_score->clear();
        m_keyFacts->showNoLead();
        m_draftLabel->hide();
        m_discardDraft->hide();
        m_save->setEnabled(false);
        m_saveMessage->clear();
    }
}

void QualificationForm::showLead(qint64 leadId)
{
    if (m_writing && leadId == m_leadId)
        return; // announced by this form's own write: it shows the lead again when done
    if (m_drafts && m_dirty)
        m_drafts->flush();
    // The same lead shown again (after a save, or a change on the card) keeps what was said
    // about it and what is filled in for a decision.
    const bool otherLead = leadId != m_leadId;
    if (otherLead) {
        m_saveMessage->clear();
        m_decisions->showMessage({}, false);
        scrollToTop(); // the new lead's score first
    }
    m_leadId = leadId;
    m_context.reset();
    m_dirty = false;
    m_draftSavedAt = 0;
    if (leadId != 0 && m_store) {
        try {
            m_context = QualificationService(*m_store).load(leadId, QLocale());
        } catch (const StoreError& error) {
            Prompts::critical(this, tr("Cannot load the qualification"), error.message());
        }
    }
    if (!m_context) {
        m_leadId = 0;
        setLeadPresent(false);
        return;
    }
    setLeadPresent(true);
    if (otherLead)
        m_decisions->reset();
    if (m_context->lead.stage == Stage::Nurture)
        m_decisions->showNurtureUntil(m_context->lead.nurtureUntil);
    if (otherLead) // the same lead again keeps the track the rep chose
        m_decisions->trackChooser()->showLead(m_store, leadId);
    m_title->setText(tr("Qualifying %1").arg(m_context->lead.displayName()));
    std::optional<QualificationEntry> typed = m_drafts->unsaved(leadId);
    if (!typed && m_context->draft) {
        typed = m_context->draft->entry;
        m_draftSavedAt = m_context->draft->savedAt;
    }
    if (!typed) {
        m_loadedFits.insert(leadId, m_context->storedFit);
        showEntry(m_context->storedEntry);
        return;
    }
    // Fit attributes changed elsewhere (the card's editor, another window) show up in the
    // fields the rep has not touched.
    FitAttributes loaded = m_loadedFits.value(leadId, m_context->storedFit);
    const QualificationEntry entry =
        QualificationService::rebase(*typed, loaded, m_context->storedFit, QLocale());
    m_loadedFits.insert(leadId, loaded);
    showEntry(entry);
    if (entry != *typed && m_dirty)
        m_drafts->update(leadId, entry);
    else if (entry != *typed)
        m_drafts->discard(leadId);
}

void QualificationForm::showEntry(const QualificationEntry& entry)
{
    m_fields->setEntry(entry);
    m_dirty = entry != m_context->storedEntry;
    refresh();
}

void QualificationForm::onEdited()
{
    if (!m_context)
        return;
    const QualificationEntry entry = m_fields->entry();
    const bool dirty = entry != m_context->storedEntry;
    if (dirty)
        m_drafts->update(m_leadId, entry);
    else if (m_dirty)
        m_drafts->discard(m_leadId);
    m_dirty = dirty;
    if (!dirty)
        m_draftSavedAt = 0;
    m_saveMessage->clear();
    refresh();
}

void QualificationForm::refresh()
{
    const QualificationContext& context = *m_context;
    const ParsedEntry parsed =
        QualificationService::parse(context, m_fields->entry(), QLocale(), today());
    m_fields->showProblems(parsed.problems);
    const EmployeeBand* band =
        parsed.fit.employees ? context.rules.rules.bandFor(*parsed.fit.employees) : nullptr;
    m_fields->showCompanySize(band ? ScoringRules::sizeLabel(band->size) : QString());
    const ScoreResult score = ScoringEngine::score(
        context.rules.rules, QualificationService::inputFor(context, parsed), Clock::nowSecs());
    m_score->showScore(score, context.rules.rules, context.rules.version);
    m_keyFacts->showFacts(KeyFacts::open(parsed.qualification, parsed.fit));
    m_decisions->setAvailability(context.lead.stage, score, context.rules.rules);
    m_save->setEnabled(m_dirty);
    m_saveAction->setEnabled(true);
    updateDraftBanner();
}

void QualificationForm::updateDraftBanner()
{
    m_draftLabel->setVisible(m_dirty);
    m_discardDraft->setVisible(m_dirty);
    if (!m_dirty)
        return;
    m_draftLabel->setText(m_draftSavedAt > 0
                              ? tr("Not saved yet — your typing is kept as a draft (last kept %1).")
                                    .arg(timeText(m_draftSavedAt))
                              : tr("Not saved yet — your typing is kept as a draft."));
}

void QualificationForm::discardDraft()
{
    if (!m_context)
        return;
    m_drafts->discard(m_leadId);
    m_draftSavedAt = 0;
    m_loadedFits.insert(m_leadId, m_context->storedFit);
    showEntry(m_context->storedEntry);
}

void QualificationForm::reloadContext()
{
    const qint64 id = m_leadId;
    m_dirty = false;
    showLead(id);
}

bool QualificationForm::save()
{
    if (!m_context || !m_store)
        return false;
    QualificationService::SaveResult result;
    try {
        const QScopedValueRollback writing(m_writing, true);
        result = QualificationService(*m_store).save(
            m_leadId, m_fields->entry(), m_loadedFits.value(m_leadId, m_context->storedFit),
            m_settings.repName(), QLocale(), today());
    } catch (const StoreError& error) {
        Prompts::critical(
            this, tr("Cannot save the qualification"),
            tr("%1\nNothing was lost: your typing is kept as a draft.").arg(error.message()));
        return false;
    }
    if (!result.conflicts.isEmpty()) {
        showConflicts(result);
        return false;
    }
    if (!result.saved) {
        m_fields->showProblems(result.problems);
        m_saveMessage->setText(tr("Not saved: correct the marked fields."));
        emit statusMessage(m_saveMessage->text());
        if (QWidget* field = m_fields->firstProblemField()) {
            field->setFocus(Qt::OtherFocusReason);
            reveal(field);
        }
        return false;
    }
    // The service removed the stored draft; this also drops one still on its way there, and
    // waits for that, so the form reloaded below cannot find a late draft and show it unsaved.
    m_drafts->discardAndWait(m_leadId);
    const qint64 id = m_leadId;
    m_loadedFits.remove(id);
    reloadContext();
    m_saveMessage->setText(
        tr("Saved. Score %1, grade %2.").arg(result.score.total).arg(keyOf(result.score.grade)));
    emit statusMessage(tr("Qualification of %1 saved: score %2, grade %3.")
                           .arg(m_context ? m_context->lead.displayName() : QString())
                           .arg(result.score.total)
                           .arg(keyOf(result.score.grade)));
    return true;
}

void QualificationForm::showConflicts(const QualificationService::SaveResult& result)
{
    // Saving again means "mine": from now on the typing is measured against the value found.
    FitAttributes& loaded = m_loadedFits[m_leadId];
    for (LeadField field : result.conflicts)
        QualificationRepository::copyFit(loaded, result.storedFit, field);
    reloadContext(); // fields the rep did not touch show what was changed elsewhere
    m_fields->showProblems(result.problems);
    m_saveMessage->setText(
        tr("Not saved: a field you changed was also changed elsewhere. See the marked fields."));
    emit statusMessage(m_saveMessage->text());
    if (QWidget* field = m_fields->firstProblemField()) {
        field->setFocus(Qt::OtherFocusReason);
        reveal(field);
    }
}

bool QualificationForm::decide(Decision decision)
{
    if (!m_context || !m_store)
        return false;
    if (!m_decisions->isPossible(decision)) {
        showRefusal(decision,
                    tr("A lead in stage %1 cannot be moved by \"%2\".")
                        .arg(labelOf(m_context->lead.stage), StageDecisions::label(decision)));
        return false;
    }
    // With a track the plan's steps bring the lead back earlier; the day is the latest return.
    const qint64 trackId =
        decision == Decision::Nurture ? m_decisions->trackChooser()->trackId() : 0;
    if (decision == Decision::Nurture && !m_decisions->nurtureDateChosen()) {
        // No silent default: the day the lead comes back is the rep's to choose.
        const QDate until = Prompts::date(this, tr("Nurture until"),
                                          tr("On which day should %1 come back into the queue?")
                                              .arg(m_context->lead.displayName()),
                                          m_decisions->nurtureDate(), today().addDays(1));
        if (!until.isValid()) {
            emit statusMessage(tr("Nurture cancelled: no day was chosen."));
            return false;
        }
        m_decisions->setNurtureDate(until);
    }
    // Read before saving: what the rep filled in for the decision must survive the save.
    const DecisionRequest request = m_decisions->request(decision);
    if (m_dirty && !save())
        return false;
    // The stage the rep decides on: one changed by someone else since is not overwritten.
    const DecisionBasis basis{m_context->rowVersion, m_context->lead.stage};
    const qint64 id = m_leadId;
    try {
        const QScopedValueRollback writing(m_writing, true);
        if (trackId != 0)
            StageDecisions(*m_store).applyWithPlan(
                id, request, {trackId, {}, m_decisions->trackChooser()->proposalText()},
                m_settings.repName(), basis);
        else
            StageDecisions(*m_store).apply(id, request, m_settings.repName(), basis);
    } catch (const DecisionRefused& refused) {
        showRefusal(decision, refused.message());
        return false;
    } catch (const LeadConflict& conflict) {
        reloadContext();
        const Stage theirs = fromKeyOr(conflict.conflicts().value(0).theirs, Stage::New);
        showRefusal(decision, tr("Someone else moved this lead to %1 in the meantime. Decide "
                                 "again if your decision still applies.")
                                  .arg(labelOf(theirs)));
        return false;
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Cannot record the decision"), error.message());
        return false;
    }
    const QString name = m_context->lead.displayName();
    m_decisions->reset();
    reloadContext();
    QString done =
        tr("%1: the lead is now %2.")
            .arg(StageDecisions::label(decision), labelOf(StageDecisions::target(decision)));
    if (decision == Decision::Nurture && trackId != 0)
        done = tr("Nurture: the plan is started; the lead comes back on %1 at the latest.")
                   .arg(QLocale().toString(request.nurtureUntil, QLocale::LongFormat));
    else if (decision == Decision::Nurture)
        done = tr("Nurture: the lead comes back on %1.")
                   .arg(QLocale().toString(request.nurtureUntil, QLocale::LongFormat));
    m_decisions->showMessage(done, false);
    emit statusMessage(tr("%1 — %2").arg(name, done));
    return true;
}

void QualificationForm::showRefusal(Decision decision, const QString& text)
{
    // Said where the rep looks: under the decision buttons (scrolled into view, with the
    // field that needs input) and in the status bar.
    m_decisions->showMessage(text, true);
    m_decisions->focusInput(decision);
    reveal(m_decisions->messageLabel());
    if (QWidget* focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        reveal(focus);
    emit statusMessage(tr("%1 refused: %2").arg(StageDecisions::label(decision), text));
}

void QualificationForm::reveal(QWidget* widget)
{
    if (widget && m_scroll->widget()->isAncestorOf(widget))
        m_scroll->ensureWidgetVisible(widget, 8, 24);
}

void QualificationForm::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

void QualificationForm::flushDraft()
{
    if (m_drafts)
        m_drafts->flushAndWait();
}
