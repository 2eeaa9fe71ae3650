#include "LeadCard.h"
#include "LeadPlanDialog.h"
#include "MainWindow.h"
#include "NurtureLeads.h"
#include "NurturePage.h"
#include "Prompts.h"
#include "QueueSettingsDialog.h"
#include "RequireWidget.h"
#include "TestStore.h"
#include "decisions/StageDecisions.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "nurture/DueDates.h"
#include "nurture/HolidayRegions.h"
#include "nurture/NurtureMail.h"
#include "nurture/NurturePlans.h"
#include "nurture/TrackLibrary.h"
#include "qualification/QualificationRepository.h"
#include "scoring/LeadScores.h"
#include "store/Sql.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <algorithm>

/// Issue 20's finishing work in the GUI: a rep changes one lead's plan (from the lead card and
/// from the Nurture page), hands an e-mail step to the mail program, sees the page follow changes
/// made elsewhere, and the team lead chooses the German state whose holidays due dates skip.
class TestNurtureEditGui : public QObject
{
    Q_OBJECT

    static inline const QString rep = QStringLiteral("mara");
    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTranslator> m_translator;
    qint64 m_anna = 0;
    qint64 m_jonas = 0;

    static void screenshot(QWidget* widget, const QString& name)
    {
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(widget->grab().save(shots + QLatin1Char('/') + name));
    }

    Store& store() { return m_window->store(); }

    qint64 addLead(const QString& name, BuyingPhase phase, BuyingRole role)
    {
        return NurtureLeads::add(m_fixture->store(), rep, name, phase, role);
    }

    qint64 nurture(qint64 lead, const QString& trackKey)
    {
        DecisionRequest request;
        request.decision = Decision::Nurture;
        StageDecisions(store()).applyWithPlan(
            lead, request, {TrackLibrary(store()).currentByKey(trackKey)->id, {}, {}}, rep);
        return NurturePlans(store()).activePlanOf(lead)->id;
    }

    static QDate localDue(qint64 dueAt)
    {
        return DueDates::localDay(dueAt, QTimeZone("Europe/Berlin"));
    }

    NurturePage* showNurturePage()
    {
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        auto* page = requireChild<NurturePage>(m_window.get(), "nurturePage");
        auto* window = requireChild<QComboBox>(page, "nurtureWindowComboBox");
        window->setCurrentIndex(window->findData(int(DueFilter::Window::All)));
        page->refresh();
        return page;
    }

    void alt(QWidget* window, Qt::Key key)
    {
        // Alt+letter reaches the window the application has activated (after the platform did).
        QTRY_COMPARE(QApplication::activeWindow(), window->window());
        QTest::keyClick(window, key, Qt::AltModifier);
        QTest::qWait(250); // a button's mnemonic clicks it animated: released after 100 ms
    }

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        Prompts::takeShownMessages();
        Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        m_fixture = std::make_unique<TestStore>();
        m_anna = addLead(QStringLiteral("Anna"), BuyingPhase::Awareness, BuyingRole::Executive);
        m_jonas =
            addLead(QStringLiteral("Jonas"), BuyingPhase::Purchase, BuyingRole::TechnicalDecider);
        const QString path = m_fixture->path();
        m_fixture->close();
        m_settings = std::make_unique<AppSettings>(m_fixture->dir() + QStringLiteral("/s.ini"));
        m_settings->setValue(AppSettings::Key::RepName, rep);
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
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        Clock::reset();
    }

    void aRepChangesOneLeadsPlanByKeyboard()
    {
        const qint64 planId = nurture(m_anna, QStringLiteral("awareness-develop"));
        const NurturePlan plan = *NurturePlans(store()).plan(planId);
        QVERIFY(plan.steps.size() >= 3);

        // The card shows the plan with its button; the button opens the lead's plan.
        auto* card = requireChild<LeadCard>(m_window.get(), "leadCardWidget");
        card->showLead(m_anna);
        auto* edit = requireChild<QPushButton>(card, "leadCardEditPlanButton");
        QVERIFY(edit->isVisible());
        edit->click();
        LeadPlanDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<LeadPlanDialog*>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        auto* steps = requireChild<QTableWidget>(dialog, "leadPlanStepsTable");
        QCOMPARE(steps->rowCount(), plan.steps.size());
        QCOMPARE(QApplication::focusWidget(), steps);

        // The second step moves to Easter Saturday with a note: due the Tuesday after Easter.
        QVERIFY(dialog->selectStep(plan.steps.at(1).id));
        alt(dialog, Qt::Key_D);
        auto* due = requireChild<QDateEdit>(dialog, "leadPlanDueDateEdit");
        QCOMPARE(QApplication::focusWidget(), due);
        due->setDate(QDate(2026, 4, 4));
        alt(dialog, Qt::Key_N);
        QCOMPARE(QApplication::focusWidget(),
                 requireChild<QLineEdit>(dialog, "leadPlanNoteLineEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Mention the fair"));
        alt(dialog, Qt::Key_S);
        PlanStep second = *NurturePlans(store()).step(plan.steps.at(1).id);
        QCOMPARE(localDue(second.dueAt), QDate(2026, 4, 7));
        QCOMPARE(second.note, QStringLiteral("Mention the fair"));
        auto* message = requireChild<QLabel>(dialog, "leadPlanMessageLabel");
        QVERIFY2(
            message->text().contains(QLocale().toString(QDate(2026, 4, 7), QLocale::ShortFormat)),
            qPrintable(message->text()));
        // The card follows through the store's announcement.
        QTRY_VERIFY(requireChild<QLabel>(card, "nurturePlanLabel")
                        ->text()
                        .contains(QStringLiteral("Next")));

        // The first step is skipped with the reason.
        QVERIFY(dialog->selectStep(plan.steps.at(0).id));
        auto* note = requireChild<QLineEdit>(dialog, "leadPlanNoteLineEdit");
        note->setText(QStringLiteral("On parental leave"));
        alt(dialog, Qt::Key_I);
        const PlanStep first = *NurturePlans(store()).step(plan.steps.at(0).id);
        QCOMPARE(first.status, StepStatus::Skipped);
        QCOMPARE(first.note, QStringLiteral("On parental leave"));
        QVERIFY(!requireChild<QPushButton>(dialog, "leadPlanSaveButton")->isEnabled());

        // A step is added (a letter), then removed again after the question.
        QVERIFY(dialog->selectStep(plan.steps.at(2).id));
        auto* channel = requireChild<QComboBox>(dialog, "leadPlanChannelComboBox");
        channel->setCurrentIndex(channel->findData(int(NurtureChannel::Letter)));
        due->setDate(QDate(2026, 5, 1));
        note->setText(QStringLiteral("Printed study"));
        alt(dialog, Qt::Key_A);
        QCOMPARE(dialog->plan()->steps.size(), plan.steps.size() + 1);
        qint64 added = 0;
        for (const PlanStep& step : dialog->plan()->steps)
            if (step.note == QLatin1String("Printed study"))
                added = step.id;
        QVERIFY(added > 0);
        QCOMPARE(NurturePlans(store()).step(added)->channel, NurtureChannel::Letter);
        QCOMPARE(localDue(NurturePlans(store()).step(added)->dueAt), QDate(2026, 5, 4));
        screenshot(dialog, QStringLiteral("nurture-lead-plan.png"));
        QVERIFY(dialog->selectStep(added));
        Prompts::queueAnswer(QMessageBox::Yes);
        alt(dialog, Qt::Key_R);
        QVERIFY(!NurturePlans(store()).step(added));
        QCOMPARE(dialog->plan()->steps.size(), plan.steps.size());

        // Another track: the plan starts again on it.
        auto* tracks = requireChild<QComboBox>(dialog, "leadPlanTrackComboBox");
        const int other = tracks->findData(
            TrackLibrary(store()).currentByKey(QStringLiteral("awareness-overview"))->id);
        QVERIFY(other >= 0);
        tracks->setCurrentIndex(other);
        Prompts::queueAnswer(QMessageBox::Yes);
        alt(dialog, Qt::Key_W);
        QCOMPARE(NurturePlans(store()).activePlanOf(m_anna)->trackKey,
                 QStringLiteral("awareness-overview"));
        QVERIFY(dialog->plan()->id != planId);
        dialog->reject();
    }

    void theNurturePageHandsTheMailOverAndEditsThePlan()
    {
        nurture(m_anna, QStringLiteral("awareness-develop"));
        NurturePage* page = showNurturePage();
        QVERIFY(!page->steps().isEmpty());
        const DueStep step = page->steps().first();
        QCOMPARE(step.channel, NurtureChannel::Email);
        QList<QUrl> opened;
        bool mailProgram = false;
        page->setUrlOpener([&](const QUrl& url) {
            opened.append(url);
            return mailProgram;
        });
        // No mail program: the rep is told, nothing is marked.
        QVERIFY(page->selectStep(step.stepId));
        requireChild<QPushButton>(page, "nurtureMailButton")->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(Prompts::takeShownMessages().size(), 1);
        QCOMPARE(NurturePlans(store()).step(step.stepId)->status, StepStatus::Pending);
        // The mail program takes it; the rep confirms it was sent.
        mailProgram = true;
        Prompts::queueAnswer(QMessageBox::Yes);
        QVERIFY(page->selectStep(step.stepId));
        alt(page->window(), Qt::Key_W);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last(),
                 NurtureMail::mailto(NurtureMail::forStep(store(), step.stepId, rep)));
        QVERIFY(opened.last().toEncoded().contains("subject="));
        QCOMPARE(NurturePlans(store()).step(step.stepId)->status, StepStatus::Done);

        // Edit plan… opens the lead's plan at the selected step.
        QVERIFY(!page->steps().isEmpty());
        const DueStep next = page->steps().first();
        QVERIFY(page->selectStep(next.stepId));
        // Alt+E (the track effect's label had the E too, so Alt+E only moved the focus).
        alt(page->window(), Qt::Key_E);
        LeadPlanDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<LeadPlanDialog*>()) && dialog->isVisible());
        const QModelIndexList rows = requireChild<QTableWidget>(dialog, "leadPlanStepsTable")
                                         ->selectionModel()
                                         ->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(dialog->plan()->steps.at(rows.first().row()).id, next.stepId);
        dialog->reject();
    }

    void theNurturePageFollowsChangesMadeElsewhere()
    {
        const qint64 planId = nurture(m_anna, QStringLiteral("awareness-develop"));
        NurturePage* page = showNurturePage();
        auto* table = requireChild<QTableWidget>(page, "nurtureStepsTable");
        const int rows = table->rowCount();
        QVERIFY(rows > 0);
        // Another window (or rep) moves a step and plans Jonas: the page reads again by itself.
        const PlanStep last = NurturePlans(store()).plan(planId)->steps.last();
        StepEdit moved = StepEdit::of(last);
        moved.dueDay = QDate(2026, 12, 1);
        NurturePlans(store()).editStep(last.id, moved);
        nurture(m_jonas, QStringLiteral("purchase-technical"));
        QTRY_VERIFY(table->rowCount() > rows);
        QTRY_VERIFY(
            std::any_of(page->steps().cbegin(), page->steps().cend(), [&](const DueStep& s) {
                return s.stepId == last.id && localDue(s.dueAt) == QDate(2026, 12, 1);
            }));
        // A track saved in the editor shows in the filter and in the track effect at once.
        Track track;
        track.key = QStringLiteral("trade-fair");
        track.name = QStringLiteral("Trade fair follow-up");
        track.phase = BuyingPhase::Consideration;
        track.steps = {
            {0, {}, ContentKind::Overview, NurtureChannel::Email, 0, StepPurpose::RaiseInterest}};
        TrackLibrary(store()).saveVersion(track, rep);
        auto* filter = requireChild<QComboBox>(page, "nurtureTrackFilterComboBox");
        QTRY_VERIFY(filter->findText(track.name) >= 0);
        QList<QComboBox*> combos = page->findChildren<QComboBox*>();
        QVERIFY(std::count_if(combos.cbegin(), combos.cend(), [&](QComboBox* combo) {
                    return combo->findText(track.name) >= 0;
                }) >= 2);
    }

    void theTeamChoosesTheStateWhoseHolidaysCount()
    {
        const qint64 planId = nurture(m_anna, QStringLiteral("awareness-develop"));
        StepEdit thursday;
        thursday.dueDay = QDate(2026, 6, 4); // Corpus Christi
        const qint64 step = NurturePlans(store()).addStep(planId, thursday);
        QCOMPARE(localDue(NurturePlans(store()).step(step)->dueAt), QDate(2026, 6, 4));

        QueueSettingsDialog dialog(store(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* region = requireChild<QComboBox>(&dialog, "holidayRegionComboBox");
        QCOMPARE(region->count(), 17);
        QCOMPARE(region->currentData().toString(), QString());
        alt(&dialog, Qt::Key_D);
        QCOMPARE(QApplication::focusWidget(), region);
        region->setCurrentIndex(region->findData(QStringLiteral("BY")));
        QCOMPARE(region->currentText(), HolidayRegions::nameOf(QStringLiteral("BY")));
        screenshot(&dialog, QStringLiteral("nurture-holiday-region.png"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(HolidayRegions::teamRegion(TeamSettings(store())), QStringLiteral("BY"));
        QCOMPARE(localDue(NurturePlans(store()).step(step)->dueAt), QDate(2026, 6, 5));
        QueueSettingsDialog again(store(), m_window.get());
        QCOMPARE(requireChild<QComboBox>(&again, "holidayRegionComboBox")->currentData().toString(),
                 QStringLiteral("BY"));
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    /// The page and the lead's plan at 1280×800 in both languages (LEADSCOUT_SCREENSHOT_DIR).
    void screens()
    {
        QFETCH(QString, language);
        nurture(m_anna, QStringLiteral("awareness-develop"));
        nurture(m_jonas, QStringLiteral("purchase-technical"));
        // The window again, built in the language.
        m_window.reset();
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral("leadscout_") + language,
                                   QStringLiteral(LEADSCOUT_QM_DIR)));
        QCoreApplication::installTranslator(m_translator.get());
        m_window = std::make_unique<MainWindow>(Store::open(m_fixture->path()), *m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        NurturePage* page = showNurturePage();
        QVERIFY(page->selectStep(page->steps().first().stepId));
        screenshot(m_window.get(), QStringLiteral("nurture-page-%1.png").arg(language));
        page->editSelectedPlan();
        LeadPlanDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<LeadPlanDialog*>()) && dialog->isVisible());
        screenshot(dialog, QStringLiteral("nurture-lead-plan-%1.png").arg(language));
        dialog->reject();
        QueueSettingsDialog settings(store(), m_window.get());
        settings.show();
        screenshot(&settings, QStringLiteral("nurture-queue-settings-%1.png").arg(language));
    }
};

QTEST_MAIN(TestNurtureEditGui)
#include "tst_nurtureeditgui.moc"
