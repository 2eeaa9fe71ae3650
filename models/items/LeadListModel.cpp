#include "items/LeadListModel.h"

#include "domain/Vocabulary.h"
#include "store/Store.h"

LeadListModel::LeadListModel(const Store& store, QObject* parent)
    : QSqlQueryModel(parent)
    , m_store(store)
{
    reload();
}

void LeadListModel::reload()
{
    QSqlQuery query(m_store.db());
    query.prepare(QStringLiteral(
        "SELECT id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), company,"
        " stage, grade, total_score, source_channel FROM leads ORDER BY id DESC"));
    query.exec();
    setQuery(std::move(query));
}

qint64 LeadListModel::leadId(int row) const
{
    return QSqlQueryModel::data(index(row, Id)).toLongLong();
}

QVariant LeadListModel::data(const QModelIndex& index, int role) const
{
    const QVariant raw = QSqlQueryModel::data(index, role);
    if (role != Qt::DisplayRole)
        return raw;
    switch (index.column()) {
    case Stage:
        return labelOf(fromKeyOr(raw.toString(), ::Stage::New));
    case Source:
        return labelOf(fromKeyOr(raw.toString(), SourceChannel::Other));
    default:
        return raw;
    }
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
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
    case Source:
        return tr("Source");
    }
    return {};
}
