#pragma once

#include "scoring/BulkScoring.h"
#include "scoring/ScoringRulesRepository.h"

#include <QDialog>
#include <QHash>

class AppSettings;
class BackgroundJob;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class RuleWeightsModel;
class Store;

/// The team lead's scoring rules editor: weights, thresholds, exclusions and flags. A preview
/// counts how many leads would change grade or stage band (computed off the GUI thread); saving
/// creates a new rule version and rescores every lead with progress and cancel.
class RulesEditorDialog : public QDialog
{
    Q_OBJECT

public:
    RulesEditorDialog(const Store& store, AppSettings& settings, QWidget* parent = nullptr);
    ~RulesEditorDialog() override;

    /// The rules as edited so far.
    ScoringRules editedRules() const;
    /// The version saved by this dialog, 0 when none.
    int savedVersion() const { return m_savedVersion; }

    void startPreview();
    void saveAndRescore();

private:
    QWidget* buildWeightsPage();
    QWidget* buildThresholdsPage();
    QWidget* buildPersonaPage();
    QSpinBox* spin(const QString& name, int value, int minimum = 0, int maximum = 10000);
    void loadRules(const ScoringRules& rules);
    void onChanged();
    void showPreview(const BulkScoring::Preview& preview);

    const Store& m_store;
    AppSettings& m_settings;
    ActiveRules m_active;
    RuleWeightsModel* m_weights;
    QTableView* m_weightsView = nullptr;
    QHash<QString, QSpinBox*> m_spins;
    QDoubleSpinBox* m_halfLife = nullptr;
    QCheckBox* m_sqlNeedsDecisionMaker = nullptr;
    QHash<QString, QPlainTextEdit*> m_personaValues; ///< by "negative:<id>" / "flag:<id>"
    QHash<QString, QCheckBox*> m_personaExclude;
    QLabel* m_version;
    QLineEdit* m_note;
    QLabel* m_problem;
    QPushButton* m_preview;
    QProgressBar* m_previewProgress;
    QLabel* m_previewResult;
    QPushButton* m_save;
    BackgroundJob* m_previewJob = nullptr;
    int m_savedVersion = 0;
    bool m_rescoring = false;
};
