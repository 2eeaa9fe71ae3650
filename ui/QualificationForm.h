#pragma once

#include "decisions/StageDecisions.h"
#include "qualification/QualificationService.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class AppSettings;
class DecisionPanel;
class DraftSaver;
class KeyFactsPanel;
class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QualificationFields;
class ScorePanel;
class Store;
class StoreEvents;

/// The qualification form beside the lead card: BANT, buying role and phase, fit attributes and
/// notes, with the live score and its explanation, the key facts still unknown (and what to ask),
/// and the stage decisions. What the rep types is kept as a draft while typing (see DraftSaver),
/// so nothing is lost before "Save".
class QualificationForm : public QWidget
{
    Q_OBJECT

public:
    explicit QualificationForm(AppSettings& settings, QWidget* parent = nullptr);
    ~QualificationForm() override;

    /// Works on this store from now on (nullptr: none). Pending drafts of the old one are written.
    /// The lead is shown again whenever the store announces a change of it (StoreEvents).
    void setStore(const Store* store);
    /// Shows the lead with this id (0: none). Typing on the previous lead stays as its draft.
    void showLead(qint64 leadId);
    qint64 leadId() const { return m_leadId; }
    bool hasUnsavedChanges() const { return m_dirty; }

    /// Saves the form; false (with the problems shown at the fields) when it is not valid.
    bool save();
    /// Takes a stage decision (saving the form first when it has changes).
    bool decide(Decision decision);
    /// Writes what is typed and not yet in the store, and waits for it (closing the window).
    void flushDraft();
    /// Shows the top of the form (the score) again.
    void scrollToTop();
    /// Save, the five decisions: for the Lead menu.
    QList<QAction*> leadActions() const { return m_actions; }

signals:
    /// A short line for the status bar: what a save or a decision did, or why it was refused.
    void statusMessage(const QString& text);

private:
    void buildActions();
    void followStore(const Store* store);
    void onEdited();
    void refresh();
    void reloadContext();
    void showEntry(const QualificationEntry& entry);
    void discardDraft();
    void showConflicts(const QualificationService::SaveResult& result);
    void updateDraftBanner();
    void setLeadPresent(bool present);
    void showRefusal(Decision decision, const QString& text);
    void reveal(QWidget* widget);

    AppSettings& m_settings;
    const Store* m_store = nullptr;
    std::unique_ptr<DraftSaver> m_drafts;
    qint64 m_leadId = 0;
    std::optional<QualificationContext> m_context;
    /// Per lead with typing: the fit attributes the typing started from (see
    /// QualificationService::save); a change made elsewhere since is not overwritten.
    QHash<qint64, FitAttributes> m_loadedFits;
    bool m_dirty = false;
    bool m_writing = false; ///< a save or decision of this form is being written
    qint64 m_draftSavedAt = 0;
    QPointer<StoreEvents> m_events;

    QLabel* m_title;
    QLabel* m_draftLabel;
    QPushButton* m_discardDraft;
    ScorePanel* m_score;
    KeyFactsPanel* m_keyFacts;
    QualificationFields* m_fields;
    QPushButton* m_save;
    QLabel* m_saveMessage;
    DecisionPanel* m_decisions;
    QScrollArea* m_scroll;
    QList<QAction*> m_actions;
    QAction* m_saveAction = nullptr;
};
