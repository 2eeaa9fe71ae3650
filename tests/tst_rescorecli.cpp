#include "TestStore.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "scoring/LeadScores.h"
#include "scoring/ScoringRulesRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

/// `leadscout rescore` as a script (or a team lead's batch job) runs it.
class TestRescoreCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    Result leadscout(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEADSCOUT_HOME"), m_home.path());
        env.insert(QStringLiteral("LEADSCOUT_NOW"), QStringLiteral("2026-03-02T09:00:00Z"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LEADSCOUT_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString storeWithLeads(TestStore& fixture)
    {
        LeadRepository leads(fixture.store());
        for (const char* name : {"Anna", "Jonas", "Mia"}) {
            Lead lead = sampleLead(QString::fromLatin1(name), QStringLiteral("Test"),
                                   QStringLiteral("Test GmbH"));
            lead.employees = 300;
            leads.create(lead, QStringLiteral("mara"));
        }
        fixture.close();
        return fixture.path();
    }

private slots:
    void rescoresEveryLead()
    {
        TestStore fixture;
        const QString db = storeWithLeads(fixture);
        const Result result = leadscout({QStringLiteral("rescore"), QStringLiteral("--db"), db});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.startsWith(QLatin1String("Rescored 3 leads with rule version 1")),
                 qPrintable(result.out + result.err));
        Store& store = fixture.reopen();
        QCOMPARE(*LeadScores::find(store, 1)->ruleVersion, 1);
        QCOMPARE(LeadScores::find(store, 1)->fit, 30); // a large company, default rules
    }

    void newRulesFromAFileBecomeTheNextVersion()
    {
        TestStore fixture;
        const QString db = storeWithLeads(fixture);
        const Result printed = leadscout({QStringLiteral("rescore"), QStringLiteral("--db"), db,
                                          QStringLiteral("--print-rules")});
        QCOMPARE(printed.code, 0);
        ScoringRules rules;
        QString error;
        QVERIFY2(ScoringRules::fromJson(printed.out.toUtf8(), rules, &error), qPrintable(error));
        rules.employeeBands[3].points = 35;
        const QString file = fixture.dir() + QStringLiteral("/rules.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(rules.toJson());
        out.close();

        const Result result =
            leadscout({QStringLiteral("rescore"), QStringLiteral("--db"), db,
                       QStringLiteral("--rules"), file, QStringLiteral("--note"),
                       QStringLiteral("large companies count more"), QStringLiteral("--json")});
        QCOMPARE(result.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("leads")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("rule_version")).toInt(), 2);
        QVERIFY(json.value(QStringLiteral("new_version")).toBool());
        Store& store = fixture.reopen();
        QCOMPARE(LeadScores::find(store, 2)->fit, 35);
        QCOMPARE(ScoringRulesRepository(store).versions().first().note,
                 QStringLiteral("large companies count more"));
    }

    void badRulesChangeNothing()
    {
        TestStore fixture;
        const QString db = storeWithLeads(fixture);
        const QString file = fixture.dir() + QStringLiteral("/bad.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"fit": {"industry": {"mining": 5}}})");
        out.close();
        const Result result = leadscout({QStringLiteral("rescore"), QStringLiteral("--db"), db,
                                         QStringLiteral("--rules"), file});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(file) &&
                     result.err.contains(QLatin1String("fit.industry: unknown key \"mining\"")),
                 qPrintable(result.err));
        // The leads keep the score they were given when they were entered, with version 1.
        Store& store = fixture.reopen();
        QCOMPARE(ScoringRulesRepository(store).versions().size(), 1);
        QCOMPARE(LeadScores::find(store, 1)->ruleVersion, std::optional<int>(1));
        QCOMPARE(LeadScores::find(store, 1)->fit, 30);
    }

    void usageErrors()
    {
        TestStore fixture;
        const QString db = storeWithLeads(fixture);
        QCOMPARE(leadscout({QStringLiteral("rescore"), QStringLiteral("--db"), db,
                            QStringLiteral("--note"), QStringLiteral("x")})
                     .code,
                 2);
        QCOMPARE(leadscout({QStringLiteral("rescore"), QStringLiteral("--db"), db,
                            QStringLiteral("extra")})
                     .code,
                 2);
        const Result missing = leadscout({QStringLiteral("rescore"), QStringLiteral("--db"),
                                          fixture.dir() + QStringLiteral("/none.sqlite")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("There is no store")));
    }
};

QTEST_GUILESS_MAIN(TestRescoreCli)
#include "tst_rescorecli.moc"
