#include "QueueView.h"

#include "domain/LeadRepository.h"
#include "items/QueueModel.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace {
QComboBox* combo(const QString& objectName, const QString& all)
{
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    box->addItem(all);
    return box;
}
} // namespace

QueueView::QueueView(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit)
    , m_stage(combo(QStringLiteral("stageFilterComboBox"), tr("All queue stages")))
    , m_source(combo(QStringLiteral("sourceFilterComboBox"), tr("All sources")))
    , m_owner(combo(QStringLiteral("ownerFilterComboBox"), tr("All owners")))
    , m_grade(combo(QStringLiteral("gradeFilterComboBox"), tr("All grades")))
    , m_table(new QTableView)
    , m_searchDelay(new QTimer(this))
    , m_autoRefresh(new QTimer(this))
    , m_changeLater(new QTimer(this))
{
    setObjectName(QStringLiteral("queueViewWidget"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, company, e-mail or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("queueTableView"));
    // What a screen reader announces for controls that have no label beside them.
    m_search->setAccessibleName(tr("Search the call queue"));
    m_stage->setAccessibleName(tr("Filter by stage"));
    m_source->setAccessibleName(tr("Filter by source"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_grade->setAccessibleName(tr("Filter by grade"));
    m_table->setAccessibleName(tr("Leads in the call queue"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false); // one line per lead: a rep scans many rows at a glance
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->viewport()->installEventFilter(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    buildFilters();

    m_filters = new QGridLayout;
    // Wide enough for its hint: the search is the queue's first control.
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_filters);
    arrangeFilters();
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &QueueView::applyFilter);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_lastTyped.start(); });
    // The clock is read each second rather than timed ahead, so that a changed system time (or
    // a test's fixed clock) is noticed as well.
    m_autoRefresh->setInterval(1000);
    connect(m_autoRefresh, &QTimer::timeout, this, &QueueView::refreshWhenDue);
    m_autoRefresh->start();
    m_changeLater->setSingleShot(true);
    m_changeLater->setInterval(0);
    connect(m_changeLater, &QTimer::timeout, this, &QueueView::reread);
    for (QComboBox* box : {m_stage, m_source, m_owner, m_grade})
        connect(box, &QComboBox::currentIndexChanged, this, &QueueView::applyFilter);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        QHeaderView* header = m_table->horizontalHeader();
        const bool same =
            header->isSortIndicatorShown() && header->sortIndicatorSection() == section;
        const Qt::SortOrder order = same && header->sortIndicatorOrder() == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        const bool queueOrder = section >= QueueModel::NextAction;
        header->setSortIndicatorShown(!queueOrder);
        header->setSortIndicator(section, order);
        if (m_model) {
            m_quiet = true;
            m_model->sort(queueOrder ? -1 : section, order);
            m_quiet = false;
            showLead(m_current);
        }
    });
}

void QueueView::buildFilters()
{
    for (const Stage stage : allValues<Stage>())
        m_stage->addItem(labelOf(stage), keyOf(stage));
    for (const SourceChannel source : allValues<SourceChannel>())
        m_source->addItem(labelOf(source), keyOf(source));
    m_grade->addItem(tr("Not graded"), QStringLiteral("-"));
    for (const Grade grade : allValues<Grade>())
        m_grade->addItem(labelOf(grade), keyOf(grade));
}

void QueueView::sizeColumns()
{
    // Short columns (grade, score, waited) narrow, so that the reason for each place shows; never
    // narrower than their header, whatever the language.
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QFontMetrics header(m_table->horizontalHeader()->font());
    const std::pair<int, int> widths[] = {{QueueModel::Name, 18},      {QueueModel::Company, 16},
                                          {QueueModel::Stage, 13},     {QueueModel::Grade, 5},
                                          {QueueModel::Score, 5},      {QueueModel::Waited, 9},
                                          {QueueModel::NextAction, 34}};
    for (const auto& [column, digits] : widths) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column,
                                std::max(digits * digit, header.horizontalAdvance(title) + 24));
    }
}

void QueueView::arrangeFilters()
{
    // One row when everything fits whole, else the search above the four filters.
    int needed = std::max(m_search->minimumWidth(), m_search->minimumSizeHint().width()) +
                 5 * std::max(m_filters->spacing(), 6);
    for (QComboBox* box : {m_stage, m_source, m_owner, m_grade})
        needed += box->fontMetrics().horizontalAdvance(box->currentText()) + 40;
    const bool oneRow = width() >= needed;
    if (m_filters->count() > 0 && m_filtersInOneRow == oneRow)
        return;
    m_filtersInOneRow = oneRow;
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_search, m_stage, m_source, m_owner, m_grade})
        m_filters->removeWidget(widget);
    for (int column = 0; column < 5; ++column)
        m_filters->setColumnStretch(column, 0);
    for (QComboBox* box : {m_stage, m_source, m_owner, m_grade}) // whole in one row
        box->setMinimumWidth(oneRow ? box->fontMetrics().horizontalAdvance(box->currentText()) + 40
                                    : 0);
    if (oneRow) {
        m_filters->addWidget(m_search, 0, 0);
        m_filters->setColumnStretch(0, 2);
        int column = 1;
        for (QComboBox* box : {m_stage, m_source, m_owner, m_grade}) {
            m_filters->setColumnStretch(column, 1);
            m_filters->addWidget(box, 0, column++);
        }
    } else { // the search, then the filters two by two
        m_filters->addWidget(m_search, 0, 0, 1, 2);
        m_filters->setColumnStretch(0, 1);
        m_filters->setColumnStretch(1, 1);
        m_filters->addWidget(m_stage, 1, 0);
        m_filters->addWidget(m_source, 1, 1);
        m_filters->addWidget(m_owner, 2, 0);
        m_filters->addWidget(m_grade, 2, 1);
    }
}

void QueueView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeFilters();
}

void QueueView::arrangeColumns()
{
    // What decides the order comes first, so that a laptop's narrow pane still shows the score
    // and why each lead is where it is; the rest follows to the right.
    const int order[] = {QueueModel::Name,       QueueModel::Score,    QueueModel::Grade,
                         QueueModel::NextAction, QueueModel::Stage,    QueueModel::Waited,
                         QueueModel::Company,    QueueModel::LocalTime};
    QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
}

bool QueueView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::ToolTip && m_model) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = m_table->indexAt(help->pos());
        if (!index.isValid())
            return false;
        QString text =
            m_model->index(index.row(), QueueModel::NextAction).data(Qt::DisplayRole).toString();
        const QString own = index.data(Qt::ToolTipRole).toString();
        if (!own.isEmpty() && own != text)
            text = own + QLatin1Char('\n') + text;
        QToolTip::showText(help->globalPos(), text, m_table->viewport(),
                           m_table->visualRect(index));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QueueView::setStore(const Store* store, const QString& repName, const QString& sessionToken)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = store ? store->events() : nullptr;
    if (m_events) {
        connect(m_events, &StoreEvents::leadChanged, this, &QueueView::followChange);
        connect(m_events, &StoreEvents::leadsChanged, this, &QueueView::followChange);
    }
    m_store = store;
    delete m_model;
    m_model = nullptr;
    m_current = 0;
    if (!store)
        return;
    m_owner->blockSignals(true);
    while (m_owner->count() > 1)
        m_owner->removeItem(1);
    m_owner->addItem(tr("No owner"), qint64(0));
    for (const QString& name : Reps::names(*store))
        m_owner->addItem(name, Reps::idFor(*store, name));
    m_owner->blockSignals(false);
    m_model = new QueueModel(*store, this);
    m_model->setSession(repName, sessionToken);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    arrangeColumns();
    sizeColumns();
    if (!m_columnState.isEmpty())
        m_table->horizontalHeader()->restoreState(m_columnState);
    // Selection, not the current index: focusing the table sets a current row without opening it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueView::currentRowChanged);
    applyFilter();
}

void QueueView::applyFilter()
{
    if (!m_model)
        return;
    QueueFilter filter;
    filter.search = m_search->text();
    if (m_stage->currentIndex() > 0)
        filter.stage = fromKey<Stage>(m_stage->currentData().toString());
    if (m_source->currentIndex() > 0)
        filter.source = fromKey<SourceChannel>(m_source->currentData().toString());
    if (m_owner->currentIndex() > 0)
        filter.ownerId = m_owner->currentData().toLongLong();
    if (m_grade->currentIndex() > 0)
        filter.grade = m_grade->currentData().toString();
    m_quiet = true;
    m_model->setFilter(filter);
    m_quiet = false;
    showLead(m_current);
}

void QueueView::refresh(qint64 keepLeadId)
{
    if (!m_model)
        return;
    m_quiet = true;
    m_model->refresh();
    m_quiet = false;
    m_current = keepLeadId;
    showLead(keepLeadId);
}

void QueueView::showLead(qint64 leadId)
{
    if (!m_model)
        return;
    m_quiet = true;
    m_current = leadId;
    const int row = m_model->rowOfLead(leadId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, QueueModel::Name));
    else
        m_table->selectionModel()->clearCurrentIndex();
    m_quiet = false;
}

QString QueueView::reasonFor(qint64 leadId) const
{
    const int row = m_model ? m_model->rowOfLead(leadId) : -1;
    return row < 0 ? QString() : m_model->index(row, QueueModel::NextAction).data().toString();
}

void QueueView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueueView::currentRowChanged()
{
    if (m_quiet || !m_model)
        return;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const qint64 id = selected.isEmpty() ? 0 : m_model->leadId(selected.first().row());
    if (id == m_current || id == 0)
        return;
    m_current = id;
    const QScopedValueRollback opening(m_opening, true);
    emit leadOpened(id);
}

void QueueView::followChange()
{
    if (m_opening || m_quiet) // not under the feet of the selection being handled
        m_changeLater->start();
    else
        reread();
}

bool QueueView::typingSearch() const
{
    constexpr qint64 pauseMs = 5000; // a rep reading the results has stopped typing by then
    return m_searchDelay->isActive() ||
           (m_search->hasFocus() && m_lastTyped.isValid() && m_lastTyped.elapsed() < pauseMs);
}

void QueueView::refreshWhenDue()
{
    if (!m_model || !isVisible() || typingSearch())
        return;
    const qint64 now = Clock::nowSecs();
    const std::optional<qint64> change = m_model->nextChangeAt();
    if (now - m_model->context().now < 60 && !(change && now >= *change))
        return;
    reread();
}

void QueueView::reread()
{
    if (!m_model)
        return;
    // As far down as the rep had scrolled: the rows read before are read again.
    const int rows = m_model->rowCount();
    const int scroll = m_table->verticalScrollBar()->value();
    m_quiet = true;
    m_model->refresh();
    while (m_model->rowCount() < rows && m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_quiet = false;
    showLead(m_current);
    m_table->verticalScrollBar()->setValue(scroll);
}

QByteArray QueueView::columnState() const
{
    return m_table->model() ? m_table->horizontalHeader()->saveState() : m_columnState;
}

void QueueView::setColumnState(const QByteArray& state)
{
    m_columnState = state;
    if (m_table->model() && !state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}
