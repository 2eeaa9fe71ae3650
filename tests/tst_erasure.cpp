#include "LeadRecordFixture.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "leads/Disclosure.h"
#include "leads/Erasure.h"
#include "leads/LeadTables.h"
#include "leads/Suppressions.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <optional>

/// Erasure on request: everything about one lead goes in one transaction, nothing of it stays
/// anywhere in the file, and what remains flags the person when they are entered again.
class TestErasure : public QObject
{
    Q_OBJECT

    static QByteArray fileBytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// The secrets found in the store file or its write-ahead log.
    static QStringList foundInFiles(const QString& storePath, const QStringList& secrets)
    {
        const QByteArray bytes =
            fileBytes(storePath) + fileBytes(storePath + QStringLiteral("-wal"));
        QStringList found;
        for (const QString& secret : secrets)
            if (bytes.contains(secret.toUtf8()) || bytes.contains(secret.toLower().toUtf8()))
                found.append(secret);
        return found;
    }

    /// Runs `step`; an exception (a broken erasure) becomes a failed check with its message
    /// instead of ending the whole run.
    template <typename Step>
    static auto attempt(Step&& step, QString& why) -> std::optional<decltype(step())>
    {
        try {
            return step();
        } catch (const std::exception& error) {
            why = QString::fromUtf8(error.what());
            return std::nullopt;
        }
    }

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc())); }
    void cleanup() { Clock::reset(); }

    void storeConnectionsOverwriteDeletedContent()
    {
        SKIP_ON_POSTGRES("SQLite's secure_delete; PostgreSQL frees space with VACUUM");
        TestStore fixture;
        QCOMPARE(Sql::scalar(fixture->db(), QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
    }

    void erasesEverythingAboutOneLeadAndNothingElse()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const auto gone = LeadRecordFixture::create(
            store, QStringLiteral("Zacharias"), QStringLiteral("Quellmeyer"),
            QStringLiteral("Quellmeyer Analytik GmbH"), QStringLiteral("+49 89 21801234"),
            QStringLiteral("XQZMARKER"), QStringLiteral("HB-2026-001"));
        const auto kept =
            LeadRecordFixture::create(store, QStringLiteral("Jonas"), QStringLiteral("Weber"),
                                      QStringLiteral("Weber AG"), QStringLiteral("+49 30 901820"),
                                      QStringLiteral("KEEPMARKER"), QStringLiteral("HB-2026-001"));

        // Every table that can hold a lead's data holds something of both leads.
        for (const qint64 id : {gone.leadId, kept.leadId}) {
            const QMap<QString, qint64> rows = rowsReferring(store, id);
            for (auto it = rows.cbegin(); it != rows.cend(); ++it)
                QVERIFY2(
                    it.value() > 0,
                    qPrintable(QStringLiteral("%1 is empty for lead %2").arg(it.key()).arg(id)));
        }
        const QJsonObject keptBefore = Disclosure(store).leadRecord(kept.leadId);
        const QMap<QString, qint64> keptRowsBefore = rowsReferring(store, kept.leadId);
        // The file scans read SQLite's file and log; a server's files are the server's (its
        // erased rows are checked table by table below, on both back ends).
        const bool scanFiles = store.isSqlite();
        if (scanFiles)
            QVERIFY(!foundInFiles(fixture.path(), gone.secrets).isEmpty()); // the scan sees them

        Erasure erasure(store);
        QString why;
        const auto planned = attempt([&] { return erasure.planForLead(gone.leadId); }, why);
        QVERIFY2(planned, qPrintable(why));
        const ErasurePlan& plan = *planned;
        QCOMPARE(plan.ids(), QList<qint64>{gone.leadId});
        QCOMPARE(plan.rows(QStringLiteral("calls")), 2);
        QCOMPARE(plan.callNotes, 1);
        QCOMPARE(plan.rows(QStringLiteral("stage_history")), 3);
        QCOMPARE(plan.rows(QStringLiteral("nurture_steps")), 2);
        const QString text = plan.describe();
        for (const char* named :
             {"Zacharias Quellmeyer", "2 call(s) (1 with notes)", "3 stage-history entry(ies)",
              "the qualification", "unsaved qualification draft", "1 interest event(s)",
              "1 nurture plan(s)", "2 nurture step(s)", "1 handoff batch row(s)",
              "1 field change(s)"})
            QVERIFY2(text.contains(QLatin1String(named)), qPrintable(text));

        const auto erased = attempt([&] { return erasure.erase(plan); }, why);
        QVERIFY2(erased, qPrintable(why));
        const Erasure::Result& result = *erased;
        QCOMPARE(result.leadsErased, 1);
        QVERIFY(result.logCleared);

        // No row in any table refers to the erased lead.
        const QMap<QString, qint64> left = rowsReferring(store, gone.leadId);
        for (auto it = left.cbegin(); it != left.cend(); ++it)
            QVERIFY2(it.value() == 0, qPrintable(it.key()));
        // The other lead is exactly as it was, and the batch keeps its count.
        QCOMPARE(rowsReferring(store, kept.leadId), keptRowsBefore);
        QCOMPARE(Disclosure(store).leadRecord(kept.leadId), keptBefore);
        QCOMPARE(Sql::scalar(store.db(), QStringLiteral("SELECT lead_count FROM handoff_batches"
                                                        " WHERE batch_code = 'HB-2026-001'"))
                     .toInt(),
                 2);

        // No copy of the person anywhere in the file or in the write-ahead log.
        if (scanFiles) {
            const QStringList found = foundInFiles(fixture.path(), gone.secrets);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
            QCOMPARE(foundInFiles(fixture.path(), kept.secrets), kept.secrets); // the scan works
        }

        // What remains is one suppression entry of hashes and the day.
        QCOMPARE(Suppressions(store).count(), 1);
        QSqlQuery row = Sql::exec(store.db(), QStringLiteral("SELECT email_hash, phone_hash,"
                                                             " erased_at FROM suppressions"));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString().size(), 64);
        QCOMPARE(row.value(1).toString().size(), 64);
        QCOMPARE(row.value(2).toLongLong(),
                 QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        const auto hit = Suppressions(store).check(
            QStringLiteral("  Zacharias.Quellmeyer@EXAMPLE.com "), QString());
        QVERIFY(hit.has_value());
        QVERIFY(hit->byEmail);
        QCOMPARE(hit->message(), QStringLiteral("This person was erased on request on 2026-11-23 "
                                                "(same e-mail address)."));
        QVERIFY(hit->isSamePerson());
        // The number alone may be a switchboard now reaching someone else: said so, not blamed.
        const auto byPhone = Suppressions(store).check(QString(), QStringLiteral("+498921801234"));
        QVERIFY(byPhone->byPhone);
        QVERIFY(!byPhone->isSamePerson());
        QCOMPARE(byPhone->message(), QStringLiteral("A person erased on request on 2026-11-23 had "
                                                    "this phone number."));
        const auto both = Suppressions(store).check(gone.lead.email, gone.lead.phoneE164);
        QVERIFY(both->isSamePerson());
        QCOMPARE(both->message(), QStringLiteral("This person was erased on request on 2026-11-23 "
                                                 "(same e-mail address and phone)."));
        QVERIFY(!Suppressions(store).check(kept.lead.email, kept.lead.phoneE164).has_value());
        // A batch (an import) is answered row by row, the same as one at a time.
        const auto batch =
            Suppressions(store).checkAll({{kept.lead.email, kept.lead.phoneE164},
                                          {QString(), QStringLiteral("+498921801234")},
                                          {gone.lead.email, gone.lead.phoneE164}});
        QCOMPARE(batch.size(), 3);
        QVERIFY(!batch.at(0).has_value());
        QCOMPARE(batch.at(1)->message(), byPhone->message());
        QCOMPARE(batch.at(2)->message(), both->message());
        QCOMPARE(batch.at(2)->erasedAt, both->erasedAt);
    }

    void nothingLeftAfterReopening()
    {
        TestStore fixture;
        const auto gone = LeadRecordFixture::create(
            fixture.store(), QStringLiteral("Zacharias"), QStringLiteral("Quellmeyer"),
            QStringLiteral("Quellmeyer Analytik GmbH"), QStringLiteral("+49 89 21801234"),
            QStringLiteral("XQZMARKER"), QStringLiteral("HB-1"));
        QString why;
        QVERIFY2(attempt(
                     [&] {
                         Erasure erasure(fixture.store());
                         return erasure.erase(erasure.planForLead(gone.leadId));
                     },
                     why),
                 qPrintable(why));
        fixture.close(); // the last connection checkpoints and removes the log
        QVERIFY(foundInFiles(fixture.path(), gone.secrets).isEmpty());
        Store& again = fixture.reopen();
        QCOMPARE(LeadRepository(again).count(), 0);
        QVERIFY(Suppressions(again).check(gone.lead.email, {}).has_value());
    }

    void erasesEveryLeadWithAnEmailAddress()
    {
        TestStore fixture;
        Store& store = fixture.store();
        LeadRepository leads(store);
        Lead first = sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                QStringLiteral("Becker GmbH"));
        const qint64 a = leads.create(first, QStringLiteral("mara"));
        first.email = QStringLiteral(" ANNA.Becker@example.com");
        first.phoneE164 = QStringLiteral("+4940123456");
        const qint64 b = leads.create(first, QStringLiteral("mara"));
        const qint64 other = leads.create(
            sampleLead(QStringLiteral("Jonas"), QStringLiteral("Weber"), QStringLiteral("W")),
            QStringLiteral("mara"));
        Erasure erasure(store);
        QString why;
        const auto planned = attempt(
            [&] { return erasure.planForEmail(QStringLiteral("anna.becker@EXAMPLE.com")); }, why);
        QVERIFY2(planned, qPrintable(why));
        QCOMPARE(planned->ids(), (QList<qint64>{a, b}));
        QVERIFY(planned->describe().contains(QStringLiteral("lead %1").arg(b)));
        const auto erased = attempt([&] { return erasure.erase(*planned); }, why);
        QVERIFY2(erased, qPrintable(why));
        QCOMPARE(erased->leadsErased, 2);
        QCOMPARE(LeadRepository(store).count(), 1);
        QVERIFY(LeadRepository(store).find(other).has_value());
        QCOMPARE(Suppressions(store).count(), 2);
        QVERIFY(Suppressions(store).check({}, QStringLiteral("+4940123456"))->byPhone);
    }

    void aTableThatWouldKeepDataStopsTheErasure()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = LeadRepository(store).create(
            sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"), QStringLiteral("B")),
            QStringLiteral("mara"));
        // A table someone added without a foreign key: erasing must not leave its rows behind.
        Sql::exec(store.db(), QStringLiteral("CREATE TABLE call_recordings (lead_id BIGINT,"
                                             " path TEXT)"));
        Sql::exec(store.db(), QStringLiteral("INSERT INTO call_recordings VALUES (?, 'x.ogg')"),
                  {id});
        Erasure erasure(store);
        const ErasurePlan plan = erasure.planForLead(id);
        QCOMPARE(plan.rows(QStringLiteral("call_recordings")), 1);
        QVERIFY(plan.describe().contains(QLatin1String("1 row(s) in call_recordings")));
        try {
            erasure.erase(plan);
            QFAIL("the erasure should have been refused");
        } catch (const StoreError& error) {
            QVERIFY2(error.message().contains(QLatin1String("call_recordings")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QLatin1String("nothing was erased")));
        }
        QVERIFY(LeadRepository(store).find(id).has_value());
        QCOMPARE(Suppressions(store).count(), 0);
    }

    void backupsAreNamedSoTheyCanBeDealtWith()
    {
        SKIP_ON_POSTGRES("backups are copies of a SQLite file taken before a migration");
        TestStore fixture;
        Erasure erasure(fixture.store());
        QVERIFY(erasure.backupFiles().isEmpty());
        QFile backup(fixture.path() + QStringLiteral(".v1-20261101-101010.bak"));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.close();
        QCOMPARE(erasure.backupFiles(), QStringList{QFileInfo(backup).absoluteFilePath()});
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
