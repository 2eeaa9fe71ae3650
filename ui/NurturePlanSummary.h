#pragma once

#include <QCoreApplication>

class Store;

/// The lead card's line about its running nurture plan: the track, how many steps are done or
/// skipped, and the next step with its day.
class NurturePlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(NurturePlanSummary)

public:
    /// Empty when the lead has no running plan.
    static QString text(const Store& store, qint64 leadId);
};
