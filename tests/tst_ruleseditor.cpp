#include "MainWindow.h"
#include "Prompts.h"
#include "RulesEditorDialog.h"
#include "TestStore.h"
#include "dashboard/RollupSql.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "items/RuleWeightsModel.h"
#include "scoring/BulkScoring.h"
#include "scoring/LeadScores.h"
#include "scoring/ScoringRulesRepository.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

/// Large companies, C-level contacts, in three industries; scored with the default rules.
void addLeads(const Store& store, int perIndustry)
{
    LeadRepository leads(store);
    int n = 0;
    for (Industry industry : {Industry::Manufacturing, Industry::Software, Industry::Education})
        for (int i = 0; i < perIndustry; ++i) {
            ++n;
            Lead lead = sampleLead(QStringLiteral("Lead%1").arg(n), QStringLiteral("Test"),
                                   QStringLiteral("Company %1").arg(n));
            lead.industry = industry;
            lead.employees = 300;
            lead.seniority = Seniority::CLevel;
            leads.create(lead, QStringLiteral("mara"));
        }
    BulkScoring::rescoreAll(store, std::nullopt, 0, {});
}

int rowOf(const RuleWeightsModel& model, const QString& group, const QString& item)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, RuleWeightsModel::Group).data() == group &&
            model.index(row, RuleWeightsModel::Item).data() == item)
            return row;
    return -1;
}

} // namespace

class TestRulesEditor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        Prompts::takeShownMessages();
        Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    }
    void cleanup() { Clock::reset(); }

    void weightsModelPassesTheModelTester()
    {
        RuleWeightsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules(ScoringRules::defaults());
        QVERIFY(model.rowCount() > 40);
        const int row =
            rowOf(model, QStringLiteral("Fit: industry"), QStringLiteral("Manufacturing"));
        QVERIFY(row >= 0);
        const QModelIndex points = model.index(row, RuleWeightsModel::Points);
        QCOMPARE(points.data().toInt(), 15);
        QVERIFY(points.flags() & Qt::ItemIsEditable);
        QVERIFY(!(model.index(row, RuleWeightsModel::Item).flags() & Qt::ItemIsEditable));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(points, 22));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rules().industryPoints[vocabIndex(Industry::Manufacturing)], 22);
        QVERIFY(!model.setData(points, QStringLiteral("lots")));
        QVERIFY(!model.setData(points, 1000));
        QCOMPARE(points.data().toInt(), 22);
        const int band = rowOf(model, QStringLiteral("Fit: company size"),
                               QStringLiteral("Large company (250–999 employees)"));
        QVERIFY(band >= 0);
        QVERIFY(model.setData(model.index(band, RuleWeightsModel::Points), 5));
        QCOMPARE(model.rules().employeeBands[3].points, 5);
    }

    void previewThenSaveCreatesAVersionAndRescores()
    {
        TestStore fixture;
        addLeads(fixture.store(), 3);
        const QString path = fixture.path();
        fixture.close();
        QTemporaryDir home;
        AppSettings settings(home.filePath(QStringLiteral("s.ini")));
        settings.setValue(AppSettings::Key::RepName, QStringLiteral("lena"));
        MainWindow window(Store::open(path), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Team → Scoring rules… opens the editor; it is driven from here while it runs.
        bool checked = false;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = window.findChild<RulesEditorDialog*>();
            QVERIFY(dialog);
            // A failed check below returns early: close the editor so the test ends.
            struct CloseOnFailure
            {
                QDialog* dialog;
                ~CloseOnFailure()
                {
                    if (QTest::currentTestFailed())
                        dialog->reject();
                }
            } closeOnFailure{dialog};
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveRulesButton"));
            QVERIFY(!save->isEnabled()); // nothing changed yet

            // Education is worth 50 fit points: typed into the weights table.
            auto* view = dialog->findChild<QTableView*>(QStringLiteral("weightsTableView"));
            auto* model = static_cast<RuleWeightsModel*>(view->model());
            const int row =
                rowOf(*model, QStringLiteral("Fit: industry"), QStringLiteral("Education"));
            view->setFocus();
            view->setCurrentIndex(model->index(row, RuleWeightsModel::Points));
            QTest::keyClick(view, Qt::Key_F2);
            auto* editor = view->viewport()->findChild<QSpinBox*>();
            QVERIFY(editor);
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(editor, QStringLiteral("50"));
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_COMPARE(model->rules().industryPoints[vocabIndex(Industry::Education)], 50);
            QVERIFY(save->isEnabled());

            // A grade threshold out of order is refused before anything runs.
            auto* gradeB = dialog->findChild<QSpinBox*>(QStringLiteral("gradeBSpinBox"));
            const int oldB = gradeB->value();
            gradeB->setValue(5000);
            QVERIFY(!save->isEnabled());
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("rulesProblemLabel"))
                        ->text()
                        .contains(QLatin1String("Grade thresholds")));
            gradeB->setValue(oldB);
            QVERIFY(save->isEnabled());

            dialog->findChild<QPushButton*>(QStringLiteral("previewButton"))->click();
            auto* preview = dialog->findChild<QLabel*>(QStringLiteral("previewLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(preview->text().startsWith(QLatin1String("Of 9 leads")),
                                     20000);
            // Education leads: fit 30 + 20 + 2 = 52 (D) becomes 30 + 20 + 50 = 100 (C, MQL).
            QVERIFY2(preview->text().contains(QLatin1String("3 would change grade and 3 their "
                                                            "stage band")) &&
                         preview->text().contains(QStringLiteral("D→C: 3")),
                     qPrintable(preview->text()));
            QCOMPARE(LeadScores::find(window.store(), 1)->ruleVersion.value_or(0), 1);

            dialog->findChild<QLineEdit*>(QStringLiteral("versionNoteLineEdit"))
                ->setText(QStringLiteral("Education is a target industry now"));
            Prompts::queueAnswer(QMessageBox::Yes);
            save->click();
            checked = true;
        });
        window.findChild<QAction*>(QStringLiteral("scoringRulesAction"))->trigger();
        QVERIFY(checked);

        const QList<RuleVersion> versions = ScoringRulesRepository(window.store()).versions();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.first().version, 2);
        QCOMPARE(versions.first().repName, QStringLiteral("lena"));
        QCOMPARE(versions.first().note, QStringLiteral("Education is a target industry now"));
        for (qint64 id = 1; id <= 9; ++id)
            QCOMPARE(*LeadScores::find(window.store(), id)->ruleVersion, 2);
        const QStringList shown = Prompts::takeShownMessages();
        QVERIFY2(shown.last().contains(QLatin1String("Saved as version 2; 9 lead")),
                 qPrintable(shown.join(QLatin1Char('|'))));
    }

    void cancellingTheRescoreSavesNothing()
    {
        TestStore fixture;
        {
            WriteTransaction tx(fixture.store());
            // A bulk write, as the demo does it: roll-ups rebuilt once, not kept row by row.
            RollupSql::dropTriggers(fixture.store().db());
            Sql::exec(fixture.store().db(),
                      QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                                     " FROM n WHERE i < 60000) INSERT INTO leads (industry,"
                                     " employees, source_channel, stage_changed_at, created_at,"
                                     " updated_at) SELECT 'software', i % 900, 'web_form', 0, 0, 0"
                                     " FROM n"));
            RollupSql::rebuild(fixture.store().db());
            tx.commit();
        }
        BulkScoring::rescoreAll(fixture.store(), std::nullopt, 0, {});
        QTemporaryDir home;
        AppSettings settings(home.filePath(QStringLiteral("s.ini")));
        RulesEditorDialog dialog(fixture.store(), settings);
        dialog.show();
        auto* sql = dialog.findChild<QSpinBox*>(QStringLiteral("sqlSpinBox"));
        sql->setValue(sql->value() + 1);
        Prompts::queueAnswer(QMessageBox::Yes);
        dialog.findChild<QPushButton*>(QStringLiteral("saveRulesButton"))->click();
        auto* progress =
            dialog.findChild<QProgressDialog*>(QStringLiteral("rescoreProgressDialog"));
        QVERIFY(progress);
        // Cancel at once: the rescore has just started on its own thread.
        progress->findChild<QPushButton*>()->click();
        QStringList shown;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown += Prompts::takeShownMessages(),
             shown.size() > 1 &&
                 (shown.last().contains(QLatin1String("saved"), Qt::CaseInsensitive) ||
                  shown.last().contains(QLatin1String("Cancelled after")))),
            30000);
        if (!fixture.store().isSqlite()) {
            // A server commits the rules first and rescores in batches: the rules are saved, and
            // what the cancel left is said.
            QVERIFY2(shown.last().contains(QLatin1String("Cancelled after")),
                     qPrintable(shown.last()));
            QCOMPARE(ScoringRulesRepository(fixture.store()).versions().size(), 2);
            QCOMPARE(dialog.savedVersion(), 2);
            return;
        }
        QVERIFY2(shown.last().contains(QLatin1String("nothing was saved")),
                 qPrintable(shown.last()));
        QCOMPARE(ScoringRulesRepository(fixture.store()).versions().size(), 1);
        QCOMPARE(
            Sql::scalar(fixture.store().db(),
                        QStringLiteral("SELECT count(*) FROM leads WHERE score_rule_version = 1"))
                .toInt(),
            60000);
        QVERIFY(dialog.isVisible()); // the edits are still there to try again
        QCOMPARE(dialog.editedRules().sqlThreshold, sql->value());
    }
};

QTEST_MAIN(TestRulesEditor)
#include "tst_ruleseditor.moc"
