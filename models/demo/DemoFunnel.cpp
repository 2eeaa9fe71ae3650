#include "demo/DemoFunnel.h"

#include "demo/DemoKeys.h"

namespace {

using C = DemoCalendar;

template <typename E> Weighted<E> weights(std::initializer_list<std::pair<E, qint64>> entries)
{
    Weighted<E> table;
    for (const auto& [value, weight] : entries)
        table.add(value, weight);
    return table;
}

using DR = DisqualifyReason;
const Weighted<DR> intakeReasons = weights<DR>({{DR::Duplicate, 30},
                                                {DR::JobApplicant, 14},
                                                {DR::StudentOrPrivate, 18},
                                                {DR::Competitor, 8},
                                                {DR::InvalidContact, 16},
                                                {DR::OutsideTerritory, 14}});
const Weighted<DR> conversationReasons = weights<DR>({{DR::NoNeed, 34},
                                                      {DR::NoBudget, 24},
                                                      {DR::NoAuthority, 14},
                                                      {DR::Competitor, 5},
                                                      {DR::OutsideTerritory, 5},
                                                      {DR::Other, 18}});
const Weighted<DR> qualificationReasons =
    weights<DR>({{DR::NoBudget, 40}, {DR::NoAuthority, 25}, {DR::NoNeed, 20}, {DR::Other, 15}});

const Weighted<DR> nurtureEndings =
    weights<DR>({{DR::NoNeed, 40}, {DR::NoBudget, 30}, {DR::Unreachable, 30}});

using CO = CallOutcome;
const Weighted<CO> unreached = weights<CO>({{CO::NoAnswer, 40},
                                            {CO::Voicemail, 30},
                                            {CO::Busy, 8},
                                            {CO::Gatekeeper, 18},
                                            {CO::WrongNumber, 4}});
const Weighted<CO> reached = weights<CO>(
    {{CO::Connected, 78}, {CO::CallbackRequested, 14}, {CO::NotInterested, 7}, {CO::DoNotCall, 1}});

int durationOf(CallOutcome outcome, DemoRandom& random)
{
    switch (outcome) {
    case CO::Connected:
        return int(std::clamp(random.logNormal(std::log(420.0), 0.6), 90.0, 2700.0));
    case CO::CallbackRequested:
        return int(random.between(45, 240));
    case CO::NotInterested:
        return int(random.between(30, 180));
    case CO::DoNotCall:
        return int(random.between(20, 90));
    case CO::Voicemail:
        return int(random.between(30, 80));
    case CO::Busy:
        return int(random.between(3, 12));
    case CO::Gatekeeper:
        return int(random.between(40, 200));
    case CO::WrongNumber:
        return int(random.between(15, 60));
    case CO::NoAnswer:
        break;
    }
    return int(random.between(20, 45));
}

/// One lead's way through the funnel; see DemoFunnel.
class Walk
{
public:
    Walk(const DemoRecipe& recipe, const DemoCalendar& calendar, int teamLead, DemoRandom& random,
         const DemoLeadBasics& lead, DemoStory& story)
        : m_recipe(recipe)
        , m_calendar(calendar)
        , m_teamLead(teamLead)
        , m_random(random)
        , m_lead(lead)
        , m_story(story)
        , m_offset(lead.company.city->utcOffsetSecs)
        , m_anchor(calendar.anchor())
    {}

    void run()
    {
        m_story.history.push_back(
            {std::nullopt, Stage::New, m_lead.createdAt, m_lead.owner, {}, {}});
        m_story.stage = Stage::New;
        m_story.stageChangedAt = m_lead.createdAt;
        if (intakeDisqualified() || m_random.chance(m_lead.channel->neverWorked))
            return;
        const qint64 first = office(C::addWorkingTime(m_lead.createdAt, firstDelay(), m_offset));
        if (first > m_anchor)
            return;
        move(Stage::Working, first, m_lead.owner);
        callPhase(first, Stage::Working);
    }

private:
    qint64 office(qint64 t) { return C::officeTime(t, m_offset, m_random); }
    double quality() const { return m_lead.quality; }

    void move(Stage to, qint64 at, int rep, const QString& reason = {}, const QString& note = {})
    {
        // A decision taken in a call that ends after the anchor is recorded at the anchor.
        at = std::min(at, m_anchor);
        m_story.history.push_back({m_story.stage, to, at, rep, reason, note});
        m_story.stage = to;
        m_story.stageChangedAt = at;
    }

    bool intakeDisqualified()
    {
        double odds = 0.035;
        if (m_lead.person.seniority == Seniority::TraineeStudent)
            odds += 0.3;
        if (m_lead.person.freeMail)
            odds += 0.05;
        if (!m_random.chance(odds))
            return false;
        const qint64 at = C::addWorkingTime(
            m_lead.createdAt, m_random.between(10 * C::minute, 16 * C::hour), m_offset);
        if (at > m_anchor)
            return false;
        DR reason = intakeReasons.pick(m_random);
        if (m_lead.person.seniority == Seniority::TraineeStudent && m_random.chance(0.8))
            reason = DR::StudentOrPrivate;
        disqualify(reason, at, m_lead.owner);
        return true;
    }

    qint64 firstDelay()
    {
        // Speed to lead: most within the SLA of a few hours, a tail of days.
        const double roll = m_random.unit();
        if (roll < 0.45)
            return m_random.between(5 * C::minute, 2 * C::hour);
        if (roll < 0.75)
            return m_random.between(2 * C::hour, 10 * C::hour);
        if (roll < 0.92)
            return m_random.between(10 * C::hour, 30 * C::hour);
        return m_random.between(30 * C::hour, 100 * C::hour);
    }

    int callRep()
    {
        // Mostly the owner; now and then a colleague covers.
        return m_random.chance(0.9) ? m_lead.owner
                                    : int(m_random.between(0, m_recipe.reps.size() - 1));
    }

    CallOutcome drawOutcome(Stage phase)
    {
        double reach = phase == Stage::Mql ? 0.55 : 0.34;
        if (m_lead.person.seniority == Seniority::CLevel)
            reach -= 0.08;
        const CallOutcome outcome =
            m_random.chance(reach) ? reached.pick(m_random) : unreached.pick(m_random);
        if (phase == Stage::Mql && outcome == CO::NotInterested && m_random.chance(0.6))
            return CO::Connected;
        return outcome;
    }

    size_t logCall(qint64 at, CallOutcome outcome)
    {
        DemoCallRow call;
        call.at = at;
        call.rep = callRep();
        call.outcome = outcome;
        call.durationSecs = durationOf(outcome, m_random);
        const QStringList& notes =
            m_recipe.callNotes[size_t(outcome)].forLanguage(m_lead.company.country->language);
        if (!notes.isEmpty() && (outcome == CO::Connected || m_random.chance(0.6)))
            call.note = m_random.pick(notes);
        m_story.calls.push_back(call);
        return m_story.calls.size() - 1;
    }

    /// A callback is pending when its time lies after the anchor, or (sometimes) just before it:
    /// a callback that is due now.
    bool callbackPending(qint64 at)
    {
        if (at <= m_anchor && (at < m_anchor - 4 * C::day || !m_random.chance(0.6)))
            return false;
        m_story.nextActionAt = at;
        m_story.nextActionKind = QStringLiteral("callback");
        return true;
    }

    void callPhase(qint64 t, Stage phase)
    {
        int unreachedCount = 0;
        for (int guard = 0; guard < 14 && t <= m_anchor; ++guard) {
            const CallOutcome outcome = drawOutcome(phase);
            const size_t index = logCall(t, outcome);
            const int rep = m_story.calls[index].rep;
            const qint64 after =
                t + m_story.calls[index].durationSecs + m_random.between(1, 10) * C::minute;
            switch (outcome) {
            case CO::WrongNumber:
                if (m_random.chance(0.7))
                    return disqualify(DR::InvalidContact, after, rep);
                ++unreachedCount;
                break;
            case CO::DoNotCall:
                m_story.doNotCall = true;
                return disqualify(DR::DoNotContact, after, rep);
            case CO::NotInterested:
                if (m_random.chance(0.75))
                    return disqualify(DR::NoNeed, after, rep);
                return nurture(after, rep);
            case CO::CallbackRequested:
            case CO::Connected:
                unreachedCount = 0;
                m_story.attempts = 0;
                // decide() may tell the rest of the story (and log more calls) when it returns
                // true.
                if (outcome == CO::Connected && decide(phase, after, rep))
                    return;
                t = office(t + m_random.between(1, 10) * C::day);
                m_story.calls[index].callbackAt = t;
                if (callbackPending(t))
                    return;
                continue;
            default:
                ++unreachedCount;
            }
            m_story.attempts = unreachedCount;
            if (unreachedCount >= DemoFunnel::maxAttempts)
                return giveUp(phase, after, rep);
            t = office(t + m_random.between(3 * C::hour, 72 * C::hour));
        }
    }

    /// After a conversation: returns true when the lead left the current phase.
    bool decide(Stage phase, qint64 at, int rep)
    {
        const double roll = m_random.unit();
        if (phase == Stage::Working) {
            const double mql = std::clamp(0.36 * quality(), 0.03, 0.8);
            if (roll < mql)
                return toMql(at, rep);
            if (roll < mql + 0.14)
                nurture(at, rep);
            else if (roll < mql + 0.38)
                disqualify(conversationReasons.pick(m_random), at, rep);
            else
                return false;
            return true;
        }
        const double sql = std::clamp(0.42 * quality() * m_lead.fit, 0.03, 0.85);
        if (roll < sql)
            return toSql(at, rep);
        if (roll < sql + 0.18)
            nurture(at, rep);
        else if (roll < sql + 0.3)
            disqualify(qualificationReasons.pick(m_random), at, rep);
        else
            return false;
        return true;
    }

    bool toMql(qint64 at, int rep)
    {
        move(Stage::Mql, at, rep);
        const qint64 next =
            office(C::addWorkingTime(at, m_random.between(4, 60) * C::hour, m_offset));
        callPhase(next, Stage::Mql);
        return true;
    }

    bool toSql(qint64 at, int rep)
    {
        move(Stage::Sql, at, rep);
        if (!m_random.chance(0.9))
            return true;
        const int batch = m_calendar.batchAtOrAfter(at + 2 * C::hour);
        if (batch < 0)
            return true;
        move(Stage::HandedOff, m_calendar.handoffBatches()[size_t(batch)], m_teamLead);
        m_story.handoffBatch = batch;
        return true;
    }

    void giveUp(Stage phase, qint64 at, int rep)
    {
        if (m_random.chance(phase == Stage::Mql ? 0.5 : 0.75))
            return disqualify(DR::Unreachable, at, rep);
        nurture(at, rep);
    }

    void nurture(qint64 at, int rep)
    {
        move(Stage::Nurture, at, rep);
        m_story.nurtureUntil = office(at + m_random.between(45, 150) * C::day);
        leaveNurture(at, rep);
    }

    /// Some nurtured leads leave nurture before now, and their plan ends with it: interest came
    /// back and the rep re-qualified the lead (marketing-qualified: the plan ends re-qualified),
    /// or it was time to let go (disqualified).
    void leaveNurture(qint64 since, int rep)
    {
        const qint64 at = office(since + m_random.between(35, 110) * C::day);
        if (at > m_anchor - C::day || !m_random.chance(0.3))
            return;
        m_story.nurtureUntil.reset();
        if (m_random.chance(std::clamp(0.5 * quality(), 0.25, 0.6))) {
            move(Stage::Mql, at, rep);
            return;
        }
        disqualify(nurtureEndings.pick(m_random), at, rep);
    }

    void disqualify(DisqualifyReason reason, qint64 at, int rep)
    {
        QString note;
        const QStringList& notes =
            m_recipe.disqualifyNotes.forLanguage(m_lead.company.country->language);
        if (reason == DR::Other || m_random.chance(0.2))
            note = m_random.pick(notes);
        move(Stage::Disqualified, at, rep, demoKey(reason), note);
        m_story.disqualifyReason = demoKey(reason);
        m_story.disqualifyNote = note;
    }

    const DemoRecipe& m_recipe;
    const DemoCalendar& m_calendar;
    int m_teamLead;
    DemoRandom& m_random;
    const DemoLeadBasics& m_lead;
    DemoStory& m_story;
    int m_offset;
    qint64 m_anchor;
};

} // namespace

DemoFunnel::DemoFunnel(const DemoRecipe& recipe, const DemoCalendar& calendar, int teamLead)
    : m_recipe(recipe)
    , m_calendar(calendar)
    , m_teamLead(teamLead)
{}

void DemoFunnel::tell(DemoRandom& random, const DemoLeadBasics& lead, DemoStory& story) const
{
    story.clear();
    Walk(m_recipe, m_calendar, m_teamLead, random, lead, story).run();
}
