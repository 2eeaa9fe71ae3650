// Test data are plain ASCII literals; reading them as QString keeps the tables legible.
#undef QT_NO_CAST_FROM_ASCII

#include "CliRun.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

/// Issue 25: what the README promises about the store's files, tried with the real binary. No
/// output replaces the store, its log or a backup (by identity: links and "./" included); an empty
/// or missing file is never taken for a store; modes are tightened to the owner; a name that is
/// not UTF-8 is refused instead of naming another file.
class TestStoreFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template; ///< a small demo store, copied by each test

    QString home() const { return m_dir.filePath(QStringLiteral("home")); }

    QString freshStore(const QString& folder, const QString& name) const
    {
        QDir().mkpath(folder);
        const QString path = folder + QLatin1Char('/') + name;
        QFile::remove(path);
        if (!QFile::copy(m_template, path))
            return {};
        return path;
    }

    static QFile::Permissions mode(const QString& path)
    {
        return QFileInfo(path).permissions() &
               (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                QFile::ExeOther);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        const CliRun demo = CliRun::run({QStringLiteral("demo"), QStringLiteral("--db"), m_template,
                                         QStringLiteral("--leads"), QStringLiteral("300")},
                                        home());
        QVERIFY2(demo.code == 0, demo.err.constData());
    }

    void noOutputReplacesTheStoreOrItsFiles_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("store");   ///< the store's file name
        QTest::addColumn<QStringList>("out"); ///< output options, relative to the folder
        QTest::addColumn<QString>("prepare"); ///< "", "hardlink", "symlink", "dangling", "backup"
        const QString disclose = QStringLiteral("disclose");
        QTest::newRow("--out the store")
            << disclose << "Z.sqlite" << QStringList{"--out", "Z.sqlite"} << "";
        QTest::newRow("--html the store")
            << disclose << "Z.sqlite" << QStringList{"--out", "a.json", "--html", "Z.sqlite"} << "";
        QTest::newRow("./ the log that does not exist yet")
            << disclose << "Z.sqlite" << QStringList{"--out", "./sub/../Z.sqlite-wal"} << "";
        QTest::newRow("the shared memory")
            << disclose << "Z.sqlite" << QStringList{"--out", "Z.sqlite-shm"} << "";
        QTest::newRow("a hard link to the store")
            << disclose << "Z.sqlite" << QStringList{"--out", "link.json"} << "hardlink";
        QTest::newRow("a symbolic link to the store")
            << disclose << "Z.sqlite" << QStringList{"--out", "link.json"} << "symlink";
        QTest::newRow("a dangling link to the log")
            << disclose << "Z.sqlite" << QStringList{"--out", "link.json"} << "dangling";
        QTest::newRow("a backup") << disclose << "Z.sqlite"
                                  << QStringList{"--out", "Z.sqlite.v3-20260101-000000.bak"}
                                  << "backup";
        QTest::newRow("json and html the same file")
            << disclose << "Z.sqlite" << QStringList{"--out", "same.json", "--html", "./same.json"}
            << "";
        QTest::newRow("export-handoff --out the store")
            << "export-handoff"
            << "Y.csv" << QStringList{"--out", "Y.csv"} << "";
        QTest::newRow("export-handoff --out a link to the store")
            << "export-handoff"
            << "Y.csv" << QStringList{"--out", "link.csv"} << "symlink";
        QTest::newRow("export-handoff --batch --out the store")
            << "export-handoff"
            << "Y.csv" << QStringList{"--batch", "1", "--out", "./Y.csv"} << "";
    }

    void noOutputReplacesTheStoreOrItsFiles()
    {
        QFETCH(QString, command);
        QFETCH(QString, store);
        QFETCH(QStringList, out);
        QFETCH(QString, prepare);
        const QString folder = m_dir.filePath(QStringLiteral("case-%1")
                                                  .arg(QTest::currentDataTag())
                                                  .replace(QLatin1Char('/'), QLatin1Char('_')));
        const QString db = freshStore(folder, store);
        QVERIFY(!db.isEmpty());
        QDir().mkpath(folder + QStringLiteral("/sub"));
        const QString link = folder + QStringLiteral("/link.") + QFileInfo(out.last()).suffix();
        const QString backup = db + QStringLiteral(".v3-20260101-000000.bak");
        if (prepare == QLatin1String("hardlink"))
            QVERIFY(::link(QFile::encodeName(db).constData(),
                           QFile::encodeName(link).constData()) == 0);
        if (prepare == QLatin1String("symlink"))
            QVERIFY(QFile::link(db, link));
        if (prepare == QLatin1String("dangling"))
            QVERIFY(QFile::link(db + QStringLiteral("-wal"), link));
        if (prepare == QLatin1String("backup")) {
            QVERIFY(QFile::copy(db, backup));
        }
        const QByteArray before = fileHash(db);
        const QByteArray backupBefore = fileHash(backup);

        QStringList arguments{command, QStringLiteral("--db"), db};
        if (command == QLatin1String("disclose"))
            arguments << QStringLiteral("--lead") << QStringLiteral("1");
        for (int i = 0; i < out.size(); ++i)
            arguments << (out.at(i).startsWith(QLatin1String("--"))
                              ? out.at(i)
                              : (i > 0 && out.at(i - 1) == QLatin1String("--batch")
                                     ? out.at(i)
                                     : folder + QLatin1Char('/') + out.at(i)));
        const CliRun run = CliRun::run(arguments, home());
        QVERIFY2(run.code == 1, run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("Nothing was written")) ||
                     run.errText().contains(QLatin1String("nothing was written")),
                 run.err.constData());
        QCOMPARE(fileHash(db), before);
        QCOMPARE(fileHash(backup), backupBefore);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-shm")));
        // The store still opens as one.
        QVERIFY(CliRun::run({QStringLiteral("queue"), QStringLiteral("--db"), db}, home()).code ==
                0);
    }

    void anOutputBesideTheStoreIsWritten()
    {
        const QString folder = m_dir.filePath(QStringLiteral("beside"));
        const QString db = freshStore(folder, QStringLiteral("Z.sqlite"));
        // Names that only look alike are fine: the check is by identity, not a name pattern.
        for (const QString& name :
             {QStringLiteral("Z.sqlite.json"), QStringLiteral("Z.sqlite-wal.json")}) {
            const CliRun run = CliRun::run(
                {QStringLiteral("disclose"), QStringLiteral("--db"), db, QStringLiteral("--lead"),
                 QStringLiteral("1"), QStringLiteral("--out"), folder + QLatin1Char('/') + name},
                home());
            QVERIFY2(run.code == 0, run.err.constData());
            QVERIFY(QFileInfo(folder + QLatin1Char('/') + name).size() > 0);
        }
    }

    void anEmptyOrMissingFileIsNoStore_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("queue") << QStringList{"queue"};
        QTest::newRow("rescore") << QStringList{"rescore"};
        QTest::newRow("export-handoff") << QStringList{"export-handoff", "--out", "OUT/h.csv"};
        QTest::newRow("erase") << QStringList{"erase", "--lead", "1", "--yes"};
        QTest::newRow("disclose") << QStringList{"disclose", "--lead", "1", "--out", "OUT/d.json"};
        QTest::newRow("add-lead") << QStringList{"add-lead", "--email", "anna@example.com"};
    }

    void anEmptyOrMissingFileIsNoStore()
    {
        QFETCH(QStringList, arguments);
        const QString folder = m_dir.filePath(QStringLiteral("empty-") + QTest::currentDataTag());
        QDir().mkpath(folder);
        arguments.replaceInStrings(QStringLiteral("OUT"), folder);
        const QString empty = folder + QStringLiteral("/e.sqlite");
        {
            QFile file(empty);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                         QFile::ReadOther);
        const QFile::Permissions modeBefore = mode(empty);
        CliRun run = CliRun::run(arguments + QStringList{QStringLiteral("--db"), empty}, home());
        QVERIFY2(run.code == 1, run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("empty")), run.err.constData());
        QCOMPARE(QFileInfo(empty).size(), 0);
        QCOMPARE(mode(empty), modeBefore);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{"e.sqlite"});

        const QString missing = folder + QStringLiteral("/missing.sqlite");
        run = CliRun::run(arguments + QStringList{QStringLiteral("--db"), missing}, home());
        QVERIFY2(run.code == 1, run.err.constData());
        QVERIFY(!QFileInfo::exists(missing));
    }

    void theWindowGivenAnEmptyFileLeavesIt()
    {
        const QString empty = m_dir.filePath(QStringLiteral("window-empty.sqlite"));
        {
            QFile file(empty);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QProcess window;
        QProcessEnvironment env = CliRun::environment(home());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(LEADSCOUT_BINARY), {QStringLiteral("--db"), empty});
        QVERIFY(window.waitForStarted());
        // It shows why it cannot open the file (a message box nobody closes here) or ends.
        window.waitForFinished(4000);
        window.kill();
        window.waitForFinished();
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-wal")));
    }

    void demoMakesAStoreOfAnEmptyFile()
    {
        const QString empty = m_dir.filePath(QStringLiteral("demo-empty.sqlite"));
        {
            QFile file(empty);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const CliRun run = CliRun::run({QStringLiteral("demo"), QStringLiteral("--db"), empty,
                                        QStringLiteral("--leads"), QStringLiteral("5")},
                                       home());
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(QFileInfo(empty).size() > 0);
        QCOMPARE(mode(empty), QFile::ReadOwner | QFile::WriteOwner);
    }

    void openingTightensModesToTheOwner()
    {
        const QString folder = m_dir.filePath(QStringLiteral("modes"));
        const QString db = freshStore(folder, QStringLiteral("Z.sqlite"));
        const QString backup = db + QStringLiteral(".v2-20260101-000000.bak");
        QVERIFY(QFile::copy(db, backup));
        const QString logDir = home() + QStringLiteral("/data/logs");
        QDir().mkpath(logDir);
        const QString oldLog = logDir + QStringLiteral("/leadscout.1.log");
        {
            QFile file(oldLog);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old\n");
        }
        const QFile::Permissions open =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        for (const QString& file : {db, backup, oldLog})
            QVERIFY(QFile::setPermissions(file, open));

        // While a store is open, its log and shared memory are the owner's only too.
        {
            const auto store = Store::open(db, Store::Options{false, 5000, -1, {}});
            for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QVERIFY2(QFileInfo::exists(db + suffix), qPrintable(suffix));
                QCOMPARE(mode(db + suffix), QFile::ReadOwner | QFile::WriteOwner);
            }
        }
        QVERIFY(QFile::setPermissions(db, open));
        const CliRun run =
            CliRun::run({QStringLiteral("queue"), QStringLiteral("--db"), db}, home());
        QVERIFY2(run.code == 0, run.err.constData());
        for (const QString& file : {db, backup, oldLog, logDir + QStringLiteral("/leadscout.log")})
            QVERIFY2(mode(file) == (QFile::ReadOwner | QFile::WriteOwner), qPrintable(file));
    }

    void logsHoldNoContactDetails()
    {
        // README: the logs never contain a lead's e-mail, phone or notes, whatever the commands
        // do (verbose included, failures included).
        const QString folder = m_dir.filePath(QStringLiteral("privacy"));
        const QString db = freshStore(folder, QStringLiteral("Z.sqlite"));
        const QString logHome = m_dir.filePath(QStringLiteral("privacy-home"));
        const QStringList lead{QStringLiteral("--email"),   QStringLiteral("quxsecret@example.org"),
                               QStringLiteral("--phone"),   QStringLiteral("+49 30 5550187"),
                               QStringLiteral("--company"), QStringLiteral("Secretcorp GmbH")};
        const QList<QStringList> runs{
            QStringList{"add-lead", "--json"} + lead,
            QStringList{"add-lead"} + lead, // a duplicate: refused
            {"queue", "--limit", "50"},
            {"disclose", "--email", "quxsecret@example.org", "--out", folder + "/d.json"},
            {"export-handoff", "--out", folder + "/h.csv"},
            {"rescore"},
            {"erase", "--email", "quxsecret@example.org"},
            {"erase", "--email", "quxsecret@example.org", "--yes"},
            QStringList{"add-lead"} + lead, // erased on request: refused
        };
        for (const QStringList& arguments : runs)
            CliRun::run(arguments +
                            QStringList{QStringLiteral("--db"), db, QStringLiteral("--verbose")},
                        logHome);
        QByteArray logs;
        const QDir logDir(logHome + QStringLiteral("/data/logs"));
        for (const QString& name : logDir.entryList(QDir::Files)) {
            QFile file(logDir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            logs += file.readAll();
        }
        QVERIFY(logs.contains("command add-lead")); // the scan sees the commands' logs
        for (const char* secret : {"quxsecret", "5550187"})
            QVERIFY2(!logs.contains(secret), secret);
    }

    void aNameThatIsNotUtf8IsRefusedNotMisread()
    {
        const QString folder = m_dir.filePath(QStringLiteral("bytes"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(m_template, folder + QStringLiteral("/copy.sqlite")));
        const QString script =
            QStringLiteral("cd '%1' && mv copy.sqlite \"$(printf '\\377REAL.sqlite')\" && "
                           "\"$L\" %2 --db \"$(printf '\\377%3')\"");
        CliRun run = CliRun::shell(
            script.arg(folder, QStringLiteral("queue"), QStringLiteral("REAL.sqlite")), home());
        QVERIFY2(run.code == 2, run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("UTF-8")), run.err.constData());
        QVERIFY(!run.errText().contains(QLatin1String("There is no store")));
        const QStringList before = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        run = CliRun::shell(QStringLiteral("cd '%1' && \"$L\" demo --leads 5 --db \"$(printf "
                                           "'\\377NEW.sqlite')\"")
                                .arg(folder),
                            home());
        QVERIFY2(run.code == 2, run.err.constData());
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), before);
    }
};

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "tst_storefiles.moc"
