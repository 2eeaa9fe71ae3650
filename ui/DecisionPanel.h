#pragma once

#include "decisions/StageDecisions.h"

#include <QHash>
#include <QWidget>

class NurtureTrackChooser;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// The stage decisions under the qualification form: Sales-ready, Marketing-qualified, Nurture
/// (with the day the lead returns), Disqualify (with a reason), Reopen, and one line for the
/// written reason an override or a disqualification needs. Refusals are shown here, not in a
/// dialog, so the rep can add the missing reason and try again without losing anything.
class DecisionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionPanel(QWidget* parent = nullptr);

    /// Enables what the stage allows and says what each guarded decision still needs.
    void setAvailability(Stage stage, const ScoreResult& score, const ScoringRules& rules);
    void setLeadPresent(bool present);
    /// The request for a decision, from what is filled in.
    DecisionRequest request(Decision decision) const;
    void showMessage(const QString& text, bool error);
    /// After a decision: empty the reason, back to defaults.
    void reset();
    /// Puts the cursor where a refused decision needs input.
    void focusInput(Decision decision);
    bool isPossible(Decision decision) const;
    /// The rep chose the day a nurtured lead comes back (typed or picked), or the lead has one.
    bool nurtureDateChosen() const;
    /// The chosen day, or the suggestion (in the team's usual nurture period) when none is.
    QDate nurtureDate() const;
    void setNurtureDate(const QDate& date);
    /// Shows where the lead stands now: the day it comes back while it is nurtured.
    void showNurtureUntil(std::optional<qint64> until);
    QWidget* messageLabel() const;
    /// The track a Nurture decision starts a plan on (proposed for the lead shown).
    NurtureTrackChooser* trackChooser() const { return m_track; }

signals:
    void decisionRequested(Decision decision);

private:
    QDate typedNurtureDate() const;
    void showNurtureRead();
    QPushButton* button(Decision decision, const QString& name);

    QHash<int, QPushButton*> m_buttons;
    QHash<int, bool> m_possible;
    QLineEdit* m_reason;
    QComboBox* m_disqualifyReason;
    QLineEdit* m_nurtureUntil; ///< typed as the decision date is (2026-10-15, 15.10.2026…)
    QLabel* m_nurtureRead;     ///< the day read from it, in words
    QLabel* m_hint;
    QLabel* m_message;
    NurtureTrackChooser* m_track;
};
