#include "nurture/NurtureTypes.h"

bool ContentPiece::suits(BuyingPhase phase, BuyingRole role) const
{
    return phases.contains(phase) && (roles.isEmpty() || roles.contains(role));
}

QList<StepPurpose> Track::fills() const
{
    QList<StepPurpose> purposes;
    for (const TrackStep& step : steps)
        if (step.purpose != StepPurpose::RaiseInterest && step.purpose != StepPurpose::RecheckPhase &&
            !purposes.contains(step.purpose))
            purposes.append(step.purpose);
    return purposes;
}
