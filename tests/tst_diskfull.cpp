// Test data are plain ASCII literals; reading them as QString keeps the tables legible.
#undef QT_NO_CAST_FROM_ASCII

#include "CliRun.h"
#include "StoreDigest.h"
#include "store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/mount.h>
#include <unistd.h>

/// Issue 25, item 5: a full disk is called a full disk (not damage), and "nothing was changed"
/// is true. The disk is a small tmpfs the test mounts (root only; skipped otherwise), filled to
/// the last byte or to a little room.
class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_mount;
    bool m_mounted = false;

    QString home() const { return m_dir.filePath(QStringLiteral("home")); }

    /// Fills the mounted disk until only `leave` bytes (about) are free.
    bool fill(qint64 leave)
    {
        QFile filler(m_mount + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        const QByteArray chunk(4096, 'x');
        for (;;) {
            const QStorageInfo storage(m_mount);
            if (storage.bytesAvailable() <= leave)
                break;
            if (filler.write(chunk) != chunk.size() || !filler.flush())
                break; // full
        }
        return true;
    }

    static qint64 count(const QString& db, const QString& sql)
    {
        const auto store = Store::open(db, Store::Options{false, 5000, -1, {}});
        return Sql::scalar(store->db(), sql).toLongLong();
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs to fill needs root; run the suite as root to test a "
                  "full disk");
        QVERIFY(m_dir.isValid());
        m_mount = m_dir.filePath(QStringLiteral("disk"));
        QDir().mkpath(m_mount);
        if (::mount("tmpfs", QFile::encodeName(m_mount).constData(), "tmpfs", 0, "size=24m") != 0)
            QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN in this container?)");
        m_mounted = true;
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        const CliRun demo = CliRun::run({QStringLiteral("demo"), QStringLiteral("--db"), m_template,
                                         QStringLiteral("--leads"), QStringLiteral("3000")},
                                        home());
        QVERIFY2(demo.code == 0, demo.err.constData());
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH);
    }

    void init()
    {
        QDir(m_mount).removeRecursively();
        QDir().mkpath(m_mount);
    }

    void noRoomAtAllIsAFullDiskNotDamage()
    {
        const QString db = m_mount + QStringLiteral("/S.sqlite");
        QVERIFY(QFile::copy(m_template, db));
        const QByteArray before = fileHash(db);
        QVERIFY(fill(0));
        const CliRun run =
            CliRun::run({QStringLiteral("rescore"), QStringLiteral("--db"), db}, home());
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(QLatin1String("disk")) &&
                     run.errText().contains(QLatin1String("full")),
                 run.err.constData());
        QVERIFY2(!run.errText().contains(QLatin1String("damaged")), run.err.constData());
        QCOMPARE(fileHash(db), before);
        // No stub of a shared-memory file or log is left behind.
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-shm")));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        QFile::remove(m_mount + QStringLiteral("/filler"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM leads")), 3000);
    }

    void littleRoomChangesNothingWhenItSaysSo()
    {
        const QString db = m_mount + QStringLiteral("/S.sqlite");
        QVERIFY(QFile::copy(m_template, db));
        const qint64 reps = count(db, QStringLiteral("SELECT count(*) FROM reps"));
        const qint64 versions = count(db, QStringLiteral("SELECT count(*) FROM scoring_rules"));
        const qint64 scoredAt = count(db, QStringLiteral("SELECT max(scored_at) FROM leads"));
        // New rules (the same ones, as a new version): every lead's score is written again, and
        // the rep saving them is new to the store.
        const CliRun rules = CliRun::run({QStringLiteral("rescore"), QStringLiteral("--db"), db,
                                          QStringLiteral("--print-rules")},
                                         home());
        QCOMPARE(rules.code, 0);
        const QString rulesFile = m_dir.filePath(QStringLiteral("rules.json"));
        {
            QFile file(rulesFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(rules.out);
        }
        QVERIFY(fill(100 * 1024));
        QProcessEnvironment env = CliRun::environment(home());
        env.insert(QStringLiteral("USER"), QStringLiteral("Disk Full Tester"));
        const CliRun run = CliRun::run({QStringLiteral("rescore"), QStringLiteral("--db"), db,
                                        QStringLiteral("--rules"), rulesFile},
                                       home(), env);
        QFile::remove(m_mount + QStringLiteral("/filler"));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(QLatin1String("full")), run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("nothing was changed")), run.err.constData());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM reps")), reps);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scoring_rules")), versions);
        QCOMPARE(count(db, QStringLiteral("SELECT max(scored_at) FROM leads")), scoredAt);
    }

    void aHandoffFileOnAFullDiskSaysSo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << QStringLiteral("h.xlsx");
        QTest::newRow("csv") << QStringLiteral("h.csv");
    }

    void aHandoffFileOnAFullDiskSaysSo()
    {
        QFETCH(QString, name);
        const QString db = m_dir.filePath(QStringLiteral("handoff-%1.sqlite").arg(name));
        QFile::remove(db);
        QVERIFY(QFile::copy(m_template, db));
        {
            const auto store = Store::open(db, Store::Options{false, 5000, -1, {}});
            Sql::exec(store->db(), QStringLiteral("UPDATE leads SET stage = 'sql' WHERE stage IN "
                                                  "('new', 'working', 'nurture')"));
        }
        const qint64 ready =
            count(db, QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'sql'"));
        QVERIFY(fill(16 * 1024));
        const CliRun run =
            CliRun::run({QStringLiteral("export-handoff"), QStringLiteral("--db"), db,
                         QStringLiteral("--out"), m_mount + QLatin1Char('/') + name},
                        home());
        QFile::remove(m_mount + QStringLiteral("/filler"));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(QLatin1String("full")) ||
                     run.errText().contains(QLatin1String("No space left")),
                 run.err.constData());
        QVERIFY2(!run.errText().contains(QLatin1String("ZIP")), run.err.constData());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'sql'")),
                 ready);
        QCOMPARE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    /// Issue 22: the other writing commands on a disk with no room, or a little: each says the
    /// disk is full, and the store (bytes and all) and the output are as before.
    void writingCommandsOnAFullDisk_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("oldStore");
        QTest::addColumn<qint64>("room");
        const QString csv = m_dir.filePath(QStringLiteral("full.csv"));
        QFile file(csv);
        if (!file.exists() && file.open(QIODevice::WriteOnly)) {
            file.write("First Name,Last Name,Email,Company\n");
            for (int i = 0; i < 5000; ++i)
                file.write(QStringLiteral("Eva,Voll%1,voll%1@platte%2.de,Platte %2 AG\n")
                               .arg(i)
                               .arg(i % 400)
                               .toUtf8());
        }
        for (const qint64 room : {qint64(0), qint64(64 * 1024)}) {
            const QByteArray tag = room ? " (64 kB free)" : " (no room)";
            QTest::newRow("import" + tag)
                << QStringList{QStringLiteral("import"), csv, QStringLiteral("--source"),
                               QStringLiteral("trade_fair")}
                << false << room;
            QTest::newRow("erase" + tag)
                << QStringList{QStringLiteral("erase"), QStringLiteral("--lead"),
                               QStringLiteral("5"), QStringLiteral("--yes")}
                << false << room;
            QTest::newRow("merge" + tag)
                << QStringList{QStringLiteral("merge"), QStringLiteral("--keep"),
                               QStringLiteral("21"), QStringLiteral("--merge"),
                               QStringLiteral("22")}
                << false << room;
            QTest::newRow("schema upgrade" + tag)
                << QStringList{QStringLiteral("queue"), QStringLiteral("--limit"),
                               QStringLiteral("1")}
                << true << room;
        }
    }

    void writingCommandsOnAFullDisk()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, oldStore);
        QFETCH(qint64, room);
        const QString db = m_mount + QStringLiteral("/S.sqlite");
        if (oldStore) {
            QProcess sqlite;
            sqlite.setStandardInputFile(QStringLiteral(LEADSCOUT_TEST_DATA "/store-v1.sql"));
            sqlite.start(QStringLiteral("sqlite3"), {db});
            QVERIFY(sqlite.waitForFinished() && sqlite.exitCode() == 0);
        } else {
            QVERIFY(QFile::copy(m_template, db));
        }
        const QByteArray before = fileHash(db);
        const auto [beforeCheck, beforeDigest] = StoreDigest::inspect(db);
        QVERIFY(fill(room));
        arguments.insert(1, db);
        arguments.insert(1, QStringLiteral("--db"));
        const CliRun run = CliRun::run(arguments, home());
        QFile::remove(m_mount + QStringLiteral("/filler"));
        QVERIFY2(run.code != 0, run.out.constData());
        QVERIFY2(run.errText().contains(QLatin1String("full")) ||
                     run.errText().contains(QLatin1String("No space left")),
                 run.err.constData());
        QVERIFY2(!run.errText().contains(QLatin1String("damaged")), run.err.constData());
        // An upgrade switches the file to WAL mode first (two header bytes), which is no data.
        if (!oldStore)
            QCOMPARE(fileHash(db), before);
        const auto [check, digest] = StoreDigest::inspect(db);
        QCOMPARE(check, beforeCheck);
        QCOMPARE(digest, beforeDigest);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")) ||
                QFileInfo(db + QStringLiteral("-wal")).size() == 0);
        // Nothing but the store is left on the disk (no backup, no journal, no part file).
        QCOMPARE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("S.sqlite")});
    }

    /// Outputs written whole (disclosure, the report's CSV files): a full disk is said and leaves
    /// no file, where a buffered write had committed empty files and reported success.
    void wholeFilesOnAFullDiskSaySo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<qint64>("room"); // bytes left free: none, or part of the file
        QTest::newRow("disclose") << QStringList{QStringLiteral("disclose"),
                                                 QStringLiteral("--lead"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--out"),
                                                 m_mount + QStringLiteral("/d.json"),
                                                 QStringLiteral("--html"),
                                                 m_mount + QStringLiteral("/d.html")}
                                  << qint64(0);
        QTest::newRow("report --csv")
            << QStringList{QStringLiteral("report"), QStringLiteral("--csv"),
                           m_mount + QStringLiteral("/figures")}
            << qint64(0);
        QTest::newRow("report --png")
            << QStringList{QStringLiteral("report"), QStringLiteral("--png"),
                           m_mount + QStringLiteral("/dashboard.png")}
            << qint64(0);
        QTest::newRow("report --pdf")
            << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"),
                           m_mount + QStringLiteral("/dashboard.pdf")}
            << qint64(0);
        // Room for part of the file: the write comes up short instead of failing at once (the
        // message said "Unknown error" there).
        QTest::newRow("report --pdf, 8 kB free")
            << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"),
                           m_mount + QStringLiteral("/dashboard.pdf")}
            << qint64(8192);
    }

    void wholeFilesOnAFullDiskSaySo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(qint64, room);
        const QString db = m_dir.filePath(QStringLiteral("whole.sqlite"));
        QFile::remove(db);
        QVERIFY(QFile::copy(m_template, db));
        QVERIFY(fill(room));
        const CliRun run = CliRun::run(
            arguments.mid(0, 1) + QStringList{QStringLiteral("--db"), db} + arguments.mid(1),
            home());
        QFile::remove(m_mount + QStringLiteral("/filler"));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(QLatin1String("No space left")), run.err.constData());
        QDirIterator files(m_mount, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
