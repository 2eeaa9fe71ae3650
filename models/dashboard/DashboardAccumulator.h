#pragma once

#include "dashboard/DashboardTypes.h"

#include <QHash>
#include <map>

/// Collects counts the way both computations produce them (the roll-ups as sums per group, the
/// scan lead by lead) and turns them into DashboardFigures: one place for the rates, intervals,
/// percentiles and the order of the rows.
class DashboardAccumulator
{
public:
    enum Group
    {
        Source,
        Campaign,
        Rep,
        Week,
        GroupCount
    };

    /// `n` leads whose furthest step ever reached is `everTop`, in order `orderTop`.
    void addFunnel(int everTop, int orderTop, qint64 n);
    /// `key`: source, campaign, owner's name, or a week's Monday as days since 1970.
    void addGroup(Group group, const QString& key, int everTop, qint64 n);
    void addQuadrant(const QString& quadrant, qint64 n); ///< '-' for a closed lead: skipped
    void addGrade(const QString& grade, qint64 n);
    void addStint(const QString& stage, qint64 bucketHours, qint64 n);
    void addSpeed(qint64 bucketMinutes, qint64 n); ///< -1: never called
    void addCall(qint64 day, const QString& rep, const QString& outcome, qint64 n);

    DashboardFigures finish(const DashboardFilter& filter, int minCount, int slaHours) const;

private:
    std::array<qint64, funnelSteps> m_ever{};
    std::array<qint64, funnelSteps> m_order{};
    std::array<std::map<QString, std::array<qint64, funnelSteps>>, GroupCount> m_groups;
    std::map<QString, qint64> m_quadrants;
    std::map<QString, qint64> m_grades;
    std::map<QString, std::map<qint64, qint64>> m_stints;
    std::map<qint64, qint64> m_speed;
    std::map<std::tuple<qint64, QString, QString>, qint64> m_calls;
};
