#include "CliRun.h"
#include "NurtureFixture.h"
#include "nurture/StepCompletion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// `leadscout nurture` and `leadscout nurture-done` through the real binary, as a script runs
/// them: the due list (text and JSON), recording a response that moves the score, and bad input
/// refused with its exit code and a message that says what is wrong.
class TestNurtureCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<NurtureFixture> f;
    QTemporaryDir m_home;
    QString m_db;
    qint64 m_lead = 0;
    qint64 m_firstStep = 0;
    qint64 m_laterStep = 0;

    CliRun leadscout(const QStringList& arguments)
    {
        QProcessEnvironment env = CliRun::environment(m_home.path());
        env.insert(QStringLiteral("LEADSCOUT_NOW"), QStringLiteral("2026-03-02T09:00:00Z"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return CliRun::run(arguments, m_home.path(), env);
    }

    static QStringList args(std::initializer_list<const char*> words)
    {
        QStringList list;
        for (const char* word : words)
            list.append(QString::fromUtf8(word));
        return list;
    }

    QString db() const { return m_db; }

private slots:
    void init()
    {
        f = std::make_unique<NurtureFixture>();
        m_lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(m_lead, QStringLiteral("awareness-overview"));
        const auto steps = NurturePlans(f->store()).plan(planId)->steps;
        QVERIFY(steps.size() >= 2);
        m_firstStep = steps.first().id;
        m_laterStep = steps.last().id;
        QVERIFY(steps.last().dueAt > Clock::nowSecs() + 7 * 86400);
        f->fixture().close();
        m_db = f->fixture().path();
    }
    void cleanup() { f.reset(); }

    void listsTheStepsDueToday()
    {
        const CliRun result = leadscout({QStringLiteral("nurture"), QStringLiteral("--db"), db()});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QVERIFY2(result.outText().contains(QStringLiteral("step %1 ").arg(m_firstStep)),
                 result.out.constData());
        QVERIFY(result.outText().contains(QLatin1String("Anna")));
        QVERIFY(!result.outText().contains(QStringLiteral("step %1 ").arg(m_laterStep)));
    }

    void listsAsJsonForARep()
    {
        const CliRun result =
            leadscout({QStringLiteral("nurture"), QStringLiteral("--db"), db(),
                       QStringLiteral("--rep"), NurtureFixture::rep, QStringLiteral("--due"),
                       QStringLiteral("week"), QStringLiteral("--json")});
        QCOMPARE(result.code, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
        QCOMPARE(doc.object().value(QStringLiteral("due")).toString(), QStringLiteral("week"));
        const QJsonArray steps = doc.object().value(QStringLiteral("steps")).toArray();
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.first().toObject().value(QStringLiteral("step")).toInteger(), m_firstStep);
        QCOMPARE(steps.first().toObject().value(QStringLiteral("lead")).toInteger(), m_lead);
        for (const QJsonValue& step : steps)
            QVERIFY(step.toObject().value(QStringLiteral("step")).toInteger() != m_laterStep);
    }

    void nothingIsOverdueYet()
    {
        const CliRun result = leadscout({QStringLiteral("nurture"), QStringLiteral("--db"), db(),
                                         QStringLiteral("--due"), QStringLiteral("overdue")});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.outText().contains(QLatin1String("No step is due.")),
                 result.out.constData());
    }

    void refusesBadListOptions()
    {
        CliRun result = leadscout({QStringLiteral("nurture"), QStringLiteral("--db"), db(),
                                   QStringLiteral("--due"), QStringLiteral("tomorrow")});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.errText().contains(
                     QLatin1String("--due must be today, overdue or week, not \"tomorrow\"")),
                 result.err.constData());
        QVERIFY(result.out.isEmpty());

        result = leadscout({QStringLiteral("nurture"), QStringLiteral("--db"), db(),
                            QStringLiteral("--rep"), QStringLiteral("nobody")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.errText().contains(QLatin1String("There is no rep \"nobody\"")),
                 result.err.constData());
    }

    void recordsAResponse()
    {
        const CliRun result = leadscout({QStringLiteral("nurture-done"), QStringLiteral("--db"),
                                         db(), QStringLiteral("--step"),
                                         QString::number(m_firstStep), QStringLiteral("--response"),
                                         QStringLiteral("downloaded"), QStringLiteral("--json")});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QStringLiteral("step")).toInteger(), m_firstStep);
        QCOMPARE(json.value(QStringLiteral("lead")).toInteger(), m_lead);
        QVERIFY(json.value(QStringLiteral("interestEvent")).toInteger() > 0);
        QVERIFY(json.value(QStringLiteral("scoreAfter")).toInt() >
                json.value(QStringLiteral("scoreBefore")).toInt());

        // The store holds what the command said.
        Store& store = f->fixture().reopen();
        QCOMPARE(Sql::scalar(store.db(),
                             QStringLiteral("SELECT response FROM nurture_steps WHERE id = ?"),
                             {m_firstStep})
                     .toString(),
                 QStringLiteral("downloaded"));
        QCOMPARE(LeadScores::find(store, m_lead)->total,
                 json.value(QStringLiteral("scoreAfter")).toInt());
        f->fixture().close();

        // Once only; the step is no longer due.
        const CliRun again = leadscout(
            {QStringLiteral("nurture-done"), QStringLiteral("--db"), db(), QStringLiteral("--step"),
             QString::number(m_firstStep), QStringLiteral("--response"), QStringLiteral("opened")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.errText().contains(
                     QStringLiteral("Step %1 was recorded already.").arg(m_firstStep)),
                 again.err.constData());
        const CliRun list = leadscout({QStringLiteral("nurture"), QStringLiteral("--db"), db()});
        QVERIFY(!list.outText().contains(QStringLiteral("step %1 ").arg(m_firstStep)));
    }

    void recordsInText()
    {
        const CliRun result =
            leadscout({QStringLiteral("nurture-done"), QStringLiteral("--db"), db(),
                       QStringLiteral("--step"), QString::number(m_firstStep),
                       QStringLiteral("--response"), QStringLiteral("no_reaction"),
                       QStringLiteral("--note"), QStringLiteral("on holiday")});
        QCOMPARE(result.code, 0);
        QVERIFY2(
            result.outText().startsWith(QStringLiteral("Step %1 recorded (No reaction): lead #%2")
                                            .arg(m_firstStep)
                                            .arg(m_lead)),
            result.out.constData());
    }

    void refusesAnUnknownStep()
    {
        const CliRun result = leadscout({QStringLiteral("nurture-done"), QStringLiteral("--db"),
                                         db(), QStringLiteral("--step"), QStringLiteral("99999"),
                                         QStringLiteral("--response"), QStringLiteral("opened")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.errText().contains(QLatin1String("There is no nurture step 99999.")),
                 result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void refusesABadStepId()
    {
        const CliRun result = leadscout({QStringLiteral("nurture-done"), QStringLiteral("--db"),
                                         db(), QStringLiteral("--step"), QStringLiteral("first"),
                                         QStringLiteral("--response"), QStringLiteral("opened")});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.errText().contains(QLatin1String("--step needs a whole number")),
                 result.err.constData());
    }

    void refusesABadResponseKind()
    {
        const QByteArray before = fileHash(db());
        CliRun result = leadscout({QStringLiteral("nurture-done"), QStringLiteral("--db"), db(),
                                   QStringLiteral("--step"), QString::number(m_firstStep),
                                   QStringLiteral("--response"), QStringLiteral("liked")});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.errText().contains(QLatin1String("--response must be one of opened, "
                                                         "clicked, downloaded, replied, attended, "
                                                         "no_reaction, not \"liked\"")),
                 result.err.constData());
        result = leadscout({QStringLiteral("nurture-done"), QStringLiteral("--db"), db(),
                            QStringLiteral("--step"), QString::number(m_firstStep)});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.errText().contains(QLatin1String("--response is required")),
                 result.err.constData());
        result = leadscout({QStringLiteral("nurture-done"), QStringLiteral("--db"), db(),
                            QStringLiteral("--response"), QStringLiteral("opened")});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.errText().contains(QLatin1String("--step is required")),
                 result.err.constData());
        QCOMPARE(fileHash(db()), before);
    }

    void refusesAMissingStore()
    {
        for (const char* command : {"nurture", "nurture-done"}) {
            QStringList arguments{QString::fromLatin1(command)};
            if (QByteArray(command) == "nurture-done")
                arguments << QStringLiteral("--step") << QString::number(m_firstStep)
                          << QStringLiteral("--response") << QStringLiteral("opened");
            const CliRun result = leadscout(arguments);
            QVERIFY2(result.code != 0, command);
            QVERIFY2(!result.err.isEmpty(), command);
            QVERIFY(result.out.isEmpty());
        }
        // A --db that does not exist is not created.
        const QString missing = m_home.filePath(QStringLiteral("missing.sqlite"));
        const CliRun result =
            leadscout({QStringLiteral("nurture"), QStringLiteral("--db"), missing});
        QCOMPARE(result.code, 1);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestNurtureCli)
#include "tst_nurturecli.moc"
