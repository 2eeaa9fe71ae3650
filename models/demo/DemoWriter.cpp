#include "demo/DemoWriter.h"

#include "demo/DemoKeys.h"
#include "domain/LeadRepository.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace {

enum Table
{
    RepsTable,
    Leads,
    History,
    Calls,
    Qualification,
    Interest,
    Plans,
    Steps,
    Batches,
    Items,
    TableCount
};

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

DemoWriter::DemoWriter(const Store& store)
    : m_store(store)
    , m_counts(TableCount, 0)
{
    m_lead = prepare(QStringLiteral(
        "INSERT INTO leads (first_name, last_name, title, seniority, email, email_norm, phone,"
        " phone_e164, company, website, industry, employees, annual_revenue_minor,"
        " revenue_currency, country, city, time_zone, source_channel, campaign, owner_id, stage,"
        " stage_changed_at, disqualify_reason, disqualify_note, nurture_until, do_not_call,"
        " attempts, call_count, last_call_at, last_outcome, next_action_at, next_action_kind,"
        " created_at, created_by, updated_at) VALUES"
        " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    m_history = prepare(
        QStringLiteral("INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at,"
                       " rep_id, reason, note) VALUES (?,?,?,?,?,?,?)"));
    m_call = prepare(QStringLiteral("INSERT INTO calls (lead_id, rep_id, started_at, duration_s,"
                                    " outcome, note, callback_at) VALUES (?,?,?,?,?,?,?)"));
    m_qualification = prepare(QStringLiteral(
        "INSERT INTO qualification (lead_id, budget_status, budget_amount_minor, budget_currency,"
        " authority, buying_role, decision_maker_confirmed, need, need_text, timing,"
        " decision_date, buying_phase, notes, updated_at, rep_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_interest = prepare(QStringLiteral(
        "INSERT INTO interest_events (lead_id, kind, occurred_at, detail) VALUES (?,?,?,?)"));
    m_plan = prepare(QStringLiteral(
        "INSERT INTO nurture_plans (lead_id, track, buying_phase, buying_role, started_at,"
        " return_at, status, rep_id) VALUES (?,?,?,?,?,?,'active',?) RETURNING id"));
    m_step = prepare(QStringLiteral(
        "INSERT INTO nurture_steps (plan_id, lead_id, position, content_kind, channel, due_at,"
        " status, done_at, response) VALUES (?,?,?,?,?,?,?,?,?)"));
    m_item = prepare(QStringLiteral("INSERT INTO handoff_items (batch_id, lead_id, position,"
                                    " snapshot) VALUES (?,?,?,?)"));
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
    Binder(m_lead) << p.firstName << p.lastName << Sql::nullIfEmpty(p.title) << demoKey(p.seniority)
                   << p.email << LeadRepository::normaliseEmail(p.email) << p.phone << p.phoneE164
                   << c.name << c.website << demoKey(c.industry->industry)
                   << optionalInt(c.employees) << optional(c.revenueMinor)
                   << (c.revenueMinor ? QVariant(c.country->currency) : QVariant())
                   << c.country->code << c.city->name << c.city->timeZone
                   << demoKey(lead.channel->channel) << lead.campaign << repId(lead.owner)
                   << demoKey(story.stage) << story.stageChangedAt
                   << Sql::nullIfEmpty(story.disqualifyReason)
                   << Sql::nullIfEmpty(story.disqualifyNote) << optional(story.nurtureUntil)
                   << (story.doNotCall ? 1 : 0) << story.attempts << qint64(story.calls.size())
                   << (last ? QVariant(last->at) : nullNumber())
                   << (last ? QVariant(demoKey(last->outcome)) : QVariant())
                   << optional(story.nextActionAt) << Sql::nullIfEmpty(story.nextActionKind)
                   << lead.createdAt << repId(lead.owner) << story.updatedAt;
    run(m_lead, "leads");
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
        Binder(m_history) << leadId << (row.from ? QVariant(demoKey(*row.from)) : QVariant())
                          << demoKey(row.to) << row.at << repId(row.rep)
                          << Sql::nullIfEmpty(row.reason) << Sql::nullIfEmpty(row.note);
        run(m_history, "stage_history");
    }
    m_counts[History] += qint64(story.history.size());
}

void DemoWriter::writeCalls(qint64 leadId, const DemoStory& story)
{
    for (const DemoCallRow& call : story.calls) {
        Binder(m_call) << leadId << repId(call.rep) << call.at << call.durationSecs
                       << demoKey(call.outcome) << Sql::nullIfEmpty(call.note)
                       << optional(call.callbackAt);
        run(m_call, "calls");
    }
    m_counts[Calls] += qint64(story.calls.size());
}

void DemoWriter::writeQualification(qint64 leadId, const DemoQualification& q)
{
    const bool amount = q.budgetMinor.has_value();
    Binder(m_qualification) << leadId << demoKey(q.budget) << optional(q.budgetMinor)
                            << (amount ? QVariant(q.budgetCurrency) : QVariant())
                            << demoKey(q.authority) << demoKey(q.role)
                            << (q.decisionMakerConfirmed ? 1 : 0) << demoKey(q.need)
                            << Sql::nullIfEmpty(q.needText) << demoKey(q.timing)
                            << Sql::nullIfEmpty(q.decisionDate) << demoKey(q.phase)
                            << Sql::nullIfEmpty(q.notes) << q.updatedAt << repId(q.rep);
    run(m_qualification, "qualification");
    ++m_counts[Qualification];
}

void DemoWriter::writeInterest(qint64 leadId, const DemoStory& story)
{
    for (const DemoInterestRow& event : story.interest) {
        Binder(m_interest) << leadId << demoKey(event.kind) << event.at
                           << Sql::nullIfEmpty(event.detail);
        run(m_interest, "interest_events");
    }
    m_counts[Interest] += qint64(story.interest.size());
}

void DemoWriter::writeNurture(qint64 leadId, const DemoNurturePlan& plan)
{
    Binder(m_plan) << leadId << plan.track << demoKey(plan.phase) << demoKey(plan.role)
                   << plan.startedAt << plan.returnAt << repId(plan.rep);
    run(m_plan, "nurture_plans");
    if (!m_plan.next())
        throw StoreError(tr("Writing demo data to nurture_plans returned no id."));
    const qint64 planId = m_plan.value(0).toLongLong();
    m_plan.finish();
    ++m_counts[Plans];
    int position = 0;
    for (const DemoNurtureStep& step : plan.steps) {
        Binder(m_step) << planId << leadId << ++position << demoKey(step.content)
                       << demoKey(step.channel) << step.dueAt << demoKey(step.status)
                       << optional(step.doneAt) << Sql::nullIfEmpty(step.response);
        run(m_step, "nurture_steps");
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
    Binder(m_item) << batch.id << leadId << ++batch.items
                   << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
    run(m_item, "handoff_items");
    ++m_counts[Items];
}
