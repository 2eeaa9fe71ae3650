#pragma once

#include "demo/DemoCalendar.h"
#include "demo/DemoStory.h"

/// Adds to a lead's story what follows from its way through the funnel: the BANT answers the
/// rep collected in conversations, the interest events marketing tracked, and for a lead in
/// nurture its plan with steps.
class DemoDetails
{
public:
    DemoDetails(const DemoRecipe& recipe, const DemoCalendar& calendar);

    void add(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const;

private:
    void qualify(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const;
    void addInterest(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const;
    void planNurture(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const;

    const DemoRecipe& m_recipe;
    const DemoCalendar& m_calendar;
};
