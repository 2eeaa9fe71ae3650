#include "LeadCard.h"
#include "LeadDetailsEditor.h"
#include "MainWindow.h"
#include "NewLeadDialog.h"
#include "Prompts.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "items/QueueModel.h"
#include "items/TimelineModel.h"
#include "leads/LeadEditor.h"
#include "support/AppSettings.h"
#include "support/Clock.h"
#include "support/QueueFixtures.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>

/// The lead record from the keyboard: Ctrl+N, typing a lead, the duplicate warning, correcting a
/// detail on the card and seeing it in the timeline.
class TestLeadRecordGui : public QObject
{
    Q_OBJECT

    static void type(const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    }
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
    }
    static QString focusName()
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
    static void screenshot(QWidget* widget, const QString& name)
    {
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(widget->grab().save(shots + QLatin1Char('/') + name));
    }

    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_anna = 0;

    NewLeadDialog* openNewLeadDialog()
    {
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        NewLeadDialog* dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_window->findChild<NewLeadDialog*>()) && dialog->isVisible());
        }();
        if (!dialog)
            return nullptr;
        dialog->activateWindow(); // the offscreen platform does not activate new windows itself
        [&] { QTRY_COMPARE(QApplication::activeWindow(), dialog); }();
        return dialog;
    }

    void openAnna()
    {
        auto* queue = m_window->findChild<QTableView*>(QStringLiteral("queueTableView"));
        auto* model = qobject_cast<QueueModel*>(queue->model());
        QTRY_VERIFY(model->rowOfLead(m_anna) >= 0);
        queue->setFocus();
        queue->selectRow(model->rowOfLead(m_anna));
        QTRY_COMPARE(m_window->findChild<LeadCard*>()->leadId(), m_anna);
    }

private slots:
    void init()
    {
        // Within the leads' calling hours, so that a new lead is callable at once.
        Clock::setFixed(QueueFixtures::tuesdayMorning());
        Prompts::setRecordOnly(true);
        Prompts::takeShownMessages();
        Prompts::takeQuestions();
        m_fixture = std::make_unique<TestStore>();
        m_anna = LeadRepository(m_fixture->store())
                     .create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                        QStringLiteral("Becker GmbH")),
                             QStringLiteral("mara"));
        const QString path = m_fixture->path();
        m_fixture->close();
        m_settings = std::make_unique<AppSettings>(m_fixture->dir() + QStringLiteral("/s.ini"));
        m_settings->setValue(AppSettings::Key::RepName, QStringLiteral("mara"));
        m_window = std::make_unique<MainWindow>(Store::open(path), *m_settings);
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

    void newLeadIsInTheFileMenuAndToolbar()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("newLeadAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(
            m_window->findChild<QMenu*>(QStringLiteral("fileMenu"))->actions().contains(action));
        QVERIFY(m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))
                    ->actions()
                    .contains(action));
        QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("leadMenu"))
                    ->actions()
                    .contains(m_window->findChild<QAction*>(QStringLiteral("eraseLeadAction"))));
    }

    void entersALeadFromTheKeyboardAndIsWarnedAboutADuplicate()
    {
        NewLeadDialog* dialog = openNewLeadDialog();
        QVERIFY(dialog);
        QCOMPARE(focusName(), QStringLiteral("firstNameLineEdit"));
        type(QStringLiteral("Anna"));
        key(Qt::Key_Tab);
        type(QStringLiteral("Becker"));
        key(Qt::Key_Tab); // position
        key(Qt::Key_Tab); // seniority
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("emailLineEdit"));
        type(QStringLiteral("anna.becker@"));
        key(Qt::Key_Tab); // leaving the field checks it
        auto* emailError = dialog->findChild<QLabel*>(QStringLiteral("emailErrorLabel"));
        QTRY_COMPARE(emailError->text(),
                     QStringLiteral("E-mail: \"anna.becker@\" has nothing after the @."));
        QVERIFY(emailError->isVisible());
        screenshot(dialog, QStringLiteral("new-lead-dialog.png"));
        key(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(focusName(), QStringLiteral("emailLineEdit"));
        key(Qt::Key_End);
        type(QStringLiteral("EXAMPLE.com"));
        key(Qt::Key_Tab);
        QTRY_VERIFY(emailError->text().isEmpty());
        type(QStringLiteral("12")); // phone: not dialable
        key(Qt::Key_Return);
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("phoneErrorLabel"))
                        ->text()
                        .contains(QLatin1String("cannot be dialled")));
        QVERIFY(dialog->isVisible()); // nothing saved, nothing lost
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("firstNameLineEdit"))->text(),
                 QStringLiteral("Anna"));
        QCOMPARE(focusName(), QStringLiteral("phoneLineEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Backspace);

        Prompts::queueAnswer(QMessageBox::Open); // "open the existing lead instead"
        key(Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<NewLeadDialog*>() ||
                    !m_window->findChild<NewLeadDialog*>()->isVisible());
        const QStringList shown = Prompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(
                     QLatin1String("Anna Becker (Becker GmbH, lead 1, New): same e-mail address")),
                 qPrintable(shown.first()));
        // A second Enter after "Press Enter to save" opens the existing lead, never saves.
        const QList<Prompts::Question> asked = Prompts::takeQuestions();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().defaultButton, QMessageBox::Open);
        auto* card = m_window->findChild<LeadCard*>();
        QCOMPARE(card->leadId(), m_anna);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("leadTitleLabel"))->text(),
                 QStringLiteral("Anna Becker"));
        QCOMPARE(LeadRepository(m_window->store()).count(), 1);
    }

    void savesANewLeadThatEntersTheListAtNew()
    {
        NewLeadDialog* dialog = openNewLeadDialog();
        QVERIFY(dialog);
        type(QStringLiteral("Clara"));
        key(Qt::Key_Tab);
        type(QStringLiteral("Schmidt"));
        for (int i = 0; i < 4; ++i)
            key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("phoneLineEdit"));
        type(QStringLiteral("030 901820")); // Anna's switchboard: a colleague, not a duplicate
        key(Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<NewLeadDialog*>() ||
                    !m_window->findChild<NewLeadDialog*>()->isVisible());
        QVERIFY(Prompts::takeShownMessages().isEmpty());
        QCOMPARE(LeadRepository(m_window->store()).count(), 2);
        auto* card = m_window->findChild<LeadCard*>();
        const Lead clara = *LeadRepository(m_window->store()).find(card->leadId());
        QCOMPARE(clara.displayName(), QStringLiteral("Clara Schmidt"));
        QCOMPARE(clara.stage, Stage::New);
        QCOMPARE(clara.phoneE164, QStringLiteral("+4930901820"));
        QCOMPARE(clara.source, SourceChannel::InboundCall);
        QCOMPARE(clara.scoreRuleVersion, std::optional<int>(1)); // scored as it was saved
        QVERIFY(!clara.grade.isEmpty());
        // In the queue at once, as the current row, and its creation in the timeline.
        auto* queue = m_window->findChild<QTableView*>(QStringLiteral("queueTableView"));
        auto* model = qobject_cast<QueueModel*>(queue->model());
        QCOMPARE(model->rowCount(), 2);
        const int row = model->rowOfLead(clara.id);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, QueueModel::Name).data().toString(),
                 QStringLiteral("Clara Schmidt"));
        QCOMPARE(model->rowAt(row)->lane, QueueLane::NewLead);
        QCOMPARE(queue->currentIndex().row(), row);
        auto* timeline = m_window->findChild<QTableView*>(QStringLiteral("timelineTableView"));
        QCOMPARE(timeline->model()->rowCount(), 1);
        QCOMPARE(timeline->model()->index(0, TimelineModel::Event).data().toString(),
                 QStringLiteral("Lead created"));
        QCOMPARE(timeline->model()->index(0, TimelineModel::By).data().toString(),
                 QStringLiteral("mara"));
    }

    void editsAFieldOnTheCardAndSeesItInTheTimeline()
    {
        openAnna();
        auto* editor = m_window->findChild<LeadDetailsEditor*>();
        QTRY_COMPARE(editor->leadId(), m_anna);
        auto* company = editor->findChild<QLineEdit*>(QStringLiteral("companyLineEdit"));
        QCOMPARE(company->text(), QStringLiteral("Becker GmbH"));
        QTest::mouseClick(company, Qt::LeftButton);
        QTest::keyClick(company, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(company, QStringLiteral("Becker AG"));
        QTest::keyClick(company, Qt::Key_Return);

        auto* timeline = m_window->findChild<QTableView*>(QStringLiteral("timelineTableView"));
        auto event = [timeline](int row, int column) {
            return timeline->model()->index(row, column).data().toString();
        };
        QTRY_COMPARE(timeline->model()->rowCount(), 2);
        QCOMPARE(event(0, TimelineModel::Event), QStringLiteral("Changed Company"));
        QCOMPARE(event(0, TimelineModel::Details), QStringLiteral("Becker GmbH → Becker AG"));
        QCOMPARE(event(0, TimelineModel::By), QStringLiteral("mara"));
        QCOMPARE(event(1, TimelineModel::Event), QStringLiteral("Lead created"));
        QCOMPARE(LeadRepository(m_window->store()).find(m_anna)->company,
                 QStringLiteral("Becker AG"));
        auto* model = qobject_cast<QueueModel*>(
            m_window->findChild<QTableView*>(QStringLiteral("queueTableView"))->model());
        QTRY_COMPARE(model->index(model->rowOfLead(m_anna), QueueModel::Company).data().toString(),
                     QStringLiteral("Becker AG"));

        // A refused value stays where it was typed, with the reason under it.
        auto* email = editor->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"));
        QTest::mouseClick(email, Qt::LeftButton);
        QTest::keyClick(email, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(email, QStringLiteral("anna@"));
        QTest::keyClick(email, Qt::Key_Return);
        auto* error = editor->findChild<QLabel*>(QStringLiteral("emailErrorLabel"));
        QTRY_COMPARE(error->text(), QStringLiteral("E-mail: \"anna@\" has nothing after the @."));
        QCOMPARE(email->text(), QStringLiteral("anna@"));
        QCOMPARE(LeadRepository(m_window->store()).find(m_anna)->email,
                 QStringLiteral("anna.becker@example.com"));
        QCOMPARE(timeline->model()->rowCount(), 2);

        // Do not call, ticked on the card: stored, in the timeline, and honoured by the queue.
        QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("callButton"))->isEnabled());
        auto* doNotCall = editor->findChild<QCheckBox*>(QStringLiteral("doNotCallCheckBox"));
        doNotCall->setFocus();
        QTest::keyClick(doNotCall, Qt::Key_Space);
        QTRY_VERIFY(LeadRepository(m_window->store()).find(m_anna)->doNotCall);
        QTRY_COMPARE(timeline->model()->rowCount(), 3);
        QCOMPARE(event(0, TimelineModel::Event), QStringLiteral("Changed Do not call"));
        QCOMPARE(event(0, TimelineModel::Details), QStringLiteral("no → yes"));
        QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("callButton"))->isEnabled());
        QTRY_COMPARE(model->rowAt(model->rowOfLead(m_anna))->hold, HoldReason::DoNotCall);
        QCOMPARE(email->text(), QStringLiteral("anna@")); // still there to be corrected
        auto* doNotEmail = editor->findChild<QCheckBox*>(QStringLiteral("doNotEmailCheckBox"));
        QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("mailButton"))->isEnabled());
        doNotEmail->setFocus();
        QTest::keyClick(doNotEmail, Qt::Key_Space);
        QTRY_VERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("mailButton"))->isEnabled());
        QCOMPARE(timeline->model()->rowCount(), 4);
        screenshot(m_window.get(), QStringLiteral("lead-card-editor.png"));
    }

    void erasesTheCurrentLeadAfterNamingWhatGoes()
    {
        openAnna();
        auto* erase = m_window->findChild<QAction*>(QStringLiteral("eraseLeadAction"));
        QVERIFY(erase->isEnabled());
        Prompts::queueAnswer(QMessageBox::No);
        erase->trigger();
        QStringList shown = Prompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(QLatin1String("Erase lead 1, Anna Becker (Becker GmbH)")));
        QVERIFY(shown.first().contains(QLatin1String("1 stage-history entry(ies)")));
        QCOMPARE(LeadRepository(m_window->store()).count(), 1);
        QList<Prompts::Question> asked = Prompts::takeQuestions();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().buttons, QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(asked.first().defaultButton, QMessageBox::No); // Enter never erases

        Prompts::queueAnswer(QMessageBox::Yes);
        erase->trigger();
        shown = Prompts::takeShownMessages();
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.last().startsWith(QLatin1String("Erased 1 lead(s)")),
                 qPrintable(shown.last()));
        QVERIFY2(!shown.last().contains(QLatin1String("write-ahead log")),
                 qPrintable(shown.last()));
        QCOMPARE(LeadRepository(m_window->store()).count(), 0);
        QCOMPARE(
            m_window->findChild<QTableView*>(QStringLiteral("queueTableView"))->model()->rowCount(),
            0);
        QCOMPARE(m_window->findChild<LeadCard*>()->leadId(), 0);
        QVERIFY(!erase->isEnabled());

        // Typing the person in again is flagged, not silently accepted.
        NewLeadDialog* dialog = openNewLeadDialog();
        QVERIFY(dialog);
        for (int i = 0; i < 4; ++i)
            key(Qt::Key_Tab);
        type(QStringLiteral("Anna.Becker@example.com"));
        Prompts::queueAnswer(QMessageBox::Cancel);
        key(Qt::Key_Return);
        shown = Prompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(
            shown.first().contains(QStringLiteral("was erased on request on %1")
                                       .arg(Clock::now().toUTC().date().toString(Qt::ISODate))),
            qPrintable(shown.first()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(LeadRepository(m_window->store()).count(), 0);
        asked = Prompts::takeQuestions();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().defaultButton, QMessageBox::Cancel); // Enter does not bring them back
        Prompts::queueAnswer(QMessageBox::Save); // they asked to be contacted again
        key(Qt::Key_Return);
        QTRY_COMPARE(LeadRepository(m_window->store()).count(), 1);
    }

    void aMistypedOwnerIsRefusedInTheDialog()
    {
        NewLeadDialog* dialog = openNewLeadDialog();
        QVERIFY(dialog);
        for (int i = 0; i < 4; ++i)
            key(Qt::Key_Tab);
        type(QStringLiteral("clara@schmidt.example"));
        auto* owner = dialog->findChild<QComboBox*>(QStringLiteral("ownerComboBox"));
        QCOMPARE(owner->currentText(), QStringLiteral("mara")); // the rep at the keyboard
        owner->setFocus();
        owner->lineEdit()->selectAll();
        type(QStringLiteral("mraa"));
        key(Qt::Key_Return);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("ownerErrorLabel"));
        QTRY_COMPARE(error->text(), QStringLiteral("Owner: there is no rep named \"mraa\"; "
                                                   "choose one of the team's reps."));
        QVERIFY(dialog->isVisible());
        QCOMPARE(LeadRepository(m_window->store()).count(), 1);
        QVERIFY(!Reps::names(m_window->store()).contains(QStringLiteral("mraa")));
        owner->lineEdit()->selectAll();
        type(QStringLiteral("mara"));
        key(Qt::Key_Return);
        QTRY_COMPARE(LeadRepository(m_window->store()).count(), 2);
    }

    void enterInARealQuestionTakesTheSafeAnswer()
    {
        // No queued answer: the real message box, answered with Enter as a hurried rep would.
        auto pressEnterInTheBox = [] {
            auto* timer = new QTimer;
            QObject::connect(timer, &QTimer::timeout, timer, [timer] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box || !box->isVisible())
                    return;
                timer->deleteLater();
                box->activateWindow();
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : box,
                                Qt::Key_Return);
            });
            timer->start(20);
        };
        pressEnterInTheBox();
        QCOMPARE(Prompts::question(m_window.get(), QStringLiteral("Erase"),
                                   QStringLiteral("Erase?"), QMessageBox::Yes | QMessageBox::No,
                                   QMessageBox::No),
                 QMessageBox::No);
        pressEnterInTheBox();
        QCOMPARE(Prompts::question(m_window.get(), QStringLiteral("Duplicate"),
                                   QStringLiteral("Save anyway?"),
                                   QMessageBox::Open | QMessageBox::Save | QMessageBox::Cancel,
                                   QMessageBox::Open),
                 QMessageBox::Open);
        pressEnterInTheBox(); // no default given: the safest button offered
        QCOMPARE(Prompts::question(m_window.get(), QStringLiteral("Erased"),
                                   QStringLiteral("Save anyway?"),
                                   QMessageBox::Save | QMessageBox::Cancel),
                 QMessageBox::Cancel);
        pressEnterInTheBox();
        QCOMPARE(Prompts::question(m_window.get(), QStringLiteral("Discard"),
                                   QStringLiteral("Discard?")),
                 QMessageBox::No);
        const QList<Prompts::Question> asked = Prompts::takeQuestions();
        QCOMPARE(asked.size(), 4);
        QCOMPARE(asked.at(2).defaultButton, QMessageBox::Cancel);
    }

    void aCorrectionBeingTypedIsSavedBeforeTheNextLead()
    {
        openAnna();
        auto* editor = m_window->findChild<LeadDetailsEditor*>();
        QTRY_COMPARE(editor->leadId(), m_anna);
        auto* phone = editor->findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"));
        auto* error = editor->findChild<QLabel*>(QStringLiteral("phoneErrorLabel"));
        QTest::mouseClick(phone, Qt::LeftButton);
        QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);

        // Refused: the card stays on the lead, with the value and the reason.
        QTest::keyClicks(phone, QStringLiteral("12"));
        QTest::keyClick(phone, Qt::Key_F8);
        QTRY_VERIFY2(error->text().contains(QLatin1String("cannot be dialled")),
                     qPrintable(error->text()));
        QCOMPARE(m_window->findChild<LeadCard*>()->leadId(), m_anna);
        QCOMPARE(phone->text(), QStringLiteral("12"));
        QCOMPARE(LeadRepository(m_window->store()).find(m_anna)->phone,
                 QStringLiteral("+49 30 901820"));

        // Corrected, then F8 at once: saved, with its history, before the card moves on.
        QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(phone, QStringLiteral("+49 221 9876543"));
        QTest::keyClick(phone, Qt::Key_F8);
        QTRY_COMPARE(LeadRepository(m_window->store()).find(m_anna)->phone,
                     QStringLiteral("+49 221 9876543"));
        QCOMPARE(LeadRepository(m_window->store()).find(m_anna)->phoneE164,
                 QStringLiteral("+492219876543"));
        const QList<FieldChange> history = LeadEditor(m_window->store()).history(m_anna);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().describe(),
                 QStringLiteral("Phone: +49 30 901820 → +49 221 9876543"));
        QCOMPARE(history.first().repName, QStringLiteral("mara"));
        QTRY_VERIFY(m_window->findChild<LeadCard*>()->leadId() != m_anna); // F8 still acted
        const QString shown = Prompts::takeShownMessages().join(QLatin1Char('\n'));
        QVERIFY2(!shown.contains(QLatin1String("not saved")), qPrintable(shown));
    }

    void aRefusedCountryShowsWhatItWouldBreak()
    {
        // A local number: it dials only as long as the country stays Germany.
        QVERIFY(LeadEditor(m_window->store())
                    .setField(m_anna, LeadField::Phone, QStringLiteral("030 901820"),
                              QStringLiteral("mara"))
                    .changed);
        openAnna();
        auto* editor = m_window->findChild<LeadDetailsEditor*>();
        QTRY_COMPARE(editor->leadId(), m_anna);
        auto* country = editor->findChild<QLineEdit*>(QStringLiteral("countryLineEdit"));
        auto* countryError = editor->findChild<QLabel*>(QStringLiteral("countryErrorLabel"));
        auto* phoneError = editor->findChild<QLabel*>(QStringLiteral("phoneErrorLabel"));
        QTest::mouseClick(country, Qt::LeftButton);
        QTest::keyClick(country, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(country, QStringLiteral("US"));
        QTest::keyClick(country, Qt::Key_Return);
        QTRY_VERIFY2(phoneError->text().contains(QLatin1String("cannot be dialled")),
                     qPrintable(phoneError->text()));
        QVERIFY(phoneError->isVisible());
        QVERIFY2(countryError->text().contains(phoneError->text()),
                 qPrintable(countryError->text()));
        QCOMPARE(country->text(), QStringLiteral("US"));
        QCOMPARE(LeadRepository(m_window->store()).find(m_anna)->country, QStringLiteral("DE"));

        // Back to Germany: nothing is wrong any more, and no message stays behind.
        QTest::keyClick(country, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(country, QStringLiteral("DE"));
        QTest::keyClick(country, Qt::Key_Return);
        QTRY_VERIFY(countryError->text().isEmpty());
        QVERIFY(phoneError->text().isEmpty());
    }

    void disclosesTheCurrentLead()
    {
        openAnna();
        const QString path = m_fixture->dir() + QStringLiteral("/anna.json");
        Prompts::queueFileName(path);
        m_window->findChild<QAction*>(QStringLiteral("discloseLeadAction"))->trigger();
        const QStringList shown = Prompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(path), qPrintable(shown.first()));
        QFile json(path);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(json.readAll().contains("anna.becker@example.com"));
        QVERIFY(QFile::exists(m_fixture->dir() + QStringLiteral("/anna.html")));
    }
};

QTEST_MAIN(TestLeadRecordGui)
#include "tst_leadrecordgui.moc"
