#include "TestStore.h"
#include "demo/DemoGenerator.h"
#include "store/StoreMoves.h"
#include "store/StoreTables.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QSqlRecord>
#include <QTest>

// migrate-store and snapshot: a store copied into another (a server in the _pg run) and back to
// a file holds every row of every table, ids kept; refusals leave both sides as they were.

namespace {

/// Every row of every table, column by column in key order: equal dumps are equal stores.
QStringList dump(const Store& store, const QList<TableShape>& tables)
{
    QStringList lines;
    for (const TableShape& table : tables) {
        QStringList columns;
        for (const QString& column : table.columns)
            columns.append(StoreTables::quoted(column));
        QSqlQuery query = Sql::exec(store.db(), QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                                    .arg(columns.join(QLatin1Char(',')),
                                                         StoreTables::quoted(table.name),
                                                         columns.join(QLatin1Char(','))));
        while (query.next()) {
            QStringList values{table.name};
            for (int i = 0; i < columns.size(); ++i)
                values.append(query.value(i).isNull() ? QStringLiteral("<null>")
                                                      : query.value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
    }
    return lines;
}

qint64 count(const Store& store, const QString& sql, const QVariantList& binds = {})
{
    return Sql::scalar(store.db(), sql, binds).toLongLong();
}

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestStoreCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_demo;
    QList<TableShape> m_tables;
    QStringList m_demoDump;
    QString m_now; ///< LEADSCOUT_NOW for the commands, when set

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Result leadscout(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEADSCOUT_HOME"), path(QStringLiteral("home")));
        if (!m_now.isEmpty())
            env.insert(QStringLiteral("LEADSCOUT_NOW"), m_now);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LEADSCOUT_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList filesIn(const QString& folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = Store::open(path(QStringLiteral("demo.sqlite")));
        DemoGenerator generator(*m_demo, {400, 11});
        generator.run();
        m_tables = StoreTables::ofSqlite(m_demo->db());
        m_demoDump = dump(*m_demo, m_tables);
        QVERIFY(count(*m_demo, QStringLiteral("SELECT COUNT(*) FROM calls")) > 0);
    }

    void tablesComeAfterTheTablesTheyReferTo()
    {
        QStringList names;
        for (const TableShape& table : m_tables)
            names.append(table.name);
        QVERIFY(!names.contains(QStringLiteral("schema_meta")));
        for (const TableShape& table : m_tables)
            for (const TableShape::Reference& reference : table.references)
                if (reference.table != table.name)
                    QVERIFY2(names.indexOf(reference.table) < names.indexOf(table.name),
                             qPrintable(table.name + QStringLiteral(" before ") + reference.table));
        const auto leads = std::find_if(m_tables.cbegin(), m_tables.cend(), [](const auto& t) {
            return t.name == QLatin1String("leads");
        });
        QVERIFY(leads != m_tables.cend());
        QCOMPARE(leads->key, QStringLiteral("id"));
        QVERIFY(!leads->columns.contains(QStringLiteral("name_key"))); // generated: not copied
    }

    void moveInAndSnapshotBackKeepEveryRow()
    {
        TestStore server;
        const StoreCopy::Result in = StoreCopy::copy(*m_demo, server.store());
        QCOMPARE(in.rows(QStringLiteral("leads")), 400);
        QCOMPARE(dump(server.store(), m_tables), m_demoDump);

        const QString home = path(QStringLiteral("home.sqlite"));
        const StoreCopy::Result back = StoreMoves::takeSnapshot(server.store(), home);
        QCOMPARE(back.rows(QStringLiteral("calls")), in.rows(QStringLiteral("calls")));
        Store::Options existing;
        existing.create = false;
        const std::unique_ptr<Store> snapshot = Store::open(home, existing);
        QCOMPARE(dump(*snapshot, m_tables), m_demoDump);
        QCOMPARE(snapshot->snapshotOf(), server->displayName());
        QVERIFY(snapshot->snapshotTakenAt() > 0);
        QVERIFY(m_demo->snapshotOf().isEmpty());
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 Sql::exec(snapshot->db(), QStringLiteral("DELETE FROM calls")));
        QCOMPARE(count(*snapshot, QStringLiteral("SELECT COUNT(*) FROM calls")),
                 in.rows(QStringLiteral("calls")));
    }

    void newRowsOnTheTargetGetNewIds()
    {
        TestStore server;
        StoreCopy::copy(*m_demo, server.store());
        const qint64 highest = count(server.store(), QStringLiteral("SELECT MAX(id) FROM calls"));
        const qint64 lead = count(server.store(), QStringLiteral("SELECT MIN(id) FROM leads"));
        const qint64 id = Sql::insertId(
            server->db(),
            QStringLiteral("INSERT INTO calls (lead_id, started_at, outcome) VALUES (?, ?, ?) "
                           "RETURNING id"),
            {lead, 1, QStringLiteral("no_answer")});
        QCOMPARE(id, highest + 1);
    }

    void aTargetWithLeadsIsRefusedAndKept()
    {
        TestStore server;
        StoreCopy::copy(*m_demo, server.store());
        const QStringList before = dump(server.store(), m_tables);
        try {
            StoreCopy::copy(*m_demo, server.store());
            QFAIL("a second copy into a store with leads went through");
        } catch (const StoreError& error) {
            QVERIFY2(error.message().contains(QLatin1String("not empty")),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("400 lead")),
                     qPrintable(error.message()));
        }
        QCOMPARE(dump(server.store(), m_tables), before);
    }

    void aCancelledCopyWritesNothing()
    {
        TestStore server;
        const QStringList before = dump(server.store(), m_tables);
        int chunks = 0;
        QVERIFY_THROWS_EXCEPTION(StoreError, StoreCopy::copy(*m_demo, server.store(), {},
                                                             [&](const QString& table, qint64) {
                                                                 ++chunks;
                                                                 return table !=
                                                                        QLatin1String("calls");
                                                             }));
        QVERIFY(chunks >= 4); // reps, leads, stage history, calls
        QCOMPARE(dump(server.store(), m_tables), before);
        QCOMPARE(StoreCopy::leadCount(server.store()), 0);
    }

    void aFilteredSnapshotHoldsOnlyThoseLeadsAndWhatIsTheirs()
    {
        const QString owner =
            Sql::scalar(m_demo->db(), QStringLiteral("SELECT r.name FROM reps r JOIN leads l "
                                                     "ON l.owner_id = r.id ORDER BY r.id"))
                .toString();
        QVERIFY(!owner.isEmpty());
        StoreCopy::Filter filter;
        filter.owner = owner;
        const QString file = path(QStringLiteral("mine.sqlite"));
        StoreMoves::takeSnapshot(*m_demo, file, filter);
        const std::unique_ptr<Store> mine = Store::open(file);
        const QString ownerLeads =
            QStringLiteral("SELECT COUNT(*) FROM leads WHERE owner_id IN (SELECT id FROM reps "
                           "WHERE name = ?)");
        const qint64 expected = count(*m_demo, ownerLeads, {owner});
        QVERIFY(expected > 0 && expected < 400);
        QCOMPARE(count(*mine, QStringLiteral("SELECT COUNT(*) FROM leads")), expected);
        QCOMPARE(count(*mine, ownerLeads, {owner}), expected);
        QCOMPARE(count(*mine, QStringLiteral("SELECT COUNT(*) FROM calls")),
                 count(*m_demo,
                       QStringLiteral("SELECT COUNT(*) FROM calls WHERE lead_id IN (SELECT id FROM "
                                      "leads WHERE owner_id IN (SELECT id FROM reps WHERE name = "
                                      "?))"),
                       {owner}));
        QCOMPARE(count(*mine, QStringLiteral("SELECT COUNT(*) FROM reps")),
                 count(*m_demo, QStringLiteral("SELECT COUNT(*) FROM reps")));
        QCOMPARE(count(*mine, QStringLiteral("PRAGMA foreign_key_check")), 0);
    }

    void aSnapshotWithoutPersonalDataHoldsNone()
    {
        const QString file = path(QStringLiteral("anonymous.sqlite"));
        StoreCopy::Filter filter;
        filter.withoutPersonalData = true;
        const StoreCopy::Result result = StoreMoves::takeSnapshot(*m_demo, file, filter);
        QCOMPARE(result.rows(QStringLiteral("leads")), 400);
        QCOMPARE(result.rows(QStringLiteral("calls")),
                 count(*m_demo, QStringLiteral("SELECT COUNT(*) FROM calls")));
        QCOMPARE(result.rows(QStringLiteral("qualification_drafts")), -1); // left out
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray content = bytes.readAll();
        QStringList secrets;
        QSqlQuery query = Sql::exec(
            m_demo->db(), QStringLiteral("SELECT email, phone, phone_e164 FROM leads UNION ALL "
                                         "SELECT note, NULL, NULL FROM calls UNION ALL SELECT "
                                         "notes, need_text, NULL FROM qualification UNION ALL "
                                         "SELECT note, NULL, NULL FROM nurture_steps"));
        while (query.next())
            for (int i = 0; i < 3; ++i)
                if (const QString value = query.value(i).toString(); value.size() >= 8)
                    secrets.append(value);
        QVERIFY(secrets.size() > 400);
        for (const QString& secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(secret));
        const std::unique_ptr<Store> anonymous = Store::open(file);
        // The nurture plans stay (what was sent when, and the answers), their notes do not.
        QCOMPARE(count(*anonymous, QStringLiteral("SELECT COUNT(*) FROM nurture_plans")),
                 count(*m_demo, QStringLiteral("SELECT COUNT(*) FROM nurture_plans")));
        QCOMPARE(count(*anonymous, QStringLiteral("SELECT COUNT(*) FROM nurture_steps WHERE note "
                                                  "IS NOT NULL")),
                 0);
        QCOMPARE(count(*anonymous, QStringLiteral("SELECT COUNT(*) FROM leads WHERE first_name = "
                                                  "'Lead' AND last_name = CAST(id AS TEXT)")),
                 400);
        QCOMPARE(count(*anonymous, QStringLiteral("SELECT COUNT(*) FROM leads l JOIN reps r ON "
                                                  "r.id = l.owner_id")),
                 count(*m_demo, QStringLiteral("SELECT COUNT(*) FROM leads l JOIN reps r ON "
                                               "r.id = l.owner_id")));
    }

    void aSnapshotNeverOverwritesAndLeavesNoHalfFile()
    {
        const QString folder = path(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(folder));
        const QString taken = folder + QStringLiteral("/taken.sqlite");
        QFile existing(taken);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        QVERIFY_THROWS_EXCEPTION(StoreError, StoreMoves::takeSnapshot(*m_demo, taken));
        QVERIFY_THROWS_EXCEPTION(StoreError, StoreMoves::takeSnapshot(*m_demo, m_demo->location()));
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            StoreMoves::takeSnapshot(*m_demo, folder + QStringLiteral("/no/such/x.sqlite")));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, StoreMoves::takeSnapshot(*m_demo, folder + QStringLiteral("/cut.sqlite"),
                                                 {}, [](const QString&, qint64) { return false; }));
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("taken.sqlite")});
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("mine"));
    }

    void theCommandsMoveInAndTakeHomeWithTheSameQueue()
    {
        // An empty database on the server (migrate-store creates the schema), or a new file.
        const QString to = TestStore::postgresServer().isEmpty()
                               ? path(QStringLiteral("moved.sqlite"))
                               : TestStore::createPostgresDatabase();
        const Result moved =
            leadscout({QStringLiteral("migrate-store"), QStringLiteral("--from"),
                       m_demo->location(), QStringLiteral("--to"), to, QStringLiteral("--json")});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        QVERIFY2(moved.out.contains(QLatin1String("\"leads\": 400")), qPrintable(moved.out));
        const QString home = path(QStringLiteral("back.sqlite"));
        const Result back = leadscout({QStringLiteral("snapshot"), QStringLiteral("--db"), to,
                                       QStringLiteral("--out"), home});
        QVERIFY2(back.code == 0, qPrintable(back.err));
        QVERIFY2(back.out.contains(QLatin1String("Copied 400 leads")), qPrintable(back.out));
        const QStringList queue{QStringLiteral("queue"), QStringLiteral("--limit"),
                                QStringLiteral("50"), QStringLiteral("--json"),
                                QStringLiteral("--db")};
        // The queue of each at one and the same moment.
        m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const auto queueOf = [&](const QString& store) {
            return leadscout(queue + QStringList{store});
        };
        const Result original = queueOf(m_demo->location());
        const Result server = queueOf(to);
        const Result snapshot = queueOf(home);
        QVERIFY(original.out.contains(QLatin1String("\"heldBack\"")));
        QCOMPARE(original.code, 0);
        QCOMPARE(server.out, original.out);
        QCOMPARE(snapshot.out, original.out);
        const Result again = leadscout({QStringLiteral("migrate-store"), QStringLiteral("--from"),
                                        m_demo->location(), QStringLiteral("--to"), to});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("not empty")), qPrintable(again.err));
        if (to.startsWith(QLatin1String("postgresql://")))
            TestStore::dropPostgresDatabase(to);
    }

    void theCommandsRefuseBadUsage()
    {
        const auto code = [&](const QStringList& arguments) { return leadscout(arguments).code; };
        QCOMPARE(
            code({QStringLiteral("migrate-store"), QStringLiteral("--from"), m_demo->location()}),
            2);
        QCOMPARE(code({QStringLiteral("migrate-store"), QStringLiteral("--db"), m_demo->location(),
                       QStringLiteral("--from"), m_demo->location(), QStringLiteral("--to"),
                       path(QStringLiteral("x.sqlite"))}),
                 2);
        QCOMPARE(code({QStringLiteral("snapshot"), QStringLiteral("--db"), m_demo->location()}), 2);
        QCOMPARE(code({QStringLiteral("snapshot"), QStringLiteral("--db"), m_demo->location(),
                       QStringLiteral("--out"), path(QStringLiteral("f.sqlite")),
                       QStringLiteral("--filter"), QStringLiteral("stage=nonsense")}),
                 2);
        const Result missing =
            leadscout({QStringLiteral("migrate-store"), QStringLiteral("--from"),
                       path(QStringLiteral("none.sqlite")), QStringLiteral("--to"),
                       path(QStringLiteral("y.sqlite"))});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QLatin1String("There is no store")), qPrintable(missing.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("y.sqlite"))));
        const Result same =
            leadscout({QStringLiteral("migrate-store"), QStringLiteral("--from"),
                       m_demo->location(), QStringLiteral("--to"), m_demo->location()});
        QCOMPARE(same.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
