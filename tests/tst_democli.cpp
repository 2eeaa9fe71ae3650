#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// `leadscout demo` as a script runs it, and the store it writes as another program reads it.
class TestDemoCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code;
        QString out;
        QString err;
    };

    Result run(const QString& program, const QStringList& arguments, const QString& now = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!now.isEmpty())
            env.insert(QStringLiteral("LEADSCOUT_NOW"), now);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LEADSCOUT_HOME"), m_dir.filePath(QStringLiteral("home")));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Result leadscout(const QStringList& arguments)
    {
        return run(QStringLiteral(LEADSCOUT_BINARY), arguments);
    }

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    QTemporaryDir m_dir;

private slots:
    void writesAStoreThatSqliteCanRead()
    {
        const QString db = path("demo.sqlite");
        const Result result = leadscout({QStringLiteral("demo"), QStringLiteral("--db"), db,
                                         QStringLiteral("--leads"), QStringLiteral("2000"),
                                         QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("Leads per stage:")), qPrintable(result.out));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("\\n  leads +2000\\n"))));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("in \\d+\\.\\d s"))));

        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 command-line program is not installed");
        const Result query =
            run(sqlite3, {db, QStringLiteral("SELECT stage, count(*) FROM leads GROUP BY stage"
                                             " ORDER BY stage")});
        QCOMPARE(query.code, 0);
        const QStringList lines = query.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 7);
        int total = 0;
        QStringList stages;
        for (const QString& line : lines) {
            stages.append(line.section(QLatin1Char('|'), 0, 0));
            const int leads = line.section(QLatin1Char('|'), 1).toInt();
            QVERIFY2(leads > 0, qPrintable(line));
            // The text summary printed the same number for this stage.
            QVERIFY2(result.out.contains(QRegularExpression(
                         QStringLiteral("\\n  %1 +%2\\n").arg(stages.last()).arg(leads))),
                     qPrintable(line));
            total += leads;
        }
        QCOMPARE(total, 2000);
        QCOMPARE(stages, QStringList({QStringLiteral("disqualified"), QStringLiteral("handed_off"),
                                      QStringLiteral("mql"), QStringLiteral("new"),
                                      QStringLiteral("nurture"), QStringLiteral("sql"),
                                      QStringLiteral("working")}));
        const Result history =
            run(sqlite3, {db, QStringLiteral("SELECT count(*) FROM leads l WHERE NOT EXISTS"
                                             " (SELECT 1 FROM stage_history h"
                                             " WHERE h.lead_id = l.id)")});
        QCOMPARE(history.out.trimmed(), QStringLiteral("0"));
    }

    void sameSeedAndClockGiveAnIdenticalDump()
    {
        const QString now = QStringLiteral("2026-03-15T10:37:00Z");
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QStringList dumps;
        for (const char* name : {"same-a.sqlite", "same-b.sqlite"}) {
            const Result result = run(QStringLiteral(LEADSCOUT_BINARY),
                                      {QStringLiteral("demo"), QStringLiteral("--db"), path(name),
                                       QStringLiteral("--leads"), QStringLiteral("400"),
                                       QStringLiteral("--seed"), QStringLiteral("11")},
                                      now);
            QCOMPARE(result.code, 0);
            QVERIFY(result.out.contains(QLatin1String("history up to 2026-03-15T10:00:00Z")));
            dumps.append(run(sqlite3, {path(name), QStringLiteral(".dump")}).out);
        }
        QVERIFY(dumps.at(0).count(QLatin1String("INSERT INTO leads")) == 400);
        QVERIFY(dumps.at(0) == dumps.at(1));
    }

    void printsJsonWhenAsked()
    {
        const Result result =
            leadscout({QStringLiteral("demo"), QStringLiteral("--db"), path("json.sqlite"),
                       QStringLiteral("--leads"), QStringLiteral("300"), QStringLiteral("--json")});
        QCOMPARE(result.code, 0);
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("leads")).toInt(), 300);
        QCOMPARE(summary.value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
        QCOMPARE(summary.value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("leads"))
                     .toInt(),
                 300);
        QCOMPARE(summary.value(QStringLiteral("stages")).toObject().size(), 7);
        QVERIFY(summary.value(QStringLiteral("elapsed_ms")).isDouble());
    }

    void badNumbersAreBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("letters") << QStringList{QStringLiteral("--leads"), QStringLiteral("abc")}
                                 << QStringLiteral("--leads needs a whole number");
        QTest::newRow("zero") << QStringList{QStringLiteral("--leads"), QStringLiteral("0")}
                              << QStringLiteral("not \"0\"");
        QTest::newRow("too many") << QStringList{QStringLiteral("--leads"),
                                                 QStringLiteral("20000000")}
                                  << QStringLiteral("not \"20000000\"");
        QTest::newRow("negative seed")
            << QStringList{QStringLiteral("--seed"), QStringLiteral("-3")}
            << QStringLiteral("--seed needs a whole number");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("lots")}
                                        << QStringLiteral("unexpected argument \"lots\"");
    }

    void badNumbersAreBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString db = path("bad.sqlite");
        const Result result =
            leadscout(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db} + arguments);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFile::exists(db));
    }

    void needsAStoreOfItsOwn()
    {
        const Result missing =
            leadscout({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("10")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QLatin1String("--db PATH is required")),
                 qPrintable(missing.err));

        const QString db = path("twice.sqlite");
        const QStringList arguments = {QStringLiteral("demo"), QStringLiteral("--db"), db,
                                       QStringLiteral("--leads"), QStringLiteral("50")};
        QCOMPARE(leadscout(arguments).code, 0);
        const Result again = leadscout(arguments);
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("is not empty (leads: 50)")),
                 qPrintable(again.err));
        const Result count = run(QStandardPaths::findExecutable(QStringLiteral("sqlite3")),
                                 {db, QStringLiteral("SELECT count(*) FROM leads")});
        QCOMPARE(count.out.trimmed(), QStringLiteral("50"));
    }
};

QTEST_GUILESS_MAIN(TestDemoCli)
#include "tst_democli.moc"
