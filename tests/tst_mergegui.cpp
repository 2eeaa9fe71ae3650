#include "DuplicatesDialog.h"
#include "MainWindow.h"
#include "MergeDialog.h"
#include "Prompts.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "support/AppSettings.h"
#include "support/Clock.h"
#include "support/QueueFixtures.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QTest>

/// Merging duplicates from the keyboard: Lead ▸ Find Duplicates… lists the pair, Enter opens the
/// merge, a detail's value is picked with the arrow keys (blanks are not offered), Enter merges,
/// and Lead ▸ Undo Merge brings both leads back.
class TestMergeGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_anna = 0;
    qint64 m_twin = 0;

    static void screenshot(QWidget* widget, const QString& name)
    {
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(widget->grab().save(shots + QLatin1Char('/') + name));
    }

    qint64 leadCount() { return LeadRepository(m_window->store()).count(); }

    template <typename T> T* waitForDialog(QWidget* within)
    {
        T* dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = within->findChild<T*>()) && dialog->isVisible()); }();
        if (!dialog)
            return nullptr;
        dialog->activateWindow(); // the offscreen platform does not activate new windows itself
        [&] { QTRY_COMPARE(QApplication::activeWindow(), dialog); }();
        return dialog;
    }

private slots:
    void init()
    {
        Clock::setFixed(QueueFixtures::tuesdayMorning());
        Prompts::setRecordOnly(true);
        Prompts::takeShownMessages();
        Prompts::takeQuestions();
        m_fixture = std::make_unique<TestStore>();
        LeadRepository leads(m_fixture->store());
        m_anna = leads.create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                         QStringLiteral("Becker GmbH")),
                              QStringLiteral("mara"));
        Lead twin = sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                               QStringLiteral("Becker AG"));
        twin.title = QStringLiteral("CTO");
        m_twin = leads.create(twin, QStringLiteral("mara"));
        const QString path = m_fixture->path();
        m_fixture->close();
        m_settings = std::make_unique<AppSettings>(m_fixture->dir() + QStringLiteral("/s.ini"));
        m_settings->setValue(AppSettings::Key::RepName, QStringLiteral("mara"));
        m_window = std::make_unique<MainWindow>(Store::open(path), *m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_fixture.reset();
        Clock::reset();
    }

    void actionsAreInTheLeadMenu()
    {
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("leadMenu"));
        for (const char* name :
             {"findDuplicatesAction", "mergeCurrentLeadAction", "undoMergeAction"})
            QVERIFY(menu->actions().contains(m_window->findChild<QAction*>(QLatin1String(name))));
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("undoMergeAction"))->isEnabled());
    }

    void findsMergesAndUndoesFromTheKeyboard()
    {
        QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        auto* duplicates = waitForDialog<DuplicatesDialog>(m_window.get());
        QVERIFY(duplicates);
        QCOMPARE(duplicates->groupCount(), 1);
        screenshot(duplicates, QStringLiteral("find-duplicates.png"));
        QVERIFY(duplicates->width() <= 1280 && duplicates->height() <= 800);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto* merge = waitForDialog<MergeDialog>(duplicates);
        QVERIFY(merge);
        QVERIFY(merge->width() <= 1280 && merge->height() <= 800);

        // The survivor has no title: only the twin's is offered, and taken.
        auto* title = merge->findChild<QComboBox*>(QStringLiteral("mergeChoice_title"));
        QVERIFY(title);
        QCOMPARE(title->count(), 1);
        QVERIFY(title->currentText().contains(QStringLiteral("CTO")));
        // The company: the survivor's by default, the twin's picked with the arrow key.
        auto* company = merge->findChild<QComboBox*>(QStringLiteral("mergeChoice_company"));
        QVERIFY(company);
        QCOMPARE(company->count(), 2);
        QVERIFY(company->currentText().contains(QStringLiteral("Becker GmbH")));
        company->setFocus();
        QTest::keyClick(company, Qt::Key_Down);
        screenshot(merge, QStringLiteral("merge-dialog.png"));
        QVERIFY(company->currentText().contains(QStringLiteral("Becker AG")));
        QTest::keyClick(company, Qt::Key_Return);

        QTRY_COMPARE(leadCount(), 1);
        const Lead survivor = *LeadRepository(m_window->store()).find(m_anna);
        QCOMPARE(survivor.company, QStringLiteral("Becker AG"));
        QCOMPARE(survivor.title, QStringLiteral("CTO"));
        QTRY_COMPARE(duplicates->groupCount(), 0);
        QVERIFY(Prompts::takeShownMessages()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("merged into lead %1").arg(m_anna)));

        duplicates->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), duplicates);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<DuplicatesDialog*>());
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QAction* undo = m_window->findChild<QAction*>(QStringLiteral("undoMergeAction"));
        QVERIFY(undo->isEnabled());
        Prompts::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(leadCount(), 2);
        QCOMPARE(LeadRepository(m_window->store()).find(m_anna)->company,
                 QStringLiteral("Becker GmbH"));
        QCOMPARE(LeadRepository(m_window->store()).find(m_twin)->title, QStringLiteral("CTO"));
        QVERIFY(!undo->isEnabled());
    }
};

QTEST_MAIN(TestMergeGui)
#include "tst_mergegui.moc"
