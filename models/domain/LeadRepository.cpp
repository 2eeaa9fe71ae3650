#include "domain/LeadRepository.h"

#include "scoring/LeadScores.h"
#include "scoring/ScoreWriter.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QSqlError>
#include <array>

namespace {

QVariant optionalValue(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

template <typename T> std::optional<T> optionalFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

const QString leadColumns = QStringLiteral(
    "id, first_name, last_name, title, seniority, email, phone, phone_e164, company, website,"
    " industry, employees, annual_revenue_minor, revenue_currency, country, city, time_zone,"
    " source_channel, campaign, owner_id, stage, stage_changed_at, disqualify_reason,"
    " disqualify_note, nurture_until, fit_score, interest_score, bant_score, total_score, grade,"
    " quadrant, score_rule_version, do_not_call, do_not_email, attempts, call_count,"
    " last_call_at, last_outcome, next_action_at, next_action_kind, created_at, updated_at,"
    " wrong_number");

Lead leadFromQuery(const QSqlQuery& q)
{
    Lead lead;
    int c = 0;
    lead.id = q.value(c++).toLongLong();
    lead.firstName = q.value(c++).toString();
    lead.lastName = q.value(c++).toString();
    lead.title = q.value(c++).toString();
    lead.seniority = fromKeyOr(q.value(c++).toString(), Seniority::Unknown);
    lead.email = q.value(c++).toString();
    lead.phone = q.value(c++).toString();
    lead.phoneE164 = q.value(c++).toString();
    lead.company = q.value(c++).toString();
    lead.website = q.value(c++).toString();
    lead.industry = fromKeyOr(q.value(c++).toString(), Industry::Unknown);
    lead.employees = optionalFrom<int>(q.value(c++));
    lead.annualRevenueMinor = optionalFrom<qint64>(q.value(c++));
    lead.revenueCurrency = q.value(c++).toString();
    lead.country = q.value(c++).toString();
    lead.city = q.value(c++).toString();
    lead.timeZone = q.value(c++).toString();
    lead.source = fromKeyOr(q.value(c++).toString(), SourceChannel::Other);
    lead.campaign = q.value(c++).toString();
    lead.ownerId = optionalFrom<qint64>(q.value(c++));
    lead.stage = fromKeyOr(q.value(c++).toString(), Stage::New);
    lead.stageChangedAt = q.value(c++).toLongLong();
    lead.disqualifyReason = q.value(c++).toString();
    lead.disqualifyNote = q.value(c++).toString();
    lead.nurtureUntil = optionalFrom<qint64>(q.value(c++));
    lead.fitScore = q.value(c++).toInt();
    lead.interestScore = q.value(c++).toInt();
    lead.bantScore = q.value(c++).toInt();
    lead.totalScore = q.value(c++).toInt();
    lead.grade = q.value(c++).toString();
    lead.quadrant = q.value(c++).toString();
    lead.scoreRuleVersion = optionalFrom<int>(q.value(c++));
    lead.doNotCall = q.value(c++).toBool();
    lead.doNotEmail = q.value(c++).toBool();
    lead.attempts = q.value(c++).toInt();
    lead.callCount = q.value(c++).toInt();
    lead.lastCallAt = optionalFrom<qint64>(q.value(c++));
    lead.lastOutcome = q.value(c++).toString();
    lead.nextActionAt = optionalFrom<qint64>(q.value(c++));
    lead.nextActionKind = q.value(c++).toString();
    lead.createdAt = q.value(c++).toLongLong();
    lead.updatedAt = q.value(c++).toLongLong();
    lead.wrongNumber = q.value(c++).toBool();
    return lead;
}

} // namespace

LeadRepository::LeadRepository(const Store& store)
    : m_store(store)
{}

QString LeadRepository::normaliseEmail(const QString& email)
{
    return email.trimmed().toLower();
}

qint64 LeadRepository::create(const Lead& lead, const QString& repName)
{
    WriteTransaction transaction(m_store);
    // Scored at once, so the queue's order and the card never show a lead without a score.
    const ActiveRules rules = ScoringRulesRepository(m_store).activeInTransaction();
    const qint64 now = Clock::nowSecs();
    const qint64 id = createInTransaction(
        lead, Reps::idFor(m_store, repName),
        FirstScore{LeadScores::scoreNewLead(lead, rules.rules, now), rules.version, now});
    m_store.announceLead(id);
    transaction.commit();
    return id;
}

// Statements prepared once per repository object and run again for every lead, so that writing
// thousands of leads in one transaction stays fast.
namespace {

struct PreparedStatements
{
    QSqlDatabase db; ///< for the failure's cause in its dialect

    explicit PreparedStatements(const QSqlDatabase& connection)
        : db(connection)
    {}

    void prepare(QSqlQuery& query, const QString& sql) const { Sql::prepare(query, sql, db); }
    void run(QSqlQuery& query, const QVariantList& binds) const { Sql::run(query, binds, db); }
};

} // namespace

// The three statements of a stage change.
struct LeadRepository::StageStatements : PreparedStatements
{
    QSqlQuery from;
    QSqlQuery update;
    QSqlQuery history;

    explicit StageStatements(const QSqlDatabase& connection)
        : PreparedStatements(connection)
        , from(db)
        , update(db)
        , history(db)
    {
        prepare(from, QStringLiteral("SELECT stage FROM leads WHERE id = ?"));
        prepare(update,
                QStringLiteral("UPDATE leads SET stage = ?, stage_changed_at = ?, updated_at = ?,"
                               " disqualify_reason = ?, disqualify_note = ? WHERE id = ?"));
        prepare(history,
                QStringLiteral("INSERT INTO stage_history (lead_id, from_stage, to_stage,"
                               " changed_at, rep_id, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
};

// The two statements of a new lead: the lead and its first stage-history row.
struct LeadRepository::CreateStatements : PreparedStatements
{
    /// The INSERT with the score columns (`scored`) and the import's columns (`imported`) or
    /// without them (a store at an older schema step lacks those columns), prepared on first use.
    QSqlQuery& insert(bool scored, bool imported)
    {
        std::optional<QSqlQuery>& query = inserts[(scored ? 1 : 0) + (imported ? 2 : 0)];
        if (!query) {
            query.emplace(db);
            QString columns;
            int count = 27;
            if (imported) {
                columns += QStringLiteral(", import_batch_id, external_id, import_note");
                count += 3;
            }
            if (scored) {
                columns += QStringLiteral(", ") + ScoreWriter::newLeadColumns();
                count += ScoreWriter::newLeadColumnCount;
            }
            prepare(*query,
                    QStringLiteral(
                        "INSERT INTO leads (first_name, last_name, title, seniority, email,"
                        " email_norm, phone, phone_e164, company, website, industry, employees,"
                        " annual_revenue_minor, revenue_currency, country, city, time_zone,"
                        " source_channel, campaign, owner_id, stage, stage_changed_at, do_not_call,"
                        " do_not_email, created_at, created_by, updated_at%1) VALUES (?%2)"
                        " RETURNING id")
                        .arg(columns, QStringLiteral(",?").repeated(count - 1)));
        }
        return *query;
    }

    std::array<std::optional<QSqlQuery>, 4> inserts;
    QSqlQuery history;

    explicit CreateStatements(const QSqlDatabase& connection)
        : PreparedStatements(connection)
        , history(db)
    {
        prepare(history, QStringLiteral("INSERT INTO stage_history (lead_id, from_stage, to_stage,"
                                        " changed_at, rep_id) VALUES (?, NULL, ?, ?, ?)"));
    }
};

qint64 LeadRepository::createInTransaction(const Lead& lead, qint64 repId,
                                           const std::optional<FirstScore>& score,
                                           const std::optional<ImportOrigin>& origin)
{
    if (!m_createStatements)
        m_createStatements = std::make_shared<CreateStatements>(m_store.db());
    CreateStatements& statements = *m_createStatements;
    const qint64 now = Clock::nowSecs();
    const qint64 createdAt = lead.createdAt > 0 ? lead.createdAt : now;
    QVariantList values{Sql::nullIfEmpty(lead.firstName),
                        Sql::nullIfEmpty(lead.lastName),
                        Sql::nullIfEmpty(lead.title),
                        keyOf(lead.seniority),
                        Sql::nullIfEmpty(lead.email),
                        Sql::nullIfEmpty(normaliseEmail(lead.email)),
                        Sql::nullIfEmpty(lead.phone),
                        Sql::nullIfEmpty(lead.phoneE164),
                        Sql::nullIfEmpty(lead.company),
                        Sql::nullIfEmpty(lead.website),
                        keyOf(lead.industry),
                        optionalInt(lead.employees),
                        optionalValue(lead.annualRevenueMinor),
                        Sql::nullIfEmpty(lead.revenueCurrency),
                        Sql::nullIfEmpty(lead.country),
                        Sql::nullIfEmpty(lead.city),
                        Sql::nullIfEmpty(lead.timeZone),
                        keyOf(lead.source),
                        Sql::nullIfEmpty(lead.campaign),
                        optionalValue(lead.ownerId),
                        keyOf(lead.stage),
                        createdAt,
                        lead.doNotCall ? 1 : 0,
                        lead.doNotEmail ? 1 : 0,
                        createdAt,
                        repId,
                        createdAt};
    if (origin)
        values +=
            QVariantList{origin->batchId > 0 ? QVariant(origin->batchId) : QVariant(),
                         Sql::nullIfEmpty(origin->externalId), Sql::nullIfEmpty(origin->note)};
    if (score)
        values += ScoreWriter::newLeadValues(score->result, score->ruleVersion, score->scoredAt);
    QSqlQuery& insert = statements.insert(score.has_value(), origin.has_value());
    statements.run(insert, values);
    if (!insert.next())
        throw StoreError(QStringLiteral("Inserting a lead returned no id"));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    statements.run(statements.history, {id, keyOf(lead.stage), createdAt, repId});
    return id;
}

std::optional<Lead> LeadRepository::find(qint64 id) const
{
    QSqlQuery query = Sql::exec(
        m_store.db(), QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(leadColumns), {id});
    if (!query.next())
        return std::nullopt;
    return leadFromQuery(query);
}

void LeadRepository::changeStage(qint64 id, Stage to, const QString& repName, const QString& reason,
                                 const QString& note)
{
    WriteTransaction transaction(m_store);
    changeStageInTransaction(id, to, Reps::idFor(m_store, repName), reason, note);
    transaction.commit();
}

void LeadRepository::changeStageInTransaction(qint64 id, Stage to, qint64 repId,
                                              const QString& reason, const QString& note)
{
    if (!m_stageStatements)
        m_stageStatements = std::make_shared<StageStatements>(m_store.db());
    StageStatements& statements = *m_stageStatements;
    statements.run(statements.from, {id});
    const QVariant from = statements.from.next() ? statements.from.value(0) : QVariant();
    statements.from.finish();
    if (!from.isValid())
        throw StoreError(tr("Lead %1 no longer exists.").arg(id));
    const qint64 now = Clock::nowSecs();
    const bool disqualified = to == Stage::Disqualified;
    statements.run(statements.update,
                   {keyOf(to), now, now, disqualified ? Sql::nullIfEmpty(reason) : QVariant(),
                    disqualified ? Sql::nullIfEmpty(note) : QVariant(), id});
    statements.run(statements.history, {id, from, keyOf(to), now, repId, Sql::nullIfEmpty(reason),
                                        Sql::nullIfEmpty(note)});
    m_store.announceLead(id);
}

void LeadRepository::changeStageOfSelectionInTransaction(const QString& selection,
                                                         const QVariantList& binds, Stage to,
                                                         qint64 repId, const QString& note,
                                                         qint64 changedAt)
{
    // The same stage history and lead rows as changeStageInTransaction writes, two statements
    // for the whole selection instead of three per lead.
    Sql::exec(m_store.db(),
              QStringLiteral("INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at,"
                             " rep_id, reason, note) SELECT l.id, l.stage, ?, ?, ?, NULL, ?"
                             " FROM (%1) s JOIN leads l ON l.id = s.lead_id ORDER BY s.position")
                  .arg(selection),
              QVariantList{keyOf(to), changedAt, repId, Sql::nullIfEmpty(note)} + binds);
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE leads SET stage = ?, stage_changed_at = ?, updated_at = ?,"
                             " disqualify_reason = NULL, disqualify_note = NULL"
                             " WHERE id IN (SELECT lead_id FROM (%1) s)")
                  .arg(selection),
              QVariantList{keyOf(to), changedAt, changedAt} + binds);
}

void LeadRepository::revertStageInTransaction(qint64 id, const QString& stage,
                                              const QVariant& stageChangedAt,
                                              const QVariant& historyId)
{
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE leads SET stage = ?, stage_changed_at = ? WHERE id = ?"),
              {stage, stageChangedAt, id});
    if (!historyId.isNull())
        Sql::exec(m_store.db(), QStringLiteral("DELETE FROM stage_history WHERE id = ?"),
                  {historyId});
}

void LeadRepository::setNurtureUntilInTransaction(qint64 id, std::optional<qint64> until)
{
    Sql::exec(m_store.db(), QStringLiteral("UPDATE leads SET nurture_until = ? WHERE id = ?"),
              {until ? QVariant(*until) : QVariant(QMetaType::fromType<qint64>()), id});
}

QList<StageChange> LeadRepository::stageHistory(qint64 id) const
{
    QSqlQuery query = Sql::exec(
        m_store.db(),
        QStringLiteral("SELECT h.from_stage, h.to_stage, h.changed_at, r.name, h.reason, h.note"
                       " FROM stage_history h LEFT JOIN reps r ON r.id = h.rep_id"
                       " WHERE h.lead_id = ? ORDER BY h.changed_at, h.id"),
        {id});
    QList<StageChange> changes;
    while (query.next())
        changes.append({id, query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toLongLong(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString()});
    return changes;
}

qint64 LeadRepository::count() const
{
    return Sql::scalar(m_store.db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
}

QMap<Stage, qint64> LeadRepository::countByStage() const
{
    QSqlQuery query =
        Sql::exec(m_store.db(), QStringLiteral("SELECT stage, count(*) FROM leads GROUP BY stage"));
    QMap<Stage, qint64> counts;
    while (query.next())
        if (const auto stage = fromKey<Stage>(query.value(0).toString()))
            counts[*stage] = query.value(1).toLongLong();
    return counts;
}

namespace Reps {

std::optional<qint64> find(const Store& store, const QString& name)
{
    const QVariant id =
        Sql::scalar(store.db(), QStringLiteral("SELECT id FROM reps WHERE name = ?"), {name});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

qint64 idFor(const Store& store, const QString& name)
{
    const QString trimmed = name.trimmed().isEmpty() ? QStringLiteral("rep") : name.trimmed();
    if (const std::optional<qint64> existing = find(store, trimmed))
        return *existing;
    return Sql::insertId(
        store.db(),
        QStringLiteral("INSERT INTO reps (name, created_at) VALUES (?, ?) RETURNING id"),
        {trimmed, Clock::nowSecs()});
}

std::optional<qint64> ownerId(const Store& store, const QString& name, const QString& selfName)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() && trimmed == selfName.trimmed())
        return idFor(store, trimmed);
    const QVariant existing = Sql::scalar(
        store.db(), QStringLiteral("SELECT id FROM reps WHERE name = ? AND active = 1"), {trimmed});
    return existing.isValid() ? std::optional<qint64>(existing.toLongLong()) : std::nullopt;
}

QStringList names(const Store& store)
{
    QSqlQuery query = Sql::exec(
        store.db(), QStringLiteral("SELECT name FROM reps WHERE active = 1 ORDER BY name"));
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

bool known(const Store& store, const QString& name)
{
    const QString trimmed = name.trimmed();
    return Sql::scalar(store.db(),
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM reps WHERE name = ?) OR"
                                      " EXISTS (SELECT 1 FROM leads WHERE claimed_by = ?)"),
                       {trimmed, trimmed})
        .toBool();
}

} // namespace Reps
