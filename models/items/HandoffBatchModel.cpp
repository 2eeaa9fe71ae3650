#include "items/HandoffBatchModel.h"

#include "store/Store.h"
#include "support/Clock.h"

#include <QLocale>

HandoffBatchModel::HandoffBatchModel(const Store& store, QObject* parent)
    : QSqlQueryModel(parent)
    , m_store(store)
{
    reload();
}

void HandoffBatchModel::reload()
{
    QSqlQuery query(m_store.db());
    query.prepare(QStringLiteral(
        "SELECT b.id, b.batch_code, b.created_at, r.name, b.lead_count, b.format, b.file_path"
        " FROM handoff_batches b LEFT JOIN reps r ON r.id = b.rep_id"
        " ORDER BY b.created_at DESC, b.id DESC"));
    query.exec();
    setQuery(std::move(query));
}

qint64 HandoffBatchModel::batchId(int row) const
{
    return QSqlQueryModel::data(index(row, Id)).toLongLong();
}

int HandoffBatchModel::rowOf(qint64 batchId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (this->batchId(row) == batchId)
            return row;
    return -1;
}

QVariant HandoffBatchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Leads)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == File)
        return QSqlQueryModel::data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return QSqlQueryModel::data(index, role);
    const QVariant raw = QSqlQueryModel::data(index, role);
    switch (index.column()) {
    case Created:
        return QLocale().toString(Clock::fromSecs(raw.toLongLong()).toLocalTime(),
                                  QLocale::ShortFormat);
    case Format:
        return raw.toString().toUpper();
    default:
        return raw;
    }
}

QVariant HandoffBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Code:
        return tr("Batch");
    case Created:
        return tr("Handed off");
    case Rep:
        return tr("By");
    case Leads:
        return tr("Leads");
    case Format:
        return tr("Format");
    case File:
        return tr("File");
    }
    return {};
}
