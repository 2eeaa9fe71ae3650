#include "QueueFixtures.h"
#include "domain/TeamSettings.h"
#include "items/QueueModel.h"
#include "queue/CallLog.h"
#include "queue/ClaimService.h"
#include "queue/QueueQuery.h"

#include <QProcess>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace QueueFixtures;

/// A team on one server: many reps (real processes, each with its own connection) take leads
/// from one queue, claims of a killed client expire, and what one process changes reaches
/// another's open queue through the server's notifications.
class TestTeamQueue : public QObject
{
    Q_OBJECT

    /// A rep in a process of its own (tests/helpers/queue_claimer), at the tests' fixed time.
    static std::unique_ptr<QProcess> startRep(const QString& store, const QString& rep, int count,
                                              const QString& mode)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEADSCOUT_NOW"), tuesdayMorning().toString(Qt::ISODate));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(QUEUE_CLAIMER), {store, rep, QString::number(count), mode});
        return process;
    }

    /// Starts a rep that claims the next lead and holds it; gives back the lead's id.
    static qint64 holdNextLead(QProcess& process)
    {
        while (!process.canReadLine())
            if (!process.waitForReadyRead(30000))
                return -1;
        return process.readLine().trimmed().toLongLong();
    }

    static void addLeads(Store& store, int count)
    {
        WriteTransaction transaction(store);
        LeadRepository leads(store);
        const qint64 rep = Reps::idFor(store, QStringLiteral("mara"));
        for (int i = 0; i < count; ++i)
            leads.createInTransaction(
                sampleLead(QStringLiteral("L%1").arg(i), QStringLiteral("X"), QStringLiteral("C")),
                rep);
        transaction.commit();
    }

    static qint64 percentile(QList<qint64> values, int percent)
    {
        std::sort(values.begin(), values.end());
        return values.at(std::min<qsizetype>(values.size() - 1, values.size() * percent / 100));
    }

    /// Prints the percentiles of "next lead" (the figure for the notes, not an assertion).
    static void report(const QString& what, const QList<qint64>& micros)
    {
        qInfo("next lead, %s, %lld claims: p50 %.2f ms, p95 %.2f ms", qPrintable(what),
              static_cast<long long>(micros.size()), double(percentile(micros, 50)) / 1000.0,
              double(percentile(micros, 95)) / 1000.0);
    }

private slots:
    void init() { Clock::setFixed(tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void twentyRepsNeverShareALeadAndSkipNone()
    {
        TestStore fixture;
        Store& store = fixture.store();
        constexpr int reps = 20;
        constexpr int perRep = 50;
        constexpr int handedOut = reps * perRep;
        addLeads(store, handedOut + 50);
        // The leads in queue order: with each lead called once (and back only hours later), the
        // reps together must take exactly the first ones, whatever the interleaving.
        const QList<QueueRow> order =
            QueueQuery(store, QueueContext::build(store, QString(), QString())).callable(handedOut);
        QCOMPARE(order.size(), handedOut);

        std::vector<std::unique_ptr<QProcess>> running;
        for (int r = 0; r < reps; ++r)
            running.push_back(startRep(fixture.path(), QStringLiteral("rep%1").arg(r), perRep,
                                       QStringLiteral("calls")));
        QHash<qint64, QString> takenBy;
        QHash<QString, qint64> lastOf;
        QList<qint64> micros;
        for (int r = 0; r < reps; ++r) {
            QProcess& process = *running.at(r);
            const QString rep = QStringLiteral("rep%1").arg(r);
            QVERIFY(process.waitForFinished(180000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() != 2)
                    continue;
                const qint64 id = words.at(0).toLongLong();
                QVERIFY2(id > 0, "a rep found no lead although callable leads were left");
                QVERIFY2(!takenBy.contains(id),
                         qPrintable(QStringLiteral("lead %1 went to %2 and %3")
                                        .arg(id)
                                        .arg(takenBy.value(id), rep)));
                takenBy.insert(id, rep);
                lastOf.insert(rep, id);
                micros.append(words.at(1).toLongLong());
            }
        }
        QCOMPARE(takenBy.size(), handedOut);
        for (const QueueRow& row : order)
            QVERIFY2(takenBy.contains(row.id),
                     qPrintable(QStringLiteral("lead %1 was skipped").arg(row.id)));

        // What the store holds agrees: one call per lead, by the rep it was handed to, and only
        // each rep's last lead is still claimed, by that rep.
        CallLog log(store);
        for (auto it = takenBy.cbegin(); it != takenBy.cend(); ++it) {
            const QList<CallEntry> calls = log.calls(it.key());
            QCOMPARE(calls.size(), 1);
            QCOMPARE(calls.first().repName, it.value());
        }
        QSqlQuery claimed = Sql::exec(
            store.db(), QStringLiteral("SELECT id, claimed_by FROM leads WHERE claimed_by IS NOT"
                                       " NULL ORDER BY id"));
        int claims = 0;
        while (claimed.next()) {
            ++claims;
            QCOMPARE(lastOf.value(claimed.value(1).toString()), claimed.value(0).toLongLong());
        }
        QCOMPARE(claims, reps);

        report(QStringLiteral("%1 reps at once").arg(reps), micros);

        // For comparison: one rep alone takes the 50 leads left.
        const std::unique_ptr<QProcess> alone =
            startRep(fixture.path(), QStringLiteral("solo"), 50, QStringLiteral("calls"));
        QVERIFY(alone->waitForFinished(60000));
        QCOMPARE(alone->exitCode(), 0);
        QList<qint64> aloneMicros;
        for (const QByteArray& line : alone->readAllStandardOutput().split('\n'))
            if (const QList<QByteArray> words = line.split(' '); words.size() == 2) {
                QVERIFY2(words.at(0).toLongLong() > 0, "the rep alone found no lead");
                aloneMicros.append(words.at(1).toLongLong());
            }
        QCOMPARE(aloneMicros.size(), 50);
        report(QStringLiteral("one rep alone"), aloneMicros);
    }

    void aKilledRepsClaimIsFreeWhenItExpires()
    {
        TestStore fixture;
        Store& store = fixture.store();
        TeamSettings(store).setClaimMinutes(5);
        const qint64 lead = addLead(store, QStringLiteral("Ada"), QStringLiteral("Held"));
        const std::unique_ptr<QProcess> rep =
            startRep(fixture.path(), QStringLiteral("jonas"), 1, QStringLiteral("hold"));
        QCOMPARE(holdNextLead(*rep), lead);
        rep->kill();
        QVERIFY(rep->waitForFinished(30000));

        ClaimService mara(store, QStringLiteral("mara"), ClaimService::newSessionToken());
        QCOMPARE(mara.claimNext(), std::nullopt); // the killed client's claim still holds
        QVERIFY(!mara.claim(lead));
        QCOMPARE(mara.claimOf(lead).claimedBy, QStringLiteral("jonas"));
        Clock::advance(5 * 60);
        QCOMPARE(mara.claimNext(), std::optional<qint64>(lead));
        QVERIFY(mara.claimOf(lead).ownedByMe);
    }

    void anotherProcessesChangeReachesTheOpenQueue()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("Ada"), QStringLiteral("Seen"));
        QueueModel model(store);
        model.refresh();
        const auto claimedBy = [&] {
            const int row = model.rowOfLead(lead);
            return row < 0 ? QString() : model.rowAt(row)->claimedBy;
        };
        QCOMPARE(claimedBy(), QString());
        // As the queue view does: refresh on the store's change signals, nothing else.
        int refreshes = 0;
        connect(store.events(), &StoreEvents::leadChanged, &model, [&](qint64 id) {
            QCOMPARE(id, lead);
            ++refreshes;
            model.refresh();
        });
        const std::unique_ptr<QProcess> rep =
            startRep(fixture.path(), QStringLiteral("jonas"), 1, QStringLiteral("hold"));
        QCOMPARE(holdNextLead(*rep), lead);
        QTRY_VERIFY_WITH_TIMEOUT(claimedBy() == QLatin1String("jonas"), 3000);
        QVERIFY(refreshes >= 1);
        rep->kill();
        QVERIFY(rep->waitForFinished(30000));
    }

    void ownChangesAreNotDeliveredTwice()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("Ada"), QStringLiteral("Once"));
        int changes = 0;
        connect(store.events(), &StoreEvents::leadChanged, this, [&] { ++changes; });
        ClaimService mara(store, QStringLiteral("mara"), ClaimService::newSessionToken());
        QVERIFY(mara.claim(lead));
        QCOMPARE(changes, 1); // at commit, from this process
        QTest::qWait(500);    // the server's notification of it arrives and is ignored
        QCOMPARE(changes, 1);
    }

    void notificationsComeBackAfterALostConnection()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("Ada"), QStringLiteral("Again"));
        store.db().close(); // as Sql::fail does when the server is gone
        QVERIFY(Sql::scalar(store.db(), QStringLiteral("SELECT 1")).isValid()); // reconnects
        QSet<qint64> seen;
        connect(store.events(), &StoreEvents::leadChanged, this,
                [&](qint64 id) { seen.insert(id); });
        const std::unique_ptr<QProcess> rep =
            startRep(fixture.path(), QStringLiteral("jonas"), 1, QStringLiteral("hold"));
        QCOMPARE(holdNextLead(*rep), lead);
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(lead), 3000);
        rep->kill();
        QVERIFY(rep->waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestTeamQueue)
#include "tst_teamqueue.moc"
