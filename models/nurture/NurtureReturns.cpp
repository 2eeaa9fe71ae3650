#include "nurture/NurtureReturns.h"

#include "store/Store.h"
#include "support/Clock.h"

namespace NurtureReturns {

QString key(Reason reason)
{
    switch (reason) {
    case Reason::InterestThreshold:
        return QStringLiteral("interest_threshold");
    case Reason::PhaseChanged:
        return QStringLiteral("phase_changed");
    case Reason::ContactRequested:
        return QStringLiteral("contact_requested");
    case Reason::PlanCompleted:
        return QStringLiteral("plan_completed");
    }
    return {};
}

void bringBackInTransaction(const Store& store, qint64 leadId, Reason reason)
{
    Sql::exec(store.db(),
              QStringLiteral("UPDATE leads SET nurture_until = ?, nurture_return = ?, updated_at = ?"
                             " WHERE id = ? AND stage = 'nurture'"),
              {Clock::nowSecs(), key(reason), Clock::nowSecs(), leadId});
    store.announceLead(leadId);
}

bool checkPhaseInTransaction(const Store& store, qint64 leadId)
{
    const QVariant changed = Sql::scalar(
        store.db(),
        QStringLiteral("SELECT 1 FROM nurture_plans p JOIN qualification q ON q.lead_id ="
                       " p.lead_id JOIN leads l ON l.id = p.lead_id WHERE p.lead_id = ? AND"
                       " p.status = 'active' AND l.stage = 'nurture' AND q.buying_phase <>"
                       " p.buying_phase AND (l.nurture_return IS NULL OR l.nurture_return <>"
                       " 'phase_changed')"),
        {leadId});
    if (!changed.isValid())
        return false;
    bringBackInTransaction(store, leadId, Reason::PhaseChanged);
    return true;
}

} // namespace NurtureReturns
