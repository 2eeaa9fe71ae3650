#pragma once

#include "dashboard/DashboardTypes.h"

class Store;

/// One bar, funnel stage or cell of the dashboard whose leads a person wants to see.
struct DashboardSelection
{
    enum class Kind
    {
        EverReached, ///< leads that ever reached `step`
        InOrder,     ///< leads that reached `step` through every step before it, in order
        Source,      ///< leads of source `key` that reached `step` (0: all of them)
        Campaign,
        Rep,      ///< `key`: the owner's id as text, '0' or '' for none
        Week,     ///< `key`: the Monday, yyyy-MM-dd
        Quadrant, ///< open leads in quadrant `key`
        Grade,
        WithinSla, ///< first called within the SLA
        OverSla,   ///< first called, later than the SLA
        NotCalled
    };
    Kind kind = Kind::EverReached;
    QString key;
    int step = 0;
};

/// The leads behind a figure: the same filter and the same per-lead funnel rows the roll-ups
/// count, so the list's length equals the bar. Read-only; throws StoreError.
namespace DashboardLeads {

QList<qint64> ids(const Store& store, const DashboardFilter& filter,
                  const DashboardSelection& selection, int limit = -1);

/// What a list of those leads shows of each: name, company and stage (its key), in the order
/// of `ids`; leads erased meanwhile are left out.
struct Row
{
    qint64 id = 0;
    QString name;
    QString company;
    QString stage;
};
QList<Row> rows(const Store& store, const QList<qint64>& ids);

} // namespace DashboardLeads
