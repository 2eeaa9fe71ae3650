#include "items/QueueModel.h"

#include "queue/QueueRules.h"
#include "store/Store.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

QueueModel::QueueModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    refresh();
}

void QueueModel::setSession(const QString& repName, const QString& sessionToken)
{
    m_rep = repName;
    m_token = sessionToken;
    refresh();
}

void QueueModel::setFilter(const QueueFilter& filter)
{
    m_filter = filter;
    refresh();
}

void QueueModel::refresh()
{
    beginResetModel();
    m_query = std::make_unique<QueueQuery>(m_store, QueueContext::build(m_store, m_rep, m_token));
    m_query->setFilter(m_filter);
    m_query->setSort(m_sort, m_order);
    m_cursor = {};
    m_rows = m_query->fetch(m_cursor, pageSize);
    m_nextChangeAt = m_query->nextCallbackAt();
    noteChanges(m_rows);
    // Views (and the model tester) ask for more inside the reset signal: let them wait for it.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

void QueueModel::noteChanges(const QList<QueueRow>& rows)
{
    const qint64 now = m_query->context().now;
    const auto note = [&](const std::optional<qint64>& at) {
        if (at && *at > now && (!m_nextChangeAt || *at < *m_nextChangeAt))
            m_nextChangeAt = at;
    };
    for (const QueueRow& row : rows) {
        note(row.nextActionAt);
        note(row.claimExpiresAt);
        note(row.nurtureUntil);
    }
}

qint64 QueueModel::leadId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int QueueModel::rowOfLead(qint64 leadId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == leadId)
            return row;
    return -1;
}

const QueueRow* QueueModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const QueueContext& QueueModel::context() const
{
    return m_query->context();
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool QueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_cursor.atEnd && !m_resetting && !m_fetching;
}

void QueueModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_cursor.atEnd || m_resetting || m_fetching)
        return;
    const QList<QueueRow> page = m_query->fetch(m_cursor, pageSize);
    if (page.isEmpty())
        return;
    noteChanges(page);
    m_fetching = true; // a view asking for more while this page is announced waits its turn
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_fetching = false;
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    static const QueueSort sorts[] = {QueueSort::Name,      QueueSort::Company, QueueSort::Stage,
                                      QueueSort::Grade,     QueueSort::Score,   QueueSort::Waited,
                                      QueueSort::QueueOrder};
    // Next action and anything unknown mean the queue's own order; local time is not sortable.
    m_sort = column >= 0 && column < int(std::size(sorts)) ? sorts[column] : QueueSort::QueueOrder;
    m_order = order;
    refresh();
}

QVariant QueueModel::display(const QueueRow& row, int column) const
{
    const QueueContext& ctx = m_query->context();
    switch (column) {
    case Name:
        return row.displayName();
    case Company:
        return row.company;
    case Stage:
        return labelOf(row.stage);
    case Grade:
        return row.grade;
    case Score:
        return row.score;
    case Waited:
        return QueueRules::duration(ctx.now - row.createdAt);
    case NextAction:
        return QueueRules::reason(row, ctx);
    case LocalTime: {
        const QTimeZone zone = ctx.zoneOf(row.zone);
        const QDateTime local = QDateTime::fromSecsSinceEpoch(ctx.now, zone);
        return QStringLiteral("%1 %2").arg(QLocale().toString(local, QStringLiteral("ddd HH:mm")),
                                           zone.abbreviation(local));
    }
    }
    return {};
}

QVariant QueueModel::tooltip(const QueueRow& row, int column) const
{
    if (column == LocalTime) {
        const QString zone = row.zone.isEmpty()
                                 ? QString::fromLatin1(m_query->context().fallbackZone.id())
                                 : row.zone;
        return tr("Time zone: %1").arg(zone);
    }
    if (column == NextAction)
        return QueueRules::reason(row, m_query->context());
    return {};
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const QueueRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return tooltip(row, index.column());
    case LeadIdRole:
        return row.id;
    case LaneRole:
        return int(row.lane);
    case HoldRole:
        return int(row.hold);
    case Qt::TextAlignmentRole:
        return index.column() == Score ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (row.lane == QueueLane::HeldBack || row.lane == QueueLane::NotInQueue)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (row.lane == QueueLane::CallbackDue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Stage:
        return tr("Stage");
    case Grade:
        return tr("Grade");
    case Score:
        return tr("Score");
    case Waited:
        return tr("Waited");
    case NextAction:
        return tr("Next action");
    case LocalTime:
        return tr("Lead's time");
    }
    return {};
}
