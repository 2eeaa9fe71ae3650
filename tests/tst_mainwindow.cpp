#include "LeadCard.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "store/StoreMoves.h"
#include "support/AppSettings.h"

#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setRecordOnly(true); }

    void showsTheStoresLeads()
    {
        TestStore fixture;
        LeadRepository leads(fixture.store());
        leads.create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                QStringLiteral("Becker GmbH")),
                     QStringLiteral("mara"));
        const qint64 second =
            leads.create(sampleLead(QStringLiteral("Jonas"), QStringLiteral("Weber"),
                                    QStringLiteral("Weber AG")),
                         QStringLiteral("mara"));
        leads.changeStage(second, Stage::Working, QStringLiteral("mara"));
        const QString path = fixture.path();
        fixture.close();

        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        MainWindow window(Store::open(path), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* table = window.findChild<QTableView*>(QStringLiteral("queueTableView"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        int jonas = -1;
        for (int row = 0; row < 2; ++row)
            if (table->model()->index(row, 0).data().toString() == QLatin1String("Jonas Weber"))
                jonas = row;
        QVERIFY(jonas >= 0);
        QCOMPARE(table->model()->index(jonas, 2).data().toString(), QStringLiteral("Working"));

        table->setFocus();
        table->selectRow(jonas);
        auto* title = window.findChild<QLabel*>(QStringLiteral("leadTitleLabel"));
        QTRY_COMPARE(title->text(), QStringLiteral("Jonas Weber"));
        auto* timeline = window.findChild<QTableView*>(QStringLiteral("timelineTableView"));
        QCOMPARE(timeline->model()->rowCount(), 2);
        QVERIFY(
            timeline->model()->index(0, 1).data().toString().contains(QLatin1String("Working")));

        auto* status = window.findChild<QLabel*>(QStringLiteral("storeStatusLabel"));
        QVERIFY(status->text().startsWith(QLatin1String("2 lead")));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("test.sqlite")));
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/mainwindow.png")));
    }

    void saysASnapshotIsReadOnly()
    {
        TestStore fixture;
        LeadRepository(fixture.store())
            .create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                               QStringLiteral("Becker GmbH")),
                    QStringLiteral("mara"));
        const QString copy = fixture.dir() + QStringLiteral("/review.sqlite");
        StoreMoves::takeSnapshot(fixture.store(), copy);
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        MainWindow window(Store::open(copy), settings);
        QVERIFY2(window.windowTitle().startsWith(
                     QStringLiteral("review.sqlite — read-only snapshot of test.sqlite, taken ")),
                 qPrintable(window.windowTitle()));
        auto* status = window.findChild<QLabel*>(QStringLiteral("storeStatusLabel"));
        QVERIFY(status->text().startsWith(QLatin1String("1 lead")));
    }

    void restoresGeometry()
    {
        TestStore fixture;
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        const QString path = fixture.path();
        fixture.close();
        {
            MainWindow window(Store::open(path), settings);
            window.resize(900, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again(Store::open(path), settings);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void refusedStoreKeepsTheCurrentOne()
    {
        TestStore fixture;
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        const QString path = fixture.path();
        fixture.close();
        MainWindow window(Store::open(path), settings);
        const QString broken = fixture.dir() + QStringLiteral("/broken.sqlite");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a store");
        file.close();
        Prompts::takeShownMessages();
        QVERIFY(!window.openStore(broken));
        const QStringList shown = Prompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(QLatin1String("damaged")));
        QCOMPARE(window.store().location(), QFileInfo(path).absoluteFilePath());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
