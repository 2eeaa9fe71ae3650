#pragma once

#include "nurture/NurtureTypes.h"

#include <QCoreApplication>
#include <QStringList>

class Store;

/// What the proposal looks at: the lead's buying phase, buying-center role, fit × interest
/// quadrant and the BANT facts still missing.
struct ProposalInput
{
    BuyingPhase phase = BuyingPhase::Unknown;
    BuyingRole role = BuyingRole::Unknown;
    Quadrant quadrant = Quadrant::Nurture;
    /// FillBudget, FillAuthority, FillNeed, FillTiming for each fact not known yet.
    QList<StepPurpose> missing;
};

/// The track proposed for a lead, and why, in words.
struct Proposal
{
    std::optional<Track> track; ///< empty when no track fits
    QStringList reasons;
    QString text() const { return reasons.join(QLatin1Char(' ')); }
};

/// Chooses the track that fits a lead: a track made for the lead's phase, role and quadrant that
/// fills the most of its missing facts (and asks least for what is known). A low-fit,
/// high-interest lead only ever gets an advocate track, never one toward sales.
class TrackProposal
{
    Q_DECLARE_TR_FUNCTIONS(TrackProposal)

public:
    static Proposal propose(const QList<Track>& tracks, const ProposalInput& input);
    /// The input for a stored lead (its qualification and stored quadrant).
    static ProposalInput inputFor(const Store& store, qint64 leadId);
    /// The proposal for a stored lead among the current tracks.
    static Proposal forLead(const Store& store, qint64 leadId);

    static QString factLabel(StepPurpose fact);

private:
    static int fitness(const Track& track, const ProposalInput& input);
};
