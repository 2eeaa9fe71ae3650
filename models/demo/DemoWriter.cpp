#include "demo/DemoWriter.h"

#include "demo/DemoKeys.h"
#include "domain/LeadRepository.h"
#include "store/BatchInsert.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <algorithm>

namespace {

/// Placeholder names :p0, :p1, … made once. Qt 6.4 formats a name for every value bound by
/// position; binding by a ready-made name halves the cost of writing a row.
const QStringList& placeholderNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < 64; ++i)
            list.append(QStringLiteral(":p%1").arg(i));
        return list;
    }();
    return names;
}

/// The statement with each ? replaced by the next named placeholder.
QString withNamedPlaceholders(const QString& sql)
{
    QString named;
    int next = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?'))
            named += placeholderNames().at(next++);
        else
            named += c;
    }
    return named;
}

/// Binds values to :p0, :p1, … in the order they are streamed in.
class Binder
{
public:
    explicit Binder(QSqlQuery& query)
        : m_query(query)
    {}
    Binder& operator<<(const QVariant& value)
    {
        m_query.bindValue(placeholderNames().at(m_position++), value);
        return *this;
    }

private:
    QSqlQuery& m_query;
    int m_position = 0;
};

QVariant nullNumber()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant optional(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : nullNumber();
}

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(qint64(*value)) : nullNumber();
}

const QStringList handoffColumns = {
    QStringLiteral("first_name"),     QStringLiteral("last_name"),
    QStringLiteral("title"),          QStringLiteral("company"),
    QStringLiteral("email"),          QStringLiteral("phone"),
    QStringLiteral("country"),        QStringLiteral("city"),
    QStringLiteral("source_channel"), QStringLiteral("budget"),
    QStringLiteral("authority"),      QStringLiteral("need"),
    QStringLiteral("timing"),         QStringLiteral("buying_phase"),
    QStringLiteral("last_call_at"),   QStringLiteral("last_outcome"),
    QStringLiteral("owner")};

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

const QStringList& DemoWriter::tables()
{
    static const QStringList names = {QStringLiteral("reps"),
                                      QStringLiteral("leads"),
                                      QStringLiteral("stage_history"),
                                      QStringLiteral("calls"),
                                      QStringLiteral("qualification"),
                                      QStringLiteral("interest_events"),
                                      QStringLiteral("nurture_plans"),
                                      QStringLiteral("nurture_steps"),
                                      QStringLiteral("handoff_batches"),
                                      QStringLiteral("handoff_items")};
    return names;
}

namespace {

const QStringList leadColumns = {QStringLiteral("first_name"),
                                 QStringLiteral("last_name"),
                                 QStringLiteral("title"),
                                 QStringLiteral("seniority"),
                                 QStringLiteral("email"),
                                 QStringLiteral("email_norm"),
                                 QStringLiteral("phone"),
                                 QStringLiteral("phone_e164"),
                                 QStringLiteral("company"),
                                 QStringLiteral("website"),
                                 QStringLiteral("industry"),
                                 QStringLiteral("employees"),
                                 QStringLiteral("annual_revenue_minor"),
                                 QStringLiteral("revenue_currency"),
                                 QStringLiteral("country"),
                                 QStringLiteral("city"),
                                 QStringLiteral("time_zone"),
                                 QStringLiteral("source_channel"),
                                 QStringLiteral("campaign"),
                                 QStringLiteral("owner_id"),
                                 QStringLiteral("stage"),
                                 QStringLiteral("stage_changed_at"),
                                 QStringLiteral("disqualify_reason"),
                                 QStringLiteral("disqualify_note"),
                                 QStringLiteral("nurture_until"),
                                 QStringLiteral("do_not_call"),
                                 QStringLiteral("attempts"),
                                 QStringLiteral("call_count"),
                                 QStringLiteral("last_call_at"),
                                 QStringLiteral("last_outcome"),
                                 QStringLiteral("next_action_at"),
                                 QStringLiteral("next_action_kind"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("created_by"),
                                 QStringLiteral("updated_at")};
const QStringList historyColumns = {QStringLiteral("lead_id"),  QStringLiteral("from_stage"),
                                    QStringLiteral("to_stage"), QStringLiteral("changed_at"),
                                    QStringLiteral("rep_id"),   QStringLiteral("reason"),
                                    QStringLiteral("note")};
const QStringList callColumns = {QStringLiteral("lead_id"),    QStringLiteral("rep_id"),
                                 QStringLiteral("started_at"), QStringLiteral("duration_s"),
                                 QStringLiteral("outcome"),    QStringLiteral("note"),
                                 QStringLiteral("callback_at")};
const QStringList qualificationColumns = {QStringLiteral("lead_id"),
                                          QStringLiteral("budget_status"),
                                          QStringLiteral("budget_amount_minor"),
                                          QStringLiteral("budget_currency"),
                                          QStringLiteral("authority"),
                                          QStringLiteral("buying_role"),
                                          QStringLiteral("decision_maker_confirmed"),
                                          QStringLiteral("need"),
                                          QStringLiteral("need_text"),
                                          QStringLiteral("timing"),
                                          QStringLiteral("decision_date"),
                                          QStringLiteral("buying_phase"),
                                          QStringLiteral("notes"),
                                          QStringLiteral("updated_at"),
                                          QStringLiteral("rep_id")};
const QStringList interestColumns = {QStringLiteral("lead_id"), QStringLiteral("kind"),
                                     QStringLiteral("occurred_at"), QStringLiteral("detail")};
const QStringList planColumns = {QStringLiteral("lead_id"),      QStringLiteral("track"),
                                 QStringLiteral("buying_phase"), QStringLiteral("buying_role"),
                                 QStringLiteral("started_at"),   QStringLiteral("return_at"),
                                 QStringLiteral("status"),       QStringLiteral("rep_id")};
const QStringList stepColumns = {
    QStringLiteral("plan_id"),      QStringLiteral("lead_id"), QStringLiteral("position"),
    QStringLiteral("content_kind"), QStringLiteral("channel"), QStringLiteral("due_at"),
    QStringLiteral("status"),       QStringLiteral("done_at"), QStringLiteral("response")};
const QStringList itemColumns = {QStringLiteral("batch_id"), QStringLiteral("lead_id"),
                                 QStringLiteral("position"), QStringLiteral("snapshot")};

QString insertInto(const QString& table, const QStringList& columns, const QString& returning = {})
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
        .arg(table, columns.join(QStringLiteral(", ")),
             QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')), returning);
}

QStringList withId(const QStringList& columns)
{
    return QStringList{QStringLiteral("id")} + columns;
}

// Rows per multi-row INSERT on a server: the leads of one statement and what belongs to them.
constexpr int leadsPerStatement = 500;
constexpr int childRowsPerStatement = 2000;
// Ids taken from a table's sequence at a time on a server (the rows are sent later).
constexpr int idsPerFetch = 2000;

} // namespace

DemoWriter::DemoWriter(const Store& store)
    : m_store(store)
    , m_counts(TableCount, 0)
    , m_batched(!store.isSqlite())
{
    if (m_batched) {
        // A round trip per row is most of the time on a server: rows go in batches, with the
        // ids of leads and plans taken from their sequences in advance.
        m_rows[Leads] = std::make_unique<BatchInsert>(store, QStringLiteral("leads"),
                                                      withId(leadColumns), leadsPerStatement);
        m_rows[Plans] = std::make_unique<BatchInsert>(store, QStringLiteral("nurture_plans"),
                                                      withId(planColumns), childRowsPerStatement);
        const std::pair<Table, std::pair<const char*, const QStringList*>> children[] = {
            {History, {"stage_history", &historyColumns}},
            {Calls, {"calls", &callColumns}},
            {Qualification, {"qualification", &qualificationColumns}},
            {Interest, {"interest_events", &interestColumns}},
            {Steps, {"nurture_steps", &stepColumns}},
            {Items, {"handoff_items", &itemColumns}}};
        for (const auto& [table, what] : children)
            m_rows[table] = std::make_unique<BatchInsert>(store, QString::fromLatin1(what.first),
                                                          *what.second, childRowsPerStatement);
        return;
    }
    const QString returningId = QStringLiteral(" RETURNING id");
    m_lead = prepare(insertInto(QStringLiteral("leads"), leadColumns, returningId));
    m_history = prepare(insertInto(QStringLiteral("stage_history"), historyColumns));
    m_call = prepare(insertInto(QStringLiteral("calls"), callColumns));
    m_qualification = prepare(insertInto(QStringLiteral("qualification"), qualificationColumns));
    m_interest = prepare(insertInto(QStringLiteral("interest_events"), interestColumns));
    m_plan = prepare(insertInto(QStringLiteral("nurture_plans"), planColumns, returningId));
    m_step = prepare(insertInto(QStringLiteral("nurture_steps"), stepColumns));
    m_item = prepare(insertInto(QStringLiteral("handoff_items"), itemColumns));
}

DemoWriter::~DemoWriter() = default;

qint64 DemoWriter::nextId(std::vector<qint64>& pool, const char* table)
{
    if (pool.empty()) {
        QSqlQuery ids = Sql::exec(
            m_store.db(), QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))"
                                         " FROM generate_series(1, %2)")
                              .arg(QLatin1String(table))
                              .arg(idsPerFetch));
        while (ids.next())
            pool.push_back(ids.value(0).toLongLong());
        std::reverse(pool.begin(), pool.end()); // taken from the back, in sequence order
    }
    const qint64 id = pool.back();
    pool.pop_back();
    return id;
}

void DemoWriter::put(Table table, QSqlQuery& query, const char* name, QVariantList values)
{
    if (m_batched) {
        if (m_rows[table]->add(std::move(values)))
            flush();
        return;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(placeholderNames().at(i), values.at(i));
    run(query, name);
}

void DemoWriter::flush()
{
    // Parents first: a row is sent only after the rows it refers to.
    for (const Table table : {Leads, Plans, History, Calls, Qualification, Interest, Steps, Items})
        if (m_rows[table])
            m_rows[table]->flush();
}

QSqlQuery DemoWriter::prepare(const QString& sql) const
{
    QSqlQuery query(m_store.db());
    query.setForwardOnly(true);
    if (!query.prepare(withNamedPlaceholders(sql)))
        throw StoreError(
            tr("Could not prepare the demo data statements: %1").arg(query.lastError().text()));
    return query;
}

void DemoWriter::run(QSqlQuery& query, const char* table)
{
    if (!query.exec())
        throw StoreError(tr("Writing demo data to %1 failed: %2")
                             .arg(QLatin1String(table), query.lastError().text()));
}

qint64 DemoWriter::count(const QString& table) const
{
    const qsizetype index = tables().indexOf(table);
    return index < 0 ? 0 : m_counts[size_t(index)];
}

void DemoWriter::writeReps(const QList<DemoRepInfo>& reps, qint64 createdAt)
{
    for (const DemoRepInfo& rep : reps) {
        const QVariant existing = Sql::scalar(
            m_store.db(), QStringLiteral("SELECT id FROM reps WHERE name = ?"), {rep.name});
        qint64 id = existing.toLongLong();
        if (!existing.isValid()) {
            id = Sql::insertId(m_store.db(),
                               QStringLiteral("INSERT INTO reps (name, email, role, created_at)"
                                              " VALUES (?, ?, ?, ?) RETURNING id"),
                               {rep.name, rep.email, rep.role, createdAt});
            ++m_counts[RepsTable];
        }
        m_repIds.push_back(id);
        m_repNames.push_back(rep.name);
    }
}

void DemoWriter::writeBatches(const DemoCalendar& calendar, int teamLead)
{
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO handoff_batches (batch_code, created_at, rep_id, file_path, format,"
        " lead_count, columns) VALUES (?, ?, ?, '', 'csv', 0, ?) RETURNING id"));
    const QString columns = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(handoffColumns)).toJson(QJsonDocument::Compact));
    for (const qint64 at : calendar.handoffBatches()) {
        Binder(query) << QStringLiteral("demo-pending-%1").arg(m_batches.size()) << at
                      << repId(teamLead) << columns;
        run(query, "handoff_batches");
        query.next();
        m_batches.push_back({query.value(0).toLongLong(), at, 0, m_batches.size() % 3 == 1});
        query.finish();
    }
}

void DemoWriter::finishBatches()
{
    flush(); // every row held back is in before the batches are counted and the leads scored
    m_store.announceLeads(); // once for the whole demo (sent when its transaction commits)
    m_store.announceHandoff();
    QSqlQuery remove = prepare(QStringLiteral("DELETE FROM handoff_batches WHERE id = ?"));
    QSqlQuery update =
        prepare(QStringLiteral("UPDATE handoff_batches SET batch_code = ?,"
                               " file_path = ?, format = ?, lead_count = ? WHERE id = ?"));
    int year = 0;
    int number = 0;
    for (const Batch& batch : m_batches) {
        if (batch.items == 0) {
            Binder(remove) << batch.id;
            run(remove, "handoff_batches");
            continue;
        }
        const int batchYear = QDateTime::fromSecsSinceEpoch(batch.createdAt, Qt::UTC).date().year();
        number = batchYear == year ? number + 1 : 1;
        year = batchYear;
        const QString code =
            QStringLiteral("HO-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'));
        const QString format = batch.xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
        Binder(update) << code << QStringLiteral("handoff/%1.%2").arg(code, format) << format
                       << batch.items << batch.id;
        run(update, "handoff_batches");
        ++m_counts[Batches];
    }
}

void DemoWriter::writeLead(const DemoLeadBasics& lead, const DemoStory& story)
{
    const qint64 id = insertLead(lead, story);
    writeHistory(id, story);
    writeCalls(id, story);
    if (story.qualification)
        writeQualification(id, *story.qualification);
    writeInterest(id, story);
    if (story.nurture)
        writeNurture(id, *story.nurture);
    if (story.handoffBatch >= 0)
        writeHandoff(id, lead, story);
}

qint64 DemoWriter::insertLead(const DemoLeadBasics& lead, const DemoStory& story)
{
    const DemoPerson& p = lead.person;
    const DemoCompany& c = lead.company;
    const DemoCallRow* last = story.lastCall();
    const qint64 presetId = m_batched ? nextId(m_leadIds, "leads") : 0;
    QVariantList values;
    if (m_batched)
        values << presetId;
    values << p.firstName << p.lastName << Sql::nullIfEmpty(p.title) << demoKey(p.seniority)
           << p.email << LeadRepository::normaliseEmail(p.email) << p.phone << p.phoneE164 << c.name
           << c.website << demoKey(c.industry->industry) << optionalInt(c.employees)
           << optional(c.revenueMinor)
           << (c.revenueMinor ? QVariant(c.country->currency) : QVariant()) << c.country->code
           << c.city->name << c.city->timeZone << demoKey(lead.channel->channel) << lead.campaign
           << repId(lead.owner) << demoKey(story.stage) << story.stageChangedAt
           << Sql::nullIfEmpty(story.disqualifyReason) << Sql::nullIfEmpty(story.disqualifyNote)
           << optional(story.nurtureUntil) << (story.doNotCall ? 1 : 0) << story.attempts
           << qint64(story.calls.size()) << (last ? QVariant(last->at) : nullNumber())
           << (last ? QVariant(demoKey(last->outcome)) : QVariant()) << optional(story.nextActionAt)
           << Sql::nullIfEmpty(story.nextActionKind) << lead.createdAt << repId(lead.owner)
           << story.updatedAt;
    if (m_batched) {
        put(Leads, m_lead, "leads", std::move(values));
        ++m_counts[Leads];
        return presetId;
    }
    put(Leads, m_lead, "leads", std::move(values));
    if (!m_lead.next())
        throw StoreError(tr("Writing demo data to leads returned no id."));
    const qint64 id = m_lead.value(0).toLongLong();
    m_lead.finish();
    ++m_counts[Leads];
    return id;
}

void DemoWriter::writeHistory(qint64 leadId, const DemoStory& story)
{
    for (const DemoStageRow& row : story.history) {
        put(History, m_history, "stage_history",
            QVariantList{} << leadId << (row.from ? QVariant(demoKey(*row.from)) : QVariant())
                           << demoKey(row.to) << row.at << repId(row.rep)
                           << Sql::nullIfEmpty(row.reason) << Sql::nullIfEmpty(row.note));
    }
    m_counts[History] += qint64(story.history.size());
}

void DemoWriter::writeCalls(qint64 leadId, const DemoStory& story)
{
    for (const DemoCallRow& call : story.calls) {
        put(Calls, m_call, "calls",
            QVariantList{} << leadId << repId(call.rep) << call.at << call.durationSecs
                           << demoKey(call.outcome) << Sql::nullIfEmpty(call.note)
                           << optional(call.callbackAt));
    }
    m_counts[Calls] += qint64(story.calls.size());
}

void DemoWriter::writeQualification(qint64 leadId, const DemoQualification& q)
{
    const bool amount = q.budgetMinor.has_value();
    put(Qualification, m_qualification, "qualification",
        QVariantList{} << leadId << demoKey(q.budget) << optional(q.budgetMinor)
                       << (amount ? QVariant(q.budgetCurrency) : QVariant()) << demoKey(q.authority)
                       << demoKey(q.role) << (q.decisionMakerConfirmed ? 1 : 0) << demoKey(q.need)
                       << Sql::nullIfEmpty(q.needText) << demoKey(q.timing)
                       << Sql::nullIfEmpty(q.decisionDate) << demoKey(q.phase)
                       << Sql::nullIfEmpty(q.notes) << q.updatedAt << repId(q.rep));
    ++m_counts[Qualification];
}

void DemoWriter::writeInterest(qint64 leadId, const DemoStory& story)
{
    for (const DemoInterestRow& event : story.interest) {
        put(Interest, m_interest, "interest_events",
            QVariantList{} << leadId << demoKey(event.kind) << event.at
                           << Sql::nullIfEmpty(event.detail));
    }
    m_counts[Interest] += qint64(story.interest.size());
}

void DemoWriter::writeNurture(qint64 leadId, const DemoNurturePlan& plan)
{
    qint64 planId = 0;
    QVariantList values;
    if (m_batched)
        values << (planId = nextId(m_planIds, "nurture_plans"));
    values << leadId << plan.track << demoKey(plan.phase) << demoKey(plan.role) << plan.startedAt
           << plan.returnAt << QStringLiteral("active") << repId(plan.rep);
    put(Plans, m_plan, "nurture_plans", std::move(values));
    if (!m_batched) {
        if (!m_plan.next())
            throw StoreError(tr("Writing demo data to nurture_plans returned no id."));
        planId = m_plan.value(0).toLongLong();
        m_plan.finish();
    }
    ++m_counts[Plans];
    int position = 0;
    for (const DemoNurtureStep& step : plan.steps) {
        put(Steps, m_step, "nurture_steps",
            QVariantList{} << planId << leadId << ++position << demoKey(step.content)
                           << demoKey(step.channel) << step.dueAt << demoKey(step.status)
                           << optional(step.doneAt) << Sql::nullIfEmpty(step.response));
    }
    m_counts[Steps] += qint64(plan.steps.size());
}

void DemoWriter::writeHandoff(qint64 leadId, const DemoLeadBasics& lead, const DemoStory& story)
{
    Batch& batch = m_batches.at(size_t(story.handoffBatch));
    const DemoPerson& p = lead.person;
    const DemoCallRow* last = story.lastCall();
    QJsonObject row{{QStringLiteral("first_name"), p.firstName},
                    {QStringLiteral("last_name"), p.lastName},
                    {QStringLiteral("title"), p.title},
                    {QStringLiteral("company"), lead.company.name},
                    {QStringLiteral("email"), p.email},
                    {QStringLiteral("phone"), p.phone},
                    {QStringLiteral("country"), lead.company.country->code},
                    {QStringLiteral("city"), lead.company.city->name},
                    {QStringLiteral("source_channel"), demoKey(lead.channel->channel)},
                    {QStringLiteral("last_call_at"), last ? isoTime(last->at) : QString()},
                    {QStringLiteral("last_outcome"), last ? demoKey(last->outcome) : QString()},
                    {QStringLiteral("owner"), m_repNames.at(size_t(lead.owner))}};
    if (const DemoQualification* q = story.qualification ? &*story.qualification : nullptr) {
        row.insert(QStringLiteral("budget"), demoKey(q->budget));
        row.insert(QStringLiteral("authority"), demoKey(q->authority));
        row.insert(QStringLiteral("need"), demoKey(q->need));
        row.insert(QStringLiteral("timing"), demoKey(q->timing));
        row.insert(QStringLiteral("buying_phase"), demoKey(q->phase));
    }
    put(Items, m_item, "handoff_items",
        QVariantList{} << batch.id << leadId << ++batch.items
                       << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
    ++m_counts[Items];
}
