#include "LeadRecordFixture.h"

#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "leads/LeadEditor.h"
#include "leads/LeadMerge.h"
#include "leads/LeadTables.h"
#include "queue/CallLog.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

qint64 batchFor(Store& store, const QString& code, qint64 repId)
{
    const QVariant existing = Sql::scalar(
        store.db(), QStringLiteral("SELECT id FROM handoff_batches WHERE batch_code = ?"), {code});
    if (existing.isValid()) {
        Sql::exec(store.db(),
                  QStringLiteral("UPDATE handoff_batches SET lead_count = lead_count + 1"
                                 " WHERE id = ?"),
                  {existing});
        return existing.toLongLong();
    }
    return Sql::insertId(store.db(),
                         QStringLiteral("INSERT INTO handoff_batches (batch_code, created_at,"
                                        " rep_id, file_path, format, lead_count, columns)"
                                        " VALUES (?, ?, ?, ?, 'csv', 1, 'name,email')"
                                        " RETURNING id"),
                         {code, Clock::nowSecs(), repId, QStringLiteral("/tmp/") + code});
}

void fillActivity(Store& store, const LeadRecordFixture& f, const QString& marker, qint64 rep)
{
    const qint64 now = Clock::nowSecs();
    auto exec = [&](const char* sql, QVariantList binds) {
        Sql::exec(store.db(), QString::fromLatin1(sql), binds);
    };
    exec("INSERT INTO calls (lead_id, rep_id, started_at, duration_s, outcome)"
         " VALUES (?, ?, ?, 0, 'no_answer')",
         {f.leadId, rep, now - 3600});
    exec("INSERT INTO qualification (lead_id, budget_status, budget_amount_minor,"
         " budget_currency, authority, need, need_text, timing, buying_phase, notes, updated_at,"
         " rep_id) VALUES (?, 'approved', 5000000, 'EUR', 'decision_maker', 'urgent', ?,"
         " 'within_3_months', 'purchase', ?, ?, ?)",
         {f.leadId, marker + QStringLiteral(" pain"), marker + QStringLiteral(" qual notes"), now,
          rep});
    const QJsonObject draft{{QStringLiteral("need_text"), marker + QStringLiteral(" draft")}};
    exec("INSERT INTO qualification_drafts (lead_id, rep_id, payload, saved_at)"
         " VALUES (?, ?, ?, ?)",
         {f.leadId, rep, QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)),
          now});
    exec("INSERT INTO interest_events (lead_id, kind, occurred_at, detail) VALUES (?,"
         " 'download', ?, ?)",
         {f.leadId, now - 86400, marker + QStringLiteral(" whitepaper")});
    const qint64 plan = Sql::insertId(
        store.db(),
        QStringLiteral("INSERT INTO nurture_plans (lead_id, track, started_at, return_at, rep_id)"
                       " VALUES (?, 'awareness', ?, ?, ?) RETURNING id"),
        {f.leadId, now, now + 30 * 86400, rep});
    for (int step = 1; step <= 2; ++step)
        exec("INSERT INTO nurture_steps (plan_id, lead_id, position, content_kind, channel,"
             " due_at, response) VALUES (?, ?, ?, 'whitepaper', 'email', ?, ?)",
             {plan, f.leadId, step, now + step * 86400, marker + QStringLiteral(" response")});
    exec("UPDATE leads SET fit_score = 70, interest_score = 40, bant_score = 90,"
         " total_score = 66, grade = 'B', quadrant = 'sales_ready', score_rule_version = 1,"
         " scored_at = ? WHERE id = ?",
         {now, f.leadId});
}

} // namespace

LeadRecordFixture LeadRecordFixture::create(Store& store, const QString& first, const QString& last,
                                            const QString& company, const QString& phone,
                                            const QString& marker, const QString& batchCode)
{
    LeadRecordFixture f;
    f.lead = sampleLead(first, last, company);
    f.lead.phone = phone;
    f.lead.phoneE164 = QString(phone).remove(QLatin1Char(' '));
    LeadRepository repository(store);
    f.leadId = repository.create(f.lead, QStringLiteral("mara"));
    f.lead.id = f.leadId;
    // A duplicate merged into the lead leaves an alternate address and a merge record (with the
    // duplicate as it was) behind.
    Lead duplicate = sampleLead(first, last, company);
    duplicate.email = marker.toLower() + QStringLiteral("@old.example");
    duplicate.phone = phone;
    duplicate.phoneE164 = f.lead.phoneE164;
    const qint64 duplicateId = repository.create(duplicate, QStringLiteral("mara"));
    // Without its creation entry, so the stage history the suites count is the lead's own.
    Sql::exec(store.db(), QStringLiteral("DELETE FROM stage_history WHERE lead_id = ?"),
              {duplicateId});
    LeadMerge(store).merge({f.leadId, {duplicateId}, {}, QStringLiteral("mara")});
    repository.changeStage(f.leadId, Stage::Working, QStringLiteral("mara"));
    repository.changeStage(f.leadId, Stage::Sql, QStringLiteral("mara"), {},
                           marker + QStringLiteral(" stage note"));
    LeadEditor editor(store);
    if (!editor
             .setField(f.leadId, LeadField::Title, marker + QStringLiteral(" Head of IT"),
                       QStringLiteral("mara"))
             .changed)
        qFatal("the fixture's field change was not saved");
    f.lead.title = marker + QStringLiteral(" Head of IT");
    // A call logged as the queue logs it: the call and what undoing it would restore.
    CallDraft call;
    call.outcome = CallOutcome::Connected;
    call.startedAt = Clock::nowSecs() - 7200;
    call.durationSecs = 300;
    call.note = marker + QStringLiteral(" call note");
    CallLog(store).log(f.leadId, call, QStringLiteral("mara"));

    WriteTransaction transaction(store);
    const qint64 rep = Reps::idFor(store, QStringLiteral("mara"));
    fillActivity(store, f, marker, rep);
    const QJsonObject snapshot{{QStringLiteral("name"), f.lead.displayName()},
                               {QStringLiteral("email"), f.lead.email},
                               {QStringLiteral("phone"), f.lead.phone}};
    Sql::exec(store.db(),
              QStringLiteral("INSERT INTO handoff_items (batch_id, lead_id, position, snapshot)"
                             " VALUES (?, ?, ?, ?)"),
              {batchFor(store, batchCode, rep), f.leadId, f.leadId,
               QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))});
    transaction.commit();
    f.secrets = {f.lead.email,    f.lead.phone,   f.lead.phoneE164, f.lead.firstName,
                 f.lead.lastName, f.lead.company, marker,           duplicate.email};
    return f;
}

QMap<QString, qint64> rowsReferring(const Store& store, qint64 leadId)
{
    QMap<QString, qint64> rows;
    rows.insert(
        QStringLiteral("leads"),
        Sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM leads WHERE id = ?"), {leadId})
            .toLongLong());
    for (const QString& table : LeadTables::referencing(store))
        rows.insert(table, Sql::scalar(store.db(),
                                       QStringLiteral("SELECT count(*) FROM %1 WHERE lead_id = ?")
                                           .arg(LeadTables::quoted(store, table)),
                                       {leadId})
                               .toLongLong());
    return rows;
}
