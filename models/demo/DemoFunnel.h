#pragma once

#include "demo/DemoCalendar.h"
#include "demo/DemoStory.h"

/// Walks a lead through the funnel with field-typical odds: new → working → mql → sql →
/// handed_off, with side exits to nurture and disqualified, calls with their outcomes and
/// callbacks along the way. Nothing happens after the calendar's anchor; what would happen
/// later is left pending (a lead still `new`, a callback due, an SQL waiting for the next batch).
class DemoFunnel
{
public:
    DemoFunnel(const DemoRecipe& recipe, const DemoCalendar& calendar, int teamLead);

    /// Tells the story of one lead: stages and calls (then DemoDetails adds the rest).
    void tell(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const;

    /// Unreached attempts after which a rep gives up (TeamSettings' default).
    static constexpr int maxAttempts = 6;

private:
    const DemoRecipe& m_recipe;
    const DemoCalendar& m_calendar;
    int m_teamLead;
};
