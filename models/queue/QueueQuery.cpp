#include "queue/QueueQuery.h"

#include "domain/TeamSettings.h"
#include "queue/QueueRules.h"
#include "queue/SearchKeys.h"
#include "store/Store.h"

#include <QSqlRecord>

namespace {

// Adds "AND l.id <> ?" to a page's WHERE: before its own ORDER BY, the last one (a row column's
// subquery has an ORDER BY of its own).
void skipLeadBeforeOrder(QString& sql)
{
    sql.insert(sql.lastIndexOf(QStringLiteral(" ORDER BY ")), QStringLiteral(" AND l.id <> ?"));
}

const QString queueStages = QStringLiteral("l.stage IN ('new', 'working', 'mql', 'nurture')");
const QString notCallback =
    QStringLiteral("(l.next_action_kind IS NULL OR l.next_action_kind <> 'callback')");

QString rowColumns(const Dialect& dialect)
{
    return QStringLiteral(
               "l.id, l.first_name, l.last_name, l.company, l.stage, l.grade, l.total_score, "
               "l.created_at,"
               " l.source_channel, l.owner_id, l.do_not_call, l.wrong_number, l.phone_key <> '', "
               "l.attempts,"
               " l.claimed_by, l.claim_token, l.claim_expires_at, l.next_action_at, "
               "l.next_action_kind,"
               " l.nurture_until, CASE WHEN l.stage = 'nurture' THEN (SELECT coalesce(s.purpose,"
               " '') FROM nurture_steps s WHERE s.lead_id = l.id AND %1 = 'pending' AND"
               " s.channel = 'phone' AND s.due_at <= ? ORDER BY s.due_at LIMIT 1) END,"
               " l.call_zone, l.last_outcome, l.nurture_return")
        .arg(dialect.unindexed(QStringLiteral("s.status")));
}

template <typename T> std::optional<T> optional(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

QueueRow rowFrom(const QSqlQuery& q)
{
    QueueRow row;
    int c = 0;
    row.id = q.value(c++).toLongLong();
    row.firstName = q.value(c++).toString();
    row.lastName = q.value(c++).toString();
    row.company = q.value(c++).toString();
    row.stage = fromKeyOr(q.value(c++).toString(), Stage::New);
    row.grade = q.value(c++).toString();
    row.score = q.value(c++).toInt();
    row.createdAt = q.value(c++).toLongLong();
    row.source = fromKeyOr(q.value(c++).toString(), SourceChannel::Other);
    row.ownerId = optional<qint64>(q.value(c++));
    row.doNotCall = q.value(c++).toBool();
    row.wrongNumber = q.value(c++).toBool();
    row.hasPhone = q.value(c++).toBool();
    row.attempts = q.value(c++).toInt();
    row.claimedBy = q.value(c++).toString();
    row.claimToken = q.value(c++).toString();
    row.claimExpiresAt = optional<qint64>(q.value(c++));
    row.nextActionAt = optional<qint64>(q.value(c++));
    row.nextActionKind = q.value(c++).toString();
    row.nurtureUntil = optional<qint64>(q.value(c++));
    const QVariant dueStep = q.value(c++);
    row.nurtureStepDue = !dueStep.isNull();
    row.nurtureStepPurpose = dueStep.toString();
    row.zone = q.value(c++).toString();
    row.lastOutcome = q.value(c++).toString();
    row.nurtureReturn = q.value(c++).toString();
    return row;
}

// Up to this many open leads of one grade are read through the grade index and sorted (a few
// milliseconds); beyond it a grade is common enough that each section's own index meets its
// leads within a page or two.
int rareGradeLimit = 20000;

} // namespace

void QueueQuery::setRareGradeLimit(int limit)
{
    rareGradeLimit = limit;
}

QueueQuery::QueueQuery(const Store& store, QueueContext context)
    : m_store(store)
    , m_context(std::move(context))
{}

void QueueQuery::setFilter(const QueueFilter& filter)
{
    m_filter = filter;
    m_gradeDriven = false;
    if (m_filter.grade.isEmpty())
        return;
    // Counted in the index alone, and at most one past the limit: a millisecond at any size.
    const QString grade =
        m_filter.grade == QLatin1String("-") ? QStringLiteral("~") : m_filter.grade;
    const bool queue = inQueueStages(Section::Rest);
    const QVariant count = Sql::scalar(
        m_store.db(),
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM leads l%1 WHERE coalesce(l.grade, '~')"
                       " = ?%2 LIMIT ?) AS matches")
            .arg(m_store.dialect().indexedBy(queue ? QStringLiteral("idx_leads_queue_grade")
                                                   : QStringLiteral("idx_leads_grade_key")),
                 queue ? QStringLiteral(" AND ") + queueStages : QString()),
        {grade, rareGradeLimit + 1});
    m_gradeDriven = count.toLongLong() <= rareGradeLimit;
}

bool QueueQuery::inQueueStages(Section section) const
{
    // Every section but Rest and All asks for an eligible lead, which is in a queue stage; those
    // two are in the queue's stages unless a search or a stage outside the queue widens them.
    if (section != Section::Rest && section != Section::All)
        return true;
    if (m_filter.stage)
        return isQueueStage(*m_filter.stage);
    return m_filter.search.trimmed().isEmpty();
}

void QueueQuery::setSort(QueueSort sort, Qt::SortOrder order)
{
    m_sort = sort;
    m_order = order;
}

QList<QueueQuery::Section> QueueQuery::sections() const
{
    if (m_sort == QueueSort::QueueOrder && m_filter.search.trimmed().isEmpty())
        return {Section::CallbackDue, Section::NewLead, Section::ByScore, Section::Rest};
    return {Section::All};
}

QString QueueQuery::eligible(QVariantList& binds) const
{
    const qint64 now = m_context.now;
    QString own = QStringLiteral("0 = 1");
    if (!m_context.repName.isEmpty() && m_context.sessionToken.isEmpty()) {
        own = QStringLiteral("l.claimed_by = ?");
    } else if (!m_context.repName.isEmpty()) {
        own = QStringLiteral("(l.claimed_by = ? AND l.claim_token = ?)");
    }
    QStringList zonePlaceholders;
    for (qsizetype i = 0; i < m_context.openZones.size(); ++i)
        zonePlaceholders.append(QStringLiteral("?"));
    const QString zones = zonePlaceholders.isEmpty()
                              ? QStringLiteral("0 = 1")
                              : QStringLiteral("l.call_zone IN (%1)")
                                    .arg(zonePlaceholders.join(QStringLiteral(", ")));
    binds << m_context.maxAttempts << now;
    if (!m_context.repName.isEmpty())
        binds << m_context.repName;
    if (!m_context.repName.isEmpty() && !m_context.sessionToken.isEmpty())
        binds << m_context.sessionToken;
    binds << now << now << now;
    QStringList sortedZones(m_context.openZones.cbegin(), m_context.openZones.cend());
    sortedZones.sort();
    for (const QString& zone : sortedZones)
        binds << zone;
    return QStringLiteral("%1 AND l.do_not_call = 0 AND l.wrong_number = 0 AND l.phone_key <> ''"
                          " AND l.attempts < ?"
                          " AND (l.claim_expires_at IS NULL OR l.claim_expires_at <= ? OR %2)"
                          " AND (l.next_action_at IS NULL OR l.next_action_at <= ?)"
                          " AND (l.stage <> 'nurture' OR l.next_action_kind = 'callback'"
                          " OR l.nurture_until <= ? OR EXISTS (SELECT 1 FROM nurture_steps s"
                          " WHERE s.lead_id = l.id AND %4 = 'pending' AND s.channel = 'phone'"
                          " AND s.due_at <= ?))"
                          " AND %3")
        .arg(queueStages, own, zones, m_store.dialect().unindexed(QStringLiteral("s.status")));
}

QString QueueQuery::scope(QVariantList& binds) const
{
    Q_UNUSED(binds)
    if (m_filter.stage)
        return isQueueStage(*m_filter.stage) ? queueStages : QStringLiteral("1 = 1");
    return m_filter.search.trimmed().isEmpty() ? queueStages : QStringLiteral("1 = 1");
}

QString QueueQuery::sectionCondition(Section section, QVariantList& binds) const
{
    switch (section) {
    case Section::CallbackDue:
        binds << m_context.now;
        return QStringLiteral("l.next_action_kind = 'callback' AND l.next_action_at <= ? AND ") +
               eligible(binds);
    case Section::NewLead:
        return QStringLiteral("l.stage = 'new' AND %1 AND ").arg(notCallback) + eligible(binds);
    case Section::ByScore:
        return QStringLiteral("l.stage <> 'new' AND %1 AND ").arg(notCallback) + eligible(binds);
    case Section::Rest: {
        const QString inScope = scope(binds);
        return QStringLiteral("%1 AND (CASE WHEN %2 THEN 1 ELSE 0 END) = 0")
            .arg(inScope, eligible(binds));
    }
    case Section::All:
        return scope(binds);
    }
    return QStringLiteral("1 = 1");
}

QString QueueQuery::filters(QVariantList& binds) const
{
    QString sql;
    if (m_filter.stage) {
        sql += QStringLiteral(" AND l.stage = ?");
        binds << keyOf(*m_filter.stage);
    }
    if (m_filter.source) {
        sql += QStringLiteral(" AND l.source_channel = ?");
        binds << keyOf(*m_filter.source);
    }
    if (m_filter.ownerId && *m_filter.ownerId == 0) {
        sql += QStringLiteral(" AND l.owner_id IS NULL");
    } else if (m_filter.ownerId) {
        sql += QStringLiteral(" AND l.owner_id = ?");
        binds << *m_filter.ownerId;
    }
    // The grade indexes hold coalesce(grade, '~'): the same expression lets them answer.
    if (!m_filter.grade.isEmpty()) {
        sql += QStringLiteral(" AND coalesce(l.grade, '~') = ?");
        binds << (m_filter.grade == QLatin1String("-") ? QStringLiteral("~") : m_filter.grade);
    }
    return sql + search(binds);
}

QString QueueQuery::search(QVariantList& binds) const
{
    const QString text = m_filter.search.simplified();
    if (text.isEmpty())
        return {};
    const Dialect& dialect = m_store.dialect();
    QStringList terms;
    auto prefix = [&](const QString& column, const QString& value) {
        terms.append(dialect.prefixRange(column));
        binds << Dialect::prefixRangeBounds(value);
    };
    for (const QString& folded : SearchKeys::foldedVariants(text, dialect)) {
        prefix(QStringLiteral("l.name_key"), folded);
        prefix(QStringLiteral("l.last_key"), folded);
        prefix(QStringLiteral("l.company_key"), folded);
    }
    prefix(QStringLiteral("l.email_norm"), text.toLower());
    const QString country = TeamSettings(m_store).defaultCountry();
    for (const QString& digits : SearchKeys::phonePrefixes(text, country))
        prefix(QStringLiteral("l.phone_key"), digits);
    return QStringLiteral(" AND (%1)").arg(terms.join(QStringLiteral(" OR ")));
}

QueueQuery::Order QueueQuery::order(Section section) const
{
    switch (section) {
    case Section::CallbackDue:
        return {QStringLiteral("l.next_action_at"), false, false};
    case Section::NewLead:
        return {QStringLiteral("l.created_at"), false, false};
    case Section::ByScore:
        return {QStringLiteral("l.total_score"), true, false};
    case Section::Rest:
        return {QString(), false, false};
    case Section::All:
        break;
    }
    const bool descending = m_order == Qt::DescendingOrder;
    switch (m_sort) {
    case QueueSort::QueueOrder:
    case QueueSort::Name:
        return {QStringLiteral("l.name_key"), descending, descending};
    case QueueSort::Company:
        return {QStringLiteral("l.company_key"), descending, descending};
    case QueueSort::Stage:
        return {QStringLiteral("l.stage"), descending, descending};
    case QueueSort::Grade:
        return {QStringLiteral("coalesce(l.grade, '~')"), descending, descending};
    case QueueSort::Score: // the index runs score down, id up
        return {QStringLiteral("l.total_score"), descending, !descending};
    case QueueSort::Waited: // waited longest = created earliest
        return {QStringLiteral("l.created_at"), !descending, !descending};
    }
    return {};
}

QString QueueQuery::indexFor(Section section) const
{
    // The index that gives each section its order; without it SQLite's planner, lacking
    // statistics, may pick a low-selectivity index (stage, zone) and sort a million rows.
    if (!m_filter.search.trimmed().isEmpty())
        return {}; // searched: the search indexes, combined
    if (m_gradeDriven)
        return gradeIndexFor(section);
    switch (section) {
    case Section::CallbackDue:
        return QStringLiteral("idx_leads_callback");
    case Section::NewLead:
        return QStringLiteral("idx_leads_stage_created");
    case Section::ByScore:
        return QStringLiteral("idx_leads_queue_score");
    case Section::Rest:
        return QStringLiteral("NOT INDEXED"); // in id order
    case Section::All:
        break;
    }
    const bool queueScope = !m_filter.stage || isQueueStage(*m_filter.stage);
    switch (m_sort) {
    case QueueSort::QueueOrder:
    case QueueSort::Name:
        return QStringLiteral("idx_leads_name_key");
    case QueueSort::Company:
        return QStringLiteral("idx_leads_company_key");
    case QueueSort::Stage:
        return QStringLiteral("idx_leads_stage");
    case QueueSort::Grade:
        return QStringLiteral("idx_leads_grade_key");
    case QueueSort::Score:
        return queueScope ? QStringLiteral("idx_leads_queue_score") : QString();
    case QueueSort::Waited:
        return QStringLiteral("idx_leads_created");
    }
    return {};
}

QString QueueQuery::gradeIndexFor(Section section) const
{
    // A rare grade's few leads are read through the grade index and sorted; the partial index
    // holds the queue's stages only (most leads of a high grade were handed off long ago).
    return inQueueStages(section) ? QStringLiteral("idx_leads_queue_grade")
                                  : QStringLiteral("idx_leads_grade_key");
}

QPair<QString, QVariantList> QueueQuery::pageSql(Section section, const Cursor& cursor,
                                                 int limit) const
{
    const Order sortOrder = order(section);
    QString key = sortOrder.key.isEmpty() ? QStringLiteral("l.id") : sortOrder.key;
    // A searched set is small: let the planner combine the search indexes and sort the matches
    // instead of walking the sort key's index past every non-match.
    if (!m_filter.search.trimmed().isEmpty())
        key = m_store.dialect().unindexed(key);
    QVariantList binds{m_context.now};
    QString sql = QStringLiteral("SELECT %1, %2 FROM leads l%3 WHERE ")
                      .arg(rowColumns(m_store.dialect()), key,
                           m_store.dialect().indexedBy(indexFor(section)));
    sql += sectionCondition(section, binds);
    sql += filters(binds);
    const QString idOp = sortOrder.idDescending ? QStringLiteral("<") : QStringLiteral(">");
    if (cursor.started && sortOrder.key.isEmpty()) {
        sql += QStringLiteral(" AND l.id %1 ?").arg(idOp);
        binds << cursor.lastId;
    } else if (cursor.started) {
        const QString keyOp = sortOrder.keyDescending ? QStringLiteral("<") : QStringLiteral(">");
        sql += QStringLiteral(" AND %1 %2= ? AND (%1 %2 ? OR l.id %3 ?)").arg(key, keyOp, idOp);
        binds << cursor.lastKey << cursor.lastKey << cursor.lastId;
    }
    const QString keyDir = sortOrder.keyDescending ? QStringLiteral(" DESC") : QString();
    const QString idDir = sortOrder.idDescending ? QStringLiteral(" DESC") : QString();
    sql += sortOrder.key.isEmpty()
               ? QStringLiteral(" ORDER BY l.id%1").arg(idDir)
               : QStringLiteral(" ORDER BY %1%2, l.id%3").arg(key, keyDir, idDir);
    sql += QStringLiteral(" LIMIT ?");
    binds << limit;
    return {sql, binds};
}

QList<QueueRow> QueueQuery::run(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery query = Sql::exec(m_store.db(), sql, binds);
    QList<QueueRow> rows;
    while (query.next()) {
        QueueRow row = rowFrom(query);
        QueueRules::classify(row, m_context);
        rows.append(row);
    }
    return rows;
}

QList<QueueRow> QueueQuery::fetch(Cursor& cursor, int limit) const
{
    QList<QueueRow> rows;
    const QList<Section> all = sections();
    while (!cursor.atEnd && rows.size() < limit) {
        if (cursor.section >= all.size()) {
            cursor.atEnd = true;
            break;
        }
        const int wanted = limit - int(rows.size());
        const auto [sql, binds] = pageSql(all.at(cursor.section), cursor, wanted);
        QSqlQuery query = Sql::exec(m_store.db(), sql, binds);
        int got = 0;
        const int keyColumn = query.record().count() - 1;
        while (query.next()) {
            QueueRow row = rowFrom(query);
            QueueRules::classify(row, m_context);
            cursor.lastKey = query.value(keyColumn);
            cursor.lastId = row.id;
            cursor.started = true;
            rows.append(row);
            ++got;
        }
        if (got < wanted) {
            ++cursor.section;
            cursor.started = false;
        }
    }
    return rows;
}

QList<QueueRow> QueueQuery::callable(int limit) const
{
    QList<QueueRow> rows;
    for (const Section section : {Section::CallbackDue, Section::NewLead, Section::ByScore}) {
        if (rows.size() >= limit)
            break;
        const auto [sql, binds] = pageSql(section, Cursor{}, limit - int(rows.size()));
        rows += run(sql, binds);
    }
    return rows;
}

QList<QueueRow> QueueQuery::heldBack(int limit) const
{
    const auto [sql, binds] = pageSql(Section::Rest, Cursor{}, limit);
    return run(sql, binds);
}

std::optional<qint64> QueueQuery::firstCallable(qint64 skipLeadId) const
{
    for (const Section section : {Section::CallbackDue, Section::NewLead, Section::ByScore}) {
        auto [sql, binds] = pageSql(section, Cursor{}, 1);
        skipLeadBeforeOrder(sql);
        binds.insert(binds.size() - 1, skipLeadId);
        sql += m_store.dialect().skipLockedSuffix(QStringLiteral("l"));
        const QVariant id = Sql::scalar(m_store.db(), sql, binds);
        if (id.isValid())
            return id.toLongLong();
    }
    return std::nullopt;
}

std::optional<qint64> QueueQuery::claimFirstCallable(qint64 skipLeadId, const QString& assignments,
                                                     const QVariantList& binds) const
{
    // One round trip instead of up to three picks and an update: COALESCE evaluates the
    // sections' picks in order and stops at the first that finds a lead; each locks what it
    // picks and skips what other reps' transactions are claiming.
    QStringList picks;
    QVariantList all = binds;
    for (const Section section : {Section::CallbackDue, Section::NewLead, Section::ByScore}) {
        auto [sql, sectionBinds] = pageSql(section, Cursor{}, 1);
        // Only the id is needed: the row's columns (and the bound time they use) are left out.
        const qsizetype from = sql.indexOf(QStringLiteral(" FROM leads l"));
        sql = QStringLiteral("SELECT l.id") + sql.mid(from);
        sectionBinds.removeFirst();
        skipLeadBeforeOrder(sql);
        sectionBinds.insert(sectionBinds.size() - 1, skipLeadId);
        sql += m_store.dialect().skipLockedSuffix(QStringLiteral("l"));
        picks.append(QLatin1Char('(') + sql + QLatin1Char(')'));
        all += sectionBinds;
    }
    const QVariant id =
        Sql::scalarOnce(m_store.db(),
                        QStringLiteral("UPDATE leads SET %1 WHERE id = COALESCE(%2) RETURNING id")
                            .arg(assignments, picks.join(QStringLiteral(", "))),
                        all);
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

std::optional<qint64> QueueQuery::nextCallbackAt() const
{
    // Walks idx_leads_callback from now: the first row in a queue stage ends the search.
    const QVariant at = Sql::scalar(
        m_store.db(),
        QStringLiteral("SELECT l.next_action_at FROM leads l%1 WHERE l.next_action_kind ="
                       " 'callback' AND l.next_action_at > ? AND %2 IN ('new', 'working', 'mql',"
                       " 'nurture') ORDER BY l.next_action_at LIMIT 1")
            .arg(m_store.dialect().indexedBy(QStringLiteral("idx_leads_callback")),
                 m_store.dialect().unindexed(QStringLiteral("l.stage"))),
        {m_context.now});
    return at.isNull() ? std::nullopt : std::optional<qint64>(at.toLongLong());
}
