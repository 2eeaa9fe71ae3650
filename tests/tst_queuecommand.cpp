#include "QueueFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace QueueFixtures;

/// `leadscout queue`: the next leads in order with their reasons, held-back leads with why,
/// claiming nothing.
class TestQueueCommand : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    Result run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LEADSCOUT_HOME"), m_home.path());
        env.insert(QStringLiteral("LEADSCOUT_NOW"), tuesdayMorning().toString(Qt::ISODate));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LEADSCOUT_BINARY),
                      QStringList{QStringLiteral("queue")} + arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase() { Clock::setFixed(tuesdayMorning()); }

    void listsTheQueueWithReasons()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 now = Clock::nowSecs();
        const qint64 fresh = addLead(store, QStringLiteral("Anna"), QStringLiteral("Becker"),
                                     QStringLiteral("Becker GmbH"));
        set(store, fresh, QStringLiteral("created_at = ?"), {now - 5 * 3600});
        const qint64 scored = addLead(store, QStringLiteral("Jonas"), QStringLiteral("Weber"));
        set(store, scored, QStringLiteral("stage = 'working', total_score = 70"), {});
        const qint64 callback = addLead(store, QStringLiteral("Clara"), QStringLiteral("Schmidt"));
        set(store, callback,
            QStringLiteral("stage = 'working', next_action_kind = 'callback', next_action_at = ?"),
            {now - 600});
        const qint64 dnc = addLead(store, QStringLiteral("Ben"), QStringLiteral("Dnc"));
        set(store, dnc, QStringLiteral("do_not_call = 1"), {});
        const qint64 claimed = addLead(store, QStringLiteral("Eva"), QStringLiteral("Claimed"));
        set(store, claimed,
            QStringLiteral("claimed_by = 'jonas', claim_token = 't', claim_expires_at = ?"),
            {now + 600});
        fixture.close();

        const Result text = run({QStringLiteral("--db"), fixture.path()});
        QCOMPARE(text.code, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 7, qPrintable(text.out));
        QVERIFY(lines.at(0).contains(QStringLiteral("09:00–18:00, Mon–Fri")));
        QVERIFY2(lines.at(1).contains(QLatin1String("Clara Schmidt")) &&
                     lines.at(1).contains(QLatin1String("Callback due since")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral(
                     "Anna Becker (Becker GmbH) — New, waiting 5 h (SLA 4 h: overdue by 1 h)")),
                 qPrintable(lines.at(2)));
        QVERIFY(lines.at(3).contains(QLatin1String("Jonas Weber")) &&
                lines.at(3).contains(QLatin1String("Score 70")));
        QCOMPARE(lines.at(4), QStringLiteral("Held back:"));
        QVERIFY(text.out.contains(QStringLiteral("Ben Dnc (Acme GmbH) — Held back: do not call")));
        QVERIFY(text.out.contains(QLatin1String("Held back: claimed by jonas")));

        const Result json = run({QStringLiteral("--db"), fixture.path(), QStringLiteral("--json"),
                                 QStringLiteral("--rep"), QStringLiteral("jonas"),
                                 QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(json.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray queue = root.value(QStringLiteral("queue")).toArray();
        QCOMPARE(queue.size(), 2);
        QCOMPARE(queue.at(0).toObject().value(QStringLiteral("id")).toInteger(), callback);
        QCOMPARE(queue.at(0).toObject().value(QStringLiteral("lane")).toString(),
                 QStringLiteral("callback_due"));
        QCOMPARE(queue.at(1).toObject().value(QStringLiteral("position")).toInt(), 2);
        const QJsonArray held = root.value(QStringLiteral("heldBack")).toArray();
        QCOMPARE(held.size(), 1); // jonas's own claim is not held back from jonas
        QCOMPARE(held.at(0).toObject().value(QStringLiteral("heldBecause")).toString(),
                 QStringLiteral("do_not_call"));
        QCOMPARE(root.value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("maxAttempts"))
                     .toInt(),
                 6);

        // Nothing was claimed by looking.
        Store& again = fixture.reopen();
        QCOMPARE(
            Sql::scalar(again.db(),
                        QStringLiteral("SELECT count(*) FROM leads WHERE claimed_by IS NOT NULL"))
                .toInt(),
            1);
    }

    void badUsageAndMissingStore()
    {
        const Result limit =
            run({QStringLiteral("--db"), m_home.filePath(QStringLiteral("x.sqlite")),
                 QStringLiteral("--limit"), QStringLiteral("zero")});
        QCOMPARE(limit.code, 2);
        QVERIFY(limit.err.contains(QLatin1String("--limit needs a whole number")));
        for (const QString& huge : {QStringLiteral("10001"), QStringLiteral("2147483648"),
                                    QStringLiteral("4294967296")}) {
            const Result tooMany =
                run({QStringLiteral("--db"), m_home.filePath(QStringLiteral("x.sqlite")),
                     QStringLiteral("--limit"), huge});
            QCOMPARE(tooMany.code, 2);
            QVERIFY2(tooMany.err.contains(
                         QStringLiteral("--limit must be at most 10000, not \"%1\"").arg(huge)),
                     qPrintable(tooMany.err));
            QVERIFY(tooMany.err.contains(QLatin1String("Try 'leadscout queue --help'.")));
            QVERIFY(tooMany.out.isEmpty());
        }
        const Result extra = run({QStringLiteral("surplus")});
        QCOMPARE(extra.code, 2);
        QVERIFY(extra.err.contains(QLatin1String("unexpected argument \"surplus\"")));
        const Result missing =
            run({QStringLiteral("--db"), m_home.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("There is no store at")));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("none.sqlite"))));
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("--rep")));
    }
};

QTEST_GUILESS_MAIN(TestQueueCommand)
#include "tst_queuecommand.moc"
