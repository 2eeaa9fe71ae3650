#include "LeadCard.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "QueueFixtures.h"
#include "items/QueueModel.h"
#include "queue/CallLog.h"
#include "queue/DesktopLinks.h"
#include "support/AppSettings.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace QueueFixtures;

/// A whole call from the keyboard: next lead → no answer → save and next → callback requested
/// with a time → the callback tops the queue when its time has come.
class TestQueueFlow : public QObject
{
    Q_OBJECT

    /// The main window on the fixture's store (closed and reopened), with mara at the keyboard.
    struct Workstation
    {
        explicit Workstation(TestStore& fixture)
            : settings(fixture.dir() + QStringLiteral("/settings.ini"))
        {
            const QString path = fixture.path();
            fixture.close();
            settings.setValue(AppSettings::Key::RepName, QStringLiteral("mara"));
            window = std::make_unique<MainWindow>(Store::open(path), settings);
            window->show();
        }
        AppSettings settings;
        std::unique_ptr<MainWindow> window;
    };

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC"); // the rep's own time zone for the callback editor
        Prompts::setRecordOnly(true);
        DesktopLinks::setRecordOnly(true);
    }
    void init() { Clock::setFixed(tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void wholeCallFromTheKeyboard()
    {
        TestStore fixture;
        const qint64 now = Clock::nowSecs();
        const qint64 anna =
            addLead(fixture.store(), QStringLiteral("Anna"), QStringLiteral("Becker"));
        const qint64 jonas =
            addLead(fixture.store(), QStringLiteral("Jonas"), QStringLiteral("Weber"));
        const qint64 clara =
            addLead(fixture.store(), QStringLiteral("Clara"), QStringLiteral("Schmidt"));
        set(fixture.store(), anna, QStringLiteral("created_at = ?"), {now - 3 * 3600});
        set(fixture.store(), jonas, QStringLiteral("created_at = ?"), {now - 2 * 3600});
        set(fixture.store(), clara, QStringLiteral("created_at = ?"), {now - 3600});
        Workstation station(fixture);
        MainWindow& window = *station.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto* table = window.findChild<QTableView*>(QStringLiteral("queueTableView"));
        auto* title = window.findChild<QLabel*>(QStringLiteral("leadTitleLabel"));
        auto* outcome = window.findChild<QComboBox*>(QStringLiteral("outcomeComboBox"));
        auto* callback = window.findChild<QDateTimeEdit*>(QStringLiteral("callbackDateTimeEdit"));
        QVERIFY(table && title && outcome && callback);
        table->setFocus();

        // The shortcuts are shown in the Lead menu.
        auto* leadMenu = window.findChild<QMenu*>(QStringLiteral("leadMenu"));
        const auto next = window.findChild<QAction*>(QStringLiteral("nextLeadAction"));
        QVERIFY(leadMenu->actions().contains(next));
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
        QVERIFY(next->toolTip().contains(QLatin1String("F8")));

        QTest::keyClick(&window, Qt::Key_F8); // next lead: the one waiting longest
        QTRY_COMPARE(title->text(), QStringLiteral("Anna Becker"));
        QTest::keyClick(&window, Qt::Key_F9); // dial
        const QList<QUrl> dialled = DesktopLinks::takeOpened();
        QCOMPARE(dialled.size(), 1);
        QCOMPARE(dialled.first().toString(), QStringLiteral("tel:+4930901820"));
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier); // no answer
        QCOMPARE(outcome->currentData().toString(), QStringLiteral("no_answer"));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier); // save and next
        QTRY_COMPARE(title->text(), QStringLiteral("Jonas Weber"));
        {
            Store& store = fixture.reopen();
            const QList<CallEntry> calls = CallLog(store).calls(anna);
            QCOMPARE(calls.size(), 1);
            QCOMPARE(calls.first().outcome, CallOutcome::NoAnswer);
            QCOMPARE(column(store, anna, QStringLiteral("stage")).toString(),
                     QStringLiteral("working"));
            fixture.close();
        }

        QTest::keyClick(&window, Qt::Key_F9);
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier); // schedule callback
        QCOMPARE(outcome->currentData().toString(), QStringLiteral("callback_requested"));
        QTRY_VERIFY(callback->hasFocus());
        QTest::keyClicks(callback, QStringLiteral("2026-11-24 12:30"));
        QCOMPARE(callback->dateTime().toUTC(),
                 QDateTime(QDate(2026, 11, 24), QTime(12, 30), QTimeZone::utc()));
        auto* times = window.findChild<QLabel*>(QStringLiteral("callbackTimesLabel"));
        QVERIFY2(times->text().contains(QLatin1String("Your time: Tue 24 Nov 12:30")) &&
                     times->text().contains(
                         QLatin1String("the lead's time: Tue 24 Nov 13:30 (Europe/Berlin)")),
                 qPrintable(times->text()));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier); // save and next
        QTRY_COMPARE(title->text(), QStringLiteral("Clara Schmidt"));
        auto* model = qobject_cast<QueueModel*>(table->model());
        QCOMPARE(model->leadId(0), clara); // jonas waits for his callback

        Clock::advance(2 * 3600 + 29 * 60 + 30); // 12:29:30: read again after a minute
        QTRY_COMPARE(model->context().now, Clock::nowSecs());
        QCOMPARE(model->leadId(0), clara);
        Clock::advance(31); // 12:30:01: not a minute later, but the callback is due: no F5
        QTRY_COMPARE(model->leadId(0), jonas);
        QVERIFY(model->index(0, QueueModel::NextAction)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Callback due since 12:30")));
        QCOMPARE(model->data(model->index(0, 0), QueueModel::LaneRole).toInt(),
                 int(QueueLane::CallbackDue));

        // Undo the last call from the keyboard: no callback any more, Jonas is a new lead again.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(model->data(model->index(0, 0), QueueModel::LaneRole).toInt(),
                     int(QueueLane::NewLead));
        QCOMPARE(model->leadId(0), jonas);
        QCOMPARE(model->index(0, QueueModel::Stage).data().toString(), QStringLiteral("New"));
        QTest::qWait(50); // let the card lay out its new text before the screenshot
        window.grab().save(fixture.dir() + QStringLiteral("/queueflow.png"));
        if (qEnvironmentVariableIsSet("LEADSCOUT_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR") +
                               QStringLiteral("/queueflow.png"));
    }

    void flaggedLeadsCannotBeDialledOrLogged()
    {
        TestStore fixture;
        const qint64 wrong =
            addLead(fixture.store(), QStringLiteral("Wanda"), QStringLiteral("Wrong"));
        const qint64 dnc = addLead(fixture.store(), QStringLiteral("Dora"), QStringLiteral("Dnc"));
        set(fixture.store(), wrong, QStringLiteral("wrong_number = 1"), {});
        set(fixture.store(), dnc, QStringLiteral("do_not_call = 1"), {});
        Workstation station(fixture);
        MainWindow& window = *station.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto* table = window.findChild<QTableView*>(QStringLiteral("queueTableView"));
        auto* title = window.findChild<QLabel*>(QStringLiteral("leadTitleLabel"));
        auto* notice = window.findChild<QLabel*>(QStringLiteral("claimNoticeLabel"));
        auto* call = window.findChild<QPushButton*>(QStringLiteral("callButton"));
        auto* outcome = window.findChild<QComboBox*>(QStringLiteral("outcomeComboBox"));
        auto* model = qobject_cast<QueueModel*>(table->model());
        QVERIFY(table && title && notice && call && outcome && model);
        DesktopLinks::takeOpened(); // what earlier tests dialled

        for (const auto& [lead, name, text] :
             {std::tuple{wrong, QStringLiteral("Wanda Wrong"), QStringLiteral("marked as wrong")},
              std::tuple{dnc, QStringLiteral("Dora Dnc"), QStringLiteral("do not call")}}) {
            const QModelIndex index = model->index(model->rowOfLead(lead), QueueModel::Name);
            QVERIFY(index.isValid());
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            QTRY_COMPARE(title->text(), name);
            QVERIFY2(notice->text().contains(text), qPrintable(notice->text()));
            QVERIFY(!call->isEnabled());
            QVERIFY(!window.findChild<QAction*>(QStringLiteral("dialAction"))->isEnabled());
            for (QAction* action : window.findChildren<QAction*>())
                if (action->objectName().startsWith(QLatin1String("outcome_")))
                    QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QTest::keyClick(&window, Qt::Key_F9);
            QVERIFY(DesktopLinks::takeOpened().isEmpty());
            QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
            QVERIFY(outcome->currentData().isNull());
            QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        }
        Store& store = fixture.reopen();
        QCOMPARE(Sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM calls")).toInt(), 0);
    }

    void unsavedCallIsNotLostOnCloseOrStoreSwitch()
    {
        TestStore other;
        const QString otherPath = other.path();
        other.close();
        TestStore fixture;
        const qint64 anna =
            addLead(fixture.store(), QStringLiteral("Anna"), QStringLiteral("Becker"));
        Workstation station(fixture);
        MainWindow& window = *station.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto* title = window.findChild<QLabel*>(QStringLiteral("leadTitleLabel"));
        auto* note = window.findChild<QLineEdit*>(QStringLiteral("callNoteLineEdit"));
        QVERIFY(title && note);
        QTest::keyClick(&window, Qt::Key_F8);
        QTRY_COMPARE(title->text(), QStringLiteral("Anna Becker"));
        QTest::keyClick(&window, Qt::Key_F9);
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        QTest::keyClicks(note, QStringLiteral("rang out"));
        const QString windowTitle = window.windowTitle();
        Prompts::takeShownMessages();

        Prompts::queueAnswer(QMessageBox::No); // keep the call: the window stays open
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QStringList asked = Prompts::takeShownMessages();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first(),
                 QStringLiteral("The call with Anna Becker has not been logged. Discard it?"));
        QCOMPARE(note->text(), QStringLiteral("rang out"));

        Prompts::queueFileName(otherPath); // File ▸ Open Store… with the call still open
        Prompts::queueAnswer(QMessageBox::No);
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(Prompts::takeShownMessages().size(), 1);
        QCOMPARE(window.windowTitle(), windowTitle);
        QCOMPARE(note->text(), QStringLiteral("rang out"));

        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier); // log it
        {
            Store& store = fixture.reopen();
            QCOMPARE(CallLog(store).calls(anna).size(), 1);
            QCOMPARE(CallLog(store).calls(anna).first().note, QStringLiteral("rang out"));
            fixture.close();
        }
        QTest::keyClick(&window, Qt::Key_F9); // a second call, only dialled: asked again
        Prompts::queueAnswer(QMessageBox::Yes);
        QVERIFY(window.close());
        QCOMPARE(Prompts::takeShownMessages().size(), 1);
        Store& store = fixture.reopen();
        QCOMPARE(CallLog(store).calls(anna).size(), 1);
    }

    void queueRefreshesItselfKeepingSelectionAndScroll()
    {
        TestStore fixture;
        QList<qint64> ids;
        for (int i = 0; i < 150; ++i)
            ids.append(addLead(fixture.store(), QStringLiteral("Lead"),
                               QStringLiteral("No%1").arg(i, 3, 10, QLatin1Char('0'))));
        Workstation station(fixture);
        MainWindow& window = *station.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto* table = window.findChild<QTableView*>(QStringLiteral("queueTableView"));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* model = qobject_cast<QueueModel*>(table->model());
        QVERIFY(table && search && model);

        // The rep scrolls down past the first page and opens a lead there.
        table->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > QueueModel::pageSize);
        table->scrollToBottom();
        const int row = model->rowCount() - 10;
        const qint64 lead = model->leadId(row);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model->index(row, QueueModel::Name)).center());
        QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("leadTitleLabel"))->text(),
                     QStringLiteral("Lead No%1").arg(ids.indexOf(lead), 3, 10, QLatin1Char('0')));
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        Clock::advance(61); // a minute later the view reads the queue again by itself
        QTRY_COMPARE(resets.count(), 1);
        QCOMPARE(model->leadId(table->selectionModel()->selectedRows().value(0).row()), lead);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(model->context().now, Clock::nowSecs());

        // Not while the rep types a search: the refresh waits until the typing stops.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("lead"));
        QTRY_COMPARE(model->filter().search, QStringLiteral("lead"));
        resets.clear();
        Clock::advance(120);
        QTest::qWait(1500);
        QCOMPARE(resets.count(), 0);
        table->setFocus();
        QTRY_COMPARE(resets.count(), 1);
    }

    void claimIsKeptWhileWorkingAndLapsesWhenIdle()
    {
        TestStore fixture;
        const qint64 anna =
            addLead(fixture.store(), QStringLiteral("Anna"), QStringLiteral("Becker"));
        const auto expiresIn = [&] { // seconds the claim has left, as the store says
            Store& store = fixture.reopen();
            const QVariant at = column(store, anna, QStringLiteral("claim_expires_at"));
            fixture.close();
            return at.isNull() ? qint64(-1) : at.toLongLong() - Clock::nowSecs();
        };

        Workstation station(fixture);
        MainWindow& window = *station.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto* title = window.findChild<QLabel*>(QStringLiteral("leadTitleLabel"));
        auto* notice = window.findChild<QLabel*>(QStringLiteral("claimNoticeLabel"));
        auto* dial = window.findChild<QAction*>(QStringLiteral("dialAction"));
        QTest::keyClick(&window, Qt::Key_F8);
        QTRY_COMPARE(title->text(), QStringLiteral("Anna Becker"));
        QCOMPARE(expiresIn(), 15 * 60);

        // A running call keeps the claim, well past the claim time.
        QTest::keyClick(&window, Qt::Key_F9);
        for (int i = 0; i < 3; ++i) {
            Clock::advance(10 * 60);
            QTRY_COMPARE(expiresIn(), 15 * 60);
        }
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier); // logged: the panel is free

        // Input within the claim time keeps it too.
        Clock::advance(10 * 60);
        QTest::mouseClick(title, Qt::LeftButton);
        QTRY_COMPARE(expiresIn(), 15 * 60);
        QVERIFY(notice->text().isEmpty());

        // Without input the claim runs out, and the card says so.
        Clock::advance(14 * 60);
        QTest::qWait(1200);
        QCOMPARE(expiresIn(), 60);
        Clock::advance(61);
        QTRY_VERIFY2(notice->text().contains(QLatin1String("lapsed")), qPrintable(notice->text()));
        QVERIFY(expiresIn() < 0);
        QVERIFY(!dial->isEnabled());

        // The rep comes back: the lead is theirs again (nobody else took it).
        QTest::mouseClick(title, Qt::LeftButton);
        QTRY_VERIFY(dial->isEnabled());
        QCOMPARE(expiresIn(), 15 * 60);
        QVERIFY(notice->text().isEmpty());
    }
};

QTEST_MAIN(TestQueueFlow)
#include "tst_queueflow.moc"
