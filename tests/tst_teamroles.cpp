#include "CliRun.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "leads/LeadEditor.h"
#include "team/TeamMembers.h"

#include <QTest>

namespace {

/// The test store's URL with another login.
QString asLogin(const QString& url, const QString& login)
{
    QUrl copy(url);
    copy.setUserName(login);
    return copy.toString();
}

/// Runs raw SQL as a client program would; the server's error text, empty when it ran.
QString rawSql(Store& store, const QString& sql)
{
    QSqlQuery query(store.db());
    return query.exec(sql) ? QString() : query.lastError().text();
}

} // namespace

/// Team roles: a rep's login is refused by the server what only a team lead may do.
class TestTeamRoles : public QObject
{
    Q_OBJECT

private slots:
    void onSqliteTheOneUserIsATeamLead()
    {
        if (!TestStore::postgresServer().isEmpty())
            QSKIP("SQLite's single user");
        TestStore fixture;
        QCOMPARE(TeamRoles::current(fixture.store()), TeamRole::Lead);
        TeamRoles::addMember(fixture.store(), {QStringLiteral("Rita"), TeamRole::Rep, 3, {}});
        const QList<TeamMember> members = TeamMembers(fixture.store()).list();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().weight, 3);
        QCOMPARE(members.first().role, TeamRole::Rep);
        TeamMembers(fixture.store()).setAbsent(members.first().id, true);
        QVERIFY(TeamMembers(fixture.store()).list().first().absent);
    }

    void membersAreAddedAndListedByCommand()
    {
        TestStore fixture;
        const QString home = fixture.dir() + QStringLiteral("/home");
        QProcessEnvironment env = CliRun::environment(home);
        env.insert(QStringLiteral("LEADSCOUT_NEW_PASSWORD"), QStringLiteral("s3cret'x"));
        const CliRun added =
            CliRun::run({QStringLiteral("team"), QStringLiteral("add-member"),
                         QStringLiteral("--db"), fixture.path(), QStringLiteral("--name"),
                         QStringLiteral("cli_rep"), QStringLiteral("--role"), QStringLiteral("rep"),
                         QStringLiteral("--weight"), QStringLiteral("4")},
                        home, env);
        QVERIFY2(added.code == 0, qPrintable(added.errText()));
        const CliRun listed = CliRun::run({QStringLiteral("team"), QStringLiteral("list"),
                                           QStringLiteral("--db"), fixture.path()},
                                          home);
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.outText().contains(QLatin1String("cli_rep\trep\tweight 4")),
                 qPrintable(listed.outText()));
        const CliRun wrong = CliRun::run({QStringLiteral("team"), QStringLiteral("add-member"),
                                          QStringLiteral("--db"), fixture.path(),
                                          QStringLiteral("--role"), QStringLiteral("boss")},
                                         home);
        QVERIFY(wrong.code != 0);
    }

    void theServerRefusesARepWhatOnlyALeadMayDo()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("server roles");
        TestStore fixture;
        const qint64 lead = LeadRepository(fixture.store())
                                .create(sampleLead(QStringLiteral("Jonas"), QStringLiteral("Weber"),
                                                   QStringLiteral("Weber AG")),
                                        QStringLiteral("admin"));
        TeamRoles::addMember(fixture.store(), {QStringLiteral("rita_rep"), TeamRole::Rep, 2, {}});
        TeamRoles::addMember(fixture.store(), {QStringLiteral("lars_lead"), TeamRole::Lead, 1, {}});
        QCOMPARE(TeamRoles::current(fixture.store()), TeamRole::Lead); // the owner

        const std::unique_ptr<Store> rep =
            Store::open(asLogin(fixture.path(), QStringLiteral("rita_rep")));
        QCOMPARE(TeamRoles::current(*rep), TeamRole::Rep);
        QVERIFY(!TeamMembers(*rep).mayEdit());
        for (const QString& sql :
             {QStringLiteral("UPDATE scoring_rules SET note = 'mine'"),
              QStringLiteral("INSERT INTO scoring_rules (version, created_at, rules, active)"
                             " VALUES (999, 0, '{}', 1)"),
              QStringLiteral("DELETE FROM leads"), QStringLiteral("UPDATE reps SET weight = 9"),
              QStringLiteral(
                  "INSERT INTO team_settings (key, value) VALUES ('queue/sla_hours', '1')"),
              QStringLiteral(
                  "INSERT INTO team_settings (key, value) VALUES ('handoff/columns', 'x')")}) {
            const QString error = rawSql(*rep, sql);
            QVERIFY2(!error.isEmpty(), qPrintable(sql));
            QVERIFY2(error.contains(QLatin1String("permission denied")) ||
                         error.contains(QLatin1String("row-level security")),
                     qPrintable(error));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, TeamSettings(*rep).setSlaHours(2));
        QVERIFY_THROWS_EXCEPTION(StoreError, TeamMembers(*rep).setWeight(1, 5));
        // …while it works leads, and its handoff may note its file.
        QVERIFY(
            LeadEditor(*rep)
                .setField(lead, LeadField::City, QStringLiteral("Bonn"), QStringLiteral("rita_rep"))
                .changed);
        QCOMPARE(rawSql(*rep, QStringLiteral("INSERT INTO team_settings (key, value)"
                                             " VALUES ('handoff/pending/x', '{}')")),
                 QString());

        const std::unique_ptr<Store> teamLead =
            Store::open(asLogin(fixture.path(), QStringLiteral("lars_lead")));
        QCOMPARE(TeamRoles::current(*teamLead), TeamRole::Lead);
        QCOMPARE(rawSql(*teamLead, QStringLiteral("UPDATE scoring_rules SET note = 'lead'")),
                 QString());
        TeamSettings(*teamLead).setSlaHours(3);
        QCOMPARE(TeamSettings(fixture.store()).slaHours(), 3);
        const QList<TeamMember> members = TeamMembers(*teamLead).list();
        const auto rita = std::find_if(members.cbegin(), members.cend(), [](const TeamMember& m) {
            return m.name == QLatin1String("rita_rep");
        });
        QVERIFY(rita != members.cend());
        TeamMembers(*teamLead).setWeight(rita->id, 5);
        QCOMPARE(TeamMembers(*rep).list().at(int(rita - members.cbegin())).weight, 5);
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
