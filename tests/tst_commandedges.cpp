// Test data are plain ASCII literals; reading them as QString keeps the tables legible.
#undef QT_NO_CAST_FROM_ASCII

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

/// Issue 25: the command line at its edges. No display is a message (exit 1), not an abort;
/// files named on the command line are read only when regular and within a size limit; --json
/// means JSON only on standard output; small messages say what and where, with the right exit.
class TestCommandEdges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    CliRun run(const QStringList& arguments, int timeoutMs = 120000) const
    {
        return CliRun::run(arguments, home(), {}, timeoutMs);
    }

    static bool isJsonOnly(const QByteArray& out)
    {
        QJsonParseError error;
        QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("S.sqlite"));
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--leads"), QStringLiteral("200")});
        QVERIFY2(demo.code == 0, demo.err.constData());
    }

    void withoutADisplayTheWindowSaysSo_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("default platform") << QString();
        QTest::newRow("xcb") << QStringLiteral("xcb");
        QTest::newRow("wayland") << QStringLiteral("wayland");
    }

    void withoutADisplayTheWindowSaysSo()
    {
        QFETCH(QString, platform);
        QProcessEnvironment env = CliRun::environment(home());
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        if (!platform.isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        const CliRun result = CliRun::run({QStringLiteral("--db"), m_db}, home(), env, 30000);
        QCOMPARE(result.code, 1); // not 134 (abort)
        QVERIFY2(result.errText().contains(QLatin1String("display")), result.err.constData());
        for (const char* command : {"queue", "export-handoff", "rescore", "demo"})
            QVERIFY2(result.errText().contains(QLatin1String(command)), result.err.constData());
    }

    void filesNamedAreRegularAndBounded()
    {
        // A device never ends, a FIFO never opens: both are refused at once.
        CliRun result = run({QStringLiteral("rescore"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--rules"), QStringLiteral("/dev/zero")},
                            20000);
        QCOMPARE(result.code, 1);
        QVERIFY2(result.errText().contains(QLatin1String("not a regular file")),
                 result.err.constData());
        const QString fifo = m_dir.filePath(QStringLiteral("rules.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        result = run({QStringLiteral("rescore"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--rules"), fifo},
                     20000);
        QCOMPARE(result.code, 1);
        QVERIFY2(result.errText().contains(QLatin1String("not a regular file")),
                 result.err.constData());
        // The same for a store: --db names a device or a FIFO.
        for (const QString& store : {QStringLiteral("/dev/zero"), fifo}) {
            result = run({QStringLiteral("queue"), QStringLiteral("--db"), store}, 20000);
            QCOMPARE(result.code, 1);
            QVERIFY2(result.errText().contains(QLatin1String("not a regular file")),
                     result.err.constData());
        }

        // The limit is 1 MiB: the real rules padded to exactly that are read, one byte more not.
        result = run({QStringLiteral("rescore"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--print-rules")});
        QCOMPARE(result.code, 0);
        QByteArray rules = result.out;
        constexpr qsizetype limit = 1024 * 1024;
        QVERIFY(rules.size() < limit);
        rules.append(QByteArray(limit - rules.size(), ' '));
        const QString atLimit = m_dir.filePath(QStringLiteral("at-limit.json"));
        const QString overLimit = m_dir.filePath(QStringLiteral("over-limit.json"));
        for (const auto& [path, bytes] :
             {std::pair{atLimit, rules}, std::pair{overLimit, rules + ' '}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QCOMPARE(QFileInfo(atLimit).size(), limit);
        result = run({QStringLiteral("rescore"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--rules"), overLimit});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.errText().contains(QLatin1String("larger than")), result.err.constData());
        result = run({QStringLiteral("rescore"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--rules"), atLimit});
        QVERIFY2(result.code == 0, result.err.constData());
    }

    void jsonMeansJsonOnlyOnStandardOutput()
    {
        // erase without --yes, in a script: the plan for a person goes to standard error.
        CliRun result =
            run({QStringLiteral("erase"), QStringLiteral("--db"), m_db, QStringLiteral("--lead"),
                 QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(result.code, 1);
        QVERIFY2(isJsonOnly(result.out), result.out.constData());
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value("erased").toBool(true), false);
        QVERIFY2(result.errText().contains(QLatin1String("Erase")), result.err.constData());
        for (const QStringList& arguments :
             {QStringList{"queue", "--json"}, QStringList{"rescore", "--json", "--verbose"},
              QStringList{"export-handoff", "--json", "--out", m_dir.filePath("h.csv")},
              QStringList{"add-lead", "--json", "--email", "json.only@example.com"},
              QStringList{"erase", "--json", "--yes", "--lead", "2"}}) {
            result = run(arguments + QStringList{QStringLiteral("--db"), m_db});
            QVERIFY2(result.code == 0, qPrintable(arguments.join(' ') + result.errText()));
            QVERIFY2(isJsonOnly(result.out), qPrintable(arguments.join(' ') + result.outText()));
        }
    }

    void smallMessagesSayWhatAndExitRight()
    {
        const QString array = m_dir.filePath(QStringLiteral("array.json"));
        {
            QFile file(array);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[{\"format\": 1}]");
        }
        CliRun result = run({QStringLiteral("rescore"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--rules"), array});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.errText().contains(QLatin1String("one JSON object")),
                 result.err.constData());
        QVERIFY(!result.errText().contains(QLatin1String("no error occurred")));

        result = run({QStringLiteral("queue"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--rep"), QStringLiteral("Nobody Atall")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.errText().contains(QLatin1String("Nobody Atall")), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void queueLimitAtItsEdges_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("code");
        QTest::newRow("-1") << "-1" << 2;
        QTest::newRow("0") << "0" << 2;
        QTest::newRow("1") << "1" << 0;
        QTest::newRow("10000") << "10000" << 0;
        QTest::newRow("10001") << "10001" << 2;
    }

    void queueLimitAtItsEdges()
    {
        QFETCH(QString, limit);
        QFETCH(int, code);
        const CliRun result = run({QStringLiteral("queue"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--limit"), limit, QStringLiteral("--json")});
        QCOMPARE(result.code, code);
        if (code == 2) {
            QVERIFY2(result.errText().startsWith(QLatin1String("leadscout queue: --limit")),
                     result.err.constData());
            QVERIFY(result.errText().contains(QLatin1String("Try 'leadscout queue --help'.")));
        } else {
            const QJsonObject json = QJsonDocument::fromJson(result.out).object();
            QVERIFY(json.value("queue").toArray().size() <= limit.toInt());
        }
    }

    void numberOptionsAtTheirEdges_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        const QString fresh = m_dir.filePath(QStringLiteral("edge-%1.sqlite"));
        QTest::newRow("demo --leads 1")
            << QStringList{"demo", "--db", fresh.arg(1), "--leads", "1"} << 0;
        QTest::newRow("demo --leads 0")
            << QStringList{"demo", "--db", fresh.arg(2), "--leads", "0"} << 2;
        QTest::newRow("demo --leads max+1")
            << QStringList{"demo", "--db", fresh.arg(3), "--leads", "10000001"} << 2;
        QTest::newRow("demo --seed 0")
            << QStringList{"demo", "--db", fresh.arg(4), "--leads", "1", "--seed", "0"} << 0;
        QTest::newRow("demo --seed -1")
            << QStringList{"demo", "--db", fresh.arg(5), "--leads", "1", "--seed", "-1"} << 2;
        QTest::newRow("erase --lead 0") << QStringList{"erase", "--db", m_db, "--lead", "0"} << 2;
        QTest::newRow("disclose --lead 0") << QStringList{"disclose",
                                                          "--db",
                                                          m_db,
                                                          "--lead",
                                                          "0",
                                                          "--out",
                                                          m_dir.filePath("d.json")}
                                           << 2;
    }

    void numberOptionsAtTheirEdges()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const CliRun result = run(arguments);
        QVERIFY2(result.code == code, result.err.constData());
        if (code == 2)
            QVERIFY2(result.errText().contains(QLatin1String("--help")), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandEdges)
#include "tst_commandedges.moc"
