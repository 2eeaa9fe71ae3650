#pragma once

#include "domain/Vocabulary.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;
class Store;

/// The queue rules the whole team works by (a team lead's dialog): the speed-to-lead SLA, the
/// calling hours and days in the lead's own time, the attempt limit, how long a claim lasts, how
/// long a nurture lead stays away, the German state whose public holidays nurture due dates
/// skip (HolidayRegions), and the retry delay after each call outcome. Saved in the
/// store in one transaction, so every rep on the store gets the same queue.
class QueueSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QueueSettingsDialog(Store& store, QWidget* parent = nullptr);

    /// Checks and saves; on a problem it says what is wrong and stays open.
    void accept() override;

private:
    QWidget* buildQueueBox();
    QWidget* buildRetryBox();
    void load();
    QString problem() const;

    Store& m_store;
    QSpinBox* m_sla;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QList<QCheckBox*> m_days;
    QSpinBox* m_maxAttempts;
    QSpinBox* m_claimMinutes;
    QSpinBox* m_nurtureDays;
    QComboBox* m_region;
    QHash<CallOutcome, QSpinBox*> m_retry;
    QLabel* m_problem;
};
