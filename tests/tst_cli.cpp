#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real leadscout binary without a display, as a script would.
class TestCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code;
        QString out;
        QString err;
    };

    Result run(const QStringList& arguments, const QString& locale = QStringLiteral("C.UTF-8"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LEADSCOUT_HOME"), m_home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LEADSCOUT_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_home;

private slots:
    void versionAndHelp()
    {
        const Result version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("leadscout ")));
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QLatin1String("Exit codes")), qPrintable(help.out));
    }

    void logsToARotatingFileInTheDataFolder()
    {
        QFile::remove(m_home.filePath(QStringLiteral("data/logs/leadscout.log")));
        run({QStringLiteral("help")});
        QFile log(m_home.filePath(QStringLiteral("data/logs/leadscout.log")));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QLatin1String("[info] leadscout")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("debug logging on")));
        log.close();

        const Result verbose = run({QStringLiteral("help"), QStringLiteral("--verbose")});
        QVERIFY(log.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QLatin1String("[debug] debug logging on")), qPrintable(text));
        QVERIFY(verbose.err.contains(QLatin1String("debug logging on")));
        // The log folder is the owner's alone.
        const QFile::Permissions folder =
            QFile::permissions(m_home.filePath(QStringLiteral("data/logs")));
        QVERIFY(folder & QFile::ReadOwner);
        QVERIFY(!(folder & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther)));
    }

    void commandHelpNamesTheCommand()
    {
        const Result help = run({QStringLiteral("queue"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith(QLatin1String("Usage: leadscout queue --db PATH")),
                 qPrintable(help.out));
        QVERIFY(help.out.contains(QLatin1String("--limit")));
    }

    void speaksGermanInAGermanLocale()
    {
        const Result result = run({QStringLiteral("frobnicate")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(QStringLiteral("unbekannter Befehl „frobnicate“")),
                 qPrintable(result.err));
    }

    void helpTextHasNoMojibake()
    {
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("--help")},
              QStringList{QStringLiteral("add-lead"), QStringLiteral("--help")}}) {
            const Result help = run(arguments);
            QCOMPARE(help.code, 0);
            QVERIFY2(help.out.contains(QStringLiteral("--source KEY …]")), qPrintable(help.out));
            QVERIFY2(!help.out.contains(QChar(0xE2)), qPrintable(help.out)); // "â" of "â¦"
        }
    }

    void optionsBeforeTheCommandNeedNoDisplay()
    {
        // No display here: a window would abort, so reaching the command proves none was made.
        const QString db = m_home.filePath(QStringLiteral("demo.sqlite"));
        const Result demo =
            run({QStringLiteral("--verbose"), QStringLiteral("demo"), QStringLiteral("--db"), db,
                 QStringLiteral("--leads"), QStringLiteral("5")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        QVERIFY2(demo.out.contains(QLatin1String("Wrote demo data to")), qPrintable(demo.out));
        QVERIFY(demo.err.contains(QLatin1String("debug logging on")));
        const Result queue =
            run({QStringLiteral("--db"), db, QStringLiteral("queue"), QStringLiteral("--json")});
        QVERIFY2(queue.code == 0, qPrintable(queue.err));

        const Result bogus = run({QStringLiteral("--bogus")});
        QCOMPARE(bogus.code, 2);
        QVERIFY2(bogus.err.contains(QLatin1String("leadscout: unknown option \"--bogus\".")),
                 qPrintable(bogus.err));
        const Result stray =
            run({QStringLiteral("--verbose"), QStringLiteral("--bogus"), QStringLiteral("demo")});
        QCOMPARE(stray.code, 2);
        const Result noValue = run({QStringLiteral("--db")});
        QCOMPARE(noValue.code, 2);
        QVERIFY2(noValue.err.contains(QLatin1String("--db needs a value")),
                 qPrintable(noValue.err));
    }

    void unknownCommandIsBadUsage()
    {
        const Result result = run({QStringLiteral("frobnicate")});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QLatin1String("unknown command \"frobnicate\"")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
