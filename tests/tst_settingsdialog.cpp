#include "SettingsDialog.h"
#include "support/AppSettings.h"

#include <QComboBox>
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
