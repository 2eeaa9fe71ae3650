#pragma once

#include "store/StoreCopy.h"

#include <QDialog>

class BackgroundJob;
class MainWindow;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class Store;

/// File ▸ Save Snapshot…: a read-only copy of the store (or of the leads of a period, a source
/// channel and a rep) in one new file, personal data optionally left out, for a team lead to
/// review elsewhere. The copy (StoreMoves::takeSnapshot) runs as a BackgroundJob with progress
/// and cancel; a cancelled or failed copy leaves no file. The store's own files are refused.
class SnapshotDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SnapshotDialog(const Store& store, QWidget* parent = nullptr);
    ~SnapshotDialog() override;

    /// The leads and the personal data the dialog's choices select.
    StoreCopy::Filter filter() const;
    /// The file of the last snapshot written (empty until one is).
    QString savedPath() const { return m_savedPath; }
    bool isRunning() const { return m_job != nullptr; }

    /// The File menu's action: shows the dialog over `window`'s store and offers to open the
    /// snapshot when it is written.
    static QAction* createAction(MainWindow* window);

public slots:
    /// Cancels a running copy (and closes once it has stopped), else closes.
    void reject() override;

signals:
    void snapshotSaved(const QString& path);

private:
    void chooseFile();
    void save();
    void progressed(qint64 done);
    void finished(bool completed, const QString& error);
    void setEditable(bool editable);

    const Store& m_store;
    QCheckBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_rep = nullptr;
    QCheckBox* m_withoutPersonalData = nullptr;
    QLineEdit* m_output = nullptr;
    QPushButton* m_choose = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
    BackgroundJob* m_job = nullptr;
    QString m_running; ///< the file being written
    QString m_savedPath;
    bool m_closeWhenStopped = false;
};
