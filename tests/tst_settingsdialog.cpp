#include "SettingsDialog.h"
#include "support/AppSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void editsAndSavesTheRepsSettings()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.string(AppSettings::Key::ExportDelimiter), QStringLiteral(","));
        QSignalSpy changed(&settings, &AppSettings::changed);

        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("repNameLineEdit"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Mara Schulz"));
        auto* delimiter = dialog.findChild<QComboBox*>(QStringLiteral("delimiterComboBox"));
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QTest::keyClick(&dialog, Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.repName(), QStringLiteral("Mara Schulz"));
        QCOMPARE(settings.string(AppSettings::Key::ExportDelimiter), QStringLiteral(";"));
        QCOMPARE(settings.string(AppSettings::Key::Language), QStringLiteral("de"));
        QVERIFY(changed.count() >= 3);

        // A second settings object on the same file sees what was saved.
        AppSettings reread(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(reread.repName(), QStringLiteral("Mara Schulz"));
    }

    void aStoreThatCouldNotBeOpenedIsNotSaved_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty store") << "storePathLineEdit"
                                     << ""
                                     << "Default store: give the file";
        QTest::newRow("missing folder") << "storePathLineEdit"
                                        << "/no/such/folder/leads.sqlite"
                                        << "the folder /no/such/folder does not exist";
        QTest::newRow("missing export folder") << "exportFolderLineEdit"
                                               << "/no/such/exports"
                                               << "Export folder: /no/such/exports is not";
    }

    void aStoreThatCouldNotBeOpenedIsNotSaved()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        const QString before = settings.string(AppSettings::Key::DefaultStorePath);
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = dialog.findChild<QLineEdit*>(field);
        edit->setText(text);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("settingsProblemLabel"));
        QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
        QCOMPARE(settings.string(AppSettings::Key::DefaultStorePath), before);
        // Put right, it saves.
        edit->setText(field == QLatin1String("storePathLineEdit")
                          ? dir.filePath(QStringLiteral("leads.sqlite"))
                          : dir.path());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void cancelChangesNothing()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("repNameLineEdit")),
                         QStringLiteral("Someone"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(settings.string(AppSettings::Key::RepName), QString());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
