#include "CliRun.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/// `leadscout merge` and `leadscout import-activities` as a script runs them: exit 0 on success,
/// 1 on a refusal or failure, 2 on bad usage, plain messages on standard error.
class TestMergeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<TestStore> m_store;
    qint64 m_anna = 0;
    qint64 m_twin = 0;

    CliRun run(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_store->path();
        return CliRun::run(arguments, m_home.path());
    }

    qint64 leadCount()
    {
        const qint64 n = LeadRepository(m_store->reopen()).count();
        m_store->close();
        return n;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        LeadRepository leads(m_store->store());
        m_anna = leads.create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                         QStringLiteral("Becker GmbH")),
                              QStringLiteral("mara"));
        Lead twin = sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"), {});
        twin.title = QStringLiteral("CTO");
        m_twin = leads.create(twin, QStringLiteral("mara"));
        m_store->close();
    }

    void mergesAndUndoes()
    {
        const CliRun merged =
            run({QStringLiteral("merge"), QStringLiteral("--keep"), QString::number(m_anna),
                 QStringLiteral("--merge"), QString::number(m_twin), QStringLiteral("--json")});
        QCOMPARE(merged.code, 0);
        const QJsonObject result = QJsonDocument::fromJson(merged.out).object();
        QCOMPARE(result.value(QStringLiteral("survivor")).toInteger(), m_anna);
        QCOMPARE(result.value(QStringLiteral("merged")).toArray().first().toInteger(), m_twin);
        // The survivor's company stays, the twin's title fills the survivor's blank.
        QVERIFY(result.value(QStringLiteral("fields_taken"))
                    .toArray()
                    .contains(QStringLiteral("title")));
        QVERIFY(!result.value(QStringLiteral("fields_taken"))
                     .toArray()
                     .contains(QStringLiteral("company")));
        QCOMPARE(leadCount(), 1);
        const Lead survivor = *LeadRepository(m_store->reopen()).find(m_anna);
        m_store->close();
        QCOMPARE(survivor.title, QStringLiteral("CTO"));
        QCOMPARE(survivor.company, QStringLiteral("Becker GmbH"));

        const qint64 mergeId = result.value(QStringLiteral("merge")).toInteger();
        const CliRun undone =
            run({QStringLiteral("merge"), QStringLiteral("--undo"), QString::number(mergeId)});
        QCOMPARE(undone.code, 0);
        QVERIFY(undone.outText().contains(QStringLiteral("undone")));
        QCOMPARE(leadCount(), 2);
        const CliRun twice =
            run({QStringLiteral("merge"), QStringLiteral("--undo"), QString::number(mergeId)});
        QCOMPARE(twice.code, 1);
        QVERIFY(twice.errText().contains(QStringLiteral("no merge")));
    }

    void refusesAndRejectsBadUsage()
    {
        const CliRun missing =
            run({QStringLiteral("merge"), QStringLiteral("--keep"), QString::number(m_anna),
                 QStringLiteral("--merge"), QStringLiteral("777")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.errText().contains(QStringLiteral("no lead 777")));
        const CliRun same =
            run({QStringLiteral("merge"), QStringLiteral("--keep"), QString::number(m_anna),
                 QStringLiteral("--merge"), QString::number(m_anna)});
        QCOMPARE(same.code, 1);
        QVERIFY(same.errText().contains(QStringLiteral("named twice")));
        QCOMPARE(
            run({QStringLiteral("merge"), QStringLiteral("--keep"), QString::number(m_anna)}).code,
            2);
        const CliRun word =
            run({QStringLiteral("merge"), QStringLiteral("--keep"), QStringLiteral("anna"),
                 QStringLiteral("--merge"), QString::number(m_twin)});
        QCOMPARE(word.code, 2);
        QVERIFY(word.errText().contains(QStringLiteral("lead number")));
        QCOMPARE(run({QStringLiteral("merge"), QStringLiteral("--undo"), QStringLiteral("1"),
                      QStringLiteral("--keep"), QStringLiteral("1")})
                     .code,
                 2);
        QCOMPARE(leadCount(), 2);
    }

    void importsActivities()
    {
        const QString file = m_home.path() + QStringLiteral("/activities.csv");
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Email;Activity;Date;Title\n"
                  "anna.becker@example.com;webinar;2026-11-20;Cloud\n"
                  "nobody@example.com;download;2026-11-20;Guide\n");
        csv.close();
        const CliRun dry = run({QStringLiteral("import-activities"), file,
                                QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.code, 0);
        QCOMPARE(
            QJsonDocument::fromJson(dry.out).object().value(QStringLiteral("imported")).toInt(), 1);
        const CliRun real = run({QStringLiteral("import-activities"), file});
        QCOMPARE(real.code, 0);
        QVERIFY(real.outText().contains(QStringLiteral("1 activities imported")));
        QVERIFY(real.outText().contains(QStringLiteral("Row 3, column Email")));
        QCOMPARE(run({QStringLiteral("import-activities")}).code, 2);
        const CliRun absent =
            run({QStringLiteral("import-activities"), m_home.path() + QStringLiteral("/none.csv")});
        QCOMPARE(absent.code, 1);
        QVERIFY(absent.errText().contains(QStringLiteral("does not exist")));
        const QString events = QStringLiteral("SELECT count(*) FROM interest_events");
        QCOMPARE(Sql::scalar(m_store->reopen().db(), events).toInt(), 1);
        m_store->close();
    }
};

QTEST_GUILESS_MAIN(TestMergeCli)
#include "tst_mergecli.moc"
