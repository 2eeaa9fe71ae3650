#include "HandoffFixture.h"

#include "dashboard/RollupBulkScope.h"
#include "domain/LeadRepository.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QDir>
#include <optional>

namespace {

QVariant optionalMinor(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

qint64 addInTransaction(Store& store, LeadRepository& leads, const ReadyLead& ready)
{
    const qint64 repId = Reps::idFor(store, ready.owner);
    Lead lead = ready.lead;
    lead.ownerId = repId;
    const qint64 id = leads.createInTransaction(lead, repId);
    for (Stage stage : {Stage::Working, Stage::Mql, Stage::Sql})
        leads.changeStageInTransaction(id, stage, repId, {}, {});
    Sql::exec(
        store.db(),
        QStringLiteral("UPDATE leads SET total_score = ?, grade = ?, quadrant = ? WHERE id = ?"),
        {ready.totalScore, Sql::nullIfEmpty(ready.grade), Sql::nullIfEmpty(ready.quadrant), id});
    if (ready.withQualification)
        Sql::exec(store.db(),
                  QStringLiteral(
                      "INSERT INTO qualification (lead_id, budget_status, budget_amount_minor,"
                      " budget_currency, authority, buying_role, decision_maker_confirmed, need,"
                      " need_text, timing, decision_date, buying_phase, notes, updated_at, rep_id)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                  {id, ready.budgetStatus, optionalMinor(ready.budgetMinor),
                   Sql::nullIfEmpty(ready.budgetCurrency), ready.authority, ready.buyingRole,
                   ready.decisionMakerConfirmed ? 1 : 0, ready.need,
                   Sql::nullIfEmpty(ready.needText), ready.timing,
                   Sql::nullIfEmpty(ready.decisionDate), ready.buyingPhase,
                   Sql::nullIfEmpty(ready.notes), Clock::nowSecs(), repId});
    for (const ReadyLead::Call& call : ready.calls) {
        Sql::exec(store.db(),
                  QStringLiteral("INSERT INTO calls (lead_id, rep_id, started_at, duration_s,"
                                 " outcome, note) VALUES (?, ?, ?, 120, ?, ?)"),
                  {id, repId, call.startedAt, call.outcome, Sql::nullIfEmpty(call.note)});
        Sql::exec(store.db(),
                  QStringLiteral("UPDATE leads SET last_call_at = ?, last_outcome = ?,"
                                 " call_count = call_count + 1 WHERE id = ? AND"
                                 " (last_call_at IS NULL OR last_call_at < ?)"),
                  {call.startedAt, call.outcome, id, call.startedAt});
    }
    return id;
}

} // namespace

namespace HandoffFixture {

qint64 addReadyLead(Store& store, const ReadyLead& ready)
{
    return addReadyLeads(store, {ready}).first();
}

QList<qint64> addReadyLeads(Store& store, const QList<ReadyLead>& leads)
{
    WriteTransaction transaction(store);
    // Many leads: their roll-ups set-based at the end. Per lead, the triggers would update the
    // same few roll-up rows thousands of times in one transaction, which a server makes
    // quadratic (every update walks the row's versions). A few leads keep the triggers' path.
    std::optional<RollupBulkScope> rollups;
    if (leads.size() >= 50)
        rollups.emplace(store);
    LeadRepository repository(store);
    QList<qint64> ids;
    for (const ReadyLead& ready : leads) {
        ids.append(addInTransaction(store, repository, ready));
        if (rollups)
            rollups->touched(ids.last());
    }
    if (rollups)
        rollups->finish();
    transaction.commit();
    return ids;
}

ReadyLead plain(int i)
{
    ReadyLead ready;
    Lead& lead = ready.lead;
    lead.firstName = QStringLiteral("First%1").arg(i);
    lead.lastName = QStringLiteral("Last%1").arg(i);
    lead.title = QStringLiteral("Head of Operations");
    lead.company = QStringLiteral("Company %1 GmbH").arg(i);
    lead.email = QStringLiteral("lead%1@example.com").arg(i);
    lead.phone = QStringLiteral("030 %1").arg(9000000 + i);
    lead.phoneE164 = QStringLiteral("+4930%1").arg(9000000 + i);
    lead.country = QStringLiteral("DE");
    lead.source = SourceChannel::Webinar;
    lead.campaign = QStringLiteral("Spring webinar");
    ready.budgetMinor = 1250000 + i;
    ready.budgetCurrency = QStringLiteral("EUR");
    ready.needText = QStringLiteral("Manual planning takes two days a week.");
    ready.decisionDate = QStringLiteral("2027-03-31");
    ready.notes = QStringLiteral("Wants a demo for the plant managers.");
    ready.calls = {{1795000000 + i, QStringLiteral("connected"), QStringLiteral("Booked demo")}};
    ready.totalScore = 60 + i % 40;
    ready.grade = QStringLiteral("A");
    ready.quadrant = QStringLiteral("sales_ready");
    return ready;
}

ReadyLead varied(int i)
{
    ReadyLead ready = plain(i);
    Lead& lead = ready.lead;
    switch (i % 6) {
    case 0:
        lead.firstName = QStringLiteral("Jörg");
        lead.lastName = QStringLiteral("Müller, jr.");
        lead.title = QStringLiteral("Head of \"Digital\"");
        lead.company = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
        ready.notes = QStringLiteral("Line one\r\nline two\nline three; with semicolon");
        break;
    case 1:
        lead.company = QStringLiteral("+SUM(A1:A9)");
        lead.campaign = QStringLiteral("Spring, 2026");
        lead.phone = QStringLiteral("+49 30 901820");
        lead.phoneE164 = QStringLiteral("+4930901820");
        ready.budgetCurrency = QStringLiteral("JPY");
        ready.budgetMinor = 5000000;
        ready.needText = QStringLiteral("-2+3 is what their tool computes 😎");
        break;
    case 2:
        lead.company = QStringLiteral("@Acme Ltd");
        lead.doNotCall = true;
        ready.withQualification = false;
        ready.calls.clear();
        break;
    case 3:
        lead.title = QStringLiteral("\tTabbed title");
        lead.doNotEmail = true;
        ready.calls.append({1795000000 + i + 3600, QStringLiteral("callback_requested"),
                            QStringLiteral("\rCall again \"after\" lunch")});
        ready.budgetMinor.reset();
        ready.decisionDate.clear();
        break;
    case 4:
        lead.lastName = QStringLiteral("O'Brien");
        lead.company = QStringLiteral("Ünternehmen \"Süd\" AG; Werk 2");
        lead.doNotCall = true;
        lead.doNotEmail = true;
        ready.budgetCurrency = QStringLiteral("USD");
        ready.grade.clear();
        ready.quadrant.clear();
        ready.totalScore = -5;
        break;
    default:
        ready.decisionDate = QStringLiteral("next spring");
        lead.campaign = QStringLiteral("Bell\x07 campaign _x0041_");
        ready.owner = QStringLiteral("jonas");
        break;
    }
    return ready;
}

QString storeDigest(const Store& store)
{
    QString digest;
    QSqlQuery leads = Sql::exec(
        store.db(),
        QStringLiteral("SELECT id, stage, stage_changed_at, updated_at FROM leads ORDER BY id"));
    while (leads.next())
        digest += QStringLiteral("%1:%2:%3:%4;")
                      .arg(leads.value(0).toString(), leads.value(1).toString(),
                           leads.value(2).toString(), leads.value(3).toString());
    for (const char* table : {"stage_history", "handoff_batches", "handoff_items", "reps"})
        digest += QStringLiteral(" %1=%2")
                      .arg(QLatin1String(table))
                      .arg(Sql::scalar(
                               store.db(),
                               QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                               .toLongLong());
    return digest;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

} // namespace HandoffFixture
