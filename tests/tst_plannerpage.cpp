#include "PlannerPage.h"
#include "TestStore.h"
#include "demo/DemoGenerator.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

// The planner page, driven by the keyboard: it shows what KpiPlan computes from the store's
// measured funnel (read off the GUI thread), and says what is wrong with the input.

class TestPlannerPage : public QObject
{
    Q_OBJECT

    static QLineEdit* edit(PlannerPage& page, const char* name)
    {
        return page.findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    static void type(QLineEdit* line, const QString& text)
    {
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
    }

private slots:
    void plansFromTheStoresFunnel()
    {
        TestStore store;
        DemoGenerator(store.store(), {300, 4}).run();
        PlannerPage page;
        page.setStore(&store.store());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy planned(&page, &PlannerPage::planned);
        type(edit(page, "plannerRevenue"), QStringLiteral("100000"));
        type(edit(page, "plannerDeal"), QStringLiteral("4000"));
        type(edit(page, "plannerCloseRate"), QStringLiteral("1/3"));
        QTest::keyClick(edit(page, "plannerCloseRate"), Qt::Key_Return);
        QTRY_COMPARE(planned.size(), 1);
        QVERIFY(page.shownPlan());

        auto* figures = page.findChild<QTableWidget*>(QStringLiteral("plannerFigures"));
        QCOMPARE(figures->item(0, 1)->text(), QStringLiteral("25"));
        QCOMPARE(figures->item(1, 1)->text(), QStringLiteral("75"));
        // The same plan as the model computes from the store, row by row.
        KpiPlanInput input;
        input.revenueTarget = Ratio(100000);
        input.averageDeal = Ratio(4000);
        input.closeRate = Ratio(1, 3);
        const KpiPlan expected =
            KpiPlan::compute(input, FunnelMeasures::read(store.store(), PlanPeriod::Month));
        QCOMPARE(figures->rowCount(), int(expected.figures.size()));
        QVERIFY(figures->rowCount() >= 6); // down to raw leads at least
        for (int row = 0; row < figures->rowCount(); ++row)
            QCOMPARE(figures->item(row, 1)->text(),
                     QLocale().toString(expected.figures.at(row).planned));
        auto* sensitivity = page.findChild<QTableWidget*>(QStringLiteral("plannerSensitivity"));
        QCOMPARE(sensitivity->rowCount(), 4);
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(page.grab().save(shots + QStringLiteral("/planner.png")));
    }

    void saysWhatIsWrongWithTheInput()
    {
        PlannerPage page;
        page.show();
        QSignalSpy planned(&page, &PlannerPage::planned);
        type(edit(page, "plannerCloseRate"), QStringLiteral("a third"));
        type(edit(page, "plannerDeal"), QStringLiteral("0"));
        QTest::keyClick(edit(page, "plannerDeal"), Qt::Key_Return);
        QTRY_COMPARE(planned.size(), 1);
        const QString message = page.findChild<QLabel*>(QStringLiteral("plannerMessage"))->text();
        QVERIFY2(message.contains(QLatin1String("\"a third\" is not a rate")), qPrintable(message));
        QVERIFY(!page.shownPlan());
        type(edit(page, "plannerCloseRate"), QStringLiteral("33%"));
        type(edit(page, "plannerDeal"), QStringLiteral("4000"));
        QTest::keyClick(edit(page, "plannerDeal"), Qt::Key_Return);
        QTRY_COMPARE(planned.size(), 2);
        QVERIFY(page.shownPlan()); // no store: deals and opportunities only
        QCOMPARE(page.shownPlan()->figures.size(), 2);
    }
};

QTEST_MAIN(TestPlannerPage)
#include "tst_plannerpage.moc"
