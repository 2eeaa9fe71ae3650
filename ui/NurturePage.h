#pragma once

#include "nurture/NurtureDue.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>
#include <functional>

class AppSettings;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Store;
class StoreEvents;
class TrackEffectPanel;
struct StepResult;

/// The Nurture view (issue 20): the running plans' due steps, overdue and due today first, for
/// the rep or the team, filtered by track, phase and step kind. A step is marked done with the
/// lead's response and a note, skipped, or — an e-mail step — written in the mail program and
/// marked sent; many leads at the same step are marked sent at once; a lead's plan is changed
/// in LeadPlanDialog. Below, a track's effect. The page follows the store's change
/// notifications: a plan or track changed elsewhere shows fresh, filter choices included.
class NurturePage : public QWidget
{
    Q_OBJECT

public:
    explicit NurturePage(AppSettings& settings, QWidget* parent = nullptr);

    void setStore(Store* store);
    /// Reads the due steps again with the filters chosen.
    void refresh();
    /// The steps listed, in the order shown.
    const QList<DueStep>& steps() const { return m_steps; }
    /// Selects the listed step with this id; false when it is not listed.
    bool selectStep(qint64 stepId);

    /// Records the selected step done with the chosen response and note (skipped when `skip`).
    void recordSelected(bool skip);
    /// Marks every selected step sent (they must be the same step of the same track).
    void markSelectedSent();
    /// Opens the selected e-mail step in the mail program and asks whether it was sent.
    void writeMail();
    /// Asks for an absence and pauses every running plan of the rep for it.
    void pauseMyPlans();
    /// Opens the plan of the selected step's lead for editing (LeadPlanDialog, window-modal).
    void editSelectedPlan();

    /// What hands a mailto: URL to the mail program (QDesktopServices::openUrl unless a test
    /// sets another); false when none took it.
    using UrlOpener = std::function<bool(const QUrl&)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

signals:
    /// The rep wants the lead on the card.
    void openLeadRequested(qint64 leadId);
    /// What an action did, for the status bar.
    void statusMessage(const QString& text);

private:
    QWidget* buildFilters();
    QWidget* buildActions();
    void fillFilterChoices();
    QList<DueStep> selectedSteps() const;
    void updateActions();
    void openSelectedLead();
    void showResult(const QString& leadName, const StepResult& result);

    AppSettings& m_settings;
    Store* m_store = nullptr;
    QPointer<StoreEvents> m_events;
    bool m_refreshQueued = false;
    QList<DueStep> m_steps;

    QComboBox* m_window = nullptr;
    QComboBox* m_whose = nullptr;
    QComboBox* m_track = nullptr;
    QComboBox* m_phase = nullptr;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_response = nullptr;
    QLineEdit* m_note = nullptr;
    QCheckBox* m_stop = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_mail = nullptr;
    QPushButton* m_sent = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_editPlan = nullptr;
    UrlOpener m_openUrl;
    QLabel* m_message = nullptr;
    TrackEffectPanel* m_effect = nullptr;
};
