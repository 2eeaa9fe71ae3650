#include "TeamMembersDialog.h"
#include "TestStore.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

/// Team ▸ Members: a team lead changes weights and absence; what is saved is what the model has.
class TestTeamMembersDialog : public QObject
{
    Q_OBJECT

private slots:
    void aTeamLeadChangesWeightAndAbsence()
    {
        TestStore fixture;
        TeamRoles::addMember(fixture.store(), {QStringLiteral("Ada"), TeamRole::Rep, 1, {}});
        TeamRoles::addMember(fixture.store(), {QStringLiteral("Ben"), TeamRole::Lead, 2, {}});
        TeamMembersDialog dialog(fixture.store());
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("Ada"));
        QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("Team lead"));
        QVERIFY(dialog.weightBox(0)->isEnabled());
        // By keyboard: into the weight, a new value, then tick absent with the space bar.
        dialog.weightBox(0)->setFocus();
        QTest::keyClick(dialog.weightBox(0), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog.weightBox(0), QStringLiteral("4"));
        QTest::keyClick(dialog.absentBox(1), Qt::Key_Space);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<TeamMember> members = TeamMembers(fixture.store()).list();
        QCOMPARE(members.at(0).weight, 4);
        QVERIFY(!members.at(0).absent);
        QCOMPARE(members.at(1).weight, 2);
        QVERIFY(members.at(1).absent);
    }
};

QTEST_MAIN(TestTeamMembersDialog)
#include "tst_teammembersdialog.moc"
