#include "LeadRecordFixture.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "leads/LeadTables.h"
#include "scoring/LeadScores.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

/// add-lead, erase and disclose, run as a script runs them: the real binary, exit codes and
/// messages (0 success, 1 failure or refused data, 2 bad usage).
class TestLeadCommands : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code;
        QString out;
        QString err;
    };

    Result run(QStringList arguments) { return runOn(m_store->path(), std::move(arguments)); }

    Result runOn(const QString& db, QStringList arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("LEADSCOUT_HOME"), m_home.path());
        env.insert(QStringLiteral("LEADSCOUT_NOW"), QStringLiteral("2026-11-23T10:00:00Z"));
        process.setProcessEnvironment(env);
        arguments << QStringLiteral("--db") << db;
        process.start(QStringLiteral(LEADSCOUT_BINARY), arguments);
        process.closeWriteChannel(); // no one at a terminal to answer
        if (!process.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    qint64 leadCount()
    {
        m_store->reopen();
        const qint64 n = LeadRepository(m_store->store()).count();
        m_store->close();
        return n;
    }

    static QStringList args(std::initializer_list<const char*> list)
    {
        QStringList result;
        for (const char* arg : list)
            result.append(QString::fromUtf8(arg));
        return result;
    }

    QTemporaryDir m_home;
    std::unique_ptr<TestStore> m_store;

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        m_store->close();
    }

    void addLeadEntersANewLead()
    {
        Reps::idFor(m_store->reopen(), QStringLiteral("tom")); // a rep of the team
        m_store->close();
        const Result added =
            run(args({"add-lead", "--email", " Anna.Becker@example.com ", "--phone", "030 901820",
                      "--first-name", "Anna", "--last-name", "Becker", "--company", "Becker GmbH",
                      "--source", "trade_fair", "--owner", "tom", "--json"}));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QJsonObject result = QJsonDocument::fromJson(added.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("added")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("stage")).toString(), QStringLiteral("new"));
        Store& store = m_store->reopen();
        const Lead lead =
            *LeadRepository(store).find(result.value(QStringLiteral("id")).toInteger());
        QCOMPARE(lead.email, QStringLiteral("Anna.Becker@example.com"));
        QCOMPARE(lead.phoneE164, QStringLiteral("+4930901820"));
        QCOMPARE(lead.source, SourceChannel::TradeFair);
        QCOMPARE(lead.country, QStringLiteral("DE"));
        QCOMPARE(lead.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(LeadRepository(store).stageHistory(lead.id).size(), 1);
        QVERIFY(Reps::names(store).contains(QStringLiteral("tom")));
        // Scored at once with the active rules, in the same transaction as the insert.
        const std::optional<StoredScore> score = LeadScores::find(store, lead.id);
        QCOMPARE(score->ruleVersion, std::optional<int>(1));
        QVERIFY(!score->grade.isEmpty());
        QVERIFY(score->scoredAt.has_value());
        m_store->close();
        // In the queue at once, among the new leads.
        const Result queue = run(args({"queue", "--json"}));
        QVERIFY2(queue.code == 0, qPrintable(queue.err));
        QVERIFY2(queue.out.contains(QLatin1String("Anna Becker")), qPrintable(queue.out));
    }

    void invalidDataIsRefusedWithTheFieldNamed()
    {
        Result result = run(args({"add-lead", "--email", "anna@"}));
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QLatin1String("E-mail: \"anna@\" has nothing after the @.")),
                 qPrintable(result.err));
        result = run(args({"add-lead", "--email", "anna@example.com", "--phone", "12", "--json"}));
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(QLatin1String("Phone: \"12\" cannot be dialled")));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("problems"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("phone")));
        QCOMPARE(leadCount(), 0);
    }

    void badUsageIsExitTwo()
    {
        Result result = run(args({"add-lead", "--first-name", "Anna"}));
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QLatin1String("give --email or --phone")));
        result = run(args({"add-lead", "--email", "a@b.example", "--source", "fax"}));
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QLatin1String("--source: Source channel: \"fax\"")));
        result = run(args({"add-lead", "--email", "a@b.example", "--employees", "many"}));
        QCOMPARE(result.code, 2);
        for (const char* option : {"--email", "--phone"}) {
            result = run(QStringList{QStringLiteral("add-lead"), QString::fromLatin1(option),
                                     QStringLiteral(" ")});
            QCOMPARE(result.code, 2);
            QVERIFY2(result.err.contains(
                         QStringLiteral("%1 needs a value").arg(QString::fromLatin1(option))),
                     qPrintable(result.err));
        }
        result = run(args({"erase", "--yes"}));
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QLatin1String("give either --lead ID or --email ADDRESS")));
        result = run(args({"erase", "--lead", "1", "--email", "a@b.example"}));
        QCOMPARE(result.code, 2);
        result = run(args({"erase", "--lead", "first"}));
        QCOMPARE(result.code, 2);
        result = run(args({"disclose", "--lead", "1"}));
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QLatin1String("--out FILE.json is required")));
        QCOMPARE(leadCount(), 0);
    }

    void anUnknownOwnerIsRefusedNotCreated()
    {
        Result result =
            run(args({"add-lead", "--email", "a@b.example", "--owner", "tmo", "--rep", "mara"}));
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QLatin1String("Owner: there is no rep named \"tmo\"")),
                 qPrintable(result.err));
        QCOMPARE(leadCount(), 0);
        // The rep at the keyboard may own the lead before they have entered anything else.
        result =
            run(args({"add-lead", "--email", "a@b.example", "--owner", "mara", "--rep", "mara"}));
        QVERIFY2(result.code == 0, qPrintable(result.err));
        Store& store = m_store->reopen();
        QCOMPARE(Reps::names(store), QStringList{QStringLiteral("mara")});
        m_store->close();
    }

    void aMissingStoreIsNotCreated()
    {
        const QString missing = m_home.filePath(QStringLiteral("typo/leads.sqlite"));
        const Result result = runOn(missing, args({"add-lead", "--email", "a@b.example"}));
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("There is no store at %1").arg(missing)),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QDir(m_home.filePath(QStringLiteral("typo"))).exists());
    }

    void duplicatesAreReportedNotAdded()
    {
        QCOMPARE(run(args({"add-lead", "--email", "anna@becker.example", "--phone", "030 901820",
                           "--first-name", "Anna", "--last-name", "Becker"}))
                     .code,
                 0);
        Result result = run(args({"add-lead", "--email", "ANNA@becker.example"}));
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QLatin1String("Likely duplicate of Anna Becker (lead 1, "
                                                   "New): same e-mail address")),
                 qPrintable(result.err));
        result = run(args({"add-lead", "--phone", "+49 30 901820", "--first-name", "A.",
                           "--last-name", "Becker", "--json"}));
        QCOMPARE(result.code, 1);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                     .object()
                     .value(QStringLiteral("duplicates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("reason")),
                 QJsonValue(QStringLiteral("same_phone_and_name")));
        QCOMPARE(leadCount(), 1);
        // A colleague on the same switchboard number is a new lead.
        result = run(args({"add-lead", "--phone", "030 901820", "--first-name", "Jonas",
                           "--last-name", "Weber"}));
        QVERIFY2(result.code == 0, qPrintable(result.err));
        // Asked for, a duplicate is added with a warning.
        result = run(args({"add-lead", "--email", "anna@becker.example", "--allow-duplicate"}));
        QCOMPARE(result.code, 0);
        QVERIFY(result.err.contains(QLatin1String("Warning: Likely duplicate of Anna Becker")));
        QCOMPARE(leadCount(), 3);
    }

    void eraseShowsWhatGoesThenErasesWithYes()
    {
        m_store->reopen();
        const auto subject = LeadRecordFixture::create(
            m_store->store(), QStringLiteral("Zacharias"), QStringLiteral("Quellmeyer"),
            QStringLiteral("Quellmeyer Analytik GmbH"), QStringLiteral("+49 89 21801234"),
            QStringLiteral("XQZMARKER"), QStringLiteral("HB-1"));
        m_store->close();

        Result result = run(args({"erase", "--email", "ZACHARIAS.quellmeyer@example.com"}));
        QCOMPARE(result.code, 1);
        QVERIFY2(result.out.contains(QLatin1String("Erase lead 1, Zacharias Quellmeyer")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("2 calls (1 with notes)")));
        QVERIFY(result.err.contains(QLatin1String("Nothing was erased. Run again with --yes")));
        QCOMPARE(leadCount(), 1);

        result = run(args({"erase", "--lead", "1", "--yes", "--json"}));
        QVERIFY2(result.code == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("leads_erased")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("rows")).toObject().value(QStringLiteral("calls")),
                 QJsonValue(2));
        QCOMPARE(json.value(QStringLiteral("log_cleared")).toBool(), true);
        QCOMPARE(leadCount(), 0);

        result = run(args({"add-lead", "--email", subject.lead.email.toUtf8().constData()}));
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QLatin1String("This person was erased on request on "
                                                   "2026-11-23 (same e-mail address).")),
                 qPrintable(result.err));
        QCOMPARE(leadCount(), 0);

        result = run(args({"erase", "--lead", "1", "--yes"}));
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(QLatin1String("No lead matches lead 1; nothing was erased.")));

        // Someone else reached on the erased person's number now: said so, but added.
        result = run(args({"add-lead", "--phone", "089 21801234", "--first-name", "Peter",
                           "--last-name", "Lustig", "--json"}));
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("Warning: A person erased on request on "
                                                   "2026-11-23 had this phone number.")),
                 qPrintable(result.err));
        QVERIFY(!result.err.contains(QLatin1String("This person")));
        const QJsonObject added = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(added.value(QStringLiteral("added")).toBool(), true);
        QCOMPARE(added.value(QStringLiteral("phone_of_person_erased_on_request")).toString(),
                 QStringLiteral("2026-11-23"));
        QVERIFY(!added.contains(QStringLiteral("erased_on_request")));
        QCOMPARE(leadCount(), 1);
        // The e-mail address still stops the person coming back, whatever the number.
        result = run(QStringList{QStringLiteral("add-lead"), QStringLiteral("--email"),
                                 subject.lead.email, QStringLiteral("--phone"),
                                 QStringLiteral("089 21801234")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QLatin1String("This person was erased on request on "
                                                   "2026-11-23 (same e-mail address and phone).")),
                 qPrintable(result.err));
        QCOMPARE(leadCount(), 1);
    }

    void discloseWritesJsonAndHtml()
    {
        m_store->reopen();
        LeadRecordFixture::create(m_store->store(), QStringLiteral("Zacharias"),
                                  QStringLiteral("Quellmeyer"), QStringLiteral("Quellmeyer GmbH"),
                                  QStringLiteral("+49 89 21801234"), QStringLiteral("XQZMARKER"),
                                  QStringLiteral("HB-1"));
        m_store->close();
        const QString json = m_home.filePath(QStringLiteral("out/zq.json"));
        QDir().mkpath(m_home.filePath(QStringLiteral("out")));
        Result result = run({QStringLiteral("disclose"), QStringLiteral("--email"),
                             QStringLiteral("zacharias.quellmeyer@EXAMPLE.com"),
                             QStringLiteral("--out"), json});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(m_home.filePath(QStringLiteral("out/zq.html"))));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject lead = root.value(QStringLiteral("leads"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("lead"))
                                     .toObject();
        QCOMPARE(lead.value(QStringLiteral("last_name")), QJsonValue(QStringLiteral("Quellmeyer")));
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("out/zq.html"))));

        const QString other = m_home.filePath(QStringLiteral("out/none.json"));
        result = run({QStringLiteral("disclose"), QStringLiteral("--lead"), QStringLiteral("77"),
                      QStringLiteral("--out"), other});
        QCOMPARE(result.code, 1);
        QVERIFY(
            result.err.contains(QLatin1String("No lead matches lead 77; nothing was written.")));
        QVERIFY(!QFile::exists(other));
    }
};

QTEST_GUILESS_MAIN(TestLeadCommands)
#include "tst_leadcommands.moc"
