#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportReportPage.h"
#include "ImportWizard.h"
#include "LeadRecordActions.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "RealImportColumns.h"
#include "TestStore.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "import/ImportBatches.h"
#include "support/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

/// The import wizard (issue 18) driven like a rep would: a real file from
/// ../shared/testdata/real-imports read in place, and a hand-made file with duplicates and
/// broken rows — the file page detects encoding and delimiter and previews the rows, the mapping
/// is pre-filled (and remembered after one correction), the dry run counts what would happen,
/// the import lands, the report lists the rows not imported with reasons, is saved as CSV and
/// undone; a cancelled import leaves the store as it was.
class TestImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ImportWizard> m_wizard;

    static void screenshot(QWidget* widget, const QString& name)
    {
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(widget->grab().save(shots + QLatin1Char('/') + name));
    }

    qint64 leadCount() { return LeadRepository(m_fixture->store()).count(); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_fixture->dir() + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    template <typename T> T* child(const char* name)
    {
        return m_wizard->findChild<T*>(QLatin1String(name));
    }

    ImportWizard& openWizard()
    {
        m_wizard = std::make_unique<ImportWizard>(m_fixture->store(), *m_settings);
        m_wizard->show();
        m_wizard->activateWindow();
        return *m_wizard;
    }

    QString target(int column)
    {
        auto* page = static_cast<ImportMappingPage*>(m_wizard->page(ImportWizard::MappingPage));
        return page->targetBox(column) ? page->targetBox(column)->currentData().toString()
                                       : QString();
    }

    /// Next from the options page once its dry run is done; the report of that dry run.
    ImportReport dryRunReport()
    {
        auto* page = static_cast<ImportOptionsPage*>(m_wizard->page(ImportWizard::OptionsPage));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 120000); }();
        return page->dryRun().value_or(ImportReport());
    }

    /// Presses the wizard's Next (Import on the options page) from the keyboard.
    void pressNext()
    {
        QAbstractButton* next = m_wizard->button(m_wizard->currentId() == ImportWizard::OptionsPage
                                                     ? QWizard::CommitButton
                                                     : QWizard::NextButton);
        QVERIFY(next->isEnabled());
        next->setFocus();
        QTest::keyClick(next, Qt::Key_Space);
    }

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        Prompts::takeShownMessages();
        Prompts::takeQuestions();
        m_fixture = std::make_unique<TestStore>();
        m_settings = std::make_unique<AppSettings>(m_fixture->dir() + u"/settings.ini"_s);
        m_settings->setValue(AppSettings::Key::RepName, u"mara"_s);
    }

    void cleanup()
    {
        m_wizard.reset();
        m_settings.reset();
        m_fixture.reset();
    }

    void importsARealWindows1252File()
    {
        const QString file = u"tine20_importtest_win1252.csv"_s;
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        ImportWizard& wizard = openWizard();
        wizard.resize(1280, 800);
        Prompts::queueFileName(RealImports::path(file));
        auto* browse = child<QPushButton>("importBrowse");
        browse->setFocus();
        QTest::keyClick(browse, Qt::Key_Space);
        const QString detected = child<QLabel>("importDetected")->text();
        QVERIFY2(detected.contains(u"Windows-1252"_s) && detected.contains(u"semicolon"_s),
                 qPrintable(detected));
        auto* preview = child<QTableWidget>("importPreview");
        QCOMPARE(preview->columnCount(), 3);
        QCOMPARE(preview->rowCount(), 4);
        // The third record is "ÖzdemirÖ;Üglü" in Windows-1252: umlauts read, not mangled.
        QCOMPARE(preview->item(2, 0)->text(), u"\u00D6zdemir\u00D6"_s);
        QCOMPARE(preview->item(2, 1)->text(), u"\u00DCgl\u00FC"_s);
        screenshot(&wizard, u"import-file.png"_s);
        pressNext();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(target(0), u"first_name"_s);
        QCOMPARE(target(1), u"last_name"_s);
        QCOMPARE(target(2), u"email"_s);
        screenshot(&wizard, u"import-mapping.png"_s);
        pressNext();
        const ImportReport dryRun = dryRunReport();
        QCOMPARE(dryRun.status, ImportReport::Status::DryRun);
        QCOMPARE(dryRun.count(RowOutcome::Imported), 4);
        QCOMPARE(leadCount(), 0);
        screenshot(&wizard, u"import-options.png"_s);
        pressNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPage), 30000);
        QCOMPARE(leadCount(), 4);
        QVERIFY(wizard.state().report->written());
        QVERIFY(child<QLabel>("importReportSummary")->text().contains(u"4"_s));
        screenshot(&wizard, u"import-report.png"_s);
    }

    void duplicatesAndBrokenRowsAreReportedAndUndone()
    {
        Lead stored = sampleLead(u"Eve"_s, u"Existing"_s, u"Existing GmbH"_s);
        stored.email = u"eve@existing.de"_s;
        LeadRepository(m_fixture->store()).create(stored, u"mara"_s);
        const QString path =
            write(u"messe.csv"_s,
                  "E-Mail;Vorname;Nachname;Firma;Messestand\n"
                  "anna@becker-gmbh.de;Anna;Becker;Becker GmbH;Halle 4\n"
                  "ANNA@becker-gmbh.de;Anna;Becker;Becker GmbH;Halle 4\n" // row 3: same e-mail
                  "bob at brown;Bob;Brown;Brown Ltd;Halle 2\n" // row 4: no way to reach him
                  ";Carl;Clay;Clay AG;Halle 1\n"               // row 5: no contact at all
                  "dora@dahl-kg.de;Dora;Dahl;Dahl KG;Halle 9\n"
                  "eve@existing.de;Eve;Existing;Existing GmbH;Halle 3\n"); // row 7: in the store
        QVERIFY(!path.isEmpty());

        ImportWizard& wizard = openWizard();
        wizard.setFile(path);
        QVERIFY(child<QLabel>("importDetected")->text().contains(u"semicolon"_s));
        pressNext();
        QCOMPARE(target(0), u"email"_s);
        QCOMPARE(target(1), u"first_name"_s);
        QCOMPARE(target(3), u"company"_s);
        // The booth column means nothing to the guess: the rep sends it to the campaign, with
        // the arrow keys.
        QCOMPARE(target(4), u"ignore"_s);
        auto* mapping = static_cast<ImportMappingPage*>(wizard.page(ImportWizard::MappingPage));
        QComboBox* booth = mapping->targetBox(4);
        const int wanted = booth->findData(u"campaign"_s);
        QVERIFY(wanted >= 0);
        booth->setFocus();
        while (booth->currentIndex() != wanted) {
            const int before = booth->currentIndex();
            QTest::keyClick(booth, booth->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
            QVERIFY(booth->currentIndex() != before);
        }
        QCOMPARE(wizard.state().mapping.target(4).key(), u"campaign"_s);
        pressNext();

        const ImportReport dryRun = dryRunReport();
        QCOMPARE(dryRun.count(RowOutcome::Imported), 2);
        QCOMPARE(dryRun.count(RowOutcome::Skipped), 2);
        QCOMPARE(dryRun.count(RowOutcome::Rejected), 2);
        const QString summary = child<QLabel>("importDryRunSummary")->text();
        QVERIFY2(summary.contains(u"2 new"_s) && summary.contains(u"2 duplicates"_s) &&
                     summary.contains(u"2 rejected"_s),
                 qPrintable(summary));
        QVERIFY(child<QTableWidget>("importDryRunReasons")->rowCount() >= 2);
        QCOMPARE(leadCount(), 1); // a dry run writes nothing

        // Merge instead: the dry run follows the choice.
        child<QRadioButton>("importDuplicatesMerge")->click();
        QTRY_VERIFY_WITH_TIMEOUT(dryRunReport().count(RowOutcome::Merged) == 2, 30000);
        child<QRadioButton>("importDuplicatesSkip")->click();
        QTRY_VERIFY_WITH_TIMEOUT(dryRunReport().count(RowOutcome::Skipped) == 2, 30000);

        pressNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPage), 30000);
        QCOMPARE(leadCount(), 3);
        const ImportReport& report = *wizard.state().report;
        QCOMPARE(report.count(RowOutcome::Imported), 2);
        auto* rows = child<QTableWidget>("importReportRows");
        QMap<qint64, QString> reasons;
        for (int at = 0; at < rows->rowCount(); ++at)
            if (rows->item(at, 1)->text() != u"flagged"_s)
                reasons[rows->item(at, 0)->data(Qt::DisplayRole).toLongLong()] =
                    rows->item(at, 3)->text();
        QCOMPARE(reasons.keys(), (QList<qint64>{3, 4, 5, 7}));
        for (const QString& reason : reasons)
            QVERIFY(!reason.isEmpty());
        const std::optional<ImportBatch> batch =
            ImportBatches(m_fixture->store()).findByCode(report.batchCode);
        QVERIFY(batch);
        QCOMPARE(batch->imported, 2);
        QCOMPARE(batch->campaign, QString()); // the campaign came from the column
        screenshot(&wizard, u"import-report-duplicates.png"_s);

        const QString saved = m_fixture->dir() + u"/report.csv"_s;
        Prompts::queueFileName(saved);
        child<QPushButton>("importSaveReport")->click();
        QFile csv(saved);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 7); // header and six records

        auto* undo = child<QPushButton>("importUndo");
        QVERIFY(undo->isEnabled());
        Prompts::queueAnswer(QMessageBox::Yes);
        undo->setFocus();
        QTest::keyClick(undo, Qt::Key_Space);
        QCOMPARE(leadCount(), 1);
        QVERIFY(ImportBatches(m_fixture->store()).findByCode(report.batchCode)->undoneAt);
        QVERIFY(!undo->isEnabled());

        // The corrected mapping is remembered for the next file with the same columns.
        m_wizard.reset();
        ImportWizard& again = openWizard();
        again.setFile(path);
        pressNext();
        QCOMPARE(target(4), u"campaign"_s);
    }

    void cancelLeavesTheStoreAsItWas()
    {
        QByteArray bytes = "Email,First Name,Last Name,Company\n";
        for (int i = 0; i < 10000; ++i)
            bytes +=
                QStringLiteral("lead%1@firma%1.de,Vor%1,Nach%1,Firma %1 GmbH\n").arg(i).toUtf8();
        const QString path = write(u"big.csv"_s, bytes);
        ImportWizard& wizard = openWizard();
        wizard.setFile(path);
        pressNext();
        pressNext();
        QCOMPARE(dryRunReport().count(RowOutcome::Imported), 10000);
        pressNext();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QTest::keyClick(&wizard, Qt::Key_Escape); // cancels the import, keeps the wizard open
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPage), 60000);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.state().report->status, ImportReport::Status::Cancelled);
        QCOMPARE(leadCount(), 0);
        QVERIFY(!child<QPushButton>("importUndo")->isEnabled());
    }

    void activityFilesGoThroughTheActivityImport()
    {
        Lead anna = sampleLead(u"Anna"_s, u"Becker"_s, u"Becker GmbH"_s);
        LeadRepository(m_fixture->store()).create(anna, u"mara"_s);
        const QString path =
            write(u"activities.csv"_s, "E-Mail;Aktivit\xC3\xA4t;Datum;Titel\n"
                                       "anna.becker@example.com;Webinar-Teilnahme;20.11.2026 14:30;"
                                       "Cloud-Migration\n"
                                       "nobody@example.com;Download;21.11.2026;Checkliste\n");
        ImportWizard& wizard = openWizard();
        wizard.setFile(path);
        child<QRadioButton>("importKindActivities")->click();
        pressNext();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ActivityMappingPage));
        QCOMPARE(child<QComboBox>("importActivityTarget_1")->currentData().toString(), u"kind"_s);
        pressNext();
        auto* options = static_cast<ImportOptionsPage*>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(options->isComplete(), 30000);
        pressNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPage), 30000);
        QCOMPARE(wizard.state().activityReport->imported, 1);
        auto* rows = child<QTableWidget>("importReportRows");
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->item(0, 0)->data(Qt::DisplayRole).toLongLong(), 3);
        QCOMPARE(rows->item(0, 1)->text(), u"unmatched"_s);
    }

    void ctrlIOpensTheWizardFromTheLeadMenu()
    {
        const QString storePath = m_fixture->path();
        m_fixture->close();
        MainWindow window(Store::open(storePath), *m_settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* action = window.findChild<QAction*>(u"importLeadsAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(window.findChild<QMenu*>(u"leadMenu"_s)->actions().contains(action));
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<ImportWizard*>());
        ImportWizard* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->width() <= 1280 && wizard->height() <= 800);
        wizard->reject();
        m_fixture->reopen();
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
