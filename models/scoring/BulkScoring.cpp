#include "scoring/BulkScoring.h"

#include "dashboard/RollupBulkScope.h"
#include "domain/LeadRepository.h"
#include "scoring/LeadScores.h"
#include "scoring/ScoreWriter.h"
#include "scoring/ScoringEngine.h"
#include "scoring/ScoringRulesRepository.h"
#include "store/BulkStatement.h"
#include "store/Indexes.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QElapsedTimer>
#include <limits>
#include <spdlog/spdlog.h>
#include <vector>

namespace BulkScoring {

namespace {

constexpr qint64 secondsPerDay = 86400;

struct LeadRow
{
    qint64 id = 0;
    ScoringInput input;
    qint64 storedTotal = 0;
    int storedGrade = -1; ///< vocabIndex of the stored grade, -1 when none
};

/// "CASE column WHEN ? THEN 0 WHEN ? THEN 1 … END" with the vocabulary keys bound: the store
/// hands back small numbers instead of strings, which is most of the reading cost.
template <typename E> QString indexCase(const QString& column, QVariantList& binds, int otherwise)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (E value : allValues<E>()) {
        sql += QStringLiteral(" WHEN ? THEN %1").arg(vocabIndex(value));
        binds.append(keyOf(value));
    }
    return sql + QStringLiteral(" ELSE %1 END").arg(otherwise);
}

/// Which text columns the rules look at; the others are not read at all.
struct Needs
{
    bool title = false;
    bool contact = false; ///< e-mail and website, for domain rules
};

Needs needsOf(std::initializer_list<const ScoringRules*> rules)
{
    Needs needs;
    for (const ScoringRules* r : rules)
        for (const auto* list : {&r->negativePersona, &r->flags})
            for (const PersonaRule& rule : *list) {
                needs.title |= rule.match == PersonaMatch::TitleContains;
                needs.contact |= rule.match == PersonaMatch::EmailDomain;
            }
    return needs;
}

/// Reads every lead's scoring inputs in id order, one chunk at a time, with its interest events.
class InputStream
{
public:
    /// `lockLeads`: each chunk's leads are locked (FOR UPDATE) before their inputs are read, so
    /// that an edit committed meanwhile waits for the chunk's short transaction instead of being
    /// overwritten by a score of the inputs before it (the batched rescore on a server).
    InputStream(const Store& store, qint64 since, Needs needs, int chunk = chunkSize,
                bool lockLeads = false)
        : m_needs(needs)
    {
        // Each CASE appends its keys to `binds` in the order the placeholders appear, so the
        // text is built one statement at a time (operands of + have no evaluation order).
        QVariantList binds;
        QString sql =
            QStringLiteral("SELECT id, employees, annual_revenue_minor, revenue_currency");
        sql += QStringLiteral(", ") + indexCase<Industry>(QStringLiteral("industry"), binds, 0);
        sql += QStringLiteral(", ") + indexCase<Seniority>(QStringLiteral("seniority"), binds, 0);
        sql += needs.title ? QStringLiteral(", title") : QStringLiteral(", NULL");
        sql += needs.contact ? QStringLiteral(", email, website") : QStringLiteral(", NULL, NULL");
        sql += QStringLiteral(", total_score, ") +
               indexCase<Grade>(QStringLiteral("grade"), binds, -1);
        sql += QStringLiteral(" FROM leads WHERE id > ? ORDER BY id LIMIT ?");
        if (lockLeads)
            sql += QStringLiteral(" FOR UPDATE");
        m_leads = std::make_unique<BulkStatement>(store, sql);
        m_lastIdIndex = bindAll(*m_leads, binds);
        m_leads->bind(m_lastIdIndex + 1, qint64(chunk));

        // Qualification rows exist for a part of the leads only: read them by range and merge,
        // rather than look each lead up.
        binds.clear();
        sql = QStringLiteral("SELECT lead_id");
        sql +=
            QStringLiteral(", ") + indexCase<BuyingRole>(QStringLiteral("buying_role"), binds, 0);
        sql += QStringLiteral(", ") +
               indexCase<BudgetStatus>(QStringLiteral("budget_status"), binds, 0);
        sql +=
            QStringLiteral(", ") + indexCase<AuthorityLevel>(QStringLiteral("authority"), binds, 0);
        sql += QStringLiteral(", decision_maker_confirmed");
        sql += QStringLiteral(", ") + indexCase<NeedLevel>(QStringLiteral("need"), binds, 0);
        sql += QStringLiteral(", ") + indexCase<Timing>(QStringLiteral("timing"), binds, 0);
        sql += QStringLiteral(" FROM qualification WHERE lead_id >= ? AND lead_id <= ?"
                              " ORDER BY lead_id");
        m_qualification = std::make_unique<BulkStatement>(store, sql);
        m_firstQualificationBind = bindAll(*m_qualification, binds);

        binds.clear();
        m_events = std::make_unique<BulkStatement>(
            store, QStringLiteral("SELECT lead_id, ") +
                       indexCase<InterestKind>(QStringLiteral("kind"), binds, -1) +
                       QStringLiteral(", occurred_at FROM interest_events"
                                      " WHERE lead_id >= ? AND lead_id <= ? AND occurred_at >= ?"
                                      " ORDER BY lead_id"));
        m_firstEventBind = bindAll(*m_events, binds);
        m_events->bind(m_firstEventBind + 2, since);
    }

    /// Fills `rows` with the next chunk; false when there are no more leads.
    bool next(std::vector<LeadRow>& rows)
    {
        rows.clear();
        m_leads->bind(m_lastIdIndex, m_lastId);
        m_leads->run();
        while (m_leads->next())
            rows.push_back(
                {m_leads->integer(0), readInput(), m_leads->integer(9), int(m_leads->integer(10))});
        if (rows.empty())
            return false;
        m_lastId = rows.back().id;
        attachQualification(rows);
        attachEvents(rows);
        return true;
    }

private:
    static int bindAll(BulkStatement& statement, const QVariantList& binds)
    {
        int i = 0;
        for (const QVariant& key : binds)
            statement.bind(i++, key.toString());
        return i;
    }

    ScoringInput readInput() const
    {
        const BulkStatement& q = *m_leads;
        ScoringInput in;
        if (!q.isNull(1))
            in.employees = int(q.integer(1));
        if (!q.isNull(2))
            in.annualRevenueMinor = q.integer(2);
        if (!q.isNull(3))
            in.revenueCurrency = q.text(3);
        in.industry = static_cast<Industry>(q.integer(4));
        in.seniority = static_cast<Seniority>(q.integer(5));
        if (m_needs.title)
            in.title = q.text(6);
        if (m_needs.contact) {
            in.email = q.text(7);
            in.website = q.text(8);
        }
        return in;
    }

    void attachQualification(std::vector<LeadRow>& rows)
    {
        BulkStatement& q = *m_qualification;
        q.bind(m_firstQualificationBind, rows.front().id);
        q.bind(m_firstQualificationBind + 1, rows.back().id);
        q.run();
        size_t row = 0;
        while (q.next()) {
            const qint64 leadId = q.integer(0);
            while (row < rows.size() && rows[row].id < leadId)
                ++row;
            if (row == rows.size())
                break;
            if (rows[row].id != leadId)
                continue;
            ScoringInput& in = rows[row].input;
            in.buyingRole = static_cast<BuyingRole>(q.integer(1));
            in.budget = static_cast<BudgetStatus>(q.integer(2));
            in.authority = static_cast<AuthorityLevel>(q.integer(3));
            in.decisionMakerConfirmed = q.integer(4) != 0;
            in.need = static_cast<NeedLevel>(q.integer(5));
            in.timing = static_cast<Timing>(q.integer(6));
        }
    }

    void attachEvents(std::vector<LeadRow>& rows)
    {
        BulkStatement& q = *m_events;
        q.bind(m_firstEventBind, rows.front().id);
        q.bind(m_firstEventBind + 1, rows.back().id);
        q.run();
        size_t row = 0;
        while (q.next()) {
            const qint64 leadId = q.integer(0);
            while (row < rows.size() && rows[row].id < leadId)
                ++row;
            if (row == rows.size())
                break;
            const qint64 kind = q.integer(1);
            if (rows[row].id == leadId && kind >= 0)
                rows[row].input.interest.push_back({static_cast<InterestKind>(kind), q.integer(2)});
        }
    }

    Needs m_needs;
    std::unique_ptr<BulkStatement> m_leads;
    std::unique_ptr<BulkStatement> m_qualification;
    std::unique_ptr<BulkStatement> m_events;
    int m_lastIdIndex = 0;
    int m_firstQualificationBind = 0;
    int m_firstEventBind = 0;
    qint64 m_lastId = 0;
};

/// Tunes the connection for reading and writing every lead while it lives.
class BulkSession
{
public:
    explicit BulkSession(const Store& store)
        : m_store(store)
    {
        if (const QString saved = store.dialect().bulkSessionSaved(); !saved.isEmpty())
            m_saved = Sql::scalar(store.db(), saved);
        for (const QString& statement : store.dialect().bulkSessionBegin())
            Sql::exec(store.db(), statement);
    }
    ~BulkSession()
    {
        for (const QString& statement : m_store.dialect().bulkSessionEnd(m_saved)) {
            QSqlQuery query(m_store.db());
            query.exec(statement);
        }
    }

private:
    const Store& m_store;
    QVariant m_saved;
};

qint64 leadCount(const Store& store)
{
    return Sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
}

// Below this many leads rebuilding indexes gains nothing worth the DDL.
constexpr qint64 rebuildAtLeast = 10000;

bool keepGoing(const Progress& progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace

std::optional<qint64> scoreAllInTransaction(const Store& store, const ActiveRules& active,
                                            qint64 now, const Progress& progress)
{
    const qint64 total = leadCount(store);
    if (!keepGoing(progress, 0, total))
        return std::nullopt;
    const BulkSession session(store);
    InputStream stream(store, now - qint64(active.rules.maxAgeDays + 1) * secondsPerDay,
                       needsOf({&active.rules}));
    // A store never scored (just imported or generated) gets a new total and grade on nearly
    // every lead: then the score-order and grade indexes are built once at the end instead of
    // being kept in order row by row (1M leads: most of the writing time).
    const qint64 unscored =
        Sql::scalar(store.db(),
                    QStringLiteral("SELECT count(*) FROM leads WHERE score_rule_version IS NULL"))
            .toLongLong();
    const QStringList rebuild = unscored * 4 > total && total >= rebuildAtLeast &&
                                        store.dialect().dropsIndexesForBulkWrites()
                                    ? Indexes::drop(store, QStringLiteral("leads"),
                                                    {QStringLiteral("idx_leads_queue_score"),
                                                     QStringLiteral("idx_leads_grade_key"),
                                                     QStringLiteral("idx_leads_queue_grade")})
                                    : QStringList();
    ScoreWriter writer(store, active.version, now);
    std::vector<LeadRow> rows;
    rows.reserve(chunkSize);
    QElapsedTimer clock;
    clock.start();
    qint64 readingNs = 0;
    qint64 writingNs = 0;
    qint64 done = 0;
    while (true) {
        const qint64 beforeRead = clock.nsecsElapsed();
        if (!stream.next(rows))
            break;
        const qint64 beforeWrite = clock.nsecsElapsed();
        for (const LeadRow& row : rows)
            writer.writeInBulk(row.id, ScoringEngine::score(active.rules, row.input, now, false),
                               row.storedTotal, row.storedGrade);
        writer.flush();
        readingNs += beforeWrite - beforeRead;
        writingNs += clock.nsecsElapsed() - beforeWrite;
        done += qint64(rows.size());
        if (!keepGoing(progress, done, total)) {
            spdlog::info("scoring cancelled after {} leads", done);
            return std::nullopt;
        }
    }
    const qint64 beforeIndexes = clock.nsecsElapsed();
    Indexes::create(store, rebuild);
    spdlog::info("scored {} leads with rule version {}: reading {} ms, scoring and writing {} ms, "
                 "indexes rebuilt {} ({} ms)",
                 done, active.version, readingNs / 1000000, writingNs / 1000000, rebuild.size(),
                 (clock.nsecsElapsed() - beforeIndexes) / 1000000);
    return done;
}

namespace {

/// On a server: the new rules are saved and committed first, then the leads are rescored in
/// short transactions of batchLeads each (locked, read, scored, written, committed), so that no
/// lead stays locked for longer than one batch — a rep logging a call on a lead waits for that
/// batch at most, not for the whole store. Every lead is either scored with the new version or
/// still carries its old one (score_rule_version says which); a rescore cancelled or broken off
/// half-way is completed by the next one.
RescoreOutcome rescoreInBatches(const Store& store, const std::optional<ScoringRules>& newRules,
                                const std::function<qint64()>& repId, const QString& note,
                                const Progress& progress)
{
    ScoringRulesRepository repository(store);
    ActiveRules active;
    {
        WriteTransaction transaction(store);
        active = repository.activeInTransaction();
        if (newRules) {
            active.version = repository.addVersionInTransaction(*newRules, repId(), note);
            active.rules = *newRules;
        }
        transaction.commit();
    }
    RescoreOutcome outcome;
    outcome.version = active.version;
    outcome.rulesSaved = newRules.has_value();
    const qint64 now = Clock::nowSecs();
    const qint64 total = leadCount(store);
    if (!keepGoing(progress, 0, total))
        return outcome;
    InputStream stream(store, now - qint64(active.rules.maxAgeDays + 1) * secondsPerDay,
                       needsOf({&active.rules}), batchLeads, true);
    ScoreWriter writer(store, active.version, now);
    std::vector<LeadRow> rows;
    rows.reserve(batchLeads);
    QElapsedTimer clock;
    clock.start();
    qint64 longestBatchMs = 0;
    int batches = 0;
    bool cancelled = false;
    while (true) {
        QElapsedTimer batchClock;
        batchClock.start();
        WriteTransaction transaction(store);
        if (!stream.next(rows))
            break;
        RollupBulkScope rollups(store);
        qint64 firstId = std::numeric_limits<qint64>::max();
        qint64 lastId = 0;
        for (const LeadRow& row : rows) {
            writer.writeInBulk(row.id, ScoringEngine::score(active.rules, row.input, now, false),
                               row.storedTotal, row.storedGrade);
            firstId = std::min(firstId, row.id);
            lastId = std::max(lastId, row.id);
        }
        writer.flush();
        rollups.touchedIfChanged(firstId, lastId);
        rollups.finish();
        transaction.commit();
        longestBatchMs = std::max(longestBatchMs, batchClock.elapsed());
        ++batches;
        outcome.leads += qint64(rows.size());
        if (!keepGoing(progress, outcome.leads, total)) {
            spdlog::info("rescore cancelled after {} leads; the rest keep their version",
                         outcome.leads);
            cancelled = true;
            break;
        }
    }
    // One announcement for the whole run: every window refreshes once, not once per batch.
    WriteTransaction announce(store);
    store.announceLeads();
    announce.commit();
    outcome.completed = !cancelled;
    spdlog::info("rescored {} leads with rule version {} in {} batches ({} ms, longest {} ms)",
                 outcome.leads, active.version, batches, clock.elapsed(), longestBatchMs);
    return outcome;
}

RescoreOutcome rescoreWith(const Store& store, const std::optional<ScoringRules>& newRules,
                           const std::function<qint64()>& repId, const QString& note,
                           const Progress& progress)
{
    if (!store.isSqlite())
        return rescoreInBatches(store, newRules, repId, note, progress);
    ScoringRulesRepository repository(store);
    // Everything in one transaction, the shipped rules installed on first use included: a
    // rescore that fails (a full disk) leaves the store exactly as it was.
    WriteTransaction transaction(store);
    ActiveRules active = repository.activeInTransaction();
    if (newRules) {
        active.version = repository.addVersionInTransaction(*newRules, repId(), note);
        active.rules = *newRules;
    }
    RescoreOutcome outcome;
    outcome.version = active.version;
    // The grades and quadrants the dashboard counts by: brought up to date set-based at the end
    // for the leads whose ones changed, not lead by lead.
    RollupBulkScope rollups(store);
    const std::optional<qint64> scored =
        scoreAllInTransaction(store, active, Clock::nowSecs(), progress);
    if (!scored) {
        spdlog::info("rescore cancelled; rolled back");
        return outcome;
    }
    outcome.leads = *scored;
    rollups.touchedIfChanged();
    rollups.finish();
    QElapsedTimer commitClock;
    commitClock.start();
    store.announceLeads();
    transaction.commit();
    outcome.completed = true;
    spdlog::info("rescore committed in {} ms", commitClock.elapsed());
    return outcome;
}
} // namespace

RescoreOutcome rescoreAll(const Store& store, const std::optional<ScoringRules>& newRules,
                          qint64 repId, const QString& note, const Progress& progress)
{
    return rescoreWith(
        store, newRules, [repId] { return repId; }, note, progress);
}

RescoreOutcome rescoreAll(const Store& store, const std::optional<ScoringRules>& newRules,
                          const QString& repName, const QString& note, const Progress& progress)
{
    return rescoreWith(
        store, newRules, [&] { return Reps::idFor(store, repName); }, note, progress);
}

Preview preview(const Store& store, const ScoringRules& current, const ScoringRules& proposed,
                const Progress& progress)
{
    const qint64 now = Clock::nowSecs();
    const qint64 total = leadCount(store);
    const int maxAge = std::max(current.maxAgeDays, proposed.maxAgeDays);
    Preview result;
    const BulkSession session(store);
    // One read transaction: every lead is seen as of the same moment.
    Sql::exec(store.db(), QStringLiteral("BEGIN"));
    struct EndRead
    {
        const Store& store;
        ~EndRead()
        {
            QSqlQuery end(store.db());
            end.exec(QStringLiteral("COMMIT"));
        }
    } endRead{store};
    InputStream stream(store, now - qint64(maxAge + 1) * secondsPerDay,
                       needsOf({&current, &proposed}));
    std::vector<LeadRow> rows;
    rows.reserve(chunkSize);
    if (!keepGoing(progress, 0, total))
        return result;
    while (stream.next(rows)) {
        for (const LeadRow& row : rows) {
            const ScoreResult before = ScoringEngine::score(current, row.input, now, false);
            const ScoreResult after = ScoringEngine::score(proposed, row.input, now, false);
            ++result.grades[vocabIndex(before.grade)][vocabIndex(after.grade)];
            ++result.bands[int(before.band())][int(after.band())];
            result.gradeChanges += before.grade != after.grade;
            result.bandChanges += before.band() != after.band();
        }
        result.leads += qint64(rows.size());
        if (!keepGoing(progress, result.leads, total))
            return result;
    }
    result.completed = true;
    return result;
}

} // namespace BulkScoring
