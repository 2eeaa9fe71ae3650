// Issue 16, item 1: no StoreError (or any exception) thrown under a slot on the GUI thread ends
// the program; the rep gets a message and keeps what is on screen.
#include "GuardedApplication.h"
#include "Prompts.h"
#include "TestStore.h"
#include "store/Sql.h"
#include "support/BackgroundJob.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <stdexcept>

namespace {

/// The error the crash of issue 16 ended with: SQLITE_NOTADB read as a damaged store.
[[noreturn]] void failAsDamaged()
{
    Sql::fail(QStringLiteral("SELECT id FROM leads WHERE stage = 'sql'"),
              QSqlError(QStringLiteral("file is not a database"),
                        QStringLiteral("Unable to fetch row"), QSqlError::StatementError,
                        QStringLiteral("26")),
              false);
}

QString damagedMessage()
{
    try {
        failAsDamaged();
    } catch (const StoreError& error) {
        return error.message();
    }
}

/// A small window: a field with the rep's typed text and a button whose slot fails.
struct Window
{
    QWidget widget;
    QLineEdit* field = new QLineEdit(&widget);
    QPushButton* button = new QPushButton(QStringLiteral("Hand off"), &widget);
    Window()
    {
        auto* layout = new QVBoxLayout(&widget);
        layout->addWidget(field);
        layout->addWidget(button);
        widget.resize(300, 120);
        widget.show();
    }
};

/// Every message shown so far (takeShownMessages() empties its list, so QTRY needs a sum).
QStringList& shown()
{
    static QStringList all;
    all += Prompts::takeShownMessages();
    return all;
}

GuardedApplication* guarded()
{
    return qobject_cast<GuardedApplication*>(QCoreApplication::instance());
}

} // namespace

class TestGuardedApplication : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        shown().clear();
    }

    void storeErrorInAClickedSlotIsShownAndTheWorkStays()
    {
        QVERIFY(guarded());
        QVERIFY(!damagedMessage().isEmpty());
        Window window;
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QObject::connect(window.button, &QPushButton::clicked, [] { failAsDamaged(); });
        QSignalSpy caught(guarded(), &GuardedApplication::errorCaught);
        QTest::keyClicks(window.field, QStringLiteral("budget approved by"));

        QTest::mouseClick(window.button, Qt::LeftButton);
        QTRY_COMPARE(shown(), QStringList{damagedMessage()});
        QCOMPARE(caught.size(), 1);

        // Still running: the window, the typed text, and the next keys all arrive.
        QVERIFY(window.widget.isVisible());
        QCOMPARE(window.field->text(), QStringLiteral("budget approved by"));
        QTest::keyClicks(window.field, QStringLiteral(" the CFO"));
        QCOMPARE(window.field->text(), QStringLiteral("budget approved by the CFO"));
        // And a second failure is caught as well.
        QTest::mouseClick(window.button, Qt::LeftButton);
        QTRY_COMPARE(caught.size(), 2);
        QTRY_COMPARE(shown().size(), 2);
    }

    void queuedSlotsAndTimersAreCoveredToo()
    {
        QSignalSpy caught(guarded(), &GuardedApplication::errorCaught);
        QTimer::singleShot(0, this, [] { failAsDamaged(); });
        QTRY_COMPARE(caught.size(), 1);
        QMetaObject::invokeMethod(
            this, [] { throw std::runtime_error("bad_alloc-like failure"); }, Qt::QueuedConnection);
        QTRY_COMPARE(caught.size(), 2);
        QTRY_COMPARE(shown().size(), 2);
        QCOMPARE(shown().first(), damagedMessage());
        QVERIFY2(shown().last().contains(QLatin1String("bad_alloc-like failure")),
                 qPrintable(shown().last()));
    }

    void oneMessageForTheSameFailureRepeated()
    {
        QSignalSpy caught(guarded(), &GuardedApplication::errorCaught);
        for (int i = 0; i < 5; ++i)
            QTimer::singleShot(0, this, [] { failAsDamaged(); });
        QTRY_COMPARE(caught.size(), 5);
        QTRY_COMPARE(shown(), QStringList{damagedMessage()});
        QTest::qWait(50); // and no second one comes later
        QCOMPARE(shown(), QStringList{damagedMessage()});
    }

    void workerThreadsReportInsteadOfTerminating()
    {
        // An object living in a worker thread with an event loop (as the draft saver's writer).
        QThread worker;
        QObject inWorker;
        inWorker.moveToThread(&worker);
        worker.start();
        QSignalSpy caught(guarded(), &GuardedApplication::errorCaught);
        QMetaObject::invokeMethod(
            &inWorker, [] { failAsDamaged(); }, Qt::QueuedConnection);
        QTRY_COMPARE(caught.size(), 1);
        QCOMPARE(caught.first().first().toString(), damagedMessage());
        QTRY_COMPARE(shown(), QStringList{damagedMessage()});
        worker.quit();
        worker.wait();

        // A background job (rescoring) whose work throws something that is not a StoreError.
        TestStore store;
        BackgroundJob job(store.store(), [](const Store&, BackgroundJob&) -> bool {
            throw std::out_of_range("index 7 of 3");
        });
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("index 7 of 3")),
                 qPrintable(finished.first().at(1).toString()));
    }

    void theRepSeesAMessageBox()
    {
        Prompts::setRecordOnly(false);
        Window window;
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QObject::connect(window.button, &QPushButton::clicked, [] { failAsDamaged(); });
        QString seen;
        QTimer closer;
        closer.setInterval(20);
        QObject::connect(&closer, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                seen = box->text();
                box->accept();
            }
        });
        closer.start();
        QTest::mouseClick(window.button, Qt::LeftButton);
        QTRY_COMPARE(seen, damagedMessage());
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(window.widget.isVisible());
    }
};

int main(int argc, char** argv)
{
    GuardedApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestGuardedApplication test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guardedapp.moc"
