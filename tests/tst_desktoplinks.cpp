// Desktop integration (issue 23): tel:/callto: links find the lead with that number or offer to
// add one; a second start on the same store hands its link to the window already open on it.
#include "LeadCard.h"
#include "MainWindow.h"
#include "NewLeadDialog.h"
#include "Prompts.h"
#include "SingleInstance.h"
#include "TestStore.h"
#include "contact/PhoneLookup.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "store/Sql.h"
#include "support/AppSettings.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <thread>

namespace {

qint64 addLead(Store& store, const QString& first, const QString& last, const QString& phone,
               const QString& e164)
{
    Lead lead = sampleLead(first, last, last + QStringLiteral(" GmbH"));
    lead.phone = phone;
    lead.phoneE164 = e164;
    lead.email = first.toLower() + QStringLiteral("@") + last.toLower() + QStringLiteral(".de");
    return LeadRepository(store).create(lead, QStringLiteral("mara"));
}

} // namespace

class TestDesktopLinks : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        Prompts::takeQuestions();
        Prompts::takeShownMessages();
    }

    void readsTheNumberOfALink_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("number");
        QTest::newRow("tel") << QStringLiteral("tel:+4930901820") << QStringLiteral("+4930901820");
        QTest::newRow("separators")
            << QStringLiteral("tel:+49-30-(901)820") << QStringLiteral("+49 30 901 820");
        QTest::newRow("parameters")
            << QStringLiteral("tel:030-901820;phone-context=+49") << QStringLiteral("030 901820");
        QTest::newRow("encoded") << QStringLiteral("tel:%2B49%2030%20901820")
                                 << QStringLiteral("+49 30 901820");
        QTest::newRow("callto") << QStringLiteral("callto://+4930901820/")
                                << QStringLiteral("+4930901820");
        QTest::newRow("CALLTO") << QStringLiteral("CALLTO:+4930901820")
                                << QStringLiteral("+4930901820");
        QTest::newRow("skype name") << QStringLiteral("callto:anna.becker") << QStringLiteral("");
        QTest::newRow("not a link")
            << QStringLiteral("mailto:anna@becker.de") << QStringLiteral("");
    }

    void readsTheNumberOfALink()
    {
        QFETCH(QString, link);
        QFETCH(QString, number);
        QCOMPARE(PhoneLookup::numberFromLink(link), number);
    }

    void findsLeadsByNumber()
    {
        TestStore fixture;
        const qint64 anna =
            addLead(fixture.store(), QStringLiteral("Anna"), QStringLiteral("Becker"),
                    QStringLiteral("030 901820"), QStringLiteral("+4930901820"));
        const qint64 jonas =
            addLead(fixture.store(), QStringLiteral("Jonas"), QStringLiteral("Weber"),
                    QStringLiteral("+49 89 1234567"), QStringLiteral("+49891234567"));
        // A number kept from a lead merged into Jonas.
        Sql::exec(fixture->db(),
                  QStringLiteral("INSERT INTO lead_alternates (lead_id, kind, value, value_norm,"
                                 " added_at) VALUES (?, 'phone', '0211 55501', '+4921155501', 0)"),
                  {jonas});
        QCOMPARE(PhoneLookup::findLeads(fixture.store(), QStringLiteral("+49 30 901820")),
                 QList<qint64>{anna});
        // Without a country code: the team's default country (Germany).
        QCOMPARE(PhoneLookup::findLeads(fixture.store(), QStringLiteral("089 1234567")),
                 QList<qint64>{jonas});
        QCOMPARE(PhoneLookup::findLeads(fixture.store(), QStringLiteral("+49 211 55501")),
                 QList<qint64>{jonas});
        QVERIFY(PhoneLookup::findLeads(fixture.store(), QStringLiteral("+49 40 111222")).isEmpty());
    }

    void aPhoneLinkShowsTheLeadOnTheCard()
    {
        TestStore fixture;
        addLead(fixture.store(), QStringLiteral("Anna"), QStringLiteral("Becker"),
                QStringLiteral("030 901820"), QStringLiteral("+4930901820"));
        const qint64 jonas =
            addLead(fixture.store(), QStringLiteral("Jonas"), QStringLiteral("Weber"),
                    QStringLiteral("+49 89 1234567"), QStringLiteral("+49891234567"));
        const QString path = fixture.path();
        fixture.close();
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        MainWindow window(Store::open(path), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy handled(&window, &MainWindow::phoneLinkHandled);

        window.openArguments({QStringLiteral("tel:+49-89-1234567")});
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(1).toLongLong(), jonas);
        auto* title = window.findChild<QLabel*>(QStringLiteral("leadTitleLabel"));
        QTRY_COMPARE(title->text(), QStringLiteral("Jonas Weber"));
        QCOMPARE(window.findChild<LeadCard*>()->leadId(), jonas);
        QVERIFY(Prompts::takeQuestions().isEmpty());
    }

    void anUnknownNumberOffersANewLeadWithIt()
    {
        TestStore fixture;
        addLead(fixture.store(), QStringLiteral("Anna"), QStringLiteral("Becker"),
                QStringLiteral("030 901820"), QStringLiteral("+4930901820"));
        const QString path = fixture.path();
        fixture.close();
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        MainWindow window(Store::open(path), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy handled(&window, &MainWindow::phoneLinkHandled);

        // Declined: nothing opens, the card stays as it was.
        Prompts::queueAnswer(QMessageBox::No);
        window.openArguments({QStringLiteral("callto:+4940111222")});
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.takeFirst().at(1).toLongLong(), 0);
        const QList<Prompts::Question> asked = Prompts::takeQuestions();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().text.contains(QLatin1String("+4940111222")),
                 qPrintable(asked.first().text));
        QCOMPARE(asked.first().defaultButton, QMessageBox::Yes);
        QVERIFY(!window.findChild<NewLeadDialog*>());

        // Accepted: the new-lead form opens with the number filled in.
        Prompts::queueAnswer(QMessageBox::Yes);
        window.openArguments({QStringLiteral("tel:+49-40-111222")});
        NewLeadDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NewLeadDialog*>()) && dialog->isVisible());
        auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"));
        QVERIFY(phone);
        QCOMPARE(phone->text(), QStringLiteral("+49 40 111222"));
        dialog->reject();
    }

    void theWindowKeepsItsQueueColumns()
    {
        TestStore fixture;
        addLead(fixture.store(), QStringLiteral("Anna"), QStringLiteral("Becker"),
                QStringLiteral("030 901820"), QStringLiteral("+4930901820"));
        const QString path = fixture.path();
        fixture.close();
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        int movedTo = -1;
        int width = -1;
        {
            MainWindow window(Store::open(path), settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView* header =
                window.findChild<QTableView*>(QStringLiteral("queueTableView"))->horizontalHeader();
            header->moveSection(header->visualIndex(1), 4);
            header->resizeSection(2, 171);
            movedTo = header->visualIndex(1);
            width = header->sectionSize(2);
            window.close();
        }
        MainWindow again(Store::open(path), settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QHeaderView* header =
            again.findChild<QTableView*>(QStringLiteral("queueTableView"))->horizontalHeader();
        QCOMPARE(header->visualIndex(1), movedTo);
        QCOMPARE(header->sectionSize(2), width);
        QVERIFY(!again.findChild<QWidget*>(QStringLiteral("leadCardWidget"))
                     ->accessibleName()
                     .isEmpty());
    }

    void aSecondStartHandsItsArgumentsToTheWindow()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("leads.sqlite"));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        // Nobody listens yet: the start opens its own window.
        QVERIFY(!SingleInstance::handOver(store, {QStringLiteral("tel:+4930901820")}, 500));

        SingleInstance first;
        QVERIFY(first.listen(store));
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        bool taken = false;
        // The same store by another path (./, ..) is the same store.
        const QString samePlace = dir.path() + QStringLiteral("/./sub/../leads.sqlite");
        std::thread second([&] {
            taken = SingleInstance::handOver(samePlace, {QStringLiteral("tel:+4930901820")});
        });
        QTRY_COMPARE(received.size(), 1);
        second.join();
        QVERIFY(taken);
        QCOMPARE(received.first().first().toStringList(),
                 QStringList{QStringLiteral("tel:+4930901820")});
        // Another store is another window's business.
        QVERIFY(!SingleInstance::handOver(other, {}, 500));
        QVERIFY(SingleInstance::serverName(store) != SingleInstance::serverName(other));

        // A window that crashed leaves its socket file behind: the next one listens all the same.
        first.close();
        SingleInstance again;
        QVERIFY(again.listen(store));
    }

    void theRealProgramHandsATelLinkToTheRunningWindow()
    {
        TestStore fixture;
        SKIP_ON_POSTGRES("one store file is enough to test the hand-over");
        const qint64 jonas =
            addLead(fixture.store(), QStringLiteral("Jonas"), QStringLiteral("Weber"),
                    QStringLiteral("+49 89 1234567"), QStringLiteral("+49891234567"));
        const QString path = fixture.path();
        fixture.close();
        const QString probe = fixture.dir() + QStringLiteral("/probe.jsonl");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEADSCOUT_HOME"), fixture.dir() + QStringLiteral("/home"));
        env.insert(QStringLiteral("LEADSCOUT_LINK_PROBE"), probe);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

        QProcess window;
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(LEADSCOUT_BINARY), {QStringLiteral("--db"), path});
        QVERIFY(window.waitForStarted());
        // Once the window listens (an empty hand-over only brings it to the front)…
        QTRY_VERIFY_WITH_TIMEOUT(SingleInstance::handOver(path, {}, 200), 20000);
        // …a second start hands the link over and ends instead of opening a window.
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(LEADSCOUT_BINARY),
                     {QStringLiteral("--db"), path, QStringLiteral("tel:+49891234567")});
        QVERIFY(second.waitForFinished(20000));
        const int code = second.exitCode();
        QCOMPARE(code, 0);
        // The first window showed the lead, said so, and closed (probe mode).
        QVERIFY(window.waitForFinished(20000));
        QFile file(probe);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray line = file.readAll();
        QVERIFY2(line.contains("\"leadId\":" + QByteArray::number(jonas)), line.constData());
        QVERIFY2(line.contains("\"name\":\"Jonas Weber\""), line.constData());
        QCOMPARE(line.count('\n'), 1); // one window handled it, no second window opened
    }
};

QTEST_MAIN(TestDesktopLinks)
#include "tst_desktoplinks.moc"
