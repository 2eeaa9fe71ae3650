#include "MainWindow.h"
#include "Prompts.h"
#include "QualificationForm.h"
#include "RequireWidget.h"
#include "TestStore.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "leads/LeadEditor.h"
#include "qualification/QualificationDrafts.h"
#include "qualification/QualificationRepository.h"
#include "queue/QueueController.h"
#include "scoring/LeadScores.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

namespace {

/// Keys go to whatever has the focus, as they would from a real keyboard.
void press(Qt::Key key, int times = 1, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void type(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void tab()
{
    press(Qt::Key_Tab);
}

QString screenshotDir()
{
    return qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
}

} // namespace

class TestQualificationForm : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_lead = 0;
    qint64 m_other = 0;

    template <typename T> T* find(const char* name)
    {
        return requireChild<T>(m_window.get(), name);
    }
    QString text(const char* label) { return find<QLabel>(label)->text(); }
    QStringList explanation()
    {
        QStringList lines;
        auto* list = find<QListWidget>("explanationListWidget");
        for (int i = 0; i < list->count(); ++i)
            lines.append(list->item(i)->text());
        return lines;
    }

    /// Opens a lead as the queue does when the rep picks it (the card and the form follow).
    void openLead(qint64 leadId)
    {
        auto* queue = m_window->findChild<QueueController*>();
        QVERIFY(queue);
        queue->openLead(leadId);
    }

    void openWindowOn(qint64 leadId)
    {
        m_window = std::make_unique<MainWindow>(Store::open(m_fixture->path()), *m_settings);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        openLead(leadId);
        QTRY_VERIFY(text("qualificationTitleLabel").contains(QLatin1String("Anna Becker")));
    }

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        m_fixture = std::make_unique<TestStore>();
        m_settings = std::make_unique<AppSettings>(m_fixture->dir() + QStringLiteral("/s.ini"));
        m_settings->setValue(AppSettings::Key::RepName, QStringLiteral("mara"));
        LeadRepository leads(m_fixture->store());
        m_other = leads.create(sampleLead(QStringLiteral("Jonas"), QStringLiteral("Weber"),
                                          QStringLiteral("Weber AG")),
                               QStringLiteral("mara"));
        m_lead = leads.create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                         QStringLiteral("Becker GmbH")),
                              QStringLiteral("mara"));
        {
            WriteTransaction tx(m_fixture->store());
            for (const char* kind : {"webinar", "event"})
                Sql::exec(m_fixture->store().db(),
                          QStringLiteral("INSERT INTO interest_events (lead_id, kind, occurred_at)"
                                         " VALUES (?, ?, ?)"),
                          {m_lead, QString::fromLatin1(kind), Clock::nowSecs()});
            tx.commit();
        }
        m_fixture->close();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_fixture.reset();
        Clock::reset();
    }

    void withoutALeadTheFormSaysWhereTheQuestionsWillShow()
    {
        m_window = std::make_unique<MainWindow>(Store::open(m_fixture->path()), *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(text("qualificationTitleLabel"), QStringLiteral("Qualification"));
        QVERIFY2(text("openFactsHeadingLabel").startsWith(QLatin1String("Choose a lead")),
                 qPrintable(text("openFactsHeadingLabel")));
        QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("openFactsListWidget"))->isVisible());
        openLead(m_lead);
        QTRY_VERIFY(text("openFactsHeadingLabel").startsWith(QLatin1String("Still unknown")));
    }

    void fillingTheFormFromTheKeyboardUpdatesTheScore()
    {
        openWindowOn(m_lead);
        // Only interest so far: webinar 15 + event 20 today (default rules).
        QCOMPARE(text("totalScoreLabel"), QStringLiteral("35"));
        QCOMPARE(text("gradeLabel"), QStringLiteral("E"));
        QCOMPARE(text("quadrantLabel"), QStringLiteral("Advocate"));
        QVERIFY(find<QListWidget>("openFactsListWidget")->count() >= 10);

        find<QComboBox>("budgetComboBox")->setFocus(); // the rep clicks into the form once
        press(Qt::Key_Down, 3);                        // Budget: Approved
        QCOMPARE(text("totalScoreLabel"), QStringLiteral("60"));
        QVERIFY(explanation().contains(QStringLiteral("BANT · Budget: Approved: +25")));
        tab();
        type(QStringLiteral("25000"));
        tab();
        type(QStringLiteral("EUR"));
        tab();
        press(Qt::Key_Down, 4); // Authority: Decision maker
        tab();
        press(Qt::Key_Down, 3); // Buying role: Executive
        tab();
        press(Qt::Key_Space); // decision authority confirmed
        QVERIFY(find<QCheckBox>("decisionMakerCheckBox")->isChecked());
        tab();
        press(Qt::Key_Down, 3); // Need: Urgent
        tab();
        type(QStringLiteral("Quotes take three days"));
        tab();
        press(Qt::Key_Down, 4); // Timing: within 3 months
        tab();
        type(QStringLiteral("2026-04-30"));
        tab();
        press(Qt::Key_Down, 4);                                      // Phase: Purchase
        QCOMPARE(text("quadrantLabel"), QStringLiteral("Advocate")); // fit still 15
        tab();
        type(QStringLiteral("300"));
        QCOMPARE(find<QLabel>("companySizeLabel")->text(), QStringLiteral("Large company"));
        tab();
        type(QStringLiteral("60000000"));
        tab();
        type(QStringLiteral("EUR"));
        tab();
        press(Qt::Key_Down); // Industry: Manufacturing
        tab();
        type(QStringLiteral("CEO"));
        tab();
        press(Qt::Key_Down); // Seniority: C-level
        tab();
        type(QStringLiteral("Wants a demo for the board."));

        // Fit 30 + 15 + 15 + 20 + 15 = 95, interest 35, BANT 25 + 20 + 10 + 25 + 20 = 100.
        QCOMPARE(text("totalScoreLabel"), QStringLiteral("230"));
        QCOMPARE(text("gradeLabel"), QStringLiteral("A"));
        QCOMPARE(text("quadrantLabel"), QStringLiteral("Sales-ready candidate"));
        QVERIFY2(text("thresholdsLabel").contains(QStringLiteral("Sales-ready ✓")),
                 qPrintable(text("thresholdsLabel")));
        QVERIFY(explanation().contains(QStringLiteral("Fit · Company size: Large company: +30")));
        QVERIFY(explanation().contains(
            QStringLiteral("Fit · Annual revenue from 50,000,000 EUR: +15")));
        QVERIFY(explanation().contains(QStringLiteral("BANT · Decision authority confirmed: +10")));
        QCOMPARE(find<QListWidget>("openFactsListWidget")->count(), 0);
        QVERIFY(find<QLabel>("draftLabel")->isVisible());
        if (!screenshotDir().isEmpty()) {
            QTest::qWait(50); // let the layouts settle
            m_window->grab().save(screenshotDir() + QStringLiteral("/qualification-form.png"));
            auto* form = find<QScrollArea>("qualificationScrollArea");
            form->verticalScrollBar()->setValue(0);
            form->grab().save(screenshotDir() + QStringLiteral("/qualification-form-top.png"));
            find<QPlainTextEdit>("notesPlainTextEdit")->setFocus();
        }

        press(Qt::Key_S, 1, Qt::ControlModifier); // save
        QTRY_VERIFY2(text("saveMessageLabel").startsWith(QLatin1String("Saved.")),
                     qPrintable(text("saveMessageLabel") +
                                Prompts::takeShownMessages().join(QLatin1Char(';'))));
        QVERIFY(!find<QLabel>("draftLabel")->isVisible());
        Store& store = m_window->store();
        QCOMPARE(LeadScores::find(store, m_lead)->total, 230);
        QCOMPARE(QualificationRepository(store).find(m_lead)->needText,
                 QStringLiteral("Quotes take three days"));
        QVERIFY(!QualificationDrafts::load(store, m_lead));

        find<QLineEdit>("decisionReasonLineEdit")->setFocus();
        type(QStringLiteral("Demo with the board on Tuesday"));
        press(Qt::Key_S, 1, Qt::ControlModifier | Qt::ShiftModifier); // mark sales-ready
        QTRY_COMPARE(LeadRepository(store).find(m_lead)->stage, Stage::Sql);
        QVERIFY(text("decisionMessageLabel").contains(QLatin1String("SQL")));
        const StageChange last = LeadRepository(store).stageHistory(m_lead).last();
        QCOMPARE(last.toStage, QStringLiteral("sql"));
        QVERIFY(last.reason.isEmpty()); // the criteria are met: no override
        QCOMPARE(last.note, QStringLiteral("Demo with the board on Tuesday"));
    }

    void badInputIsMarkedAtTheFieldAndNothingIsLost()
    {
        openWindowOn(m_lead);
        find<QLineEdit>("budgetAmountLineEdit")->setFocus();
        type(QStringLiteral("12k"));
        auto* problem = find<QLabel>("budgetAmountProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("\"12k\" is not an amount")),
                 qPrintable(problem->text()));
        find<QLineEdit>("decisionDateLineEdit")->setFocus();
        type(QStringLiteral("2026-03-01"));
        QVERIFY(find<QLabel>("decisionDateProblemLabel")->text().contains(QLatin1String("past")));

        find<QPushButton>("saveQualificationButton")->click();
        QVERIFY(text("saveMessageLabel").contains(QLatin1String("correct the marked fields")));
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("budgetAmountLineEdit"));
        QVERIFY(!QualificationRepository(m_window->store()).find(m_lead));
        // The draft keeps exactly what was typed.
        QTRY_VERIFY_WITH_TIMEOUT(QualificationDrafts::load(m_window->store(), m_lead), 5000);
        QCOMPARE(QualificationDrafts::load(m_window->store(), m_lead)->entry.budgetAmount,
                 QStringLiteral("12k"));

        find<QLineEdit>("budgetAmountLineEdit")->setFocus();
        press(Qt::Key_Backspace);
        // "12" is an amount, but of what?
        QVERIFY2(problem->text().contains(QLatin1String("give the currency")),
                 qPrintable(problem->text()));
        find<QLineEdit>("budgetCurrencyLineEdit")->setFocus();
        type(QStringLiteral("EUR"));
        QVERIFY(!problem->isVisible());
        // Thousands grouped the other way round are read as thousands.
        find<QLineEdit>("budgetAmountLineEdit")->setFocus();
        type(QStringLiteral(".000"));
        QVERIFY(!problem->isVisible());
        find<QLineEdit>("decisionDateLineEdit")->setFocus();
        press(Qt::Key_A, 1, Qt::ControlModifier);
        type(QStringLiteral("30.4.26")); // a two-digit year is this century
        QVERIFY(!find<QLabel>("decisionDateProblemLabel")->isVisible());
        press(Qt::Key_S, 1, Qt::ControlModifier);
        QVERIFY2(text("saveMessageLabel").startsWith(QLatin1String("Saved.")),
                 qPrintable(text("saveMessageLabel")));
        const Qualification saved = *QualificationRepository(m_window->store()).find(m_lead);
        QCOMPARE(saved.budgetAmountMinor.value_or(0), 1200000);
        QCOMPARE(saved.budgetCurrency, QStringLiteral("EUR"));
        QCOMPARE(saved.decisionDate, QDate(2026, 4, 30));
    }

    void salesReadyWithoutAuthorityNeedsAnOverrideReason()
    {
        openWindowOn(m_lead);
        find<QComboBox>("budgetComboBox")->setFocus();
        press(Qt::Key_Down, 3);
        QVERIFY(find<QPushButton>("salesReadyButton")->text().contains(QLatin1String("override")));
        QVERIFY(text("decisionHintLabel").contains(QLatin1String("not confirmed")));
        find<QPushButton>("salesReadyButton")->click();
        QVERIFY(text("decisionMessageLabel").contains(QLatin1String("override reason")));
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("decisionReasonLineEdit"));
        QCOMPARE(LeadRepository(m_window->store()).find(m_lead)->stage, Stage::New);
        // The form was saved on the way, the decision was not taken.
        QCOMPARE(QualificationRepository(m_window->store()).find(m_lead)->budget,
                 BudgetStatus::Approved);

        type(QStringLiteral("Board approved by phone"));
        find<QPushButton>("salesReadyButton")->click();
        QCOMPARE(LeadRepository(m_window->store()).find(m_lead)->stage, Stage::Sql);
        const StageChange last = LeadRepository(m_window->store()).stageHistory(m_lead).last();
        QCOMPARE(last.reason, QStringLiteral("override"));
        QCOMPARE(last.note, QStringLiteral("Board approved by phone"));
        QCOMPARE(last.repName, QStringLiteral("mara"));
        // Once SQL, only the moves an SQL lead allows are offered.
        QVERIFY(!find<QPushButton>("salesReadyButton")->isEnabled());
        QVERIFY(!find<QPushButton>("reopenButton")->isEnabled());
        QVERIFY(find<QPushButton>("disqualifyButton")->isEnabled());
    }

    void aConfirmedAuthorityOfUnknownIsMarkedAtTheBox()
    {
        openWindowOn(m_lead);
        find<QCheckBox>("decisionMakerCheckBox")->setFocus();
        press(Qt::Key_Space); // ticked while the authority is still "Unknown"
        auto* problem = find<QLabel>("decisionMakerConfirmedProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("untick the box")),
                 qPrintable(problem->text()));
        press(Qt::Key_S, 1, Qt::ControlModifier);
        QVERIFY(text("saveMessageLabel").contains(QLatin1String("correct the marked fields")));
        QVERIFY(!QualificationRepository(m_window->store()).find(m_lead));

        find<QComboBox>("authorityComboBox")->setFocus();
        press(Qt::Key_Down, 4); // Decision maker
        QVERIFY(!problem->isVisible());
    }

    /// Typing a title that matches an exclusion (a job applicant) turns Sales-ready off for good.
    void anExcludedLeadCannotBeMarkedSalesReady()
    {
        openWindowOn(m_lead);
        find<QLineEdit>("titleLineEdit")->setFocus();
        type(QStringLiteral("Applicant"));
        QVERIFY(!find<QPushButton>("salesReadyButton")->isEnabled());
        QVERIFY2(text("decisionHintLabel").contains(QLatin1String("Sales-ready is not possible")),
                 qPrintable(text("decisionHintLabel")));
        find<QLineEdit>("decisionReasonLineEdit")->setFocus();
        type(QStringLiteral("Wants to buy anyway"));
        press(Qt::Key_S, 1, Qt::ControlModifier | Qt::ShiftModifier); // the menu's shortcut
        QVERIFY2(text("decisionMessageLabel").contains(QLatin1String("never be marked")),
                 qPrintable(text("decisionMessageLabel")));
        QCOMPARE(LeadRepository(m_window->store()).find(m_lead)->stage, Stage::New);
    }

    void disqualifyAsksForTheReasonInline()
    {
        openWindowOn(m_lead);
        find<QPushButton>("disqualifyButton")->click();
        QCOMPARE(text("decisionMessageLabel"),
                 QStringLiteral("Choose why the lead is disqualified."));
        QCOMPARE(QApplication::focusWidget(), find<QComboBox>("disqualifyReasonComboBox"));
        press(Qt::Key_Down, 4); // No budget
        press(Qt::Key_D, 1, Qt::ControlModifier | Qt::ShiftModifier);
        const Lead lead = *LeadRepository(m_window->store()).find(m_lead);
        QCOMPARE(lead.stage, Stage::Disqualified);
        QCOMPARE(lead.disqualifyReason, QStringLiteral("no_budget"));
        QVERIFY(find<QPushButton>("reopenButton")->isEnabled());
        press(Qt::Key_O, 1, Qt::ControlModifier | Qt::ShiftModifier); // reopen
        QCOMPARE(LeadRepository(m_window->store()).find(m_lead)->stage, Stage::Working);
    }

    /// On a call the rep types notes, then decides: the save the decision triggers must keep
    /// what was filled in for the decision.
    void nurtureWithUnsavedTypingKeepsTheChosenDay()
    {
        openWindowOn(m_lead);
        find<QPlainTextEdit>("notesPlainTextEdit")->setFocus();
        type(QStringLiteral("Budget round in summer"));
        QVERIFY(find<QLabel>("draftLabel")->isVisible());
        auto* until = find<QLineEdit>("nurtureUntilLineEdit");
        until->setFocus();
        type(QStringLiteral("2027-07-01"));
        QVERIFY2(find<QLabel>("nurtureUntilReadLabel")->text().contains(QLatin1String("2027")),
                 qPrintable(find<QLabel>("nurtureUntilReadLabel")->text()));
        find<QPushButton>("nurtureButton")->click();

        const Lead lead = *LeadRepository(m_window->store()).find(m_lead);
        QCOMPARE(lead.stage, Stage::Nurture);
        QCOMPARE(lead.nurtureUntil.value_or(0),
                 QDateTime(QDate(2027, 7, 1), QTime(0, 0)).toSecsSinceEpoch());
        QCOMPARE(QualificationRepository(m_window->store()).find(m_lead)->notes,
                 QStringLiteral("Budget round in summer"));
    }

    void disqualifyWithUnsavedTypingKeepsTheReasonAndNote()
    {
        openWindowOn(m_lead);
        find<QPlainTextEdit>("notesPlainTextEdit")->setFocus();
        type(QStringLiteral("Bought elsewhere last week"));
        auto* reasons = find<QComboBox>("disqualifyReasonComboBox");
        reasons->setFocus();
        press(Qt::Key_End); // the last reason: Other
        QCOMPARE(reasons->currentData().toString(), QStringLiteral("other"));
        find<QLineEdit>("decisionReasonLineEdit")->setFocus();
        type(QStringLiteral("Signed with a reseller"));
        find<QPushButton>("disqualifyButton")->click();

        const Lead lead = *LeadRepository(m_window->store()).find(m_lead);
        QVERIFY2(lead.stage == Stage::Disqualified, qPrintable(text("decisionMessageLabel")));
        QCOMPARE(lead.disqualifyReason, QStringLiteral("other"));
        const StageChange last = LeadRepository(m_window->store()).stageHistory(m_lead).last();
        QCOMPARE(last.reason, QStringLiteral("other"));
        QCOMPARE(last.note, QStringLiteral("Signed with a reseller"));
        // After the decision the panel is back to its defaults.
        QCOMPARE(find<QLineEdit>("decisionReasonLineEdit")->text(), QString());
    }

    void salesReadyOverrideWithUnsavedTypingKeepsTheReason()
    {
        openWindowOn(m_lead);
        find<QLineEdit>("decisionReasonLineEdit")->setFocus();
        type(QStringLiteral("Board approved by phone"));
        find<QComboBox>("budgetComboBox")->setFocus();
        press(Qt::Key_Down, 3); // Budget: Approved, not saved yet
        QVERIFY(find<QLabel>("draftLabel")->isVisible());
        find<QPushButton>("salesReadyButton")->click();

        QVERIFY2(LeadRepository(m_window->store()).find(m_lead)->stage == Stage::Sql,
                 qPrintable(text("decisionMessageLabel")));
        QCOMPARE(QualificationRepository(m_window->store()).find(m_lead)->budget,
                 BudgetStatus::Approved);
        const StageChange last = LeadRepository(m_window->store()).stageHistory(m_lead).last();
        QCOMPARE(last.reason, QStringLiteral("override"));
        QCOMPARE(last.note, QStringLiteral("Board approved by phone"));
    }

    void savingKeepsWhatIsFilledInForTheDecision()
    {
        openWindowOn(m_lead);
        find<QLineEdit>("decisionReasonLineEdit")->setFocus();
        type(QStringLiteral("Needs the CFO"));
        find<QComboBox>("budgetComboBox")->setFocus();
        press(Qt::Key_Down);
        press(Qt::Key_S, 1, Qt::ControlModifier);
        QVERIFY(text("saveMessageLabel").startsWith(QLatin1String("Saved.")));
        QCOMPARE(find<QLineEdit>("decisionReasonLineEdit")->text(),
                 QStringLiteral("Needs the CFO"));
    }

    /// Another window changes fit attributes while this form has unsaved typing: saving the
    /// form keeps them, and one changed here as well is a conflict the rep is told about.
    void savingNeverOverwritesFitChangedElsewhere()
    {
        openWindowOn(m_lead);
        find<QLineEdit>("employeesLineEdit")->setFocus();
        type(QStringLiteral("500"));
        find<QPlainTextEdit>("notesPlainTextEdit")->setFocus();
        type(QStringLiteral("Plant in Ulm"));
        {
            const auto other = Store::open(m_fixture->path()); // another window
            LeadEditor editor(*other);
            QVERIFY(editor
                        .setField(m_lead, LeadField::Title, QStringLiteral("CFO"),
                                  QStringLiteral("jonas"))
                        .changed);
            QVERIFY(editor
                        .setField(m_lead, LeadField::Employees, QStringLiteral("2000"),
                                  QStringLiteral("jonas"))
                        .changed);
        }
        press(Qt::Key_S, 1, Qt::ControlModifier);
        QVERIFY2(text("saveMessageLabel").contains(QLatin1String("also changed elsewhere")),
                 qPrintable(text("saveMessageLabel")));
        auto* problem = find<QLabel>("employeesProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("\"2000\"")), qPrintable(problem->text()));
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("employeesLineEdit"));
        // Nothing lost on either side: the typing is still there, the other change too.
        QCOMPARE(find<QLineEdit>("employeesLineEdit")->text(), QStringLiteral("500"));
        QCOMPARE(find<QLineEdit>("titleLineEdit")->text(), QStringLiteral("CFO"));
        Store& store = m_window->store();
        QCOMPARE(QualificationRepository(store).fitOf(m_lead)->employees.value_or(0), 2000);
        QVERIFY(!QualificationRepository(store).find(m_lead));

        press(Qt::Key_S, 1, Qt::ControlModifier); // told, the rep keeps 500
        QVERIFY2(text("saveMessageLabel").startsWith(QLatin1String("Saved.")),
                 qPrintable(text("saveMessageLabel")));
        const FitAttributes fit = *QualificationRepository(store).fitOf(m_lead);
        QCOMPARE(fit.employees.value_or(0), 500);
        QCOMPARE(fit.title, QStringLiteral("CFO"));
        QCOMPARE(QualificationRepository(store).find(m_lead)->notes,
                 QStringLiteral("Plant in Ulm"));
    }

    /// The card's editor changes the position while the form has unsaved typing: the form shows
    /// the new position and saving keeps it.
    void aChangeOnTheCardShowsInTheUnsavedForm()
    {
        openWindowOn(m_lead);
        find<QPlainTextEdit>("notesPlainTextEdit")->setFocus();
        type(QStringLiteral("Plant in Ulm"));
        QVERIFY(LeadEditor(m_window->store())
                    .setField(m_lead, LeadField::Title, QStringLiteral("Head of Purchasing"),
                              QStringLiteral("mara"))
                    .changed);
        auto* form = m_window->findChild<QualificationForm*>();
        form->showLead(m_lead); // what the card's leadChanged does
        QCOMPARE(find<QLineEdit>("titleLineEdit")->text(), QStringLiteral("Head of Purchasing"));
        QCOMPARE(find<QPlainTextEdit>("notesPlainTextEdit")->toPlainText(),
                 QStringLiteral("Plant in Ulm"));
        QVERIFY(form->hasUnsavedChanges());
        QVERIFY(form->save());
        QCOMPARE(QualificationRepository(m_window->store()).fitOf(m_lead)->title,
                 QStringLiteral("Head of Purchasing"));
    }

    void typingSurvivesSwitchingLeadsAndRestarting()
    {
        openWindowOn(m_lead);
        find<QPlainTextEdit>("notesPlainTextEdit")->setFocus();
        type(QStringLiteral("Call after 3 pm"));
        find<QTableView>("queueTableView")->setFocus(); // focus leaves the form: draft written
        openLead(m_other);
        QTRY_VERIFY(text("qualificationTitleLabel").contains(QLatin1String("Jonas")));
        QCOMPARE(find<QPlainTextEdit>("notesPlainTextEdit")->toPlainText(), QString());
        openLead(m_lead);
        QTRY_COMPARE(find<QPlainTextEdit>("notesPlainTextEdit")->toPlainText(),
                     QStringLiteral("Call after 3 pm"));
        QVERIFY(find<QLabel>("draftLabel")->isVisible());

        m_window->close();
        m_window.reset(); // the window is gone; so is everything not in the store
        openWindowOn(m_lead);
        QCOMPARE(find<QPlainTextEdit>("notesPlainTextEdit")->toPlainText(),
                 QStringLiteral("Call after 3 pm"));
        QVERIFY(find<QLabel>("draftLabel")->isVisible());
        find<QPushButton>("discardDraftButton")->click();
        QCOMPARE(find<QPlainTextEdit>("notesPlainTextEdit")->toPlainText(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!QualificationDrafts::load(m_window->store(), m_lead), 5000);
    }
};

QTEST_MAIN(TestQualificationForm)
#include "tst_qualificationform.moc"
