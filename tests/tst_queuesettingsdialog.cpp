#include "QueueSettingsDialog.h"
#include "TestStore.h"
#include "domain/TeamSettings.h"

#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

/// A team lead sets the queue rules in one dialog: what is saved is what every rep's queue uses,
/// a setting that would empty the queue is refused with the reason, Cancel changes nothing.
class TestQueueSettingsDialog : public QObject
{
    Q_OBJECT

    template <typename T> static T* find(QDialog& dialog, const QString& name)
    {
        T* widget = dialog.findChild<T*>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }

private slots:
    void showsTheCurrentRulesAndSavesTheChanges()
    {
        TestStore fixture;
        TeamSettings(fixture.store()).setMaxAttempts(4);
        QueueSettingsDialog dialog(fixture.store());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(find<QSpinBox>(dialog, QStringLiteral("maxAttemptsSpinBox"))->value(), 4);
        QCOMPARE(find<QSpinBox>(dialog, QStringLiteral("retry_busy_SpinBox"))->value(), 60);

        find<QSpinBox>(dialog, QStringLiteral("slaHoursSpinBox"))->setValue(2);
        find<QSpinBox>(dialog, QStringLiteral("retry_busy_SpinBox"))->setValue(30);
        find<QTimeEdit>(dialog, QStringLiteral("callingStartTimeEdit"))->setTime(QTime(8, 30));
        find<QCheckBox>(dialog, QStringLiteral("callingDay6CheckBox"))->setChecked(true);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const TeamSettings saved(fixture.store());
        QCOMPARE(saved.slaHours(), 2);
        QCOMPARE(saved.retryMinutes(CallOutcome::Busy), 30);
        QCOMPARE(saved.callingHoursStart(), QTime(8, 30));
        QVERIFY(saved.callingDays().contains(6));
        QCOMPARE(saved.maxAttempts(), 4);
    }

    void refusesRulesThatWouldEmptyTheQueue()
    {
        TestStore fixture;
        const int slaBefore = TeamSettings(fixture.store()).slaHours();
        QueueSettingsDialog dialog(fixture.store());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        find<QSpinBox>(dialog, QStringLiteral("slaHoursSpinBox"))->setValue(slaBefore + 5);
        find<QTimeEdit>(dialog, QStringLiteral("callingEndTimeEdit"))->setTime(QTime(7, 0));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        auto* problem = find<QLabel>(dialog, QStringLiteral("queueSettingsProblemLabel"));
        QVERIFY2(problem->text().contains(QLatin1String("must come after the start")),
                 qPrintable(problem->text()));
        QCOMPARE(TeamSettings(fixture.store()).slaHours(), slaBefore); // nothing saved

        find<QTimeEdit>(dialog, QStringLiteral("callingEndTimeEdit"))->setTime(QTime(18, 0));
        for (int day = 1; day <= 7; ++day)
            find<QCheckBox>(dialog, QStringLiteral("callingDay%1CheckBox").arg(day))
                ->setChecked(false);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(problem->text().contains(QLatin1String("at least one day")));
        QCOMPARE(TeamSettings(fixture.store()).slaHours(), slaBefore);
    }

    void cancelChangesNothing()
    {
        TestStore fixture;
        QueueSettingsDialog dialog(fixture.store());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        find<QSpinBox>(dialog, QStringLiteral("maxAttemptsSpinBox"))->setValue(12);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(TeamSettings(fixture.store()).maxAttempts(), 6);
    }

    void saveAllIsOneTransaction()
    {
        TestStore fixture;
        TeamSettings settings(fixture.store());
        try {
            settings.saveAll([](TeamSettings& s) {
                s.setSlaHours(9);
                throw StoreError(QStringLiteral("simulated failure"));
            });
            QFAIL("the failure was swallowed");
        } catch (const StoreError&) {
        }
        QCOMPARE(TeamSettings(fixture.store()).slaHours(), 4); // rolled back
        settings.setSlaHours(5);                               // and usable afterwards
        QCOMPARE(TeamSettings(fixture.store()).slaHours(), 5);
    }
};

QTEST_MAIN(TestQueueSettingsDialog)
#include "tst_queuesettingsdialog.moc"
