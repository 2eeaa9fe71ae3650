#include "ContentLibraryDialog.h"
#include "MainWindow.h"
#include "NurtureLeads.h"
#include "NurturePage.h"
#include "NurtureTrackChooser.h"
#include "Prompts.h"
#include "QualificationForm.h"
#include "RequireWidget.h"
#include "TestStore.h"
#include "decisions/StageDecisions.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "items/QueueModel.h"
#include "nurture/ContentLibrary.h"
#include "nurture/NurturePlans.h"
#include "nurture/TrackProposal.h"
#include "qualification/QualificationRepository.h"
#include "queue/QueueQuery.h"
#include "queue/QueueView.h"
#include "scoring/LeadScores.h"
#include "store/Sql.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

/// The nurture GUI of issue 20: a plan started from the decision panel on the proposed track,
/// a step marked done with the lead's response on the Nurture page, and the lead's score, grade
/// and place in the call queue moving with it.
class TestNurtureGui : public QObject
{
    Q_OBJECT

    static inline const QString rep = QStringLiteral("mara");
    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_anna = 0;
    qint64 m_jonas = 0;

    static void screenshot(QWidget* widget, const QString& name)
    {
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(widget->grab().save(shots + QLatin1Char('/') + name));
    }

    Store& store() { return m_window->store(); }

    /// A lead in Berlin with phase and role known and the rest of BANT unknown.
    qint64 addLead(const QString& name, BuyingPhase phase, BuyingRole role)
    {
        return NurtureLeads::add(m_fixture->store(), rep, name, phase, role);
    }
    Lead lead(qint64 id) { return *LeadRepository(store()).find(id); }
    /// The lead's place among the leads to call now (the queue's order), or -1.
    int queuePosition(qint64 id)
    {
        const QList<QueueRow> rows =
            QueueQuery(store(), QueueContext::build(store(), rep, {})).callable(100);
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].id == id)
                return i;
        return -1;
    }
    void openInQueue(qint64 id)
    {
        auto* queue = m_window->findChild<QueueView*>();
        const int row = queue->model()->rowOfLead(id);
        QVERIFY(row >= 0);
        auto* table = queue->findChild<QTableView*>();
        table->setCurrentIndex(table->model()->index(row, 1));
        table->selectRow(row);
        QTRY_COMPARE(m_window->findChild<QualificationForm*>()->leadId(), id);
    }

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        Prompts::takeShownMessages();
        // Monday 2 March 2026, 10:00 in Berlin.
        Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        m_fixture = std::make_unique<TestStore>();
        // Anna is an executive just becoming aware of the problem: nurture material, not sales.
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
        Clock::reset();
    }

    void planFromDecisionPanelAndResponseOnNurturePage()
    {
        const int positionBefore = queuePosition(m_anna);
        QVERIFY2(positionBefore >= 0, "a new lead is in the call queue");
        openInQueue(m_anna);

        // The decision panel proposes a track for Anna and says why.
        auto* chooser = requireChild<NurtureTrackChooser>(m_window.get(), "nurtureTrackChooser");
        QVERIFY(chooser->trackId() != 0);
        QVERIFY(!chooser->proposalText().isEmpty());
        auto* reasons = requireChild<QLabel>(chooser, "nurtureProposalLabel");
        QVERIFY(reasons->text().contains(chooser->proposalText()));
        const qint64 trackId = chooser->trackId();
        for (QWidget* w = chooser; w; w = w->parentWidget())
            if (auto* scroll = qobject_cast<QScrollArea*>(w))
                scroll->ensureWidgetVisible(chooser);
        screenshot(m_window.get(), QStringLiteral("nurture-decision.png"));

        Prompts::queueDate(QDate(2026, 9, 1)); // the latest return: the steps come first
        requireChild<QPushButton>(m_window.get(), "nurtureButton")->click();
        const auto plan = NurturePlans(store()).activePlanOf(m_anna);
        QVERIFY2(plan,
                 qPrintable(requireChild<QLabel>(m_window.get(), "decisionMessageLabel")->text()));
        QCOMPARE(plan->trackId, trackId);
        QCOMPARE(lead(m_anna).stage, Stage::Nurture);
        QVERIFY(!plan->steps.isEmpty());
        QCOMPARE(queuePosition(m_anna), -1); // nurtured: not called until something brings it

        // The Nurture page (Ctrl+3) lists the plan's steps; the first is recorded with a reply.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        auto* page = requireChild<NurturePage>(m_window.get(), "nurturePage");
        QVERIFY(page->isVisible());
        QCOMPARE(QApplication::focusWidget(),
                 requireChild<QTableWidget>(page, "nurtureStepsTable"));
        auto* window = requireChild<QComboBox>(page, "nurtureWindowComboBox");
        window->setCurrentIndex(window->findData(int(DueFilter::Window::All)));
        page->refresh();
        QVERIFY(!page->steps().isEmpty());
        QCOMPARE(page->steps().first().leadId, m_anna);
        screenshot(m_window.get(), QStringLiteral("nurture-page.png"));

        const Lead before = lead(m_anna);
        int recorded = 0;
        // Responses until the lead's grade moves (each one is an interest event).
        for (const PlanStep& step : plan->steps) {
            QVERIFY(page->selectStep(step.id));
            auto* response = requireChild<QComboBox>(page, "nurtureResponseComboBox");
            response->setCurrentIndex(response->findData(int(StepResponse::Attended)));
            requireChild<QLineEdit>(page, "nurtureNoteLineEdit")
                ->setText(QStringLiteral("Came to the webinar"));
            auto* done = requireChild<QPushButton>(page, "nurtureDoneButton");
            QVERIFY2(done->isEnabled(), qPrintable(QString::number(
                                            requireChild<QTableWidget>(page, "nurtureStepsTable")
                                                ->selectionModel()
                                                ->selectedRows()
                                                .size())));
            done->click();
            ++recorded;
            const QString message = requireChild<QLabel>(page, "nurtureMessageLabel")->text();
            QVERIFY2(message.contains(QStringLiteral("score")),
                     qPrintable(QStringLiteral("response %1: \"%2\", %3 step(s) listed")
                                    .arg(recorded)
                                    .arg(message)
                                    .arg(page->steps().size())));
            if (lead(m_anna).grade != before.grade && queuePosition(m_anna) >= 0)
                break;
        }
        const Lead after = lead(m_anna);
        QVERIFY2(after.interestScore > before.interestScore,
                 qPrintable(QStringLiteral("interest %1 → %2 after %3 response(s)")
                                .arg(before.interestScore)
                                .arg(after.interestScore)
                                .arg(recorded)));
        QVERIFY(after.totalScore > before.totalScore);
        QVERIFY2(after.grade != before.grade,
                 qPrintable(before.grade + QStringLiteral(" → ") + after.grade));
        // Interest over the team's threshold brings the lead back into the call queue.
        QVERIFY2(queuePosition(m_anna) >= 0,
                 qPrintable(m_window->findChild<QueueView*>()->reasonFor(m_anna)));
        // The queue view says why she is back.
        QTRY_VERIFY(!m_window->findChild<QueueView*>()->reasonFor(m_anna).startsWith(
            QStringLiteral("Held back")));
        screenshot(m_window.get(), QStringLiteral("nurture-page-done.png"));
    }

    void nurturePageControlsHaveBuddiesAndTabStops()
    {
        m_window->findChild<QAction*>(QStringLiteral("showNurtureAction"))->trigger();
        auto* page = requireChild<NurturePage>(m_window.get(), "nurturePage");
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        for (QWidget* control : page->findChildren<QWidget*>()) {
            if (qobject_cast<QComboBox*>(control) || qobject_cast<QPushButton*>(control) ||
                qobject_cast<QLineEdit*>(control))
                QVERIFY2(control->focusPolicy() & Qt::TabFocus, qPrintable(control->objectName()));
        }
    }

    void bulkMarkSentForLeadsAtTheSameStep()
    {
        // Anna and Jonas both on the awareness track: its first step is an e-mail due today.
        const auto track = TrackProposal::forLead(store(), m_anna).track;
        QVERIFY(track);
        for (qint64 id : {m_anna, m_jonas}) {
            DecisionRequest request;
            request.decision = Decision::Nurture;
            StageDecisions(store()).applyWithPlan(id, request, {track->id, {}, {}}, rep);
        }
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        auto* page = requireChild<NurturePage>(m_window.get(), "nurturePage");
        page->refresh();
        QCOMPARE(page->steps().size(), 2); // due today: the first step of each plan
        auto* table = requireChild<QTableWidget>(page, "nurtureStepsTable");
        table->selectAll();
        auto* sent = requireChild<QPushButton>(page, "nurtureSentButton");
        QVERIFY(sent->isEnabled());
        QVERIFY(sent->text().contains(QLatin1Char('2')));
        const QList<DueStep> steps = page->steps();
        sent->click();
        for (const DueStep& step : steps)
            QCOMPARE(NurturePlans(store()).step(step.stepId)->status, StepStatus::Done);
        QVERIFY(page->steps().isEmpty());
        QVERIFY(
            requireChild<QLabel>(page, "nurtureMessageLabel")->text().contains(QLatin1Char('2')));
    }

    void contentLibrarySaysWhyAPieceCannotBeSaved()
    {
        ContentLibraryDialog dialog(store(), m_window.get());
        dialog.show();
        const int before = int(ContentLibrary(store()).pieces().size());
        QVERIFY(before > 0); // the shipped defaults
        dialog.newPiece();
        QVERIFY(!dialog.saveShown()); // no title, no link
        auto* message = requireChild<QLabel>(&dialog, "pieceMessageLabel");
        QVERIFY(!message->text().isEmpty());
        requireChild<QLineEdit>(&dialog, "pieceTitleLineEdit")
            ->setText(QStringLiteral("ROI-Rechner"));
        requireChild<QLineEdit>(&dialog, "pieceLinkLineEdit")
            ->setText(QStringLiteral("https://example.com/roi"));
        requireChild<QCheckBox>(&dialog, "piecePhase_purchase")->setChecked(true);
        QVERIFY2(dialog.saveShown(), qPrintable(message->text()));
        QCOMPARE(int(ContentLibrary(store()).pieces().size()), before + 1);
        screenshot(&dialog, QStringLiteral("nurture-content-library.png"));
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
};

QTEST_MAIN(TestNurtureGui)
#include "tst_nurturegui.moc"
