#include "HandoffView.h"
#include "LeadCard.h"
#include "LeadDetailsEditor.h"
#include "LeadFieldForm.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "QualificationForm.h"
#include "QueueFixtures.h"
#include "decisions/StageDecisions.h"
#include "handoff/HandoffService.h"
#include "items/HandoffBatchModel.h"
#include "items/HandoffReadyModel.h"
#include "items/QueueModel.h"
#include "leads/Erasure.h"
#include "leads/LeadEditor.h"
#include "queue/CallLog.h"
#include "queue/CallPanel.h"
#include "queue/DesktopLinks.h"
#include "queue/QueueView.h"
#include "support/AppSettings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace QueueFixtures;

/// Every open pane (card, qualification form, queue row, handoff list) shows a change made
/// through a use case at once, with no refresh called by hand: the store announces it
/// (StoreEvents), also when the change comes through another connection or another thread.
class TestFreshPanes : public QObject
{
    Q_OBJECT

    /// The main window on the fixture's store, with mara at the keyboard and Anna on the card.
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
            card = window->findChild<LeadCard*>();
            form = window->findChild<QualificationForm*>();
            queue = window->findChild<QueueView*>();
            handoff = window->findChild<HandoffView*>();
        }
        Store& store() const { return window->store(); }
        QString cardTitle() const
        {
            return card->findChild<QLabel*>(QStringLiteral("leadTitleLabel"))->text();
        }
        QString cardDetails() const
        {
            return card->findChild<QLabel*>(QStringLiteral("leadDetailsLabel"))->text();
        }
        QString formTitle() const
        {
            return form->findChild<QLabel*>(QStringLiteral("qualificationTitleLabel"))->text();
        }
        const QueueRow* queueRow(qint64 leadId) const
        {
            const int row = queue->model()->rowOfLead(leadId);
            return row < 0 ? nullptr : queue->model()->rowAt(row);
        }
        QLineEdit* cardField(LeadField field) const
        {
            return qobject_cast<QLineEdit*>(card->findChild<LeadFieldForm*>()->input(field));
        }
        HandoffReadyModel* readyModel() const
        {
            return qobject_cast<HandoffReadyModel*>(
                handoff->findChild<QTableView*>(QStringLiteral("readyTableView"))->model());
        }
        void showHandoffPage() const
        {
            window->findChild<QAction*>(QStringLiteral("showHandoffAction"))->trigger();
        }
        AppSettings settings;
        std::unique_ptr<MainWindow> window;
        LeadCard* card = nullptr;
        QualificationForm* form = nullptr;
        QueueView* queue = nullptr;
        HandoffView* handoff = nullptr;
    };

    qint64 m_anna = 0;
    qint64 m_jonas = 0;

    /// Anna and Jonas in the queue; Anna is opened with F8.
    void openAnna(Workstation& station)
    {
        station.window->findChild<QAction*>(QStringLiteral("nextLeadAction"))->trigger();
        QCOMPARE(station.card->leadId(), m_anna);
        QCOMPARE(station.form->leadId(), m_anna);
        QCOMPARE(station.cardTitle(), QStringLiteral("Anna Becker"));
    }

    TestStore* makeFixture()
    {
        auto* fixture = new TestStore;
        const qint64 now = Clock::nowSecs();
        m_anna = addLead(fixture->store(), QStringLiteral("Anna"), QStringLiteral("Becker"));
        m_jonas = addLead(fixture->store(), QStringLiteral("Jonas"), QStringLiteral("Weber"));
        set(fixture->store(), m_anna, QStringLiteral("created_at = ?"), {now - 2 * 3600});
        set(fixture->store(), m_jonas, QStringLiteral("created_at = ?"), {now - 3600});
        return fixture;
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        Prompts::setRecordOnly(true);
        DesktopLinks::setRecordOnly(true);
    }
    void init() { Clock::setFixed(tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void aDetailChangedThroughTheEditorShowsInEveryPane()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        const LeadEditor::Result result =
            LeadEditor(station.store())
                .setField(m_anna, LeadField::LastName, QStringLiteral("Neumann"),
                          QStringLiteral("mara"));
        QVERIFY(result.changed);
        QCOMPARE(station.cardTitle(), QStringLiteral("Anna Neumann"));
        QCOMPARE(station.cardField(LeadField::LastName)->text(), QStringLiteral("Neumann"));
        QCOMPARE(station.formTitle(), QStringLiteral("Qualifying Anna Neumann"));
        QVERIFY(station.queueRow(m_anna));
        QCOMPARE(station.queueRow(m_anna)->lastName, QStringLiteral("Neumann"));
    }

    void aCallLoggedShowsOnCardAndQueueRow()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        QCOMPARE(station.queueRow(m_anna)->attempts, 0);
        CallDraft draft;
        draft.outcome = CallOutcome::NoAnswer;
        draft.durationSecs = 20;
        CallLog(station.store()).log(m_anna, draft, QStringLiteral("mara"));
        QVERIFY2(station.cardDetails().contains(QStringLiteral("Calls: 1")),
                 qPrintable(station.cardDetails()));
        QVERIFY(station.queueRow(m_anna));
        QCOMPARE(station.queueRow(m_anna)->attempts, 1);
        QCOMPARE(station.queueRow(m_anna)->stage, Stage::Working);
        QVERIFY(station.formTitle().contains(QStringLiteral("Anna Becker")));
    }

    void aDecisionShowsInCardFormQueueAndHandoffList()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        station.showHandoffPage();
        QCOMPARE(station.readyModel()->rowCount(), 0);
        DecisionRequest request;
        request.decision = Decision::SalesReady;
        request.overrideReason = QStringLiteral("Asked for an offer on the phone");
        StageDecisions(station.store()).apply(m_anna, request, QStringLiteral("mara"));
        QVERIFY2(station.cardDetails().contains(labelOf(Stage::Sql)),
                 qPrintable(station.cardDetails()));
        QCOMPARE(station.readyModel()->rowCount(), 1);
        QCOMPARE(station.readyModel()->leadId(0), m_anna);
        QVERIFY(!station.queueRow(m_anna)); // sales-ready leads leave the call queue
        // The form's decisions follow the stage: a sales-ready lead can be reopened.
        QVERIFY(station.window->findChild<QAction*>(QStringLiteral("reopenAction"))->isEnabled());
    }

    void aHandoffShowsInTheHandoffListAndOnTheCard()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        DecisionRequest request;
        request.decision = Decision::SalesReady;
        request.overrideReason = QStringLiteral("Asked for an offer on the phone");
        StageDecisions(station.store()).apply(m_anna, request, QStringLiteral("mara"));
        station.showHandoffPage();
        QCOMPARE(station.readyModel()->rowCount(), 1);
        auto* batches = station.handoff->findChild<QTableView*>(QStringLiteral("batchTableView"));
        QVERIFY(batches);
        QCOMPARE(batches->model()->rowCount(), 0);
        HandoffRequest handoff;
        handoff.filePath = fixture->dir() + QStringLiteral("/handoff.csv");
        handoff.repName = QStringLiteral("mara");
        const HandoffResult result = HandoffService(station.store()).handOff(handoff);
        QCOMPARE(result.leadCount, 1);
        QCOMPARE(station.readyModel()->rowCount(), 0);
        QCOMPARE(batches->model()->rowCount(), 1);
        QVERIFY2(station.cardDetails().contains(labelOf(Stage::HandedOff)),
                 qPrintable(station.cardDetails()));
    }

    void aNewLeadEntersTheQueue()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        const qint64 clara =
            addLead(station.store(), QStringLiteral("Clara"), QStringLiteral("Schmidt"));
        QVERIFY(station.queueRow(clara));
    }

    void anErasureEmptiesEveryPane()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        Erasure erasure(station.store());
        erasure.erase(erasure.planForLead(m_anna));
        QCOMPARE(station.card->leadId(), 0);
        QCOMPARE(station.form->leadId(), 0);
        QVERIFY(!station.queueRow(m_anna));
        QVERIFY(station.queueRow(m_jonas));
    }

    void aChangeThroughAnotherConnectionArrives()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        const std::unique_ptr<Store> other = station.store().openAnother();
        LeadEditor(*other).setField(m_anna, LeadField::FirstName, QStringLiteral("Anne"),
                                    QStringLiteral("mara"));
        QCOMPARE(station.cardTitle(), QStringLiteral("Anne Becker"));
        QCOMPARE(station.formTitle(), QStringLiteral("Qualifying Anne Becker"));
        QCOMPARE(station.queueRow(m_anna)->firstName, QStringLiteral("Anne"));
    }

    void aChangeFromAWorkerThreadArrivesInTheGuiThread()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        const Store& primary = station.store();
        const qint64 anna = m_anna;
        QThread* worker = QThread::create([&primary, anna] {
            const std::unique_ptr<Store> own = primary.openAnother();
            LeadEditor(*own).setField(anna, LeadField::FirstName, QStringLiteral("Anja"),
                                      QStringLiteral("mara"));
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QTRY_COMPARE(station.cardTitle(), QStringLiteral("Anja Becker"));
        QCOMPARE(station.formTitle(), QStringLiteral("Qualifying Anja Becker"));
        QCOMPARE(station.queueRow(m_anna)->firstName, QStringLiteral("Anja"));
    }

    void aChangeMadeElsewhereIsDeliveredLikeOneMadeHere()
    {
        // Team mode: another rep's change on a shared store reaches this window through
        // StoreEvents::deliver (LISTEN/NOTIFY); a second store on the same file stands in for
        // the colleague's process.
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        const std::unique_ptr<Store> colleague = Store::open(station.store().location());
        QSignalSpy own(colleague->events(), &StoreEvents::leadChanged);
        LeadEditor(*colleague)
            .setField(m_anna, LeadField::LastName, QStringLiteral("Krause"),
                      QStringLiteral("mara"));
        QCOMPARE(own.count(), 1);
        QCOMPARE(station.cardTitle(), QStringLiteral("Anna Becker")); // no notice yet
        station.store().events()->deliver({{m_anna}});
        QCOMPARE(station.cardTitle(), QStringLiteral("Anna Krause"));
        QCOMPARE(station.queueRow(m_anna)->lastName, QStringLiteral("Krause"));
    }

    void aRolledBackChangeAnnouncesNothing()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        QSignalSpy lead(station.store().events(), &StoreEvents::leadChanged);
        QSignalSpy leads(station.store().events(), &StoreEvents::leadsChanged);
        DecisionRequest request;
        request.decision = Decision::SalesReady; // criteria not met, no override reason
        // The decision rescored the lead (an announcement) before it was refused.
        QVERIFY_THROWS_EXCEPTION(
            DecisionRefused,
            StageDecisions(station.store()).apply(m_anna, request, QStringLiteral("mara")));
        QCOMPARE(lead.count(), 0);
        QCOMPARE(leads.count(), 0);
    }

    void aConnectionOutlivingThePrimaryStoreDoesNotCrash()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        std::unique_ptr<Store> other;
        {
            Workstation station(*fixture);
            openAnna(station);
            other = station.store().openAnother();
            // The window opens another store: the first one, and its events, are destroyed.
            TestStore elsewhere;
            const QString path = elsewhere.path();
            elsewhere.close();
            QVERIFY(station.window->openStore(path));
            LeadEditor(*other).setField(m_anna, LeadField::FirstName, QStringLiteral("Ann"),
                                        QStringLiteral("mara"));
            QCOMPARE(station.card->leadId(), 0);
        }
        // The window is gone as well; from another thread too, nothing is sent anywhere.
        // A connection belongs to its thread: the worker opens its own from the survivor.
        QString failure;
        QThread* worker = QThread::create([&other, &failure, this] {
            try {
                const std::unique_ptr<Store> own = other->openAnother();
                LeadEditor(*own).setField(m_anna, LeadField::FirstName, QStringLiteral("Anni"),
                                          QStringLiteral("mara"));
            } catch (const StoreError& error) {
                failure = error.message();
            }
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCoreApplication::processEvents();
        QCOMPARE(LeadRepository(*other).find(m_anna)->firstName, QStringLiteral("Anni"));
    }

    void typingOnTheCardIsNotOverwrittenByARefresh()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        QLineEdit* company = station.cardField(LeadField::Company);
        company->setFocus();
        company->selectAll();
        QTest::keyClicks(company, QStringLiteral("Beta KG"));
        QVERIFY(company->isModified());
        CallDraft draft;
        draft.outcome = CallOutcome::NoAnswer;
        draft.durationSecs = 15;
        CallLog(station.store()).log(m_anna, draft, QStringLiteral("mara"));
        LeadEditor(station.store())
            .setField(m_anna, LeadField::LastName, QStringLiteral("Brandt"),
                      QStringLiteral("mara"));
        QCOMPARE(station.cardTitle(), QStringLiteral("Anna Brandt")); // the card was refreshed
        QCOMPARE(station.cardField(LeadField::LastName)->text(), QStringLiteral("Brandt"));
        QCOMPARE(company->text(), QStringLiteral("Beta KG")); // the typing is still there
        QVERIFY(company->isModified());
        QVERIFY(station.card->detailsEditor()->commitPending()); // and is saved when finished
        QCOMPARE(LeadRepository(station.store()).find(m_anna)->company, QStringLiteral("Beta KG"));
        QCOMPARE(station.queueRow(m_anna)->company, QStringLiteral("Beta KG"));
    }

    void theHeldLeadMarkedDoNotCallElsewhereCannotBeCalledHere()
    {
        std::unique_ptr<TestStore> fixture(makeFixture());
        Workstation station(*fixture);
        openAnna(station);
        QCOMPARE(station.card->callPanel()->leadId(), m_anna);
        const std::unique_ptr<Store> other = station.store().openAnother();
        LeadEditor(*other).setField(m_anna, LeadField::DoNotCall, QStringLiteral("yes"),
                                    QStringLiteral("mara"));
        QCOMPARE(station.card->callPanel()->leadId(), 0);
        QVERIFY(!station.window->findChild<QAction*>(QStringLiteral("dialAction"))->isEnabled());
        QVERIFY(station.card->findChild<QLabel*>(QStringLiteral("claimNoticeLabel"))
                    ->text()
                    .contains(QStringLiteral("do not call")));
    }
};

QTEST_MAIN(TestFreshPanes)
#include "tst_freshpanes.moc"
