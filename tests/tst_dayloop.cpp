#include "LeadCard.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "QualificationForm.h"
#include "RequireWidget.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "items/QueueModel.h"
#include "qualification/QualificationDrafts.h"
#include "qualification/QualificationRepository.h"
#include "queue/CallLog.h"
#include "queue/CallPanel.h"
#include "queue/DesktopLinks.h"
#include "queue/QueueController.h"
#include "store/Sql.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void type(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

} // namespace

/// A rep's day on the core loop (issue 16): nothing refused in silence, the date of a nurture
/// asked for, the next lead starting clean, "Save and next" keeping the qualification, and
/// feedback for what was done.
class TestDayLoop : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_anna = 0;
    qint64 m_jonas = 0;

    template <typename T> T* find(const char* name)
    {
        return requireChild<T>(m_window.get(), name);
    }
    QString text(const char* label) { return find<QLabel>(label)->text(); }
    QString status() { return m_window->statusBar()->currentMessage(); }

    /// Whether the widget is on screen inside the form's scroll area (not scrolled away).
    bool shownInForm(QWidget* widget)
    {
        auto* scroll = find<QScrollArea>("qualificationScrollArea");
        QWidget* viewport = scroll->viewport();
        const QRect rect(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
        return widget->isVisible() && viewport->rect().contains(rect.center()) &&
               viewport->rect().intersects(rect);
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(Store::open(m_fixture->path()), *m_settings);
        m_window->resize(1280, 800); // a laptop
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void openLead(qint64 leadId)
    {
        m_window->findChild<QueueController*>()->openLead(leadId);
        QTRY_VERIFY(m_window->findChild<QualificationForm*>()->leadId() == leadId);
    }

    Stage stageOf(qint64 leadId) { return LeadRepository(m_window->store()).find(leadId)->stage; }

private slots:
    void initTestCase()
    {
        Prompts::setRecordOnly(true);
        DesktopLinks::setRecordOnly(true);
    }

    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC)); // Tuesday
        m_fixture = std::make_unique<TestStore>();
        m_settings = std::make_unique<AppSettings>(m_fixture->dir() + QStringLiteral("/s.ini"));
        m_settings->setValue(AppSettings::Key::RepName, QStringLiteral("mara"));
        LeadRepository leads(m_fixture->store());
        m_anna = leads.create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                         QStringLiteral("Becker GmbH")),
                              QStringLiteral("mara"));
        m_jonas = leads.create(sampleLead(QStringLiteral("Jonas"), QStringLiteral("Weber"),
                                          QStringLiteral("Weber AG")),
                               QStringLiteral("mara"));
        m_fixture->close();
        Prompts::takeQuestions();
        Prompts::takeShownMessages();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_fixture.reset();
        Clock::reset();
    }

    // Item 2: a refused decision says why where the rep looks, with the field in view.
    void refusedDecisionsSayWhyInView()
    {
        openWindow();
        openLead(m_anna);
        find<QTableView>("queueTableView")->setFocus();
        QCOMPARE(find<QScrollArea>("qualificationScrollArea")->verticalScrollBar()->value(), 0);

        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier); // Sales-ready, criteria unmet
        QCOMPARE(stageOf(m_anna), Stage::New);
        QVERIFY2(status().contains(QLatin1String("Sales-ready refused")), qPrintable(status()));
        QVERIFY2(status().contains(QLatin1String("override reason")), qPrintable(status()));
        QVERIFY(shownInForm(find<QLabel>("decisionMessageLabel")));
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("decisionReasonLineEdit"));
        QVERIFY(shownInForm(find<QLineEdit>("decisionReasonLineEdit")));

        find<QScrollArea>("qualificationScrollArea")->verticalScrollBar()->setValue(0);
        find<QTableView>("queueTableView")->setFocus();
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier); // Disqualify, no reason
        QCOMPARE(stageOf(m_anna), Stage::New);
        QVERIFY2(status().contains(QLatin1String("Choose why the lead is disqualified")),
                 qPrintable(status()));
        QCOMPARE(QApplication::focusWidget(), find<QComboBox>("disqualifyReasonComboBox"));
        QVERIFY(shownInForm(find<QComboBox>("disqualifyReasonComboBox")));
        QVERIFY(shownInForm(find<QLabel>("decisionMessageLabel")));
    }

    // Item 3: Nurture asks for the day, the panel shows the day the lead now has, and a day
    // typed into the field is that day.
    void nurtureAsksForTheDayAndShowsIt()
    {
        openWindow();
        openLead(m_anna);
        auto* until = find<QLineEdit>("nurtureUntilLineEdit");
        QCOMPARE(until->text(), QString());                        // no day chosen for the rep
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); // nobody answers: cancelled
        QList<Prompts::Question> asked = Prompts::takeQuestions();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().text.contains(QLatin1String("Anna Becker")),
                 qPrintable(asked.first().text));
        QCOMPARE(stageOf(m_anna), Stage::New); // no silent default

        Prompts::queueDate(QDate(2026, 9, 1));
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(Prompts::takeQuestions().size(), 1);
        const Lead lead = *LeadRepository(m_window->store()).find(m_anna);
        QCOMPARE(lead.stage, Stage::Nurture);
        QCOMPARE(Clock::fromSecs(lead.nurtureUntil.value_or(0)).toLocalTime().date(),
                 QDate(2026, 9, 1));
        QCOMPARE(until->text(), QStringLiteral("2026-09-01")); // the day it has now
        QVERIFY2(text("decisionMessageLabel")
                     .contains(QLocale().toString(QDate(2026, 9, 1), QLocale::LongFormat)),
                 qPrintable(text("decisionMessageLabel")));
        QVERIFY2(status().contains(QLatin1String("Anna Becker")), qPrintable(status()));

        openLead(m_jonas); // typed into the field: that day, and no question
        QCOMPARE(until->text(), QString());
        until->setFocus(Qt::TabFocusReason);
        type(QStringLiteral("15.10.2026"));
        QVERIFY2(text("nurtureUntilReadLabel")
                     .contains(QLocale().toString(QDate(2026, 10, 15), QLocale::LongFormat)),
                 qPrintable(text("nurtureUntilReadLabel")));
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(Prompts::takeQuestions().isEmpty());
        QCOMPARE(stageOf(m_jonas), Stage::Nurture);
        QCOMPARE(Clock::fromSecs(
                     LeadRepository(m_window->store()).find(m_jonas)->nurtureUntil.value_or(0))
                     .toLocalTime()
                     .date(),
                 QDate(2026, 10, 15));
        QCOMPARE(until->text(), QStringLiteral("2026-10-15"));
    }

    // Item 5: the next lead starts at its score, with the keyboard out of the fields.
    void nextLeadStartsAtTheScore()
    {
        openWindow();
        openLead(m_anna);
        auto* scroll = find<QScrollArea>("qualificationScrollArea");
        auto* notes = find<QPlainTextEdit>("notesPlainTextEdit");
        notes->setFocus();
        scroll->ensureWidgetVisible(notes);
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
        press(Qt::Key_F8);
        QTRY_COMPARE(m_window->findChild<QualificationForm*>()->leadId(), m_jonas);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QVERIFY(shownInForm(find<QLabel>("totalScoreLabel")));
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(!m_window->findChild<QualificationForm*>()->isAncestorOf(focus) &&
                     !m_window->findChild<LeadCard*>()->isAncestorOf(focus),
                 qPrintable(focus->objectName()));
        type(QStringLiteral("oops")); // a stray key edits nothing of the new lead
        QCOMPARE(notes->toPlainText(), QString());
        QVERIFY(!m_window->findChild<QualificationForm*>()->hasUnsavedChanges());
    }

    // Item 6: "Save and next" saves the qualification (or stops and says why).
    void saveAndNextSavesTheQualification()
    {
        openWindow();
        openLead(m_anna);
        find<QPlainTextEdit>("notesPlainTextEdit")->setFocus();
        type(QStringLiteral("Budget round in May"));
        press(Qt::Key_2, Qt::AltModifier); // no answer
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_window->findChild<QualificationForm*>()->leadId(), m_jonas);
        Store& store = m_window->store();
        QCOMPARE(CallLog(store).calls(m_anna).size(), 1);
        QVERIFY(QualificationRepository(store).find(m_anna));
        QCOMPARE(QualificationRepository(store).find(m_anna)->notes,
                 QStringLiteral("Budget round in May"));
        QTRY_VERIFY(!QualificationDrafts::load(store, m_anna));

        find<QLineEdit>("budgetAmountLineEdit")->setFocus(); // Jonas: an amount that is not one
        type(QStringLiteral("12k"));
        press(Qt::Key_2, Qt::AltModifier);
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_window->findChild<QualificationForm*>()->leadId(), m_jonas); // stays
        QVERIFY(CallLog(store).calls(m_jonas).isEmpty());                       // not logged
        QVERIFY(find<QLabel>("budgetAmountProblemLabel")->isVisible());
        QVERIFY2(status().contains(QLatin1String("could not be saved")), qPrintable(status()));
    }

    void connectedKeepsTheCallTimerRunning()
    {
        openWindow();
        openLead(m_anna);
        CallPanel* panel = m_window->findChild<LeadCard*>()->callPanel();
        press(Qt::Key_F9);
        QVERIFY(panel->timerRunning());
        press(Qt::Key_1, Qt::AltModifier); // connected: the talk starts
        QCOMPARE(panel->outcome(), std::optional(CallOutcome::Connected));
        QVERIFY(panel->timerRunning());
        press(Qt::Key_3, Qt::AltModifier); // voicemail: the call is over
        QVERIFY(!panel->timerRunning());
    }

    // Item 8: a released lead leaves nothing on the form.
    void releasingALeadClearsTheForm()
    {
        openWindow();
        openLead(m_anna);
        find<QComboBox>("budgetComboBox")->setFocus();
        press(Qt::Key_Down);
        find<QPlainTextEdit>("notesPlainTextEdit")->setFocus();
        type(QStringLiteral("Call after 3 pm"));
        press(Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(status().contains(QLatin1String("saved")), qPrintable(status()));
        press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // release
        QTRY_COMPARE(m_window->findChild<QualificationForm*>()->leadId(), 0);
        QCOMPARE(find<QPlainTextEdit>("notesPlainTextEdit")->toPlainText(), QString());
        QCOMPARE(find<QComboBox>("budgetComboBox")->currentIndex(), 0);
        QCOMPARE(text("totalScoreLabel"), QStringLiteral("–"));
    }

    // Item 8: the decision is "Sales-ready" wherever it is named; decisions and rescoring
    // are confirmed in the status bar.
    void oneNameAndFeedbackForDecisions()
    {
        openWindow();
        openLead(m_anna);
        QCOMPARE(find<QAction>("salesReadyAction")->text().remove(QLatin1Char('&')),
                 QStringLiteral("Sales-ready"));
        QVERIFY(
            find<QPushButton>("salesReadyButton")->text().startsWith(QLatin1String("Sales-ready")));
        QVERIFY2(text("thresholdsLabel").contains(QLatin1String("Sales-ready")),
                 qPrintable(text("thresholdsLabel")));
        QVERIFY(!text("thresholdsLabel").startsWith(QLatin1String("MQL")));
        QVERIFY(!text("thresholdsLabel").contains(QLatin1String("SQL ✗")));

        find<QLineEdit>("decisionReasonLineEdit")->setFocus();
        type(QStringLiteral("Knows the budget owner"));
        press(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier); // marketing-qualified, override
        QCOMPARE(stageOf(m_anna), Stage::Mql);
        QVERIFY2(status().contains(QLatin1String("Anna Becker")) &&
                     status().contains(QLatin1String("Marketing-qualified")),
                 qPrintable(status()));

        m_window->findChild<QAction*>(QStringLiteral("rescoreAllAction"))->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QLatin1String("Rescoring finished")),
                                  qPrintable(status()), 10000);
    }

    // Item 8: quadrant names are not stage names, and say what they mean.
    void quadrantsAreNamedApartFromStages()
    {
        QStringList stages;
        for (const Stage stage : allValues<Stage>())
            stages.append(labelOf(stage));
        for (const Quadrant quadrant : allValues<Quadrant>())
            QVERIFY2(!stages.contains(labelOf(quadrant)), qPrintable(labelOf(quadrant)));
        openWindow();
        openLead(m_anna);
        const QString tip = find<QLabel>("quadrantLabel")->toolTip();
        for (const Quadrant quadrant : allValues<Quadrant>())
            QVERIFY2(tip.contains(labelOf(quadrant)), qPrintable(tip));
        QVERIFY(!text("quadrantMeaningLabel").isEmpty());
        QVERIFY(find<QLabel>("quadrantMeaningLabel")->isVisible());
    }

    // Item 8: why a lead is where it is in the queue, without scrolling: on the card, in the
    // tooltip of every cell of its row, and in a column beside the name.
    void queueOrderIsExplainedInView()
    {
        openWindow();
        openLead(m_anna);
        auto* table = find<QTableView>("queueTableView");
        const int row = table->model()
                            ->match(table->model()->index(0, 0), QueueModel::LeadIdRole, m_anna)
                            .value(0)
                            .row();
        const QString reason = table->model()->index(row, QueueModel::NextAction).data().toString();
        QVERIFY(!reason.isEmpty());
        auto* onCard = find<QLabel>("queueReasonLabel");
        QVERIFY(onCard->isVisible());
        QVERIFY2(onCard->text().contains(reason), qPrintable(onCard->text()));
        QVERIFY(table->horizontalHeader()->visualIndex(QueueModel::NextAction) <= 3);
        QVERIFY(table->horizontalHeader()->visualIndex(QueueModel::Score) <= 2);

        const QRect cell = table->visualRect(table->model()->index(row, QueueModel::Name));
        QHelpEvent help(QEvent::ToolTip, cell.center(),
                        table->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(table->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(reason), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // The queue pane folds away for a narrow screen (F7) and comes back.
        auto* queue = find<QWidget>("queueViewWidget");
        const int formWidth = m_window->findChild<QualificationForm*>()->width();
        press(Qt::Key_F7);
        QVERIFY(!queue->isVisible());
        QTRY_VERIFY(m_window->findChild<QualificationForm*>()->width() > formWidth);
        find<QPlainTextEdit>("notesPlainTextEdit")->setFocus();
        press(Qt::Key_F8); // the next lead still comes, and the keys leave the form
        QTRY_COMPARE(m_window->findChild<QualificationForm*>()->leadId(), m_jonas);
        QVERIFY(!find<QPlainTextEdit>("notesPlainTextEdit")->hasFocus());
        press(Qt::Key_F7);
        QVERIFY(queue->isVisible());
    }

    // Item 8: the keyboard goes to the handoff page and back.
    void keyboardWayBackFromHandoff()
    {
        openWindow();
        auto* pages = find<QTabWidget>("pagesTabWidget");
        find<QTableView>("queueTableView")->setFocus();
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), 1);
        find<QTableView>("readyTableView")->setFocus();
        press(Qt::Key_Escape);
        QCOMPARE(pages->currentIndex(), 0);
        QVERIFY(find<QTableView>("queueTableView")->hasFocus());
        press(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(pages->currentIndex(), 1);
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), 0);
    }
};

QTEST_MAIN(TestDayLoop)
#include "tst_dayloop.moc"
