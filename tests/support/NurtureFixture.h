#pragma once

#include "TestStore.h"
#include "decisions/StageDecisions.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "nurture/NurturePlans.h"
#include "nurture/TrackLibrary.h"
#include "qualification/QualificationRepository.h"
#include "queue/QueueQuery.h"
#include "queue/QueueRules.h"
#include "scoring/LeadScores.h"
#include "support/Clock.h"

/// A store with leads to nurture: Monday 2 March 2026, 10:00 in Berlin.
class NurtureFixture
{
public:
    static inline const QString rep = QStringLiteral("mara");

    NurtureFixture()
    {
        Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()));
        m_store = std::make_unique<TestStore>();
    }
    ~NurtureFixture() { Clock::reset(); }

    const Store& store() { return m_store->store(); }
    TestStore& fixture() { return *m_store; }

    /// A lead in Berlin with phase and role known and the rest of BANT unknown.
    qint64 addLead(const QString& name, BuyingPhase phase = BuyingPhase::Awareness,
                   BuyingRole role = BuyingRole::Executive)
    {
        Lead lead = sampleLead(name, QStringLiteral("Becker"), name + QStringLiteral(" GmbH"));
        lead.employees = 300;
        const qint64 id = LeadRepository(store()).create(lead, rep);
        Qualification q;
        q.phase = phase;
        q.buyingRole = role;
        WriteTransaction tx(store());
        QualificationRepository(store()).saveInTransaction(id, q, Reps::idFor(store(), rep));
        Sql::exec(store().db(),
                  QStringLiteral("UPDATE leads SET call_zone = 'Europe/Berlin' WHERE id = ?"), {id});
        tx.commit();
        LeadScores::rescore(store(), id);
        return id;
    }

    qint64 trackId(const QString& key) { return TrackLibrary(store()).currentByKey(key)->id; }

    /// The Nurture decision with a plan on the track, back on 1 September at the latest.
    qint64 nurture(qint64 leadId, const QString& trackKey, const QString& region = {})
    {
        DecisionRequest request;
        request.decision = Decision::Nurture;
        request.nurtureUntil = QDate(2026, 9, 1);
        StageDecisions(store()).applyWithPlan(leadId, request, {trackId(trackKey), region, {}}, rep);
        return NurturePlans(store()).activePlanOf(leadId)->id;
    }

    /// A track whose first step is a call today (filling the budget), then an e-mail.
    qint64 callFirstTrack()
    {
        Track track;
        track.key = QStringLiteral("call-first");
        track.name = QStringLiteral("Call first");
        track.phase = BuyingPhase::Awareness;
        track.steps = {{0, {}, ContentKind::Overview, NurtureChannel::Phone, 0, StepPurpose::FillBudget},
                       {0, {}, ContentKind::Whitepaper, NurtureChannel::Email, 7,
                        StepPurpose::RaiseInterest}};
        return TrackLibrary(store()).saveVersion(track, rep);
    }

    QList<QueueRow> callable()
    {
        return QueueQuery(store(), QueueContext::build(store(), rep, {})).callable(100);
    }
    std::optional<QueueRow> queued(qint64 leadId)
    {
        for (const QueueRow& row : callable())
            if (row.id == leadId)
                return row;
        return std::nullopt;
    }
    QString queueReason(const QueueRow& row)
    {
        return QueueRules::reason(row, QueueContext::build(store(), rep, {}));
    }

    QString planStatus(qint64 planId)
    {
        return Sql::scalar(store().db(),
                           QStringLiteral("SELECT status FROM nurture_plans WHERE id = ?"), {planId})
            .toString();
    }
    int pendingSteps(qint64 leadId)
    {
        return Sql::scalar(store().db(),
                           QStringLiteral("SELECT count(*) FROM nurture_steps WHERE lead_id = ? AND"
                                          " status = 'pending'"),
                           {leadId})
            .toInt();
    }

private:
    std::unique_ptr<TestStore> m_store;
};
