#include "leads/Erasure.h"

#include "domain/Lead.h"
#include "export/TextSafety.h"
#include "leads/LeadTables.h"
#include "leads/Suppressions.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <spdlog/spdlog.h>

namespace {

QString tableText(const QString& table, qint64 n, qint64 callNotes)
{
    const int count = int(n);
    if (table == QLatin1String("calls"))
        return callNotes > 0
                   ? Erasure::tr("%n call(s) (%1 with notes)", nullptr, count).arg(callNotes)
                   : Erasure::tr("%n call(s)", nullptr, count);
    if (table == QLatin1String("stage_history"))
        return Erasure::tr("%n stage-history entry(ies)", nullptr, count);
    if (table == QLatin1String("qualification"))
        return Erasure::tr("the qualification (BANT answers and notes)");
    if (table == QLatin1String("qualification_drafts"))
        return Erasure::tr("an unsaved qualification draft");
    if (table == QLatin1String("interest_events"))
        return Erasure::tr("%n interest event(s)", nullptr, count);
    if (table == QLatin1String("nurture_plans"))
        return Erasure::tr("%n nurture plan(s)", nullptr, count);
    if (table == QLatin1String("nurture_steps"))
        return Erasure::tr("%n nurture step(s)", nullptr, count);
    if (table == QLatin1String("handoff_items"))
        return Erasure::tr("%n handoff batch row(s) (the batches keep their lead counts)", nullptr,
                           count);
    if (table == QLatin1String("lead_field_changes"))
        return Erasure::tr("%n field change(s)", nullptr, count);
    if (table == QLatin1String("lead_alternates"))
        return Erasure::tr("%n alternate e-mail address(es) and phone number(s)", nullptr, count);
    if (table == QLatin1String("lead_merges"))
        return Erasure::tr("%n merge record(s) (the merged leads as they were)", nullptr, count);
    return Erasure::tr("%n row(s) in %1", nullptr, count).arg(table);
}

qint64 countFor(const Store& store, const QString& table, const QList<qint64>& ids)
{
    qint64 total = 0;
    for (const qint64 id : ids)
        total += Sql::scalar(store.db(),
                             QStringLiteral("SELECT count(*) FROM %1 WHERE lead_id = ?")
                                 .arg(LeadTables::quoted(store, table)),
                             {id})
                     .toLongLong();
    return total;
}

} // namespace

QList<qint64> ErasurePlan::ids() const
{
    QList<qint64> result;
    for (const Subject& subject : leads)
        result.append(subject.id);
    return result;
}

qint64 ErasurePlan::rows(const QString& table) const
{
    for (const auto& [name, count] : rowsByTable)
        if (name == table)
            return count;
    return 0;
}

QString ErasurePlan::describe() const
{
    if (leads.isEmpty())
        return Erasure::tr("No lead matches; nothing would be erased.");
    QStringList people;
    for (const Subject& subject : leads)
        people.append(subject.company.isEmpty() ? Erasure::tr("lead %1, %2")
                                                      .arg(subject.id)
                                                      .arg(TextSafety::printable(subject.name))
                                                : Erasure::tr("lead %1, %2 (%3)")
                                                      .arg(subject.id)
                                                      .arg(TextSafety::printable(subject.name),
                                                           TextSafety::printable(subject.company)));
    QStringList items{Erasure::tr("the lead record (contact details, company, source, scores)")};
    for (const auto& [table, count] : rowsByTable)
        items.append(tableText(table, count, callNotes));
    return Erasure::tr("Erase %1 and everything stored about them:\n• %2\n\nWhat remains is a "
                       "suppression entry with only a one-way hash of the e-mail address and phone "
                       "number and today's date, so that the person is flagged if entered or "
                       "imported again. This cannot be undone.")
        .arg(people.join(QStringLiteral("; ")), items.join(QStringLiteral("\n• ")));
}

QJsonObject ErasurePlan::toJson() const
{
    QJsonArray idList;
    for (const qint64 id : ids())
        idList.append(id);
    QJsonObject tables;
    for (const auto& [table, count] : rowsByTable)
        tables.insert(table, count);
    return {{QStringLiteral("leads"), idList},
            {QStringLiteral("rows"), tables},
            {QStringLiteral("call_notes"), callNotes}};
}

Erasure::Erasure(const Store& store)
    : m_store(store)
{}

ErasurePlan Erasure::planForLead(qint64 leadId) const
{
    return plan({leadId});
}

ErasurePlan Erasure::planForEmail(const QString& email) const
{
    return plan(LeadTables::idsWithEmail(m_store, email));
}

ErasurePlan Erasure::plan(const QList<qint64>& leadIds) const
{
    ErasurePlan result;
    for (const qint64 id : leadIds) {
        QSqlQuery query = Sql::exec(m_store.db(),
                                    QStringLiteral("SELECT first_name, last_name, email, company"
                                                   " FROM leads WHERE id = ?"),
                                    {id});
        if (!query.next())
            continue;
        Lead lead;
        lead.firstName = query.value(0).toString();
        lead.lastName = query.value(1).toString();
        lead.email = query.value(2).toString();
        lead.company = query.value(3).toString();
        result.leads.append({id, lead.displayName(), lead.company});
    }
    const QList<qint64> ids = result.ids();
    for (const QString& table : LeadTables::referencing(m_store))
        if (const qint64 n = countFor(m_store, table, ids); n > 0)
            result.rowsByTable.append({table, n});
    for (const qint64 id : ids)
        result.callNotes +=
            Sql::scalar(m_store.db(),
                        QStringLiteral("SELECT count(*) FROM calls WHERE lead_id = ? AND note IS"
                                       " NOT NULL AND note <> ''"),
                        {id})
                .toLongLong();
    return result;
}

Erasure::Result Erasure::erase(const ErasurePlan& plan)
{
    Result result;
    result.erasedAt = Clock::nowSecs();
    const QList<qint64> ids = plan.ids();
    const QStringList tables = LeadTables::referencing(m_store);
    {
        WriteTransaction transaction(m_store);
        for (const QString& table : tables)
            result.rowsErased += countFor(m_store, table, ids);
        Suppressions suppressions(m_store);
        for (const qint64 id : ids) {
            // The contact details as they are now (a colleague may have corrected them since
            // the plan was made), for the suppression entry.
            QSqlQuery contact = Sql::exec(
                m_store.db(),
                QStringLiteral("SELECT email_norm, phone_e164 FROM leads WHERE id = ?"), {id});
            if (!contact.next())
                continue; // already erased, e.g. by a colleague on a shared store
            const QString email = contact.value(0).toString();
            const QString phone = contact.value(1).toString();
            contact.finish();
            Sql::exec(m_store.db(), QStringLiteral("DELETE FROM leads WHERE id = ?"), {id});
            ++result.leadsErased;
            ++result.rowsErased;
            suppressions.addInTransaction(email, phone, result.erasedAt);
        }
        verifyGone(ids, tables);
        transaction.commit();
    }
    result.logCleared = checkpoint();
    m_store.announceLeads(); // after the checkpoint: the views' reading must not hold it up
    spdlog::info("erasure: {} lead(s) erased on request, {} rows", result.leadsErased,
                 result.rowsErased);
    return result;
}

void Erasure::verifyGone(const QList<qint64>& ids, const QStringList& tables) const
{
    const QStringList all = QStringList(tables) << QStringLiteral("leads");
    for (const QString& table : all) {
        const QString column =
            table == QLatin1String("leads") ? QStringLiteral("id") : QStringLiteral("lead_id");
        for (const qint64 id : ids) {
            const qint64 left = Sql::scalar(m_store.db(),
                                            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                                .arg(LeadTables::quoted(m_store, table), column),
                                            {id})
                                    .toLongLong();
            if (left > 0)
                throw StoreError(tr("The erasure was stopped and nothing was erased: table %1 "
                                    "still holds %2 row(s) of lead %3.")
                                     .arg(table)
                                     .arg(left)
                                     .arg(id));
        }
    }
}

QStringList Erasure::backupFiles() const
{
    if (!m_store.isSqlite())
        return {};
    const QFileInfo store(m_store.location());
    QStringList result;
    const QFileInfoList found = store.dir().entryInfoList(
        {store.fileName() + QStringLiteral(".v*.bak")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : found)
        result.append(file.absoluteFilePath());
    return result;
}

bool Erasure::checkpoint() const
{
    if (!m_store.isSqlite())
        return true;
    // Old versions of the erased pages may still sit in the write-ahead log; TRUNCATE copies the
    // log into the file (where secure_delete zeroed them) and empties it.
    QSqlQuery query = Sql::exec(m_store.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return query.next() && query.value(0).toInt() == 0;
}
