#include "MainWindow.h"
#include "Prompts.h"
#include "TestStore.h"
#include "support/AppSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

/// Issue 25, item 3 in the window: Open Store takes no empty or missing file for a store (it
/// says why and leaves the file), and a store it opens is made its owner's only.
class TestOpenStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setRecordOnly(true); }

    void openStoreAdoptsNoEmptyOrMissingFile()
    {
        TestStore fixture;
        const QString path = fixture.path();
        fixture.close();
        AppSettings settings(fixture.dir() + QStringLiteral("/settings.ini"));
        MainWindow window(Store::open(path), settings);
        Prompts::takeShownMessages();

        const QString empty = fixture.dir() + QStringLiteral("/empty.sqlite");
        {
            QFile file(empty);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(!window.openStore(empty));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-wal")));
        const QStringList shown = Prompts::takeShownMessages();
        QVERIFY2(shown.size() == 1 && shown.first().contains(QLatin1String("empty")),
                 qPrintable(shown.join(QLatin1Char('\n'))));

        const QString missing = fixture.dir() + QStringLiteral("/missing.sqlite");
        QVERIFY(!window.openStore(missing));
        QVERIFY(!QFileInfo::exists(missing));

        // A store that is there opens, and is made readable by its owner only.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(window.openStore(path));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }
};

QTEST_MAIN(TestOpenStore)
#include "tst_openstore.moc"
