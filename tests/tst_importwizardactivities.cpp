#include "ImportActivityMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportWizard.h"
#include "Prompts.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "scoring/LeadScores.h"
#include "support/AppSettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

/// The import wizard with the choices a rep needs for files the automatic reading gets wrong:
/// an activity file whose activity column is mapped by hand (and remembered), an attendee list
/// without activity and time columns given one of each for the whole file, the encoding chosen
/// for an activity file, and the owner of a lead file's leads. Driven by the keyboard; each page
/// has its mnemonics once; screenshots at 1280×800 when LEADSCOUT_SCREENSHOT_DIR is set.
class TestImportWizardActivities : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ImportWizard> m_wizard;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; ///< the wizard's Back and Next in the language
    qint64 m_anna = 0;
    qint64 m_bernd = 0;

    void screenshot(const QString& name)
    {
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(m_wizard->grab().save(shots + u'/' + name));
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_fixture->dir() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    template <typename T> T* child(const char* name)
    {
        return m_wizard->findChild<T*>(QLatin1String(name));
    }

    ImportWizard& openWizard(const QString& path, bool activities)
    {
        m_wizard = std::make_unique<ImportWizard>(m_fixture->store(), *m_settings);
        m_wizard->resize(1280, 800);
        m_wizard->show();
        m_wizard->setFile(path);
        if (activities)
            child<QRadioButton>("importKindActivities")->click();
        return *m_wizard;
    }

    void pressNext()
    {
        QAbstractButton* next = m_wizard->button(m_wizard->currentId() == ImportWizard::OptionsPage
                                                     ? QWizard::CommitButton
                                                     : QWizard::NextButton);
        QVERIFY(next->isEnabled());
        next->setFocus();
        QTest::keyClick(next, Qt::Key_Space);
    }

    /// Picks the item with `data` in a combo by the arrow keys.
    static void chooseByKeys(QComboBox* box, const QString& data)
    {
        const int wanted = box->findData(data);
        QVERIFY(wanted >= 0);
        box->setFocus();
        while (box->currentIndex() != wanted) {
            const int before = box->currentIndex();
            QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
            QVERIFY(box->currentIndex() != before);
        }
    }

    static QChar mnemonic(const QString& text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i)
            if (text[i] == u'&')
                return text[i + 1] == u'&' ? (++i, QChar()) : text[i + 1].toLower();
        return {};
    }

    /// Every mnemonic the current page and the wizard's buttons answer to, taken once (a
    /// disabled button, such as Back on the first page, answers to none).
    QStringList clashes()
    {
        QHash<QChar, QString> seen;
        QStringList found;
        QStringList texts;
        for (QLabel* label : m_wizard->findChildren<QLabel*>())
            if (label->buddy() && label->isVisibleTo(m_wizard.get()))
                texts.append(label->text());
        for (QAbstractButton* button : m_wizard->findChildren<QAbstractButton*>())
            if (button->isVisibleTo(m_wizard.get()) && button->isEnabled())
                texts.append(button->text());
        for (const QString& text : texts) {
            const QChar letter = mnemonic(text);
            if (letter.isNull())
                continue;
            if (seen.contains(letter))
                found << u"%1: %2 / %3"_s.arg(letter, seen[letter], text);
            else
                seen.insert(letter, text);
        }
        return found;
    }

    qint64 events(qint64 lead, const QString& kind)
    {
        return Sql::scalar(m_fixture->store().db(),
                           u"SELECT count(*) FROM interest_events WHERE lead_id = ? AND kind = ?"_s,
                           {lead, kind})
            .toLongLong();
    }

    void finishImport()
    {
        pressNext(); // to the options page, whose dry run must finish
        auto* options = static_cast<ImportOptionsPage*>(m_wizard->page(ImportWizard::OptionsPage));
        QTRY_VERIFY_WITH_TIMEOUT(options->isComplete(), 30000);
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u'\n')));
        pressNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::ReportPage), 30000);
    }

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        m_fixture = std::make_unique<TestStore>();
        m_settings = std::make_unique<AppSettings>(m_fixture->dir() + u"/settings.ini"_s);
        m_settings->setValue(AppSettings::Key::RepName, u"mara"_s);
        LeadRepository leads(m_fixture->store());
        m_anna = leads.create(sampleLead(u"Anna"_s, u"Becker"_s, u"Becker GmbH"_s), u"mara"_s);
        m_bernd = leads.create(sampleLead(u"Bernd"_s, u"Kurz"_s, u"Kurz KG"_s), u"mara"_s);
        Reps::idFor(m_fixture->store(), u"Jonas Becker"_s);
    }

    void cleanup()
    {
        m_wizard.reset();
        for (auto* translator : {&m_translator, &m_qtTranslator}) {
            if (*translator)
                QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
        m_settings.reset();
        m_fixture.reset();
    }

    void theActivityColumnIsMappedByHand()
    {
        const QString path = write(u"acts.csv"_s, "Mail;Spalte B;Datum;Q&A\n"
                                                  "anna.becker@example.com;Webinar;20.11.2026;A\n"
                                                  "bernd.kurz@example.com;Download;21.11.2026;B\n"
                                                  "nobody@example.com;Download;21.11.2026;C\n");
        const int annaBefore = LeadScores::find(m_fixture->store(), m_anna)->interest;
        const int berndBefore = LeadScores::find(m_fixture->store(), m_bernd)->interest;
        ImportWizard& wizard = openWizard(path, true);
        // The file's choices count for an activity file too.
        QVERIFY(child<QComboBox>("importDelimiter")->isEnabled());
        QVERIFY(child<QComboBox>("importEncoding")->isEnabled());
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u'\n')));
        screenshot(u"import-activity-file.png"_s);
        pressNext();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ActivityMappingPage));
        auto* page = static_cast<ImportActivityMappingPage*>(wizard.currentPage());
        QCOMPARE(page->fieldBox(0)->currentData().toString(), u"email"_s);
        QCOMPARE(page->fieldBox(1)->currentData().toString(), QString()); // not recognised
        QCOMPARE(page->fieldBox(2)->currentData().toString(), u"time"_s);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString message = child<QLabel>("importActivityMessage")->text();
        QVERIFY2(message.contains(u"the activity"_s), qPrintable(message));
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u'\n')));
        screenshot(u"import-activity-mapping-missing.png"_s);
        chooseByKeys(page->fieldBox(1), u"kind"_s);
        chooseByKeys(page->fieldBox(3), u"title"_s);
        QVERIFY(child<QLabel>("importActivityMessage")->text().isEmpty());
        QVERIFY(!child<QComboBox>("importActivityKind")->isEnabled()); // the column says it
        screenshot(u"import-activity-mapping.png"_s);
        finishImport();
        screenshot(u"import-activity-report.png"_s);

        const ActivityReport& report = *wizard.state().activityReport;
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.unmatched.size(), 1);
        auto* rows = child<QTableWidget>("importReportRows");
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->item(0, 0)->data(Qt::DisplayRole).toLongLong(), 4);
        QCOMPARE(events(m_anna, u"webinar"_s), 1);
        QCOMPARE(events(m_bernd, u"download"_s), 1);
        QVERIFY(LeadScores::find(m_fixture->store(), m_anna)->interest > annaBefore);
        QVERIFY(LeadScores::find(m_fixture->store(), m_bernd)->interest > berndBefore);

        // The next file with these headers is mapped as the rep corrected it.
        m_wizard.reset();
        openWizard(path, true);
        pressNext();
        auto* again = static_cast<ImportActivityMappingPage*>(m_wizard->currentPage());
        QCOMPARE(again->fieldBox(1)->currentData().toString(), u"kind"_s);
        QCOMPARE(again->fieldBox(3)->currentData().toString(), u"title"_s);
    }

    void anAttendeeListGetsOneActivityAndTime()
    {
        const QString path = write(u"webinar.csv"_s, "E-Mail;Firma\n"
                                                     "anna.becker@example.com;Becker GmbH\n"
                                                     "bernd.kurz@example.com;Kurz KG\n"
                                                     "wer@example.com;Wer AG\n");
        ImportWizard& wizard = openWizard(path, true);
        pressNext();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto* kind = child<QComboBox>("importActivityKind");
        QVERIFY(kind->isEnabled());
        chooseByKeys(kind, u"webinar"_s);
        QVERIFY(child<QLabel>("importActivityMessage")->text().contains(u"its time"_s));
        auto* sameTime = child<QCheckBox>("importActivitySameTime");
        sameTime->setFocus();
        QTest::keyClick(sameTime, Qt::Key_Space);
        auto* time = child<QDateTimeEdit>("importActivityTime");
        QVERIFY(time->isEnabled());
        time->setDateTime(QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(u"import-activity-fixed.png"_s);
        finishImport();
        QCOMPARE(wizard.state().activityReport->imported, 2);
        QCOMPARE(wizard.state().activityReport->unmatched.size(), 1);
        const qint64 at = QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(Sql::scalar(m_fixture->store().db(),
                             u"SELECT count(*) FROM interest_events WHERE kind = 'webinar' AND"
                             u" occurred_at = ?"_s,
                             {at})
                     .toInt(),
                 2);
    }

    void theEncodingChosenForAnActivityFile()
    {
        // "Aktivität" in Windows-1252: read with the encoding chosen, the header is recognised.
        const QString path = write(u"win.csv"_s, "E-Mail;Aktivit\xE4t;Datum\n"
                                                 "anna.becker@example.com;Download;2026-11-20\n");
        openWizard(path, true);
        chooseByKeys(child<QComboBox>("importEncoding"), u"Windows-1252"_s);
        pressNext();
        auto* page = static_cast<ImportActivityMappingPage*>(m_wizard->currentPage());
        QCOMPARE(page->fieldBox(1)->currentData().toString(), u"kind"_s);
        QCOMPARE(m_wizard->state().header.value(1), u"Aktivit\u00E4t"_s);
    }

    void theOwnerOfALeadFile()
    {
        const QString path = write(u"leads.csv"_s, "Email,First Name,Last Name,Company,Owner\n"
                                                   "b@klein-kg.de,Bob,Klein,Klein KG,\n"
                                                   "c@ohne-gmbh.de,Carl,Ohne,Ohne GmbH,Zorro\n");
        ImportWizard& wizard = openWizard(path, false);
        pressNext();
        pressNext();
        auto* options = static_cast<ImportOptionsPage*>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(options->isComplete(), 30000);
        QCOMPARE(options->dryRun()->count(RowOutcome::Imported), 2); // unknown: unassigned
        auto* reps = child<QComboBox>("importOwnerReps");
        QVERIFY(!reps->isEnabled());
        QCOMPARE(reps->itemText(0), u"mara"_s); // the rep importing first
        QVERIFY(reps->findText(u"Jonas Becker"_s) >= 0);
        auto* rep = child<QRadioButton>("importOwnerRep");
        rep->setFocus();
        QTest::keyClick(rep, Qt::Key_Space);
        QVERIFY(reps->isEnabled());
        reps->setFocus();
        while (reps->currentText() != u"Jonas Becker"_s) {
            const int before = reps->currentIndex();
            QTest::keyClick(reps, Qt::Key_Down);
            QVERIFY(reps->currentIndex() != before);
        }
        auto* reject = child<QCheckBox>("importOwnerRejectUnknown");
        reject->setFocus();
        QTest::keyClick(reject, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(
            options->isComplete() && options->dryRun()->count(RowOutcome::Rejected) == 1, 30000);
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u'\n')));
        screenshot(u"import-owner.png"_s);
        pressNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPage), 30000);
        QCOMPARE(Sql::scalar(m_fixture->store().db(),
                             u"SELECT r.name FROM leads l JOIN reps r ON r.id = l.owner_id WHERE"
                             u" l.email = 'b@klein-kg.de'"_s)
                     .toString(),
                 u"Jonas Becker"_s);
        QCOMPARE(LeadRepository(m_fixture->store()).count(), 3);
    }

    void nobodyLeavesEveryLeadUnassigned()
    {
        const QString path = write(u"leads.csv"_s, "Email,First Name,Last Name,Owner\n"
                                                   "b@klein-kg.de,Bob,Klein,Jonas Becker\n");
        openWizard(path, false);
        pressNext();
        child<QRadioButton>("importOwnerNobody")->click();
        QVERIFY(!child<QCheckBox>("importOwnerRejectUnknown")->isEnabled());
        QCOMPARE(m_wizard->state().options.owner.mode, OwnerMode::Nobody);
        finishImport();
        QCOMPARE(Sql::scalar(m_fixture->store().db(),
                             u"SELECT count(*) FROM leads WHERE email = 'b@klein-kg.de' AND"
                             u" owner_id IS NULL"_s)
                     .toInt(),
                 1);
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
    }

    /// The activity page and the owner choice at 1280×800 in both languages: nothing cut off or
    /// scrolled sideways, even for a file with long values and an '&' in a header
    /// (LEADSCOUT_SCREENSHOT_DIR; LEADSCOUT_QM_DIR for translations not yet merged).
    void screens()
    {
        QFETCH(QString, language);
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(
            u"leadscout_"_s + language,
            qEnvironmentVariable("LEADSCOUT_QM_DIR", QStringLiteral(LEADSCOUT_QM_DIR))));
        QCoreApplication::installTranslator(m_translator.get());
        m_qtTranslator = std::make_unique<QTranslator>();
        if (m_qtTranslator->load(QLocale(language), u"qtbase"_s, u"_"_s,
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator.get());
        const QByteArray title(300, 'x');
        const QString path =
            write(u"acts.csv"_s, "E-Mail;Spalte B;Zeitpunkt;Q&A;Kampagne\n"
                                 "anna.becker@example.com;Webinar;20.11.2026;" +
                                     title +
                                     ";Herbst\nbernd.kurz@example.com;Download;21.11.2026;"
                                     "a\xC2\xA0"
                                     "b;Herbst\n");
        openWizard(path, true);
        pressNext();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::ActivityMappingPage));
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u'\n')));
        auto* rows = child<QScrollArea>("importActivityRows");
        QVERIFY(!rows->horizontalScrollBar()->isVisible());
        QVERIFY(m_wizard->minimumSizeHint().width() <= 1280);
        QVERIFY(m_wizard->minimumSizeHint().height() <= 800);
        for (QComboBox* box : m_wizard->currentPage()->findChildren<QComboBox*>())
            QVERIFY2(box->width() >= box->minimumSizeHint().width(), qPrintable(box->objectName()));
        screenshot(u"import-activity-mapping-%1.png"_s.arg(language));

        const QString leads = write(u"leads.csv"_s, "Email,First Name,Last Name,Owner\n"
                                                    "b@klein-kg.de,Bob,Klein,\n");
        m_wizard.reset();
        openWizard(leads, false);
        pressNext();
        pressNext();
        auto* options = static_cast<ImportOptionsPage*>(m_wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(options->isComplete(), 30000);
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes().join(u'\n')));
        QVERIFY(m_wizard->minimumSizeHint().width() <= 1280);
        QVERIFY(m_wizard->minimumSizeHint().height() <= 800);
        screenshot(u"import-owner-%1.png"_s.arg(language));
    }
};

QTEST_MAIN(TestImportWizardActivities)
#include "tst_importwizardactivities.moc"
