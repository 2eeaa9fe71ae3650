#include "CliRun.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace Qt::StringLiterals;

/// Issue 18: an import is one transaction. A real `leadscout import` of a large file, killed
/// with SIGKILL at several moments, leaves the store exactly as it was: the same row counts and
/// the same checksum of every lead.
class TestImportKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_csv;
    QByteArray m_before;
    QString m_beforeCounts;

    QString home() const { return m_dir.filePath(u"home"_s); }

    QString freshCopy(const QString& name) const
    {
        const QString db = m_dir.filePath(name + u".sqlite"_s);
        QFile::remove(db);
        return QFile::copy(m_template, db) ? db : QString();
    }

    /// Row counts of the tables an import writes.
    static QString counts(const QString& db)
    {
        const auto store = Store::open(db, Store::Options{false, 5000, -1, {}});
        QStringList parts;
        for (const QString& table :
             {u"leads"_s, u"stage_history"_s, u"import_batches"_s, u"lead_field_changes"_s})
            parts << table + u'=' +
                         Sql::scalar(store->db(), u"SELECT count(*) FROM "_s + table).toString();
        return parts.join(u' ');
    }

    /// The row counts and a hash of every column of every lead.
    static QByteArray fingerprint(const QString& db)
    {
        const QString tableCounts = counts(db);
        const auto store = Store::open(db, Store::Options{false, 5000, -1, {}});
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(tableCounts.toUtf8());
        QSqlQuery leads = Sql::exec(store->db(), u"SELECT * FROM leads ORDER BY id"_s);
        while (leads.next())
            for (int i = 0; i < leads.record().count(); ++i)
                hash.addData(leads.value(i).toString().toUtf8() + '\x1f');
        return hash.result().toHex();
    }

    void writeLargeCsv(int rows)
    {
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Record ID,First Name,Last Name,Email,Phone,Company,City,Country,Notes\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("R%1,Anna,Berg%2,person%1@firma%2.de,030 %3,Firma %2 "
                                      "GmbH,Berlin,Deutschland,Messe\n")
                           .arg(i)
                           .arg(i % 3000)
                           .arg(1000000 + i)
                           .toUtf8());
    }

    QStringList importArguments(const QString& db) const
    {
        return {u"import"_s, m_csv, u"--db"_s, db, u"--source"_s, u"trade_fair"_s};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(u"template.sqlite"_s);
        const CliRun demo =
            CliRun::run({u"demo"_s, u"--db"_s, m_template, u"--leads"_s, u"500"_s}, home());
        QVERIFY2(demo.code == 0, demo.err.constData());
        m_csv = m_dir.filePath(u"large.csv"_s);
        writeLargeCsv(12000);
        m_before = fingerprint(m_template);
        m_beforeCounts = counts(m_template);
    }

    void aKillAtAnyMomentLeavesTheStoreAsItWas()
    {
        const QString timed = freshCopy(u"timed"_s);
        QElapsedTimer clock;
        clock.start();
        const CliRun whole = CliRun::run(importArguments(timed), home());
        QVERIFY2(whole.code == 0, whole.err.constData());
        const qint64 full = clock.elapsed();
        QVERIFY(fingerprint(timed) != m_before); // an import that finishes does change it
        const QString complete = counts(timed);

        int killedRunning = 0;
        for (const int percent : {5, 20, 40, 60, 80, 95}) {
            const QString db = freshCopy(u"kill-%1"_s.arg(percent));
            QProcess process;
            process.setProcessEnvironment(CliRun::environment(home()));
            process.start(QStringLiteral(LEADSCOUT_BINARY), importArguments(db));
            QVERIFY(process.waitForStarted());
            QThread::msleep(quint64(full * percent / 100));
            if (process.state() == QProcess::Running) {
                ::kill(pid_t(process.processId()), SIGKILL);
                ++killedRunning;
            }
            QVERIFY(process.waitForFinished(60000));
            if (process.exitStatus() != QProcess::CrashExit)
                continue; // it finished before the kill came
            // All or nothing: a kill that lands after the commit, while the finished import
            // closes the store, leaves the whole import; anything earlier leaves none of it.
            const QString after = counts(db);
            if (after == complete)
                continue;
            QVERIFY2(fingerprint(db) == m_before,
                     qPrintable(u"killed at %1 %: %2 (before: %3, complete: %4)"_s.arg(percent).arg(
                         after, m_beforeCounts, complete)));
        }
        QVERIFY2(killedRunning >= 4,
                 qPrintable(u"only %1 kills hit a running import"_s.arg(killedRunning)));
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
