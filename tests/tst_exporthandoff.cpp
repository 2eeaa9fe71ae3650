#include "HandoffFixture.h"
#include "StrictCsvReader.h"
#include "TestStore.h"
#include "handoff/HandoffBatches.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// `leadscout export-handoff`, run as the real binary the way a manager's script would.
class TestExportHandoff : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code;
        QString out;
        QString err;
    };

    std::unique_ptr<TestStore> m_fixture;
    QString m_db;
    QString m_out;
    QTemporaryDir m_home;

    Result run(const QStringList& arguments, const QString& shellPrefix = {},
               const QString& home = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LEADSCOUT_HOME"), home.isEmpty() ? m_home.path() : home);
        process.setProcessEnvironment(env);
        if (shellPrefix.isEmpty()) {
            process.start(QStringLiteral(LEADSCOUT_BINARY), arguments);
        } else {
            QStringList quoted;
            for (const QString& argument : arguments)
                quoted.append(QLatin1Char('\'') + argument + QLatin1Char('\''));
            process.start(QStringLiteral("/bin/sh"),
                          {QStringLiteral("-c"), shellPrefix + QStringLiteral(" exec '") +
                                                     QStringLiteral(LEADSCOUT_BINARY) +
                                                     QStringLiteral("' ") + quoted.join(u' ')});
        }
        if (!process.waitForFinished(120000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList args(const QString& outName, const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("export-handoff"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--out"), m_out + QLatin1Char('/') + outName} +
               more;
    }

    QString digest()
    {
        auto store = Store::open(m_db);
        return HandoffFixture::storeDigest(*store);
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<TestStore>();
        QList<ReadyLead> leads;
        for (int i = 0; i < 5; ++i)
            leads.append(HandoffFixture::varied(i));
        HandoffFixture::addReadyLeads(m_fixture->store(), leads);
        m_db = m_fixture->path();
        m_fixture->close();
        m_out = m_fixture->dir() + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(m_out));
    }

    void cleanup() { m_fixture.reset(); }

    void handsOffEveryReadyLead()
    {
        const Result result = run(
            args(QStringLiteral("sales.csv"), {QStringLiteral("--rep"), QStringLiteral("lena")}));
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(QLatin1String("Handed off 5 lead")), qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String(" as batch HO-")));
        QVERIFY(result.out.contains(QLatin1String("(id 1)")));
        StrictCsvReader::Options strict;
        strict.requireBom = true;
        const auto csv = StrictCsvReader::parseFile(m_out + QStringLiteral("/sales.csv"), strict);
        QVERIFY2(csv.ok, qPrintable(csv.error));
        QCOMPARE(csv.records.size(), 6);
        auto store = Store::open(m_db);
        QCOMPARE(
            Sql::scalar(store->db(),
                        QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'handed_off'"))
                .toInt(),
            5);
        QCOMPARE(HandoffBatches(*store).find(1)->repName, QStringLiteral("lena"));
    }

    void printsJsonAndWritesXlsx()
    {
        const Result result = run(args(QStringLiteral("sales.xlsx"), {QStringLiteral("--json")}));
        QCOMPARE(result.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("batch_id")).toInteger(), 1);
        QVERIFY(
            json.value(QStringLiteral("batch_code")).toString().startsWith(QLatin1String("HO-")));
        QCOMPARE(json.value(QStringLiteral("lead_count")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
        QCOMPARE(json.value(QStringLiteral("file")).toString(),
                 m_out + QStringLiteral("/sales.xlsx"));
        QCOMPARE(json.value(QStringLiteral("exported_again")).toBool(), false);
        QVERIFY(bytesOf(m_out + QStringLiteral("/sales.xlsx")).startsWith("PK"));
    }

    void aSecondRunWithNothingReadyMakesNoBatch()
    {
        QCOMPARE(run(args(QStringLiteral("first.csv"))).code, 0);
        const QString before = digest();
        const Result second = run(args(QStringLiteral("second.csv")));
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains(QLatin1String("No leads are ready to hand off")),
                 qPrintable(second.out));
        QVERIFY(!QFile::exists(m_out + QStringLiteral("/second.csv")));
        QCOMPARE(digest(), before);
        const Result json = run(args(QStringLiteral("third.csv"), {QStringLiteral("--json")}));
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("lead_count")).toInt(), 0);
        QVERIFY(object.value(QStringLiteral("batch_id")).isNull());
    }

    void exportsABatchAgainIdenticallyAndChangesNothing()
    {
        QCOMPARE(run(args(QStringLiteral("first.csv"),
                          {QStringLiteral("--delimiter"), QStringLiteral(";")}))
                     .code,
                 0);
        const QByteArray first = bytesOf(m_out + QStringLiteral("/first.csv"));
        QVERIFY(first.contains(';'));
        const QString before = digest();
        // Without --delimiter the batch is written as it was the first time.
        const Result byId = run(
            args(QStringLiteral("again.csv"), {QStringLiteral("--batch"), QStringLiteral("1")}));
        QCOMPARE(byId.code, 0);
        QVERIFY2(byId.out.contains(QLatin1String("nothing in the store changed")),
                 qPrintable(byId.out));
        QCOMPARE(bytesOf(m_out + QStringLiteral("/again.csv")), first);
        auto store = Store::open(m_db);
        const QString code = HandoffBatches(*store).find(1)->code;
        store.reset();
        const Result byCode =
            run(args(QStringLiteral("code.csv"), {QStringLiteral("--batch"), code}));
        QCOMPARE(byCode.code, 0);
        QCOMPARE(bytesOf(m_out + QStringLiteral("/code.csv")), first);
        QCOMPARE(run(args(QStringLiteral("again.xlsx"), {QStringLiteral("--batch"), code})).code,
                 0);
        QCOMPARE(digest(), before);

        const Result missing = run(
            args(QStringLiteral("none.csv"), {QStringLiteral("--batch"), QStringLiteral("99")}));
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QLatin1String("There is no handoff batch \"99\"")),
                 qPrintable(missing.err));
        QVERIFY(!QFile::exists(m_out + QStringLiteral("/none.csv")));
    }

    void badUsageIsRefusedWithExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("extension") << QStringList{QStringLiteral("--out"), QStringLiteral("x.txt")}
                                   << QStringLiteral("must end in .csv or .xlsx");
        QTest::newRow("delimiter")
            << QStringList{QStringLiteral("--out"), QStringLiteral("x.csv"),
                           QStringLiteral("--delimiter"), QStringLiteral("|")}
            << QStringLiteral("--delimiter must be \",\" or \";\", not \"|\"");
        QTest::newRow("delimiter for xlsx")
            << QStringList{QStringLiteral("--out"), QStringLiteral("x.xlsx"),
                           QStringLiteral("--delimiter"), QStringLiteral(";")}
            << QStringLiteral("applies to CSV files only");
        QTest::newRow("no --out") << QStringList{} << QStringLiteral("--out FILE.csv");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour")} << QStringLiteral("Unknown option 'colour'");
    }

    void badUsageIsRefusedWithExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString before = digest();
        const Result result =
            run(QStringList{QStringLiteral("export-handoff"), QStringLiteral("--db"), m_db} +
                arguments);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(digest(), before);
        QCOMPARE(HandoffFixture::filesIn(m_out), QStringList());
    }

    void anUnwritablePathChangesNoLead()
    {
        const QString before = digest();
        const Result result = run(args(QStringLiteral("gone/sales.csv")));
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QLatin1String("does not exist")), qPrintable(result.err));
        QCOMPARE(digest(), before);
    }

    void aFullDiskChangesNoLead()
    {
        // More leads so the file outgrows the limit; the shell lets writes past 64 blocks fail.
        {
            auto store = Store::open(m_db);
            QList<ReadyLead> leads;
            for (int i = 0; i < 1000; ++i)
                leads.append(HandoffFixture::varied(i));
            HandoffFixture::addReadyLeads(*store, leads);
        }
        const QString before = digest();
        for (const QString& name : {QStringLiteral("full.csv"), QStringLiteral("full.xlsx")}) {
            QTemporaryDir home; // a fresh log file, well under the limit
            const Result result =
                run(args(name), QStringLiteral("trap '' XFSZ; ulimit -f 64;"), home.path());
            QCOMPARE(result.code, 1);
            QVERIFY2(result.err.contains(m_out + QLatin1Char('/')), qPrintable(result.err));
            QCOMPARE(digest(), before);
            QCOMPARE(HandoffFixture::filesIn(m_out), QStringList());
        }
    }

    void aMissingStoreIsNotCreated()
    {
        const QString missing = m_fixture->dir() + QStringLiteral("/missing.sqlite");
        const Result result =
            run({QStringLiteral("export-handoff"), QStringLiteral("--db"), missing,
                 QStringLiteral("--out"), m_out + QStringLiteral("/x.csv")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QLatin1String("There is no store")), qPrintable(result.err));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestExportHandoff)
#include "tst_exporthandoff.moc"
