#include "HandoffColumnsDialog.h"
#include "HandoffFixture.h"
#include "HandoffView.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "StrictCsvReader.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "handoff/HandoffBatches.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

/// The handoff page driven like a rep would: select some leads, hand them off, watch them leave
/// the list and the batch appear in the history; export a batch again; cancel.
class TestHandoffView : public QObject
{
    Q_OBJECT

    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        return parent.findChild<T*>(QLatin1String(name));
    }

    // Ctrl+click on a row of the table, as a person selects several rows.
    static void ctrlClickRow(QTableView* table, int row)
    {
        const QRect rect = table->visualRect(table->model()->index(row, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
    }

    static bool waitForJob(HandoffView& view)
    {
        QSignalSpy finished(&view, &HandoffView::jobFinished);
        return view.isBusy() ? finished.wait(60000) || !view.isBusy() : true;
    }

    static QList<qint64> listedIds(QTableView* table)
    {
        QList<qint64> ids;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            ids.append(table->model()->index(row, 0).data().toLongLong());
        return ids;
    }

    static void screenshot(QWidget& widget, const QString& name)
    {
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        QCoreApplication::processEvents(); // let the layouts follow changed texts first
        if (!shots.isEmpty())
            QVERIFY(widget.grab().save(shots + QLatin1Char('/') + name));
    }

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        Prompts::takeShownMessages();
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    }
    void cleanup() { Clock::reset(); }

    void selectSomeHandOffAndSeeTheBatch()
    {
        TestStore fixture;
        QList<ReadyLead> leads;
        for (int i = 0; i < 5; ++i)
            leads.append(HandoffFixture::varied(i));
        const QList<qint64> ids = HandoffFixture::addReadyLeads(fixture.store(), leads);
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        HandoffView view(settings);
        view.setStore(&fixture.store());
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto* ready = child<QTableView>(view, "readyTableView");
        auto* history = child<QTableView>(view, "batchTableView");
        auto* handOff = child<QPushButton>(view, "handOffButton");
        QCOMPARE(listedIds(ready), ids);
        QCOMPARE(history->model()->rowCount(), 0);
        QCOMPARE(handOff->text(), QStringLiteral("Hand off all 5 lead(s)"));
        QVERIFY(child<QLabel>(view, "readyCountLabel")->text().startsWith(QLatin1String("5 lead")));

        ctrlClickRow(ready, 1);
        ctrlClickRow(ready, 3);
        QCOMPARE(handOff->text(), QStringLiteral("Hand off 2 selected lead(s)"));
        screenshot(view, QStringLiteral("handoffview-selected.png"));

        const QString path = fixture.dir() + QStringLiteral("/sales.csv");
        Prompts::queueFileName(path);
        QTest::mouseClick(handOff, Qt::LeftButton);
        QVERIFY(waitForJob(view));

        QCOMPARE(listedIds(ready), QList<qint64>({ids.at(0), ids.at(2), ids.at(4)}));
        QCOMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, 1).data().toString(),
                 QStringLiteral("HO-20261123-001"));
        QCOMPARE(history->model()->index(0, 4).data().toString(), QStringLiteral("2"));
        QVERIFY(history->selectionModel()->isRowSelected(0, QModelIndex()));
        const QStringList shown = Prompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(
            shown.first().contains(QLatin1String("handed off to sales as batch HO-20261123-001")),
            qPrintable(shown.first()));
        StrictCsvReader::Options strict;
        strict.requireBom = true;
        const auto csv = StrictCsvReader::parseFile(path, strict);
        QVERIFY2(csv.ok, qPrintable(csv.error));
        QCOMPARE(csv.records.size(), 3);
        QCOMPARE(csv.records.at(1).at(0), QString::number(ids.at(1)));
        QCOMPARE(csv.records.at(2).at(0), QString::number(ids.at(3)));
        LeadRepository repository(fixture.store());
        QCOMPARE(repository.find(ids.at(1))->stage, Stage::HandedOff);
        QCOMPARE(repository.find(ids.at(0))->stage, Stage::Sql);
        QCOMPARE(handOff->text(), QStringLiteral("Hand off all 3 lead(s)"));
        screenshot(view, QStringLiteral("handoffview-after.png"));

        // Export the batch again: the same bytes, nothing changes.
        const QString digest = HandoffFixture::storeDigest(fixture.store());
        const QString again = fixture.dir() + QStringLiteral("/again.csv");
        Prompts::queueFileName(again);
        QTest::mouseClick(child<QPushButton>(view, "exportAgainButton"), Qt::LeftButton);
        QVERIFY(waitForJob(view));
        QFile first(path), second(again);
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), first.readAll());
        QCOMPARE(HandoffFixture::storeDigest(fixture.store()), digest);
        QVERIFY(Prompts::takeShownMessages().first().contains(QLatin1String("written again")));

        // Nothing selected: the one click hands off all the rest, as XLSX.
        auto* format = child<QComboBox>(view, "formatComboBox");
        format->setCurrentIndex(format->findData(QStringLiteral("xlsx")));
        QVERIFY(!child<QComboBox>(view, "delimiterComboBox")->isEnabled());
        QTest::mouseClick(child<QPushButton>(view, "selectNoneButton"), Qt::LeftButton);
        Prompts::queueFileName(fixture.dir() + QStringLiteral("/rest")); // no extension given
        QTest::mouseClick(handOff, Qt::LeftButton);
        QVERIFY(waitForJob(view));
        QCOMPARE(ready->model()->rowCount(), 0);
        QCOMPARE(history->model()->rowCount(), 2);
        QVERIFY(QFile::exists(fixture.dir() + QStringLiteral("/rest.xlsx")));
        QVERIFY(!handOff->isEnabled());
        QCOMPARE(child<QLabel>(view, "readyCountLabel")->text(),
                 QStringLiteral("No leads are ready for sales."));
    }

    void handingOffAgainAsksFirst()
    {
        TestStore fixture;
        const QList<qint64> ids = HandoffFixture::addReadyLeads(
            fixture.store(), {HandoffFixture::plain(1), HandoffFixture::plain(2)});
        HandoffService(fixture.store())
            .handOff({fixture.dir() + QStringLiteral("/first.csv"),
                      {},
                      {ids.at(0)},
                      false,
                      QStringLiteral("lena")});
        Clock::advance(60);
        LeadRepository(fixture.store()).changeStage(ids.at(0), Stage::Sql, QStringLiteral("tom"));
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        HandoffView view(settings);
        view.setStore(&fixture.store());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* ready = child<QTableView>(view, "readyTableView");
        QCOMPARE(listedIds(ready), QList<qint64>{ids.at(1)});
        QTest::mouseClick(child<QCheckBox>(view, "includeBeforeCheckBox"), Qt::LeftButton);
        QCOMPARE(listedIds(ready), ids.mid(1) + ids.mid(0, 1));
        QVERIFY(!ready->isColumnHidden(13));

        // Declined: nothing happens.
        ctrlClickRow(ready, 1);
        Prompts::queueFileName(fixture.dir() + QStringLiteral("/again.csv"));
        Prompts::queueAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(view, "handOffButton"), Qt::LeftButton);
        QVERIFY(waitForJob(view));
        QVERIFY(Prompts::takeShownMessages().first().contains(QLatin1String("handed off before")));
        QVERIFY(!QFile::exists(fixture.dir() + QStringLiteral("/again.csv")));
        QCOMPARE(HandoffBatches(fixture.store()).count(), 1);

        // Confirmed: handed off again under a new batch.
        ctrlClickRow(ready, 1);
        Prompts::queueFileName(fixture.dir() + QStringLiteral("/again.csv"));
        Prompts::queueAnswer(QMessageBox::Yes);
        QSignalSpy finished(&view, &HandoffView::jobFinished);
        QTest::mouseClick(child<QPushButton>(view, "handOffButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000); // the refusal, then the handoff
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QVERIFY(QFile::exists(fixture.dir() + QStringLiteral("/again.csv")));
        QCOMPARE(HandoffBatches(fixture.store()).count(), 2);
        QCOMPARE(LeadRepository(fixture.store()).find(ids.at(0))->stage, Stage::HandedOff);
    }

    void cancelLeavesEverythingAsItWas()
    {
        TestStore fixture;
        QList<ReadyLead> many;
        for (int i = 0; i < 3000; ++i)
            many.append(HandoffFixture::plain(i));
        HandoffFixture::addReadyLeads(fixture.store(), many);
        const QString digest = HandoffFixture::storeDigest(fixture.store());
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        HandoffView view(settings);
        view.setStore(&fixture.store());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Prompts::queueFileName(fixture.dir() + QStringLiteral("/big.csv"));
        QTest::mouseClick(child<QPushButton>(view, "handOffButton"), Qt::LeftButton);
        QVERIFY(view.isBusy());
        QVERIFY(child<QWidget>(view, "handoffProgressBar")->isVisible());
        QTest::mouseClick(child<QPushButton>(view, "cancelHandoffButton"), Qt::LeftButton);
        QVERIFY(waitForJob(view));
        QVERIFY(!child<QWidget>(view, "handoffProgressBar")->isVisible());
        QCOMPARE(HandoffFixture::storeDigest(fixture.store()), digest);
        QCOMPARE(HandoffFixture::filesIn(fixture.dir()).filter(QStringLiteral("big")),
                 QStringList());
        QCOMPARE(Prompts::takeShownMessages(), QStringList()); // the rep's own choice: no dialog
    }

    void theTeamChoosesTheColumns()
    {
        TestStore fixture;
        HandoffColumnsDialog dialog(fixture.store());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = child<QListWidget>(dialog, "columnsListWidget");
        QCOMPARE(list->count(), int(HandoffColumns::all().size()));
        for (int row = 0; row < list->count(); ++row)
            QCOMPARE(list->item(row)->checkState(), Qt::Checked);
        screenshot(dialog, QStringLiteral("handoffcolumns.png"));

        // Nothing ticked: refused with a message, the dialog stays open.
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Unchecked);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(Prompts::takeShownMessages().first().contains(QLatin1String("at least one")));

        // Company, then Name, then E-mail; Name is moved up above Company.
        auto tick = [&](const QString& header) {
            list->findItems(header, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        };
        tick(QStringLiteral("Name"));
        tick(QStringLiteral("Company"));
        tick(QStringLiteral("E-mail"));
        list->setCurrentItem(list->findItems(QStringLiteral("Company"), Qt::MatchExactly).first());
        QTest::mouseClick(child<QPushButton>(dialog, "moveUpButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "moveUpButton"), Qt::LeftButton);
        QCOMPARE(dialog.chosenColumns(),
                 QList<HandoffColumn>(
                     {HandoffColumn::Company, HandoffColumn::Name, HandoffColumn::Email}));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(TeamSettings(fixture.store()).handoffColumns(),
                 QStringList(
                     {QStringLiteral("company"), QStringLiteral("name"), QStringLiteral("email")}));

        // Opened again: the choice first, in order, the rest unticked after it.
        HandoffColumnsDialog again(fixture.store());
        auto* reopened = child<QListWidget>(again, "columnsListWidget");
        QCOMPARE(reopened->item(0)->text(), QStringLiteral("Company"));
        QCOMPARE(reopened->item(2)->text(), QStringLiteral("E-mail"));
        QCOMPARE(reopened->item(3)->checkState(), Qt::Unchecked);
        QTest::mouseClick(child<QPushButton>(again, "resetColumnsButton"), Qt::LeftButton);
        QCOMPARE(again.chosenColumns(), HandoffColumns::all());
    }

    void theMainWindowHasAHandoffPage()
    {
        TestStore fixture;
        HandoffFixture::addReadyLeads(fixture.store(),
                                      {HandoffFixture::plain(1), HandoffFixture::plain(2)});
        const QString path = fixture.path();
        fixture.close();
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        MainWindow window(Store::open(path), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"));
        QCOMPARE(pages->tabText(1), QStringLiteral("Handoff")); // the second page, after the queue
        auto* show = window.findChild<QAction*>(QStringLiteral("showHandoffAction"));
        QCOMPARE(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("handoffView"));
        screenshot(window, QStringLiteral("mainwindow-handoff.png"));

        // File ▸ Export handoff… hands off every ready lead; the lead list follows.
        Prompts::queueFileName(fixture.dir() + QStringLiteral("/menu.csv"));
        window.findChild<QAction*>(QStringLiteral("exportHandoffAction"))->trigger();
        auto* view = window.findChild<HandoffView*>(QStringLiteral("handoffView"));
        QVERIFY(waitForJob(*view));
        QVERIFY(QFile::exists(fixture.dir() + QStringLiteral("/menu.csv")));
        QTRY_COMPARE(LeadRepository(window.store()).countByStage().value(Stage::HandedOff), 2);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("handoffColumnsAction")));
    }
};

QTEST_MAIN(TestHandoffView)
#include "tst_handoffview.moc"
