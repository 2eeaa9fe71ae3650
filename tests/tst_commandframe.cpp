// Test data are plain ASCII literals; reading them as QString keeps the tables legible.
#undef QT_NO_CAST_FROM_ASCII

#include "CliRun.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

/// The frame every command shares (app/CommandFrame): a positional argument is bad usage
/// (exit 2), a store that cannot be opened or fails during the work is a message on standard
/// error and exit 1, with nothing on standard output.
class TestCommandFrame : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_broken;

    CliRun run(const QStringList& arguments) const
    {
        return CliRun::run(arguments, m_dir.filePath(QStringLiteral("home")));
    }

    static void addCommands()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("queue") << QStringList{"queue"};
        QTest::newRow("rescore") << QStringList{"rescore", "--json"};
        QTest::newRow("export-handoff") << QStringList{"export-handoff", "--out", "h.csv"};
        QTest::newRow("erase") << QStringList{"erase", "--lead", "1", "--yes"};
        QTest::newRow("disclose") << QStringList{"disclose", "--lead", "1", "--out", "d.json"};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A store whose queue lookup table is gone: it opens, and the work then fails.
        m_broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
        {
            const std::unique_ptr<Store> store = Store::open(m_broken);
            Sql::exec(store->db(), QStringLiteral("DROP TABLE queue_country_zones"));
        }
    }

    void positionalArgumentsAreBadUsage_data() { addCommands(); }
    void positionalArgumentsAreBadUsage()
    {
        QFETCH(QStringList, arguments);
        const CliRun result = run(arguments + QStringList{"--db", m_broken, "surplus"});
        QCOMPARE(result.code, 2);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.errText(), QStringLiteral("leadscout %1: unexpected argument \"surplus\".\n"
                                                  "Try 'leadscout %1 --help'.\n")
                                       .arg(arguments.first()));
    }

    void aMissingStoreIsAFailure_data() { addCommands(); }
    void aMissingStoreIsAFailure()
    {
        QFETCH(QStringList, arguments);
        const CliRun result =
            run(arguments + QStringList{"--db", m_dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(result.code, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.errText().contains(QLatin1String("none.sqlite")), result.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void aStoreErrorDuringTheWorkIsAFailure()
    {
        const CliRun result = run({"queue", "--db", m_broken, "--json"});
        QCOMPARE(result.code, 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.errText(),
                 QStringLiteral("The store could not carry out a step (no such table: "
                                "queue_country_zones); nothing was changed. The log file has "
                                "the details.\n"));
    }
};

QTEST_GUILESS_MAIN(TestCommandFrame)
#include "tst_commandframe.moc"
