#include "nurture/TrackProposal.h"

#include "nurture/TrackLibrary.h"
#include "store/Store.h"

namespace {

bool allowed(const Track& track, const ProposalInput& input)
{
    // Never toward sales for an advocate; an advocate track only for one.
    if (track.advocate != (input.quadrant == Quadrant::Advocate))
        return false;
    if (track.phase && *track.phase != input.phase)
        return false;
    if (!track.roles.isEmpty() && !track.roles.contains(input.role))
        return false;
    return track.quadrants.isEmpty() || track.quadrants.contains(input.quadrant);
}

} // namespace

QString TrackProposal::factLabel(StepPurpose fact)
{
    switch (fact) {
    case StepPurpose::FillBudget:
        return tr("budget");
    case StepPurpose::FillAuthority:
        return tr("authority");
    case StepPurpose::FillNeed:
        return tr("need");
    case StepPurpose::FillTiming:
        return tr("timing");
    default:
        break;
    }
    return {};
}

int TrackProposal::fitness(const Track& track, const ProposalInput& input)
{
    int score = 0;
    if (track.phase)
        score += 8;
    if (!track.roles.isEmpty())
        score += 4;
    if (!track.quadrants.isEmpty())
        score += 2;
    for (const StepPurpose fact : track.fills())
        score += input.missing.contains(fact) ? 3 : -1;
    return score;
}

Proposal TrackProposal::propose(const QList<Track>& tracks, const ProposalInput& input)
{
    Proposal proposal;
    int best = std::numeric_limits<int>::min();
    for (const Track& track : tracks) {
        if (!track.current || !allowed(track, input))
            continue;
        const int score = fitness(track, input);
        if (score > best || (score == best && track.key < proposal.track->key)) {
            best = score;
            proposal.track = track;
        }
    }
    if (!proposal.track) {
        proposal.reasons.append(tr("No track fits the buying phase %1 and the role %2.")
                                    .arg(labelOf(input.phase), labelOf(input.role)));
        return proposal;
    }
    const Track& track = *proposal.track;
    if (input.quadrant == Quadrant::Advocate)
        proposal.reasons.append(tr("Low fit, high interest: developed as an advocate, never "
                                   "toward sales."));
    if (track.phase)
        proposal.reasons.append(
            tr("Made for the buying phase %1.").arg(labelOf(input.phase)));
    if (!track.roles.isEmpty() && input.role != BuyingRole::Unknown)
        proposal.reasons.append(tr("Addresses the role %1.").arg(labelOf(input.role)));
    QStringList filled, open;
    for (const StepPurpose fact : input.missing)
        (track.fills().contains(fact) ? filled : open).append(factLabel(fact));
    if (!filled.isEmpty())
        proposal.reasons.append(tr("Asks for what is missing: %1.").arg(filled.join(QStringLiteral(", "))));
    if (!open.isEmpty())
        proposal.reasons.append(
            tr("Still to find out in a call: %1.").arg(open.join(QStringLiteral(", "))));
    if (input.quadrant == Quadrant::Park)
        proposal.reasons.append(tr("Low fit and low interest: the plan raises interest first."));
    return proposal;
}

ProposalInput TrackProposal::inputFor(const Store& store, qint64 leadId)
{
    QSqlQuery q = Sql::exec(
        store.db(),
        QStringLiteral("SELECT q.buying_phase, q.buying_role, l.quadrant, q.budget_status,"
                       " q.authority, q.need, q.timing FROM leads l LEFT JOIN qualification q"
                       " ON q.lead_id = l.id WHERE l.id = ?"),
        {leadId});
    ProposalInput input;
    if (!q.next())
        return input;
    input.phase = fromKeyOr(q.value(0).toString(), BuyingPhase::Unknown);
    input.role = fromKeyOr(q.value(1).toString(), BuyingRole::Unknown);
    input.quadrant = fromKeyOr(q.value(2).toString(), Quadrant::Park);
    const auto unknown = [&](int column) {
        const QString value = q.value(column).toString();
        return value.isEmpty() || value == QLatin1String("unknown");
    };
    if (unknown(3))
        input.missing.append(StepPurpose::FillBudget);
    if (unknown(4))
        input.missing.append(StepPurpose::FillAuthority);
    if (unknown(5))
        input.missing.append(StepPurpose::FillNeed);
    if (unknown(6))
        input.missing.append(StepPurpose::FillTiming);
    return input;
}

Proposal TrackProposal::forLead(const Store& store, qint64 leadId)
{
    return propose(TrackLibrary(store).current(), inputFor(store, leadId));
}
