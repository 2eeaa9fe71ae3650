#include "MainWindow.h"
#include "Prompts.h"
#include "RoleGate.h"
#include "TeamMembersDialog.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "support/AppSettings.h"
#include "team/TeamRoles.h"

#include <QAction>
#include <QCheckBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

/// Roles in the window: a rep's login on a team store sees the team lead's tools greyed out
/// with the reason; a team lead's login, and SQLite's single user, see them all enabled.
class TestRoleGate : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_lead = 0;

    static QString asLogin(const QString& url, const QString& login)
    {
        QUrl copy(url);
        copy.setUserName(login);
        return copy.toString();
    }

    std::unique_ptr<MainWindow> openAs(const QString& login)
    {
        const QString location =
            login.isEmpty() ? m_fixture->path() : asLogin(m_fixture->path(), login);
        m_settings->setValue(AppSettings::Key::RepName,
                             login.isEmpty() ? QStringLiteral("mara") : login);
        auto window = std::make_unique<MainWindow>(Store::open(location), *m_settings);
        window->resize(1280, 800);
        window->show();
        return window;
    }

    static QAction* action(MainWindow& window, const QString& name)
    {
        auto* found = window.findChild<QAction*>(name);
        if (!found)
            qWarning("no action %s", qPrintable(name));
        return found;
    }

    static void screenshot(QWidget* widget, const QString& name)
    {
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(widget->grab().save(shots + QLatin1Char('/') + name));
    }

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        m_fixture = std::make_unique<TestStore>();
        m_lead = LeadRepository(m_fixture->store())
                     .create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                        QStringLiteral("Becker GmbH")),
                             QStringLiteral("mara"));
        if (!TestStore::postgresServer().isEmpty()) {
            TeamRoles::addMember(m_fixture->store(),
                                 {QStringLiteral("gate_rep"), TeamRole::Rep, 1, {}});
            TeamRoles::addMember(m_fixture->store(),
                                 {QStringLiteral("gate_lead"), TeamRole::Lead, 1, {}});
        }
        m_settings = std::make_unique<AppSettings>(m_fixture->dir() + QStringLiteral("/s.ini"));
    }

    void cleanup()
    {
        m_settings.reset();
        m_fixture.reset();
    }

    void aRepSeesTheLeadToolsGreyedOutWithTheReason()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("roles on a team server");
        const std::unique_ptr<MainWindow> window = openAs(QStringLiteral("gate_rep"));
        for (const QString& name : RoleGate::gatedActions().keys()) {
            QAction* gated = action(*window, name);
            QVERIFY(gated);
            QVERIFY2(!gated->isEnabled(), qPrintable(name));
            QVERIFY2(gated->toolTip().startsWith(QLatin1String("Team lead only")),
                     qPrintable(gated->toolTip()));
        }
        // Showing a lead enables erasing for whoever may: a rep's stays disabled.
        QAction* erase = action(*window, QStringLiteral("eraseLeadAction"));
        erase->setEnabled(true);
        QVERIFY(!erase->isEnabled());
        // The rep works leads: the queue's actions are not gated.
        QVERIFY(action(*window, QStringLiteral("teamMembersAction"))->isEnabled());
        screenshot(window.get(), QStringLiteral("rolegate-rep.png"));

        TeamMembersDialog members(window->store(), window.get());
        QVERIFY(members.table()->rowCount() >= 2);
        QVERIFY(!members.weightBox(0)->isEnabled());
        QVERIFY(!members.absentBox(0)->isEnabled());
        QVERIFY(members.weightBox(0)->toolTip().startsWith(QLatin1String("Team lead only")));
    }

    void aTeamLeadHasEveryTool()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("roles on a team server");
        const std::unique_ptr<MainWindow> window = openAs(QStringLiteral("gate_lead"));
        for (const QString& name : RoleGate::gatedActions().keys()) {
            if (name == QLatin1String("eraseLeadAction"))
                continue; // enabled with a lead shown
            QVERIFY2(action(*window, name)->isEnabled(), qPrintable(name));
            QVERIFY(!action(*window, name)->toolTip().startsWith(QLatin1String("Team lead")));
        }
        QAction* erase = action(*window, QStringLiteral("eraseLeadAction"));
        erase->setEnabled(true);
        QVERIFY(erase->isEnabled());
        TeamMembersDialog members(window->store(), window.get());
        QVERIFY(members.weightBox(0)->isEnabled());
        QVERIFY(members.weightBox(0)->toolTip().isEmpty());
    }

    void switchingFromARepsLoginToTheLeadsEnablesTheTools()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("roles on a team server");
        const std::unique_ptr<MainWindow> window = openAs(QStringLiteral("gate_rep"));
        QAction* rules = action(*window, QStringLiteral("scoringRulesAction"));
        QVERIFY(!rules->isEnabled());
        QVERIFY(window->openStore(asLogin(m_fixture->path(), QStringLiteral("gate_lead"))));
        QVERIFY(rules->isEnabled());
        QVERIFY(!rules->toolTip().startsWith(QLatin1String("Team lead")));
    }

    void onSqliteEverythingStaysEnabled()
    {
        if (!TestStore::postgresServer().isEmpty())
            QSKIP("SQLite's single user");
        const std::unique_ptr<MainWindow> window = openAs(QString());
        for (const QString& name : RoleGate::gatedActions().keys()) {
            QAction* gated = action(*window, name);
            QVERIFY(gated);
            if (name != QLatin1String("eraseLeadAction"))
                QVERIFY2(gated->isEnabled(), qPrintable(name));
            QVERIFY(!gated->toolTip().startsWith(QLatin1String("Team lead")));
        }
        QAction* erase = action(*window, QStringLiteral("eraseLeadAction"));
        erase->setEnabled(true);
        QVERIFY(erase->isEnabled());
    }
};

QTEST_MAIN(TestRoleGate)
#include "tst_rolegate.moc"
