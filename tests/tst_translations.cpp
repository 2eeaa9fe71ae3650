#include "HandoffColumnsDialog.h"
#include "LeadPlanDialog.h"
#include "MainWindow.h"
#include "NewLeadDialog.h"
#include "NurtureLeads.h"
#include "NurturePage.h"
#include "Prompts.h"
#include "QueueSettingsDialog.h"
#include "RulesEditorDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "TestStore.h"
#include "decisions/StageDecisions.h"
#include "domain/LeadRepository.h"
#include "nurture/NurtureDefaults.h"
#include "nurture/NurturePlans.h"
#include "nurture/TrackLibrary.h"
#include "queue/QueueController.h"
#include "support/AppSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

/// Every shipped language, as a rep sees it: the catalogue loads, and no two entries of one menu,
/// nor two labels or buttons of one window, answer to the same Alt+letter.
class TestTranslations : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTranslator> m_translator;

    /// Installs the program's catalogue of `language` (en or de); false when it does not load.
    bool useLanguage(const QString& language)
    {
        m_translator = std::make_unique<QTranslator>();
        return m_translator->load(QStringLiteral("leadscout_") + language,
                                  QStringLiteral(LEADSCOUT_QM_DIR)) &&
               QCoreApplication::installTranslator(m_translator.get());
    }

    static QChar mnemonic(const QString& text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] != QLatin1Char('&'))
                continue;
            if (text[i + 1] != QLatin1Char('&'))
                return text[i + 1].toLower();
            ++i; // "&&" is a literal ampersand
        }
        return {};
    }

    /// "letter: first text / second text" for every letter taken twice.
    static QStringList clashes(const QList<QPair<QString, QString>>& entries)
    {
        QHash<QChar, QString> seen;
        QStringList found;
        for (const auto& [where, text] : entries) {
            const QChar letter = mnemonic(text);
            if (letter.isNull())
                continue;
            if (seen.contains(letter))
                found << QStringLiteral("%1: %2 / %3 (%4)").arg(letter, seen[letter], text, where);
            else
                seen.insert(letter, text);
        }
        return found;
    }

    static QStringList menuClashes(QMenu* menu)
    {
        QList<QPair<QString, QString>> entries;
        QStringList found;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            entries.append({menu->title(), action->text()});
            if (action->menu())
                found << menuClashes(action->menu());
        }
        return found << clashes(entries);
    }

    /// The pane a widget sits in: the child of a splitter (queue, lead card, form) or the window.
    static QWidget* paneOf(QWidget* widget, QWidget* window)
    {
        while (widget->parentWidget() && widget->parentWidget() != window &&
               !qobject_cast<QSplitter*>(widget->parentWidget()))
            widget = widget->parentWidget();
        return widget;
    }

    /// The mnemonics one window answers to: no pane's labels (with a buddy), buttons and group
    /// boxes share a letter with each other or with a title of the menu bar, which Alt opens.
    static QStringList windowClashes(QWidget* window)
    {
        QList<QPair<QString, QString>> menuBar;
        if (auto* main = qobject_cast<QMainWindow*>(window))
            for (QAction* action : main->menuBar()->actions())
                menuBar.append({QStringLiteral("menu bar"), action->text()});
        QHash<QWidget*, QList<QPair<QString, QString>>> panes;
        const auto add = [&](QWidget* widget, const QString& text) {
            if (widget->isVisibleTo(window))
                panes[paneOf(widget, window)].append({widget->objectName(), text});
        };
        for (QLabel* label : window->findChildren<QLabel*>())
            if (label->buddy())
                add(label, label->text());
        for (QAbstractButton* button : window->findChildren<QAbstractButton*>())
            add(button, button->text());
        for (QGroupBox* box : window->findChildren<QGroupBox*>())
            add(box, box->title());
        QStringList found;
        for (const auto& entries : std::as_const(panes))
            found << clashes(menuBar + entries);
        return found;
    }

    /// Every mnemonic on the screen at once: the queue, the lead card with its call panel and
    /// the qualification form share one window, so Alt+letter must reach one target in it.
    static QStringList screenClashes(QWidget* window)
    {
        QList<QPair<QString, QString>> entries;
        if (auto* main = qobject_cast<QMainWindow*>(window))
            for (QAction* action : main->menuBar()->actions())
                if (action->isVisible())
                    entries.append({QStringLiteral("menu bar"), action->text()});
        for (QLabel* label : window->findChildren<QLabel*>())
            if (label->buddy() && label->isVisibleTo(window))
                entries.append({label->objectName(), label->text()});
        for (QAbstractButton* button : window->findChildren<QAbstractButton*>())
            if (button->isVisibleTo(window))
                entries.append({button->objectName(), button->text()});
        for (QGroupBox* box : window->findChildren<QGroupBox*>())
            if (box->isVisibleTo(window))
                entries.append({box->objectName(), box->title()});
        if (qEnvironmentVariableIsSet("DUMP_MNEMONICS"))
            for (const auto& [where, text] : entries)
                if (!mnemonic(text).isNull())
                    qInfo("%s\t%s", qPrintable(QString(mnemonic(text))), qPrintable(text));
        return clashes(entries);
    }

    static std::unique_ptr<Store> storeWithALead(TestStore& fixture)
    {
        LeadRepository(fixture.store())
            .create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                               QStringLiteral("Becker GmbH")),
                    QStringLiteral("mara"));
        const QString path = fixture.path();
        fixture.close();
        return Store::open(path);
    }

    /// A store with Anna on the shipped track "awareness-develop".
    static std::unique_ptr<Store> storeWithAPlan(TestStore& fixture)
    {
        const qint64 anna =
            NurtureLeads::add(fixture.store(), QStringLiteral("mara"), QStringLiteral("Anna"),
                              BuyingPhase::Awareness, BuyingRole::Executive);
        DecisionRequest request;
        request.decision = Decision::Nurture;
        const auto track =
            TrackLibrary(fixture.store()).currentByKey(QStringLiteral("awareness-develop"));
        StageDecisions(fixture.store())
            .applyWithPlan(anna, request, {track->id, {}, {}}, QStringLiteral("mara"));
        const QString path = fixture.path();
        fixture.close();
        return Store::open(path);
    }

private slots:
    void init() { Prompts::setRecordOnly(true); }

    void cleanup()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }

    void catalogue_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("oneLead");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File")
                                 << QStringLiteral("1 lead in %1");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei")
                                << QStringLiteral("1 Lead in %1");
    }

    void catalogue()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, oneLead);
        QVERIFY(useLanguage(language));

        TestStore fixture;
        const QString path = fixture.path();
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        MainWindow window(storeWithALead(fixture), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        auto* status = window.findChild<QLabel*>(QStringLiteral("storeStatusLabel"));
        QTRY_COMPARE(status->text(), oneLead.arg(path));

        QStringList found;
        for (QAction* action : window.menuBar()->actions())
            if (action->menu())
                found << menuClashes(action->menu());
        found << windowClashes(&window);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    /// Issue 16: with a lead open, the card, its call panel and the form are on screen together.
    void wholeScreen_data() { catalogue_data(); }

    void wholeScreen()
    {
        QFETCH(QString, language);
        QVERIFY(useLanguage(language));
        TestStore fixture;
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        settings.setValue(AppSettings::Key::RepName, QStringLiteral("mara"));
        MainWindow window(storeWithALead(fixture), settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QueueController*>()->openLead(1);
        auto* call = window.findChild<QWidget*>(QStringLiteral("callPanelGroupBox"));
        auto* form = window.findChild<QWidget*>(QStringLiteral("qualificationFieldsWidget"));
        QTRY_VERIFY(call->isVisible() && call->isEnabled() && form->isEnabled());
        const QStringList found = screenClashes(&window);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        // Help ▸ Keyboard Shortcuts lists every shortcut of the window.
        auto* help = window.findChild<QAction*>(QStringLiteral("keyboardShortcutsAction"));
        QVERIFY(help &&
                window.findChild<QMenu*>(QStringLiteral("helpMenu"))->actions().contains(help));
        ShortcutsDialog dialog(&window);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("shortcutsTableWidget"));
        QStringList listed;
        for (int row = 0; row < table->rowCount(); ++row)
            listed.append(table->item(row, 0)->text());
        const QString all = listed.join(QLatin1Char('|'));
        for (QAction* action : window.findChildren<QAction*>())
            for (const QKeySequence& key : action->shortcuts())
                QVERIFY2(all.contains(key.toString(QKeySequence::NativeText)),
                         qPrintable(action->text() + QStringLiteral(": ") +
                                    key.toString(QKeySequence::NativeText)));
        for (const auto& letter : {QStringLiteral("Alt+1"), QStringLiteral("F8")})
            QVERIFY2(all.contains(letter), qPrintable(all));
    }

    void dialogs_data() { catalogue_data(); }

    void dialogs()
    {
        QFETCH(QString, language);
        QVERIFY(useLanguage(language));

        TestStore fixture;
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        std::unique_ptr<Store> store = storeWithALead(fixture);
        SettingsDialog settingsDialog(settings);
        NewLeadDialog newLead(*store, QStringLiteral("mara"));
        RulesEditorDialog rules(*store, settings);
        HandoffColumnsDialog columns(*store);
        QueueSettingsDialog queue(*store);
        LeadPlanDialog plan(*store, 1, QStringLiteral("mara"));
        QStringList found;
        for (QDialog* dialog : std::initializer_list<QDialog*>{&settingsDialog, &newLead, &rules,
                                                               &columns, &queue, &plan}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            found << windowClashes(dialog);
            dialog->hide();
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    /// The Nurture page with a lead's plan open from it: one target per Alt+letter (Alt+E edits
    /// the plan), the shipped tracks' names in the language.
    void nurture_data() { catalogue_data(); }

    void nurture()
    {
        QFETCH(QString, language);
        QVERIFY(useLanguage(language));
        TestStore fixture;
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        settings.setValue(AppSettings::Key::RepName, QStringLiteral("mara"));
        MainWindow window(storeWithAPlan(fixture), settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        auto* page = window.findChild<NurturePage*>(QStringLiteral("nurturePage"));
        QTRY_VERIFY(page && page->isVisible());
        auto* due = page->findChild<QComboBox*>(QStringLiteral("nurtureWindowComboBox"));
        due->setCurrentIndex(due->findData(int(DueFilter::Window::All)));
        page->refresh();
        QVERIFY(!page->steps().isEmpty());
        QVERIFY(page->selectStep(page->steps().first().stepId));
        QStringList found = screenClashes(&window);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        // The shipped track's name as the language has it, in the filter and the table.
        const QString english = QStringLiteral("Awareness: raise interest and fill in the profile");
        const QString shown = QCoreApplication::translate("NurtureTracks", qPrintable(english));
        QCOMPARE(language == QLatin1String("en"), shown == english);
        auto* tracks = page->findChild<QComboBox*>(QStringLiteral("nurtureTrackFilterComboBox"));
        QVERIFY(tracks->findText(shown) >= 0);
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("nurtureStepsTable"));
        QCOMPARE(table->item(0, 3)->text(), shown);
        // Every shipped track has its name in the catalogue of each language.
        for (const Track& track : NurtureDefaults::shipped().tracks) {
            QVERIFY2(NurtureDefaults::shippedTrackNames().contains(track.name),
                     qPrintable(track.name));
            QCOMPARE(language == QLatin1String("en"),
                     NurtureDefaults::trackName(track.name) == track.name);
        }

        // Alt+E: the plan of the selected step.
        QTest::keyClick(&window, Qt::Key_E, Qt::AltModifier);
        LeadPlanDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<LeadPlanDialog*>()) && dialog->isVisible());
        found = windowClashes(dialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        dialog->reject();
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
