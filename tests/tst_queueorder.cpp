#include "QueueFixtures.h"
#include "domain/TeamSettings.h"
#include "queue/QueueQuery.h"
#include "queue/QueueRules.h"

#include <QTest>

using namespace QueueFixtures;

namespace {
QList<qint64> ids(const QList<QueueRow>& rows)
{
    QList<qint64> result;
    for (const QueueRow& row : rows)
        result.append(row.id);
    return result;
}

QueueQuery queryFor(Store& store, const QString& rep = QStringLiteral("mara"))
{
    return QueueQuery(store, QueueContext::build(store, rep, {}));
}

const QueueRow* find(const QList<QueueRow>& rows, qint64 id)
{
    for (const QueueRow& row : rows)
        if (row.id == id)
            return &row;
    return nullptr;
}
} // namespace

/// The queue's order and its reasons for holding leads back, in SQL and C++ alike.
class TestQueueOrder : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void callbacksThenNewBySlaThenScore()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 now = Clock::nowSecs();
        const qint64 newRecent = addLead(store, QStringLiteral("New"), QStringLiteral("Recent"));
        const qint64 newOld = addLead(store, QStringLiteral("New"), QStringLiteral("Old"));
        set(store, newOld, QStringLiteral("created_at = ?"), {now - 6 * 3600});
        set(store, newRecent, QStringLiteral("created_at = ?"), {now - 600});
        const qint64 working50 = addLead(store, QStringLiteral("Work"), QStringLiteral("Fifty"));
        const qint64 working80 = addLead(store, QStringLiteral("Work"), QStringLiteral("Eighty"));
        const qint64 mql50 = addLead(store, QStringLiteral("Mql"), QStringLiteral("Fifty"));
        set(store, working50, QStringLiteral("stage = 'working', total_score = 50"), {});
        set(store, working80, QStringLiteral("stage = 'working', total_score = 80"), {});
        set(store, mql50, QStringLiteral("stage = 'mql', total_score = 50"), {});
        const qint64 callbackLate = addLead(store, QStringLiteral("Call"), QStringLiteral("Late"));
        const qint64 callbackEarly =
            addLead(store, QStringLiteral("Call"), QStringLiteral("Early"));
        set(store, callbackLate,
            QStringLiteral("stage = 'working', next_action_kind = 'callback', next_action_at = ?"),
            {now - 60});
        set(store, callbackEarly,
            QStringLiteral("stage = 'working', next_action_kind = 'callback', next_action_at = ?"),
            {now - 3600});
        const qint64 nurtureDue = addLead(store, QStringLiteral("Nurture"), QStringLiteral("Due"));
        set(store, nurtureDue,
            QStringLiteral("stage = 'nurture', nurture_until = ?, total_score = 60"), {now - 1});
        for (const char* stage : {"sql", "handed_off", "disqualified"}) {
            const qint64 out = addLead(store, QStringLiteral("Out"), QString::fromLatin1(stage));
            set(store, out, QStringLiteral("stage = ?, total_score = 99"),
                {QString::fromLatin1(stage)});
        }

        const QueueQuery query = queryFor(store);
        const QList<QueueRow> rows = query.callable(50);
        // Callbacks by due time; new leads oldest first; then score, ties by id (older lead first).
        QCOMPARE(ids(rows), (QList<qint64>{callbackEarly, callbackLate, newOld, newRecent,
                                           working80, nurtureDue, working50, mql50}));
        QCOMPARE(rows.at(0).lane, QueueLane::CallbackDue);
        QCOMPARE(rows.at(2).lane, QueueLane::NewLead);
        QCOMPARE(rows.at(4).lane, QueueLane::ByScore);
        const QueueContext& ctx = query.context();
        QCOMPARE(QueueRules::reason(rows.at(2), ctx),
                 QStringLiteral("New, waiting 6 h (SLA 4 h: overdue by 2 h)"));
        QCOMPARE(QueueRules::reason(rows.at(3), ctx),
                 QStringLiteral("New, waiting 10 min (SLA 4 h: 3 h 50 min left)"));
        QCOMPARE(QueueRules::reason(rows.at(4), ctx), QStringLiteral("Score 80"));
        QVERIFY(
            QueueRules::reason(rows.at(0), ctx).startsWith(QLatin1String("Callback due since")));
        // Stages out of the queue are neither callable nor held back.
        QVERIFY(query.heldBack(50).isEmpty());
        QCOMPARE(query.firstCallable(0), std::optional<qint64>(callbackEarly));
        QCOMPARE(query.firstCallable(callbackEarly), std::optional<qint64>(callbackLate));
    }

    void slaSettingChangesTheReason()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        set(store, lead, QStringLiteral("created_at = ?"), {Clock::nowSecs() - 3 * 3600});
        TeamSettings(store).setSlaHours(2);
        const QueueQuery query = queryFor(store);
        QCOMPARE(QueueRules::reason(query.callable(1).at(0), query.context()),
                 QStringLiteral("New, waiting 3 h (SLA 2 h: overdue by 1 h)"));
    }

    void heldBackWithReasons()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 now = Clock::nowSecs();
        const qint64 callable = addLead(store, QStringLiteral("Ok"), QStringLiteral("Lead"));
        auto held = [&](const char* name, const QString& assignments, QVariantList binds) {
            const qint64 id = addLead(store, QString::fromLatin1(name), QStringLiteral("Held"));
            set(store, id, assignments, binds);
            return id;
        };
        const qint64 dnc = held("Dnc", QStringLiteral("do_not_call = 1"), {});
        const qint64 wrong =
            held("Wrong", QStringLiteral("wrong_number = 1, stage = 'working'"), {});
        const qint64 noPhone =
            held("NoPhone", QStringLiteral("phone = NULL, phone_e164 = NULL"), {});
        const qint64 maxed = held("Max", QStringLiteral("attempts = 6, stage = 'working'"), {});
        const qint64 claimed =
            held("Claimed",
                 QStringLiteral("claimed_by = 'jonas', claim_token = 'x', claim_expires_at = ?"),
                 {now + 300});
        const qint64 retry = held("Retry",
                                  QStringLiteral("stage = 'working', next_action_kind = 'retry',"
                                                 " next_action_at = ?, last_outcome = 'busy'"),
                                  {now + 1800});
        const qint64 later = held("Later",
                                  QStringLiteral("stage = 'working', next_action_kind = 'callback',"
                                                 " next_action_at = ?"),
                                  {now + 7200});
        const qint64 nurture =
            held("Nurture", QStringLiteral("stage = 'nurture', nurture_until = ?"), {now + 86400});
        const qint64 newYork = held("Ny", QStringLiteral("time_zone = 'America/New_York'"), {});
        const qint64 expiredClaim =
            held("Expired",
                 QStringLiteral("claimed_by = 'jonas', claim_token = 'x', claim_expires_at = ?"),
                 {now - 1});

        const QueueQuery query = queryFor(store);
        QCOMPARE(ids(query.callable(50)), (QList<qint64>{callable, expiredClaim}));
        const QList<QueueRow> rows = query.heldBack(50);
        QCOMPARE(rows.size(), 9);
        const QHash<qint64, HoldReason> expected{{dnc, HoldReason::DoNotCall},
                                                 {wrong, HoldReason::WrongNumber},
                                                 {noPhone, HoldReason::NoPhone},
                                                 {maxed, HoldReason::MaxAttempts},
                                                 {claimed, HoldReason::ClaimedByOther},
                                                 {retry, HoldReason::RetryDelay},
                                                 {later, HoldReason::CallbackLater},
                                                 {nurture, HoldReason::NurtureNotDue},
                                                 {newYork, HoldReason::OutsideCallingHours}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QueueRow* row = find(rows, it.key());
            QVERIFY(row);
            QCOMPARE(row->lane, QueueLane::HeldBack);
            QCOMPARE(int(row->hold), int(it.value()));
        }
        const QString nyReason = QueueRules::reason(*find(rows, newYork), query.context());
        QVERIFY2(nyReason.contains(
                     QLatin1String("outside calling hours (05:00 local time, opens Tue 09:00)")),
                 qPrintable(nyReason));
        QVERIFY(QueueRules::reason(*find(rows, claimed), query.context())
                    .contains(QLatin1String("claimed by jonas")));
        QVERIFY(QueueRules::reason(*find(rows, retry), query.context())
                    .contains(QLatin1String("(Busy)")));

        // The rep's own claims do not hold a lead back from that rep (when no session is given).
        const QueueQuery jonas = queryFor(store, QStringLiteral("jonas"));
        QVERIFY(ids(jonas.callable(50)).contains(claimed));
    }

    void nurtureComesBackWhenAStepIsDue()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 now = Clock::nowSecs();
        const qint64 lead = addLead(store, QStringLiteral("N"), QStringLiteral("Step"));
        set(store, lead, QStringLiteral("stage = 'nurture', nurture_until = ?"),
            {now + 30 * 86400});
        QVERIFY(queryFor(store).callable(10).isEmpty());
        const qint64 plan = Sql::insertId(
            store.db(),
            QStringLiteral(
                "INSERT INTO nurture_plans (lead_id, track, started_at) VALUES (?, 't', ?)"
                " RETURNING id"),
            {lead, now});
        Sql::exec(
            store.db(),
            QStringLiteral("INSERT INTO nurture_steps (plan_id, lead_id, position, content_kind,"
                           " channel, due_at) VALUES (?, ?, 1, 'whitepaper', 'phone', ?)"),
            {plan, lead, now + 3600});
        QVERIFY(queryFor(store).callable(10).isEmpty());
        Clock::advance(3600);
        const QList<QueueRow> rows = queryFor(store).callable(10);
        QCOMPARE(ids(rows), QList<qint64>{lead});
        QVERIFY(rows.at(0).nurtureStepDue);
    }

    void attemptLimitFollowsTheSetting()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("A"), QStringLiteral("B"));
        set(store, lead, QStringLiteral("stage = 'working', attempts = 3"), {});
        QCOMPARE(queryFor(store).callable(5).size(), 1);
        TeamSettings(store).setMaxAttempts(3);
        const QueueQuery query = queryFor(store);
        QVERIFY(query.callable(5).isEmpty());
        QCOMPARE(int(query.heldBack(5).at(0).hold), int(HoldReason::MaxAttempts));
    }

    void pagesWalkEverySectionOnce()
    {
        TestStore fixture;
        Store& store = fixture.store();
        QList<qint64> all;
        for (int i = 0; i < 57; ++i) {
            const qint64 id = addLead(store, QStringLiteral("L%1").arg(i), QStringLiteral("X"));
            all.append(id);
            // Few distinct scores and creation times: pages must break ties by id.
            set(store, id,
                QStringLiteral("stage = ?, total_score = ?, created_at = ?, do_not_call = ?"),
                {i % 3 == 0 ? QStringLiteral("new") : QStringLiteral("working"), i % 4,
                 Clock::nowSecs() - (i % 2) * 60, i % 10 == 0 ? 1 : 0});
        }
        QueueQuery query = queryFor(store);
        QueueQuery::Cursor cursor;
        QList<QueueRow> seen;
        while (!cursor.atEnd)
            seen += query.fetch(cursor, 7);
        QList<qint64> seenIds = ids(seen);
        QCOMPARE(seenIds.size(), all.size());
        std::sort(seenIds.begin(), seenIds.end());
        QCOMPARE(seenIds, all);
        // Callable rows come first, in the order callable() gives; held-back rows after them.
        const QList<QueueRow> callable = query.callable(100);
        QCOMPARE(ids(seen.mid(0, callable.size())), ids(callable));
        for (qsizetype i = callable.size(); i < seen.size(); ++i)
            QCOMPARE(seen.at(i).lane, QueueLane::HeldBack);
    }
};

QTEST_GUILESS_MAIN(TestQueueOrder)
#include "tst_queueorder.moc"
