#pragma once

#include "handoff/HandoffService.h"

#include <QPointer>
#include <QWidget>

class AppSettings;
class HandoffBatchModel;
class HandoffJob;
class HandoffReadyModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class Store;
class StoreEvents;

/// The handoff page: the leads ready for sales with their qualification summary, one button
/// that hands off all of them (or the selected ones) to a CSV or XLSX file, and the history of
/// earlier batches, each of which can be exported again. The work runs off the GUI thread with
/// a progress bar and a cancel button.
class HandoffView : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffView(AppSettings& settings, QWidget* parent = nullptr);
    ~HandoffView() override;

    /// Works on this store; the lists are read again when it announces a change of leads or
    /// handoffs (StoreEvents) while the page is shown (and whenever it is shown).
    void setStore(Store* store);
    /// Asks for the file and hands off the selected leads, or every ready lead when none is
    /// selected. Does nothing while another handoff runs.
    void handOff();
    /// Asks for the file and writes the selected batch again.
    void exportAgain();
    void reload();
    bool isBusy() const { return m_job != nullptr; }

signals:
    /// A handoff or export finished, successfully or not (for tests and the status bar).
    void jobFinished(bool succeeded);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildReadyPart();
    void createReadyControls();
    void connectReadyControls();
    QWidget* buildHistoryPart();
    QWidget* buildProgressPart();
    void updateActions();
    void followChange();
    void chooseColumns();
    QList<qint64> selectedLeadIds() const;
    QString askFileName(const QString& caption, const QString& suggested,
                        HandoffFileOptions& options);
    void startHandOff(const HandoffRequest& request);
    void startJob(HandoffJob* job);
    void jobDone();
    void handOffDone(HandoffJob& job);
    HandoffFileOptions chosenOptions() const;

    AppSettings& m_settings;
    Store* m_store = nullptr;
    QPointer<StoreEvents> m_events;
    HandoffReadyModel* m_readyModel = nullptr;
    HandoffBatchModel* m_batchModel = nullptr;
    HandoffJob* m_job = nullptr;
    bool m_jobIsHandOff = false;
    int m_readyCount = 0; ///< leads at `sql` never handed off (what "all" hands off)

    QLabel* m_readyLabel;
    QCheckBox* m_includeBefore;
    QTableView* m_readyTable;
    QPushButton* m_selectAll;
    QComboBox* m_format;
    QComboBox* m_delimiter;
    QPushButton* m_columns;
    QPushButton* m_handOff;
    QWidget* m_progressRow;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTableView* m_batchTable;
    QPushButton* m_exportAgain;
};
