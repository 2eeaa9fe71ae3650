#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;
class QueueModel;
class Store;
class StoreEvents;

/// The call queue as a table with search and filters. Emits leadOpened when the rep moves to
/// another lead (keyboard or mouse); refreshing keeps the current lead selected. It refreshes
/// itself about once a minute and when a callback it knows of comes due, keeping the selection
/// and the scroll position, but not while the rep is typing a search. A change announced by the
/// store (StoreEvents) is read at once, the same way.
class QueueView : public QWidget
{
    Q_OBJECT

public:
    explicit QueueView(QWidget* parent = nullptr);

    void setStore(const Store* store, const QString& repName, const QString& sessionToken);
    QueueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The columns as the rep arranged them (order, widths), kept across stores and starts.
    QByteArray columnState() const;
    void setColumnState(const QByteArray& state);
    qint64 currentLeadId() const { return m_current; }

    /// Reads the queue again and keeps `leadId` selected if it is among the first rows.
    void refresh(qint64 keepLeadId);
    /// Selects a lead (when loaded) without announcing it.
    void showLead(qint64 leadId);
    void focusSearch();
    /// Why the lead stands where it does in the queue ("" when it is not among the rows read).
    QString reasonFor(qint64 leadId) const;

signals:
    void leadOpened(qint64 leadId);

protected:
    /// Narrow pane: the search takes a row of its own above the filters.
    void resizeEvent(QResizeEvent* event) override;
    /// A row's tooltip says why the lead stands where it does, whichever cell the mouse is on.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QByteArray m_columnState; ///< restored on every store's model once the rep arranged them
    void buildFilters();
    void sizeColumns();
    void arrangeColumns();
    void arrangeFilters();
    void applyFilter();
    void currentRowChanged();
    void refreshWhenDue();
    /// Reads the queue again as far down as the rep had scrolled, keeping selection and scroll.
    void reread();
    void followChange();
    bool typingSearch() const;

    QueueModel* m_model = nullptr;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_source;
    QComboBox* m_owner;
    QComboBox* m_grade;
    QTableView* m_table;
    class QGridLayout* m_filters;
    bool m_filtersInOneRow = false;
    QTimer* m_searchDelay;
    QTimer* m_autoRefresh; ///< checks the clock each second: a minute passed, or a change is due
    QElapsedTimer m_lastTyped;
    QTimer* m_changeLater; ///< a change announced while the rep's choice is being opened
    const Store* m_store = nullptr;
    QPointer<StoreEvents> m_events;
    qint64 m_current = 0;
    bool m_quiet = false;
    bool m_opening = false; ///< leadOpened is being handled (the lead is claimed meanwhile)
};
