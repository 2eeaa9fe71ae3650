#pragma once

#include "dashboard/DashboardTypes.h"

class Store;

/// The dashboard's figures summed from the roll-up tables (RollupSql): a few GROUP BYs over
/// small tables, whatever the number of leads. Read-only; safe on a worker thread with its own
/// connection. Throws StoreError.
class DashboardRollups
{
public:
    /// Which roll-up level the figures of the leads come from.
    enum class Level
    {
        Best,  ///< the second (RollupSlots) when it answers the filter and no day is stale
        First, ///< the first, whatever the filter
        Second ///< the second, even with stale days (tests: what the fold kept; one filter key)
    };
    explicit DashboardRollups(const Store& store);
    DashboardFigures figures(const DashboardFilter& filter, Level level = Level::Best) const;
    /// The level figures() reads for this filter now.
    Level levelFor(const DashboardFilter& filter) const;

private:
    const Store& m_store;
};

/// The same figures computed the slow, honest way: every lead, its whole stage history and its
/// calls read and evaluated here, without the roll-ups (the reference the roll-ups are tested
/// against, and the comparison in the benchmark). Throws StoreError.
class DashboardScan
{
public:
    explicit DashboardScan(const Store& store);
    DashboardFigures figures(const DashboardFilter& filter) const;

private:
    const Store& m_store;
};
