#include "TestStore.h"
#include "contact/PhoneNumbers.h"
#include "dashboard/DashboardRollups.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "scoring/LeadScores.h"
#include "scoring/ScoringEngine.h"
#include "scoring/ScoringRulesRepository.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

namespace {

const QDateTime fixedNow(QDate(2026, 3, 15), QTime(10, 37), Qt::UTC);
const qint64 anchor = QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();

qint64 count(Store& store, const QString& sql)
{
    return Sql::scalar(store.db(), sql).toLongLong();
}

QStringList column(Store& store, const QString& sql)
{
    QSqlQuery query = Sql::exec(store.db(), sql);
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

QStringList row(Store& store, const QString& sql)
{
    QSqlQuery query = Sql::exec(store.db(), sql);
    QStringList values;
    if (query.next())
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).toString());
    return values;
}

/// A digest of every row of every demo table, in a fixed order.
QByteArray contentDigest(Store& store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : DemoWriter::tables()) {
        QSqlQuery query =
            Sql::exec(store.db(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (query.next())
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\x1f');
    }
    return hash.result().toHex();
}

DemoSummary generate(Store& store, qint64 leads, quint64 seed)
{
    DemoGenerator generator(store, {leads, seed});
    return generator.run();
}

/// How many leads ever reached a stage, from the stage history.
qint64 reached(Store& store, const char* stage)
{
    return Sql::scalar(store.db(),
                       QStringLiteral("SELECT count(DISTINCT lead_id) FROM stage_history"
                                      " WHERE to_stage = ?"),
                       {QString::fromLatin1(stage)})
        .toLongLong();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

    TestStore m_demo; ///< 3,000 leads, seed 7, generated once for the read-only checks

private slots:
    void initTestCase()
    {
        Clock::setFixed(fixedNow);
        const DemoSummary summary = generate(m_demo.store(), 3000, 7);
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.leads, 3000);
        QCOMPARE(summary.anchor, anchor);
    }

    void sameSeedGivesSameStore()
    {
        TestStore again;
        const DemoSummary summary = generate(again.store(), 3000, 7);
        for (const auto& [table, rows] : summary.tables)
            QCOMPARE(count(again.store(), QStringLiteral("SELECT count(*) FROM %1").arg(table)),
                     count(m_demo.store(), QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        const QString first = QStringLiteral("SELECT * FROM leads ORDER BY id LIMIT 1");
        QCOMPARE(row(again.store(), first), row(m_demo.store(), first));
        QCOMPARE(contentDigest(again.store()), contentDigest(m_demo.store()));
    }

    void otherSeedGivesOtherStore()
    {
        TestStore other;
        generate(other.store(), 3000, 8);
        const QString first = QStringLiteral("SELECT first_name, last_name, company, email, "
                                             "created_at FROM leads ORDER BY id LIMIT 1");
        QVERIFY(row(other.store(), first) != row(m_demo.store(), first));
        QVERIFY(contentDigest(other.store()) != contentDigest(m_demo.store()));
    }

    void summaryMatchesTheStore()
    {
        TestStore store;
        const DemoSummary summary = generate(store.store(), 500, 3);
        QCOMPARE(summary.tables.size(), DemoWriter::tables().size());
        for (const auto& [table, rows] : summary.tables)
            QCOMPARE(count(store.store(), QStringLiteral("SELECT count(*) FROM %1").arg(table)),
                     rows);
        qint64 total = 0;
        for (const auto& [stage, leads] : summary.stages) {
            QCOMPARE(Sql::scalar(store->db(),
                                 QStringLiteral("SELECT count(*) FROM leads WHERE stage = ?"),
                                 {keyOf(stage)})
                         .toLongLong(),
                     leads);
            total += leads;
        }
        QCOMPARE(total, 500);
    }

    void leadsInEveryStageWithHistory()
    {
        Store& s = m_demo.store();
        for (const Stage stage : allValues<Stage>())
            QVERIFY2(Sql::scalar(s.db(),
                                 QStringLiteral("SELECT count(*) FROM leads WHERE stage = ?"),
                                 {keyOf(stage)})
                             .toLongLong() >= 10,
                     qPrintable(keyOf(stage)));
        QCOMPARE(
            count(s, QStringLiteral("SELECT count(*) FROM leads l WHERE NOT EXISTS"
                                    " (SELECT 1 FROM stage_history h WHERE h.lead_id = l.id)")),
            0);
        // The last history row is where the lead stands, and when it got there.
        QCOMPARE(
            count(s, QStringLiteral(
                         "SELECT count(*) FROM leads l JOIN stage_history h ON h.id ="
                         " (SELECT id FROM stage_history x WHERE x.lead_id = l.id"
                         " ORDER BY changed_at DESC, id DESC LIMIT 1)"
                         " WHERE h.to_stage <> l.stage OR h.changed_at <> l.stage_changed_at")),
            0);
        // The first row creates the lead as new when it arrived.
        QCOMPARE(
            count(s, QStringLiteral("SELECT count(*) FROM leads l JOIN stage_history h ON h.id ="
                                    " (SELECT min(id) FROM stage_history x WHERE x.lead_id = l.id)"
                                    " WHERE h.from_stage IS NOT NULL OR h.to_stage <> 'new'"
                                    " OR h.changed_at <> l.created_at")),
            0);
        QCOMPARE(
            count(s, QStringLiteral("SELECT count(*) FROM stage_history WHERE rep_id IS NULL")), 0);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM stage_history a JOIN stage_history b"
                                         " ON a.lead_id = b.lead_id AND b.id > a.id"
                                         " AND b.changed_at < a.changed_at")),
                 0);
    }

    void transitionsFollowTheFunnel()
    {
        const QSet<QString> allowed = {QStringLiteral("-new"),
                                       QStringLiteral("new-working"),
                                       QStringLiteral("new-disqualified"),
                                       QStringLiteral("working-mql"),
                                       QStringLiteral("working-nurture"),
                                       QStringLiteral("working-disqualified"),
                                       QStringLiteral("mql-sql"),
                                       QStringLiteral("mql-nurture"),
                                       QStringLiteral("mql-disqualified"),
                                       QStringLiteral("nurture-mql"),
                                       QStringLiteral("nurture-disqualified"),
                                       QStringLiteral("sql-handed_off")};
        const QStringList pairs =
            column(m_demo.store(),
                   QStringLiteral("SELECT DISTINCT coalesce(from_stage, '') || '-' || to_stage"
                                  " FROM stage_history"));
        for (const QString& pair : pairs)
            QVERIFY2(allowed.contains(pair), qPrintable(pair));
        QCOMPARE(count(m_demo.store(),
                       QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'disqualified'"
                                      " AND disqualify_reason IS NULL")),
                 0);
        for (const QString& reason :
             column(m_demo.store(), QStringLiteral("SELECT DISTINCT disqualify_reason FROM leads"
                                                   " WHERE disqualify_reason IS NOT NULL")))
            QVERIFY2(fromKey<DisqualifyReason>(reason).has_value(), qPrintable(reason));
    }

    void conversionIsPlausible()
    {
        Store& s = m_demo.store();
        const double all = 3000;
        const double working = double(reached(s, "working"));
        const double mql = double(reached(s, "mql"));
        const double sql = double(reached(s, "sql"));
        const double handedOff = double(reached(s, "handed_off"));
        const double nurture = double(reached(s, "nurture"));
        QVERIFY2(working / all > 0.55 && working / all < 0.8, qPrintable(QString::number(working)));
        QVERIFY2(mql / working > 0.2 && mql / working < 0.45, qPrintable(QString::number(mql)));
        QVERIFY2(sql / mql > 0.3 && sql / mql < 0.65, qPrintable(QString::number(sql)));
        QVERIFY(handedOff < sql && handedOff / sql > 0.7);
        QVERIFY2(nurture / all > 0.1 && nurture / all < 0.25, qPrintable(QString::number(nurture)));
        // Some SQLs wait for the next handoff; some leads arrived in the last hours.
        QVERIFY(count(s, QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'sql'")) > 0);
        QVERIFY(count(s, QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'new'"
                                        " AND created_at > %1")
                             .arg(anchor - 4 * 3600)) > 0);
    }

    void nothingHappensAfterNow()
    {
        Store& s = m_demo.store();
        const QString max = QStringLiteral("SELECT max(%1) FROM %2");
        QVERIFY(count(s, max.arg(QStringLiteral("created_at"), QStringLiteral("leads"))) <= anchor);
        QVERIFY(count(s, max.arg(QStringLiteral("changed_at"), QStringLiteral("stage_history"))) <=
                anchor);
        QVERIFY(count(s, max.arg(QStringLiteral("started_at"), QStringLiteral("calls"))) <= anchor);
        QVERIFY(count(s, max.arg(QStringLiteral("occurred_at"),
                                 QStringLiteral("interest_events"))) <= anchor);
        QVERIFY(count(s, QStringLiteral("SELECT min(created_at) FROM leads")) >=
                anchor - 182 * 86400);
    }

    void indexesAreAsBefore()
    {
        // The generator drops the secondary indexes while it writes and builds them again.
        TestStore fresh;
        const auto indexes = [](const Store& store) {
            QStringList found;
            for (const char* table : {"leads", "calls", "stage_history", "interest_events",
                                      "nurture_steps", "handoff_items"}) {
                QSqlQuery query = Sql::exec(store.db(), store.dialect().secondaryIndexesQuery(),
                                            {QString::fromLatin1(table)});
                while (query.next())
                    found.append(query.value(0).toString() + QStringLiteral(": ") +
                                 query.value(1).toString());
            }
            return found;
        };
        const QStringList expected = indexes(fresh.store());
        QVERIFY(expected.size() > 10);
        QCOMPARE(indexes(m_demo.store()), expected);
        if (!m_demo->isSqlite())
            return;
        QCOMPARE(Sql::scalar(m_demo->db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(Sql::scalar(m_demo->db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(Sql::scalar(m_demo->db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    }

    void foreignKeysHold()
    {
        // PostgreSQL checks every foreign key on each write; SQLite's check reads the file.
        SKIP_ON_POSTGRES("SQLite's foreign_key_check");
        QSqlQuery query = Sql::exec(m_demo->db(), QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(!query.next());
    }

    void everySourceChannelAndKeyIsUsed()
    {
        Store& s = m_demo.store();
        QSet<QString> channels;
        for (const QString& key :
             column(s, QStringLiteral("SELECT DISTINCT source_channel FROM leads")))
            channels.insert(key);
        for (const SourceChannel channel : allValues<SourceChannel>())
            QVERIFY2(channels.contains(keyOf(channel)), qPrintable(keyOf(channel)));
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM leads WHERE campaign IS NULL")), 0);
        for (const QString& key : column(s, QStringLiteral("SELECT DISTINCT outcome FROM calls")))
            QVERIFY2(fromKey<CallOutcome>(key), qPrintable(key));
        for (const QString& key :
             column(s, QStringLiteral("SELECT DISTINCT kind FROM interest_events")))
            QVERIFY2(fromKey<InterestKind>(key), qPrintable(key));
        for (const QString& key : column(s, QStringLiteral("SELECT DISTINCT seniority FROM leads")))
            QVERIFY2(fromKey<Seniority>(key), qPrintable(key));
        for (const QString& key : column(s, QStringLiteral("SELECT DISTINCT industry FROM leads")))
            QVERIFY2(fromKey<Industry>(key), qPrintable(key));
        QCOMPARE(count(s, QStringLiteral("SELECT count(DISTINCT owner_id) FROM leads")), 5);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM reps WHERE role = 'team_lead'")), 1);
    }

    void callsMatchTheLeads()
    {
        Store& s = m_demo.store();
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM leads l WHERE call_count <>"
                                         " (SELECT count(*) FROM calls c WHERE c.lead_id = l.id)")),
                 0);
        QCOMPARE(
            count(s, QStringLiteral(
                         "SELECT count(*) FROM leads l JOIN calls c ON c.id ="
                         " (SELECT id FROM calls x WHERE x.lead_id = l.id"
                         " ORDER BY started_at DESC, id DESC LIMIT 1)"
                         " WHERE l.last_call_at <> c.started_at OR l.last_outcome <> c.outcome")),
            0);
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM leads WHERE call_count = 0 AND"
                                         " (last_call_at IS NOT NULL OR attempts > 0)")),
                 0);
        QCOMPARE(count(s, QStringLiteral(
                              "SELECT count(*) FROM leads WHERE stage = 'new' AND call_count > 0")),
                 0);
        // Callbacks: some due now, some later, each promised in a call.
        QVERIFY(
            count(s, QStringLiteral("SELECT count(*) FROM leads WHERE next_action_kind = 'callback'"
                                    " AND next_action_at <= %1")
                         .arg(anchor)) > 0);
        QVERIFY(
            count(s, QStringLiteral("SELECT count(*) FROM leads WHERE next_action_kind = 'callback'"
                                    " AND next_action_at > %1")
                         .arg(anchor)) > 0);
        QCOMPARE(count(s, QStringLiteral(
                              "SELECT count(*) FROM leads l WHERE next_action_kind = 'callback'"
                              " AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.lead_id = l.id"
                              " AND c.callback_at = l.next_action_at)")),
                 0);
    }

    void salesReadyLeadsAreQualified()
    {
        Store& s = m_demo.store();
        const QString ready = QStringLiteral("FROM leads l JOIN qualification q ON q.lead_id = l.id"
                                             " WHERE l.stage IN ('sql', 'handed_off')");
        const double total = double(count(s, QStringLiteral("SELECT count(*) ") + ready));
        QCOMPARE(qint64(total),
                 count(s, QStringLiteral(
                              "SELECT count(*) FROM leads WHERE stage IN ('sql', 'handed_off')")));
        const double confirmed =
            double(count(s, QStringLiteral("SELECT count(*) ") + ready +
                                QStringLiteral(" AND q.decision_maker_confirmed = 1")));
        const double budget =
            double(count(s, QStringLiteral("SELECT count(*) ") + ready +
                                QStringLiteral(" AND q.budget_status IN ('planned', 'approved')"
                                               " AND q.budget_amount_minor > 0")));
        QVERIFY2(confirmed / total > 0.7, qPrintable(QString::number(confirmed / total)));
        QVERIFY(budget / total > 0.9);
        QCOMPARE(
            count(s, QStringLiteral(
                         "SELECT count(*) FROM qualification q JOIN leads l ON l.id = q.lead_id"
                         " WHERE l.stage = 'new'")),
            0);
    }

    void everyStoredInterestIsTheSumOfItsLog()
    {
        // Nurture responses and imported activities are all entries of the interest log: for
        // every lead the stored interest is what the log gives under the active rules.
        Store& s = m_demo.store();
        const ActiveRules rules = ScoringRulesRepository(s).active();
        const qint64 now = Clock::nowSecs();
        QSqlQuery q = Sql::exec(s.db(), QStringLiteral("SELECT id FROM leads ORDER BY id"));
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        QCOMPARE(ids.size(), 3000);
        int withLog = 0;
        int withResponse = 0;
        for (const qint64 id : ids) {
            const auto input = LeadScores::inputFor(s, id, now, rules.rules.maxAgeDays);
            QVERIFY(input);
            const auto stored = LeadScores::find(s, id);
            QVERIFY(stored);
            QCOMPARE(stored->interest,
                     ScoringEngine::score(rules.rules, *input, now, false).interest);
            withLog += input->interest.empty() ? 0 : 1;
        }
        withResponse = count(s, QStringLiteral("SELECT count(DISTINCT lead_id) FROM interest_events"
                                               " WHERE step_id IS NOT NULL"));
        QVERIFY2(withLog > 300, qPrintable(QString::number(withLog)));
        QVERIFY2(withResponse > 0, "nurture responses are in the log");
    }

    void nurtureLeadsHavePlans()
    {
        Store& s = m_demo.store();
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'nurture'"
                                         " AND nurture_until IS NULL")),
                 0);
        QCOMPARE(count(s, QStringLiteral(
                              "SELECT count(*) FROM leads l WHERE stage = 'nurture' AND NOT EXISTS"
                              " (SELECT 1 FROM nurture_steps n WHERE n.lead_id = l.id)")),
                 0);
        QCOMPARE(
            count(s, QStringLiteral(
                         "SELECT count(*) FROM nurture_plans p JOIN leads l ON l.id = p.lead_id"
                         " WHERE p.status = 'active' AND (l.stage <> 'nurture' OR p.return_at <>"
                         " l.nurture_until)")),
            0);
        for (const QString& key :
             column(s, QStringLiteral("SELECT DISTINCT content_kind FROM nurture_steps")))
            QVERIFY2(fromKey<ContentKind>(key), qPrintable(key));
        for (const QString& key :
             column(s, QStringLiteral("SELECT DISTINCT channel FROM nurture_steps")))
            QVERIFY2(fromKey<NurtureChannel>(key), qPrintable(key));
        QCOMPARE(column(s, QStringLiteral("SELECT DISTINCT status FROM nurture_steps ORDER BY 1")),
                 QStringList({QStringLiteral("cancelled"), QStringLiteral("done"),
                              QStringLiteral("pending"), QStringLiteral("skipped")}));
    }

    void nurturePlansEndEveryWayWithTheLeadsStages()
    {
        // Every screen shows something: plans running, paused, stopped, completed, and ended by
        // the lead leaving nurture, re-qualified or disqualified.
        Store& s = m_demo.store();
        for (const char* status : {"active", "stopped", "completed", "requalified", "disqualified"})
            QVERIFY2(
                count(s, QStringLiteral("SELECT count(*) FROM nurture_plans WHERE status = '%1'")
                             .arg(QLatin1String(status))) > 0,
                status);
        QVERIFY(count(s, QStringLiteral("SELECT count(*) FROM nurture_plans WHERE status ="
                                        " 'active' AND paused_from IS NOT NULL")) > 0);
        // An ending that moved the lead agrees with its stage and with its stage history: the
        // lead left nurture for that stage when the plan ended.
        const QString leftAtEnd = QStringLiteral(
            "SELECT count(*) FROM nurture_plans p JOIN leads l ON l.id = p.lead_id WHERE"
            " p.status = '%1' AND (l.stage NOT IN (%2) OR p.ending <> p.status OR NOT EXISTS"
            " (SELECT 1 FROM stage_history h WHERE h.lead_id = p.lead_id AND h.from_stage ="
            " 'nurture' AND h.to_stage = l.stage AND h.changed_at = p.ended_at))");
        QCOMPARE(count(s, leftAtEnd.arg(QStringLiteral("requalified"), QStringLiteral("'mql'"))),
                 0);
        QCOMPARE(count(s, leftAtEnd.arg(QStringLiteral("disqualified"),
                                        QStringLiteral("'disqualified'"))),
                 0);
        // A lead still in nurture has a plan that did not end by a stage move; a plan that ended
        // has no step pending and no step done after its end.
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM nurture_plans p JOIN leads l ON"
                                         " l.id = p.lead_id WHERE l.stage = 'nurture' AND"
                                         " p.status IN ('requalified', 'disqualified')")),
                 0);
        QCOMPARE(
            count(s,
                  QStringLiteral(
                      "SELECT count(*) FROM nurture_steps st JOIN"
                      " nurture_plans p ON p.id = st.plan_id WHERE p.status IN"
                      " ('requalified', 'disqualified') AND (st.status = 'pending' OR st.done_at >"
                      " p.ended_at)")),
            0);
        // The dashboard's roll-ups, built from the stage history with these moves out of
        // nurture in it, give what a scan of every lead's history gives.
        QVERIFY(count(s, QStringLiteral("SELECT count(*) FROM stage_history WHERE from_stage ="
                                        " 'nurture'")) > 0);
        QVERIFY(DashboardRollups(s).figures({}) == DashboardScan(s).figures({}));
    }

    void handedOffLeadsAreInBatches()
    {
        Store& s = m_demo.store();
        QCOMPARE(
            count(s, QStringLiteral(
                         "SELECT count(*) FROM leads l WHERE stage = 'handed_off' AND"
                         " (SELECT count(*) FROM handoff_items i WHERE i.lead_id = l.id) <> 1")),
            0);
        QCOMPARE(
            count(s, QStringLiteral(
                         "SELECT count(*) FROM handoff_items i JOIN leads l ON l.id = i.lead_id"
                         " WHERE l.stage <> 'handed_off'")),
            0);
        QCOMPARE(count(s, QStringLiteral(
                              "SELECT count(*) FROM handoff_batches b WHERE lead_count <>"
                              " (SELECT count(*) FROM handoff_items i WHERE i.batch_id = b.id)")),
                 0);
        const QRegularExpression code(QStringLiteral("^HO-20\\d\\d-\\d{4}$"));
        for (const QString& batch :
             column(s, QStringLiteral("SELECT batch_code FROM handoff_batches")))
            QVERIFY2(code.match(batch).hasMatch(), qPrintable(batch));
        const QStringList snapshot =
            row(s, QStringLiteral("SELECT i.snapshot, l.last_name, l.email FROM handoff_items i "
                                  "JOIN leads l ON l.id = i.lead_id"
                                  " ORDER BY i.batch_id, i.position LIMIT 1"));
        const QJsonObject object = QJsonDocument::fromJson(snapshot.value(0).toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("last_name")).toString(), snapshot.value(1));
        QCOMPARE(object.value(QStringLiteral("email")).toString(), snapshot.value(2));
        // Handed off at the moment of its batch.
        QCOMPARE(
            count(s, QStringLiteral(
                         "SELECT count(*) FROM handoff_items i JOIN leads l ON l.id = i.lead_id"
                         " JOIN handoff_batches b ON b.id = i.batch_id"
                         " WHERE l.stage_changed_at <> b.created_at")),
            0);
    }

    void contactDataLooksReal()
    {
        QSqlQuery query =
            Sql::exec(m_demo->db(),
                      QStringLiteral("SELECT phone, country, phone_e164, email, website, time_zone"
                                     " FROM leads ORDER BY id LIMIT 400"));
        int companyMail = 0;
        while (query.next()) {
            const QString phone = query.value(0).toString();
            const PhoneNumber parsed = PhoneNumbers::parse(phone, query.value(1).toString());
            QVERIFY2(parsed.valid, qPrintable(phone));
            QCOMPARE(parsed.e164, query.value(2).toString());
            const QString domain = query.value(3).toString().section(QLatin1Char('@'), 1);
            if (query.value(4).toString().endsWith(QLatin1Char('.') + domain))
                ++companyMail;
            QVERIFY(QTimeZone(query.value(5).toByteArray()).isValid());
        }
        QVERIFY2(companyMail > 300 && companyMail < 400, qPrintable(QString::number(companyMail)));
    }

    void refusesAStoreWithLeads()
    {
        TestStore store;
        LeadRepository(store.store())
            .create(sampleLead(QStringLiteral("Eva"), QStringLiteral("Real"),
                               QStringLiteral("Real GmbH")),
                    QStringLiteral("Rep"));
        DemoGenerator generator(store.store(), {100, 1});
        try {
            generator.run();
            QFAIL("a store with leads was accepted");
        } catch (const StoreError& error) {
            QVERIFY2(error.message().contains(QLatin1String("is not empty (leads: 1)")),
                     qPrintable(error.message()));
        }
        QCOMPARE(count(store.store(), QStringLiteral("SELECT count(*) FROM leads")), 1);
        QCOMPARE(count(store.store(), QStringLiteral("SELECT count(*) FROM calls")), 0);
    }

    void cancelLeavesTheStoreUnchanged()
    {
        TestStore store;
        std::atomic<bool> cancel{false};
        QList<qint64> progress;
        DemoGenerator generator(store.store(), {5000, 1});
        generator.setCancelFlag(&cancel);
        generator.setProgress([&](qint64 done, qint64 total) {
            QCOMPARE(total, 5000);
            progress.append(done);
            if (done >= 2000)
                cancel = true;
        });
        const DemoSummary summary = generator.run();
        QVERIFY(summary.cancelled);
        QVERIFY(progress.size() >= 4);
        for (const QString& table : DemoWriter::tables())
            QCOMPARE(count(store.store(), QStringLiteral("SELECT count(*) FROM %1").arg(table)), 0);
        // The store still works, and a later run fills it.
        QCOMPARE(generate(store.store(), 200, 1).leads, 200);
        QCOMPARE(count(store.store(), QStringLiteral("SELECT count(*) FROM leads")), 200);
    }

    void progressReachesTheEnd()
    {
        TestStore store;
        qint64 last = -1;
        bool increasing = true;
        DemoGenerator generator(store.store(), {1200, 5});
        generator.setProgress([&](qint64 done, qint64) {
            increasing = increasing && done > last;
            last = done;
        });
        generator.run();
        QVERIFY(increasing);
        QCOMPARE(last, 1200);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
