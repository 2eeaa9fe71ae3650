#include "CliRun.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "scoring/LeadScores.h"
#include "team/TeamRoles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

/// The real binary with the options a rep needs for files the automatic reading gets wrong:
/// `import-activities` with --column, --kind, --time, --delimiter, --encoding and --sheet, and
/// `import` with --owner, --unassigned and --unknown-owner. A wrong value is named with its
/// option and exits 2 with nothing written.
class TestImportOptionsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<TestStore> m_fixture;
    qint64 m_anna = 0;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_fixture->dir() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    CliRun run(const QStringList& arguments)
    {
        m_fixture->close();
        return CliRun::run(arguments + QStringList{u"--db"_s, m_fixture->path()}, m_home.path());
    }

    qint64 scalar(const QString& sql)
    {
        return Sql::scalar(m_fixture->reopen().db(), sql).toLongLong();
    }

    static QJsonObject json(const CliRun& result)
    {
        return QJsonDocument::fromJson(result.out).object();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<TestStore>();
        m_anna = LeadRepository(m_fixture->store())
                     .create(sampleLead(u"Anna"_s, u"Becker"_s, u"Becker GmbH"_s), u"mara"_s);
        Reps::idFor(m_fixture->store(), u"Jonas Becker"_s);
    }

    void cleanup() { m_fixture.reset(); }

    void aColumnMappedByHand()
    {
        const QString file = writeFile(u"acts.csv"_s, "Mail|Spalte B|Datum\n"
                                                      "anna.becker@example.com|Webinar|2026-11-20\n"
                                                      "nobody@example.com|Download|2026-11-21\n");
        const int before = LeadScores::find(m_fixture->store(), m_anna)->interest;
        const CliRun without = run({u"import-activities"_s, file, u"--delimiter"_s, u"|"_s});
        QCOMPARE(without.code, 2);
        QVERIFY2(without.errText().contains(u"the activity"_s) &&
                     without.errText().contains(u"--column"_s),
                 without.err.constData());
        const CliRun result = run({u"import-activities"_s, file, u"--delimiter"_s, u"|"_s,
                                   u"--column"_s, u"kind=spalte b"_s, u"--json"_s});
        QVERIFY2(result.code == 0, result.err.constData());
        const QJsonObject out = json(result);
        QCOMPARE(out.value(u"imported"_s).toInt(), 1);
        QCOMPARE(out.value(u"unmatched"_s).toArray().first().toObject().value(u"row"_s).toInt(), 3);
        QCOMPARE(out.value(u"columns"_s).toObject().value(u"kind"_s).toString(), u"Spalte B"_s);
        QVERIFY(LeadScores::find(m_fixture->reopen(), m_anna)->interest > before);
    }

    void anAttendeeListWithKindAndTime()
    {
        const QString file = writeFile(u"webinar.csv"_s, "Teilnehmer;Firma\n"
                                                         "anna.becker@example.com;Becker GmbH\n");
        const CliRun result =
            run({u"import-activities"_s, file, u"--column"_s, u"email=Teilnehmer"_s, u"--kind"_s,
                 u"webinar"_s, u"--time"_s, u"2026-11-20 14:00"_s, u"--json"_s});
        QVERIFY2(result.code == 0, result.err.constData());
        QCOMPARE(json(result).value(u"kind"_s).toString(), u"webinar"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM interest_events WHERE kind = 'webinar' AND"
                        u" occurred_at = 1795183200"_s),
                 1);
    }

    void anEncodingChosen()
    {
        // Windows-1252 bytes that are valid UTF-8 too would be misread; here the header's
        // umlaut decides whether "Aktivität" is recognised.
        const QString file =
            writeFile(u"win.csv"_s, "E-Mail;Aktivit\xE4t;Datum\n"
                                    "anna.becker@example.com;Download;2026-11-20\n");
        const CliRun result = run({u"import-activities"_s, file, u"--encoding"_s, u"Windows-1252"_s,
                                   u"--dry-run"_s, u"--json"_s});
        QVERIFY2(result.code == 0, result.err.constData());
        QCOMPARE(json(result).value(u"columns"_s).toObject().value(u"kind"_s).toString(),
                 u"Aktivit\u00E4t"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM interest_events"_s), 0);
    }

    void wrongValuesExitTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("named");
        QTest::newRow("kind") << QStringList{u"--kind"_s, u"pigeon"_s} << u"--kind"_s;
        QTest::newRow("kind not imported") << QStringList{u"--kind"_s, u"reply"_s} << u"--kind"_s;
        QTest::newRow("time") << QStringList{u"--time"_s, u"someday"_s} << u"--time"_s;
        QTest::newRow("column field")
            << QStringList{u"--column"_s, u"owner=E-Mail"_s} << u"--column"_s;
        QTest::newRow("column header")
            << QStringList{u"--column"_s, u"kind=Nope"_s} << u"--column"_s;
        QTest::newRow("column form") << QStringList{u"--column"_s, u"kind"_s} << u"--column"_s;
        QTest::newRow("delimiter") << QStringList{u"--delimiter"_s, u"ab"_s} << u"--delimiter"_s;
        QTest::newRow("encoding") << QStringList{u"--encoding"_s, u"klingon"_s} << u"--encoding"_s;
        QTest::newRow("sheet of a CSV") << QStringList{u"--sheet"_s, u"A"_s} << u"--sheet"_s;
        // Empty and hostile values, as a script with an unset variable or an attacker gives them.
        for (const char* option :
             {"--kind", "--time", "--column", "--delimiter", "--encoding", "--sheet"})
            QTest::newRow(qPrintable(u"empty "_s + QLatin1String(option)))
                << QStringList{QLatin1String(option), QString()} << QString::fromLatin1(option);
        QTest::newRow("kind injection")
            << QStringList{u"--kind"_s, u"webinar'; DROP TABLE leads; --"_s} << u"--kind"_s;
        QTest::newRow("kind blank") << QStringList{u"--kind"_s, u"   "_s} << u"--kind"_s;
        QTest::newRow("time impossible")
            << QStringList{u"--time"_s, u"2026-13-45"_s} << u"--time"_s;
        QTest::newRow("time far ahead")
            << QStringList{u"--time"_s, u"9999-12-31 23:59"_s} << u"--time"_s;
        QTest::newRow("time long ago") << QStringList{u"--time"_s, u"1900-01-01"_s} << u"--time"_s;
        QTest::newRow("kind escape sequence")
            << QStringList{u"--kind"_s, u"webinar\x1b[2J\x1b]0;owned\x07"_s} << u"--kind"_s;
        QTest::newRow("column escape sequence")
            << QStringList{u"--column"_s, u"kind=\x1b[31mrot"_s} << u"--column"_s;
        QTest::newRow("time blank") << QStringList{u"--time"_s, u" \t"_s} << u"--time"_s;
        QTest::newRow("column no field")
            << QStringList{u"--column"_s, u"=E-Mail"_s} << u"--column"_s;
        QTest::newRow("column markup")
            << QStringList{u"--column"_s, u"kind=<b>x</b>"_s} << u"--column"_s;
        QTest::newRow("column drops the lead")
            << QStringList{u"--column"_s, u"email="_s} << u"--column"_s;
        QTest::newRow("delimiter quote")
            << QStringList{u"--delimiter"_s, u"\""_s} << u"--delimiter"_s;
        QTest::newRow("delimiter line break")
            << QStringList{u"--delimiter"_s, u"\r"_s} << u"--delimiter"_s;
        QTest::newRow("delimiter letter")
            << QStringList{u"--delimiter"_s, u"a"_s} << u"--delimiter"_s;
        QTest::newRow("delimiter control")
            << QStringList{u"--delimiter"_s, QString(QChar(0x7F))} << u"--delimiter"_s;
        QTest::newRow("encoding path")
            << QStringList{u"--encoding"_s, u"../../etc/passwd"_s} << u"--encoding"_s;
        QTest::newRow("sheet blank") << QStringList{u"--sheet"_s, u"  "_s} << u"--sheet"_s;
    }

    void wrongValuesExitTwo()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, named);
        const QString file =
            writeFile(u"acts.csv"_s, "E-Mail;Activity;Date\n"
                                     "anna.becker@example.com;webinar;2026-11-20\n");
        const CliRun result = run(QStringList{u"import-activities"_s, file} + options);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.errText().contains(named), result.err.constData());
        // What the attacker typed comes back without its escape sequences.
        QVERIFY(!result.errText().contains(QChar(0x1b)) && !result.errText().contains(QChar(7)));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM interest_events"_s), 0);
    }

    void theOldOptionsStillWork()
    {
        const QString file =
            writeFile(u"acts.csv"_s, "E-Mail;Activity;Date\n"
                                     "anna.becker@example.com;webinar;2026-11-20\n");
        const CliRun dry = run({u"import-activities"_s, file, u"--dry-run"_s});
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.outText().contains(u"Dry run"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM interest_events"_s), 0);
    }

    void ownerForTheWholeFile()
    {
        const QString file =
            writeFile(u"leads.csv"_s, "Email,First Name,Last Name,Company,Owner\n"
                                      "b@klein-kg.de,Bob,Klein,Klein KG,\n"
                                      "c@ohne-gmbh.de,Carl,Ohne,Ohne GmbH,Zorro\n");
        const CliRun unknown = run({u"import"_s, file, u"--owner"_s, u"Zorro"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.errText().contains(u"--owner"_s) && unknown.errText().contains(u"Zorro"_s),
                 unknown.err.constData());
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s), 1);
        QCOMPARE(run({u"import"_s, file, u"--owner"_s, u"x"_s, u"--unassigned"_s}).code, 2);
        QCOMPARE(run({u"import"_s, file, u"--unknown-owner"_s, u"maybe"_s}).code, 2);

        const CliRun result = run({u"import"_s, file, u"--owner"_s, u"Jonas Becker"_s,
                                   u"--unknown-owner"_s, u"reject"_s, u"--json"_s});
        QVERIFY2(result.code == 0, result.err.constData());
        QCOMPARE(json(result).value(u"imported"_s).toInt(), 1);
        QCOMPARE(json(result).value(u"rejected"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM leads l JOIN reps r ON r.id = l.owner_id WHERE"
                        u" l.email = 'b@klein-kg.de' AND r.name = 'Jonas Becker'"_s),
                 1);
    }

    void wrongOwnerValuesExitTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("named");
        QTest::newRow("owner empty") << QStringList{u"--owner"_s, QString()} << u"--owner"_s;
        QTest::newRow("owner blank") << QStringList{u"--owner"_s, u" \t "_s} << u"--owner"_s;
        QTest::newRow("owner injection")
            << QStringList{u"--owner"_s, u"x' OR '1'='1"_s} << u"--owner"_s;
        QTest::newRow("owner and unassigned")
            << QStringList{u"--owner"_s, u"Jonas Becker"_s, u"--unassigned"_s} << u"--owner"_s;
        QTest::newRow("unknown-owner empty")
            << QStringList{u"--unknown-owner"_s, QString()} << u"--unknown-owner"_s;
        QTest::newRow("unknown-owner other")
            << QStringList{u"--unknown-owner"_s, u"delete"_s} << u"--unknown-owner"_s;
        QTest::newRow("unknown-owner reject, unassigned")
            << QStringList{u"--unassigned"_s, u"--unknown-owner"_s, u"reject"_s}
            << u"--unknown-owner"_s;
    }

    void wrongOwnerValuesExitTwo()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, named);
        const QString file = writeFile(u"leads.csv"_s, "Email,First Name,Last Name,Owner\n"
                                                       "b@klein-kg.de,Bob,Klein,\n");
        const CliRun result = run(QStringList{u"import"_s, file} + options);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.errText().contains(named), result.err.constData());
        QVERIFY(result.out.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s), 1);
    }

    void anUnknownOwnerCreatesNoStore()
    {
        if (!TestStore::postgresServer().isEmpty())
            QSKIP("a server's database is there before the command");
        const QString file = writeFile(u"leads.csv"_s, "Email,First Name,Last Name\n"
                                                       "b@klein-kg.de,Bob,Klein\n");
        const QString fresh = m_fixture->dir() + u"/fresh.leadscout"_s;
        const CliRun result = CliRun::run(
            {u"import"_s, file, u"--owner"_s, u"Zorro"_s, u"--db"_s, fresh}, m_home.path());
        QCOMPARE(result.code, 2);
        QVERIFY2(result.errText().contains(u"--owner"_s), result.err.constData());
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void unassignedIgnoresTheOwnerColumn()
    {
        const QString file = writeFile(u"leads.csv"_s, "Email,First Name,Last Name,Owner\n"
                                                       "b@klein-kg.de,Bob,Klein,Jonas Becker\n");
        const CliRun result = run({u"import"_s, file, u"--unassigned"_s});
        QVERIFY2(result.code == 0, result.err.constData());
        QCOMPARE(scalar(u"SELECT count(*) FROM leads WHERE email = 'b@klein-kg.de' AND owner_id"
                        u" IS NULL"_s),
                 1);
    }

    void aRepsLoginIsRefusedAColleague()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("SQLite's single user is a team lead");
        TeamRoles::addMember(m_fixture->store(), {u"rita_rep"_s, TeamRole::Rep, 1, {}});
        const QString file = writeFile(u"leads.csv"_s, "Email,First Name,Last Name\n"
                                                       "b@klein-kg.de,Bob,Klein\n");
        QUrl url(m_fixture->path());
        url.setUserName(u"rita_rep"_s);
        m_fixture->close();
        QProcessEnvironment env = CliRun::environment(m_home.path());
        env.insert(u"USER"_s, u"rita_rep"_s);
        const CliRun refused = CliRun::run(
            {u"import"_s, file, u"--owner"_s, u"Jonas Becker"_s, u"--db"_s, url.toString()},
            m_home.path(), env);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.errText().contains(u"only to yourself"_s), refused.err.constData());
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportOptionsCli)
#include "tst_importoptionscli.moc"
