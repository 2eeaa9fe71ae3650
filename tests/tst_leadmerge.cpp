#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "leads/DuplicateGroups.h"
#include "leads/Erasure.h"
#include "leads/LeadEditor.h"
#include "leads/LeadMerge.h"
#include "leads/LeadTables.h"
#include "scoring/LeadScores.h"
#include "support/Clock.h"

#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

/// Merging stored leads: every kind of row of the merged leads ends on the survivor, the rep's
/// choice per detail (a blank never wins), alternates, refusals, and an undo that puts back every
/// row of every lead byte for byte.
class TestLeadMerge : public QObject
{
    Q_OBJECT

    static qint64 create(Store& store, const QString& first, const QString& last,
                         const QString& company)
    {
        return LeadRepository(store).create(sampleLead(first, last, company),
                                            QStringLiteral("mara"));
    }

    /// Every row of the leads table and of every table referring to leads, in text form, sorted.
    static QStringList dump(Store& store)
    {
        QStringList lines;
        for (const QString& table : QStringList{QStringLiteral("leads")} +
                                        LeadTables::referencing(store) +
                                        QStringList{QStringLiteral("handoff_batches")}) {
            QSqlQuery query = Sql::exec(store.db(), QStringLiteral("SELECT * FROM ") + table);
            while (query.next()) {
                QStringList cells;
                for (int i = 0; i < query.record().count(); ++i)
                    cells.append(query.value(i).isNull()
                                     ? QStringLiteral("<null>")
                                     : query.record().fieldName(i) + QLatin1Char('=') +
                                           query.value(i).toString());
                lines.append(table + QLatin1Char('|') + cells.join(QLatin1Char('|')));
            }
        }
        lines.sort();
        return lines;
    }

    static qint64 rows(Store& store, const QString& table, qint64 leadId)
    {
        return Sql::scalar(store.db(),
                           QStringLiteral("SELECT count(*) FROM %1 WHERE lead_id = ?").arg(table),
                           {leadId})
            .toLongLong();
    }

    /// One row of every kind a lead can have.
    static void giveHistory(Store& store, qint64 lead, qint64 batch, const QString& tag)
    {
        const QSqlDatabase db = store.db();
        const qint64 call = Sql::insertId(
            db,
            QStringLiteral("INSERT INTO calls (lead_id, started_at, duration_s, outcome, note)"
                           " VALUES (?, ?, 60, 'connected', ?) RETURNING id"),
            {lead, Clock::nowSecs() - 3600, tag});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO call_undo (call_id, lead_id, prev_stage,"
                                 " prev_stage_changed_at, prev_attempts, prev_call_count,"
                                 " prev_do_not_call, prev_wrong_number, saved_at)"
                                 " VALUES (?, ?, 'new', 1, 0, 0, 0, 0, 2)"),
                  {call, lead});
        Sql::exec(db,
                  QStringLiteral("UPDATE leads SET attempts = 1, call_count = 1, last_call_at = ?,"
                                 " last_outcome = 'connected' WHERE id = ?"),
                  {Clock::nowSecs() - 3600 + lead, lead});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO qualification (lead_id, need_text, updated_at)"
                                 " VALUES (?, ?, ?)"),
                  {lead, tag, Clock::nowSecs() - lead});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO qualification_drafts (lead_id, payload, saved_at)"
                                 " VALUES (?, ?, ?)"),
                  {lead, tag, Clock::nowSecs()});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO interest_events (lead_id, kind, occurred_at, detail)"
                                 " VALUES (?, 'webinar', ?, ?)"),
                  {lead, Clock::nowSecs() - 86400, tag});
        const qint64 plan = Sql::insertId(
            db,
            QStringLiteral("INSERT INTO nurture_plans (lead_id, track, started_at) VALUES (?, ?, ?)"
                           " RETURNING id"),
            {lead, tag, Clock::nowSecs()});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO nurture_steps (plan_id, lead_id, position,"
                                 " content_kind, channel, due_at) VALUES (?, ?, 1, 'whitepaper',"
                                 " 'email', ?)"),
                  {plan, lead, Clock::nowSecs() + 86400});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO handoff_items (batch_id, lead_id, position, snapshot)"
                                 " VALUES (?, ?, 1, ?)"),
                  {batch, lead, tag});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO lead_field_changes (lead_id, field, old_value,"
                                 " new_value, changed_at) VALUES (?, 'city', 'Bonn', 'Berlin', ?)"),
                  {lead, Clock::nowSecs() - 10});
    }

    static qint64 batch(Store& store, const QString& code)
    {
        return Sql::insertId(store.db(),
                             QStringLiteral("INSERT INTO handoff_batches (batch_code, created_at,"
                                            " file_path, format, lead_count, columns) VALUES (?,"
                                            " 1, 'x.csv', 'csv', 1, '') RETURNING id"),
                             {code});
    }

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc())); }
    void cleanup() { Clock::reset(); }

    void everyRowMovesAndUndoRestoresEveryByte()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 keep = create(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                   QStringLiteral("Becker GmbH"));
        const qint64 other = create(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                    QStringLiteral("Becker AG"));
        Sql::exec(
            store.db(),
            QStringLiteral("UPDATE leads SET email = 'a.becker@other.example',"
                           " email_norm = 'a.becker@other.example', phone = '030 5555',"
                           " phone_e164 = '+49305555', claimed_by = 'tom', claim_token = 't1',"
                           " claim_expires_at = 99999999999 WHERE id = ?"),
            {other});
        giveHistory(store, keep, batch(store, QStringLiteral("B1")), QStringLiteral("keep"));
        giveHistory(store, other, batch(store, QStringLiteral("B2")), QStringLiteral("other"));
        const QStringList before = dump(store);

        LeadMerge merge(store);
        const LeadMerge::Result result = merge.merge({keep, {other}, {}, QStringLiteral("mara")});
        QVERIFY(result.mergeId > 0);
        QVERIFY(!LeadRepository(store).find(other));
        for (const char* table : {"calls", "stage_history", "interest_events", "nurture_plans",
                                  "nurture_steps", "handoff_items"})
            QCOMPARE(rows(store, QLatin1String(table), keep), 2);
        QVERIFY(rows(store, QStringLiteral("lead_field_changes"), keep) >= 2);
        QCOMPARE(rows(store, QStringLiteral("qualification"), keep), 1);
        QCOMPARE(rows(store, QStringLiteral("call_undo"), keep), 0);
        QCOMPARE(Sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM calls")).toInt(), 2);
        const Lead survivor = *LeadRepository(store).find(keep);
        QCOMPARE(survivor.callCount, 2);
        QCOMPARE(survivor.attempts, 2);
        QCOMPARE(Sql::scalar(store.db(),
                             QStringLiteral("SELECT claim_token FROM leads WHERE id = ?"), {keep})
                     .toString(),
                 QStringLiteral("t1"));
        const auto alternates = merge.alternates(keep);
        QVERIFY(alternates.contains(
            qMakePair(QStringLiteral("email"), QStringLiteral("a.becker@other.example"))));
        QVERIFY(
            alternates.contains(qMakePair(QStringLiteral("phone"), QStringLiteral("030 5555"))));
        QCOMPARE(merge.latestUndoable()->mergeId, result.mergeId);

        const MergeRecord undone = merge.undo(result.mergeId);
        QCOMPARE(undone.survivorId, keep);
        QCOMPARE(dump(store), before);
        QVERIFY(!merge.latestUndoable());
        QVERIFY(!merge.undoRefusal(result.mergeId).isEmpty());
    }

    void chosenValuesWinAndABlankNever()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 keep = create(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                   QStringLiteral("Becker GmbH"));
        const qint64 other = create(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                    QStringLiteral("Becker AG"));
        Sql::exec(store.db(), QStringLiteral("UPDATE leads SET title = NULL WHERE id = ?"), {keep});
        Sql::exec(store.db(),
                  QStringLiteral("UPDATE leads SET title = 'CTO', city = NULL"
                                 " WHERE id = ?"),
                  {other});
        LeadMerge merge(store);
        const QList<MergeField> fields = merge.differingFields(keep, {other});
        QStringList keys;
        for (const MergeField& field : fields)
            keys.append(LeadFields::key(field.field));
        QVERIFY(keys.contains(QStringLiteral("company")));
        QVERIFY(keys.contains(QStringLiteral("title")));
        QVERIFY(!keys.contains(QStringLiteral("city"))); // only the survivor has one
        const QMap<LeadField, qint64> defaults = merge.defaultChoices(keep, {other});
        QCOMPARE(defaults.value(LeadField::Company), keep);
        QCOMPARE(defaults.value(LeadField::Title), other);

        // The rep picks the other's company, and the survivor's blank title (never taken).
        merge.merge({keep,
                     {other},
                     {{LeadField::Company, other}, {LeadField::Title, keep}},
                     QStringLiteral("mara")});
        const Lead survivor = *LeadRepository(store).find(keep);
        QCOMPARE(survivor.company, QStringLiteral("Becker AG"));
        QCOMPARE(survivor.title, QStringLiteral("CTO"));
        QCOMPARE(survivor.city, QStringLiteral("Berlin"));
        QCOMPARE(LeadScores::find(store, keep)->scoredAt, Clock::nowSecs());
    }

    void refusesWhatCannotBeMerged()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 a = create(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                QStringLiteral("Becker GmbH"));
        const qint64 b = create(store, QStringLiteral("Bernd"), QStringLiteral("Kurz"),
                                QStringLiteral("Kurz KG"));
        LeadMerge merge(store);
        QVERIFY(merge.refusal(a, {}).contains(QStringLiteral("at least two")));
        QVERIFY(merge.refusal(a, {a}).contains(QStringLiteral("named twice")));
        QVERIFY(merge.refusal(a, {b, b}).contains(QStringLiteral("named twice")));
        QVERIFY(merge.refusal(a, {9999}).contains(QStringLiteral("no lead 9999")));
        QVERIFY(merge.refusal(a, {b}).isEmpty());
        QVERIFY_THROWS_EXCEPTION(StoreError, merge.merge({a, {9999}, {}, {}}));
        QVERIFY(LeadRepository(store).find(a));

        // A person erased on request who came back in.
        Erasure erasure(store);
        erasure.erase(erasure.planForLead(b));
        const qint64 again = create(store, QStringLiteral("Bernd"), QStringLiteral("Kurz"),
                                    QStringLiteral("Kurz KG"));
        QVERIFY(merge.refusal(a, {again}).contains(QStringLiteral("erased on request")));
    }

    void duplicateGroupsFollowTheFindersRules()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 anna = create(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                   QStringLiteral("Becker GmbH"));
        const qint64 twin = create(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                   QStringLiteral("Becker GmbH"));
        // The same switchboard: a colleague is no duplicate, "A. Becker" is.
        const qint64 colleague = create(store, QStringLiteral("Jonas"), QStringLiteral("Weber"),
                                        QStringLiteral("Becker GmbH"));
        const qint64 initial = create(store, QStringLiteral("A."), QStringLiteral("Becker"),
                                      QStringLiteral("Becker GmbH"));
        const qint64 other = create(store, QStringLiteral("Bernd"), QStringLiteral("Kurz"),
                                    QStringLiteral("Kurz KG"));
        Sql::exec(store.db(),
                  QStringLiteral("UPDATE leads SET phone_e164 = '+49401234' WHERE id = ?"),
                  {other});
        const QList<DuplicateGroup> groups = DuplicateGroups(store).find();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().reason, DuplicateGroup::Reason::SameEmail);
        QCOMPARE(groups.first().leadIds, (QList<qint64>{anna, twin}));
        LeadMerge(store).merge({anna, {twin}, {}, {}});
        const QList<DuplicateGroup> byPhone = DuplicateGroups(store).find();
        QCOMPARE(byPhone.size(), 1);
        QCOMPARE(byPhone.first().reason, DuplicateGroup::Reason::SamePhoneAndName);
        QCOMPARE(byPhone.first().leadIds, (QList<qint64>{anna, initial}));
        QVERIFY(!byPhone.first().leadIds.contains(colleague));
    }

    void undoIsRefusedOnceTheSurvivorWasWorked()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 keep = create(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                   QStringLiteral("Becker GmbH"));
        const qint64 other = create(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                    QStringLiteral("Becker AG"));
        LeadMerge merge(store);
        const qint64 mergeId = merge.merge({keep, {other}, {}, {}}).mergeId;
        QVERIFY(merge.undoRefusal(mergeId).isEmpty());
        Clock::advance(60);
        LeadEditor(store).setField(keep, LeadField::City, QStringLiteral("Hamburg"),
                                   QStringLiteral("mara"));
        QVERIFY(merge.undoRefusal(mergeId).contains(QStringLiteral("worked on since")));
        QVERIFY_THROWS_EXCEPTION(StoreError, merge.undo(mergeId));
        QVERIFY(!LeadRepository(store).find(other));
        QVERIFY(!merge.latestUndoable());
    }
};

QTEST_GUILESS_MAIN(TestLeadMerge)
#include "tst_leadmerge.moc"
