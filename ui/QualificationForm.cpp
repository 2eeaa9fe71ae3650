#include "QualificationForm.h"

#include "DecisionPanel.h"
#include "KeyFactsPanel.h"
#include "Prompts.h"
#include "QualificationFields.h"
#include "ScorePanel.h"
#include "qualification/DraftSaver.h"
#include "qualification/KeyFacts.h"
#include "qualification/QualificationRepository.h"
#include "scoring/ScoringEngine.h"
#include "store/Store.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
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

    auto* scroll = new QScrollArea;
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
        {Decision::SalesReady, tr("Mark &Sales-Ready"), QStringLiteral("salesReadyAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {Decision::MarketingQualified, tr("Mark &Marketing-Qualified"), QStringLiteral("mqlAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {Decision::Nurture, tr("Nur&ture"), QStringLiteral("nurtureAction"),
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

void QualificationForm::setLeadPresent(bool present)
{
    m_fields->setEnabled(present);
    m_decisions->setLeadPresent(present);
    for (QAction* action : m_actions)
        action->setEnabled(present);
    if (!present) {
        m_leadId = 0;
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
    if (m_drafts && m_dirty)
        m_drafts->flush();
    // The same lead shown again (after a save, or a change on the card) keeps what was said
    // about it and what is filled in for a decision.
    const bool otherLead = leadId != m_leadId;
    if (otherLead) {
        m_saveMessage->clear();
        m_decisions->showMessage({}, false);
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
        if (QWidget* field = m_fields->firstProblemField())
            field->setFocus(Qt::OtherFocusReason);
        return false;
    }
    // The service removed the stored draft; this also drops one still on its way there.
    m_drafts->discard(m_leadId);
    const qint64 id = m_leadId;
    m_loadedFits.remove(id);
    reloadContext();
    m_saveMessage->setText(
        tr("Saved. Score %1, grade %2.").arg(result.score.total).arg(keyOf(result.score.grade)));
    emit leadUpdated(id);
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
    if (QWidget* field = m_fields->firstProblemField())
        field->setFocus(Qt::OtherFocusReason);
}

bool QualificationForm::decide(Decision decision)
{
    if (!m_context || !m_store)
        return false;
    if (!m_decisions->isPossible(decision)) {
        m_decisions->showMessage(
            tr("A lead in stage %1 cannot be moved by \"%2\".")
                .arg(labelOf(m_context->lead.stage), StageDecisions::label(decision)),
            true);
        return false;
    }
    // Read before saving: what the rep filled in for the decision must survive the save.
    const DecisionRequest request = m_decisions->request(decision);
    if (m_dirty && !save())
        return false;
    const qint64 id = m_leadId;
    try {
        StageDecisions(*m_store).apply(id, request, m_settings.repName());
    } catch (const DecisionRefused& refused) {
        m_decisions->showMessage(refused.message(), true);
        m_decisions->focusInput(decision);
        return false;
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Cannot record the decision"), error.message());
        return false;
    }
    m_decisions->reset();
    reloadContext();
    m_decisions->showMessage(
        tr("%1: the lead is now %2.")
            .arg(StageDecisions::label(decision), labelOf(StageDecisions::target(decision))),
        false);
    emit leadUpdated(id);
    return true;
}

void QualificationForm::flushDraft()
{
    if (m_drafts)
        m_drafts->flushAndWait();
}
