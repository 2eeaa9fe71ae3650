#include "TestStore.h"
#include "store/Store.h"
#include "store/StoreEvents.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

/// StoreEvents: announcements held while a write transaction is open, sent on commit, dropped on
/// rollback; further connections announce into the primary's events, from other threads queued,
/// and into nothing once the primary store is gone.
class TestStoreEvents : public QObject
{
    Q_OBJECT

private slots:
    void announcedAtOnceWithoutTransaction();
    void heldUntilCommit();
    void droppedOnRollback();
    void heldChangesAreMerged();
    void manyLeadsBecomeOneLeadsChanged();
    void anotherConnectionAnnouncesIntoThePrimary();
    void workerThreadArrivesQueuedInTheOwnersThread();
    void anotherConnectionOutlivingItsPrimaryAnnouncesIntoNothing();
    void deliverFromOutsideReachesReceivers();
};

void TestStoreEvents::announcedAtOnceWithoutTransaction()
{
    TestStore test;
    QSignalSpy lead(test->events(), &StoreEvents::leadChanged);
    QSignalSpy leads(test->events(), &StoreEvents::leadsChanged);
    QSignalSpy handoff(test->events(), &StoreEvents::handoffChanged);
    test->announceLead(7);
    QCOMPARE(lead.count(), 1);
    QCOMPARE(lead.at(0).at(0).toLongLong(), 7);
    test->announceLeads();
    QCOMPARE(leads.count(), 1);
    test->announceHandoff();
    QCOMPARE(handoff.count(), 1);
    QCOMPARE(lead.count(), 1);
}

void TestStoreEvents::heldUntilCommit()
{
    TestStore test;
    QSignalSpy lead(test->events(), &StoreEvents::leadChanged);
    QSignalSpy handoff(test->events(), &StoreEvents::handoffChanged);
    {
        WriteTransaction transaction(test.store());
        test->announceLead(3);
        test->announceHandoff();
        QCOMPARE(lead.count(), 0);
        QCOMPARE(handoff.count(), 0);
        transaction.commit();
        QCOMPARE(lead.count(), 1);
        QCOMPARE(lead.at(0).at(0).toLongLong(), 3);
        QCOMPARE(handoff.count(), 1);
    }
    QCOMPARE(lead.count(), 1); // nothing more when the committed transaction ends
    test->announceLead(4);     // and nothing is held any longer
    QCOMPARE(lead.count(), 2);
}

void TestStoreEvents::droppedOnRollback()
{
    TestStore test;
    QSignalSpy lead(test->events(), &StoreEvents::leadChanged);
    QSignalSpy leads(test->events(), &StoreEvents::leadsChanged);
    {
        WriteTransaction transaction(test.store());
        test->announceLead(3);
        test->announceLeads();
    }
    QCOMPARE(lead.count(), 0);
    QCOMPARE(leads.count(), 0);
    {
        WriteTransaction transaction(test.store());
        transaction.commit(); // what the rolled-back one held does not come back
    }
    QCOMPARE(lead.count(), 0);
    QCOMPARE(leads.count(), 0);
}

void TestStoreEvents::heldChangesAreMerged()
{
    TestStore test;
    QSignalSpy lead(test->events(), &StoreEvents::leadChanged);
    QSignalSpy leads(test->events(), &StoreEvents::leadsChanged);
    WriteTransaction transaction(test.store());
    test->announceLead(5);
    test->announceLead(6);
    test->announceLead(5);
    transaction.commit();
    QCOMPARE(lead.count(), 2);
    QCOMPARE(lead.at(0).at(0).toLongLong(), 5);
    QCOMPARE(lead.at(1).at(0).toLongLong(), 6);
    QCOMPARE(leads.count(), 0);
}

void TestStoreEvents::manyLeadsBecomeOneLeadsChanged()
{
    TestStore test;
    QSignalSpy lead(test->events(), &StoreEvents::leadChanged);
    QSignalSpy leads(test->events(), &StoreEvents::leadsChanged);
    WriteTransaction transaction(test.store());
    for (qint64 id = 1; id <= StoreChange::maxSingleLeads + 1; ++id)
        test->announceLead(id);
    transaction.commit();
    QCOMPARE(lead.count(), 0);
    QCOMPARE(leads.count(), 1);
}

void TestStoreEvents::anotherConnectionAnnouncesIntoThePrimary()
{
    TestStore test;
    const std::unique_ptr<Store> other = test->openAnother();
    QVERIFY(other->events() == nullptr);
    QSignalSpy lead(test->events(), &StoreEvents::leadChanged);
    {
        WriteTransaction transaction(*other);
        other->announceLead(9);
        QCOMPARE(lead.count(), 0);
        transaction.commit();
    }
    QCOMPARE(lead.count(), 1);
    QCOMPARE(lead.at(0).at(0).toLongLong(), 9);
}

void TestStoreEvents::workerThreadArrivesQueuedInTheOwnersThread()
{
    TestStore test;
    QThread* received = nullptr;
    qint64 receivedId = 0;
    connect(test->events(), &StoreEvents::leadChanged, this, [&](qint64 id) {
        received = QThread::currentThread();
        receivedId = id;
    });
    const Store& primary = test.store();
    QThread* worker = QThread::create([&primary] {
        const std::unique_ptr<Store> own = primary.openAnother();
        WriteTransaction transaction(*own);
        own->announceLead(11);
        transaction.commit();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(receivedId, 0); // queued: not yet, and never in the worker's thread
    QTRY_COMPARE(receivedId, 11);
    QCOMPARE(received, QThread::currentThread());
}

void TestStoreEvents::anotherConnectionOutlivingItsPrimaryAnnouncesIntoNothing()
{
    TestStore test;
    std::unique_ptr<Store> other = test->openAnother();
    QPointer<StoreEvents> events = test->events();
    int received = 0;
    connect(events, &StoreEvents::leadChanged, this, [&] { ++received; });
    other->announceLead(1);
    QCOMPARE(received, 1);
    test.close();
    QVERIFY(events.isNull());
    other->announceLead(2); // would reach a destroyed object without the link
    {
        WriteTransaction transaction(*other);
        other->announceLeads();
        transaction.commit();
    }
    QThread* worker = QThread::create([&other] { other->announceHandoff(); });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCoreApplication::processEvents();
    QCOMPARE(received, 1);
}

void TestStoreEvents::deliverFromOutsideReachesReceivers()
{
    TestStore test;
    QSignalSpy lead(test->events(), &StoreEvents::leadChanged);
    QSignalSpy handoff(test->events(), &StoreEvents::handoffChanged);
    StoreEvents* events = test->events();
    QThread* listener = QThread::create([events] { events->deliver({{21, 22}, false, true}); });
    listener->start();
    QVERIFY(listener->wait(10000));
    delete listener;
    QTRY_COMPARE(lead.count(), 2);
    QCOMPARE(lead.at(1).at(0).toLongLong(), 22);
    QCOMPARE(handoff.count(), 1);
}

QTEST_GUILESS_MAIN(TestStoreEvents)
#include "tst_storeevents.moc"
