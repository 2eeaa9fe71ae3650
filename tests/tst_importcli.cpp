#include "CliRun.h"
#include "RealImportColumns.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

/// `leadscout import` and `leadscout import-undo`, the real binary (issue 18): the report as
/// JSON and text, the options, exit codes 0/1/2 (DESIGN.md) and nothing written on failure.
class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<TestStore> m_fixture;
    QString m_csv;

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
        m_fixture->close(); // the command is another program with its own connection
        return CliRun::run(arguments, m_home.path());
    }

    CliRun import(const QStringList& more)
    {
        return run(QStringList{u"import"_s, m_csv, u"--db"_s, m_fixture->path()} + more);
    }

    static QJsonObject json(const CliRun& result)
    {
        return QJsonDocument::fromJson(result.out).object();
    }

    qint64 leadCount()
    {
        return Sql::scalar(m_fixture->reopen().db(), u"SELECT count(*) FROM leads"_s).toLongLong();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<TestStore>();
        m_csv = writeFile(u"leads.csv"_s, "E-Mail;Vorname;Nachname;Firma;Telefon\n"
                                          "anna@example.com;Anna;Berg;Berg AG;030 1234567\n"
                                          "bob@example.com;Bob;Klein;;\n"
                                          ";Carl;Ohne;Ohne GmbH;\n");
    }

    void cleanup() { m_fixture.reset(); }

    void importsAndReportsAsJson()
    {
        const QString report = m_fixture->dir() + u"/report.csv"_s;
        const CliRun result = import({u"--json"_s, u"--source"_s, u"trade_fair"_s, u"--campaign"_s,
                                      u"Messe"_s, u"--report"_s, report});
        QVERIFY2(result.code == 0, result.err.constData());
        const QJsonObject out = json(result);
        QCOMPARE(out.value(u"records"_s).toInt(), 3);
        QCOMPARE(out.value(u"imported"_s).toInt(), 2);
        QCOMPARE(out.value(u"rejected"_s).toInt(), 1);
        QCOMPARE(out.value(u"delimiter"_s).toString(), u";"_s);
        QCOMPARE(out.value(u"encoding"_s).toString(), u"UTF-8"_s);
        QVERIFY(out.value(u"batch"_s).toString().startsWith(u"IM-"_s));
        const QJsonObject problem = out.value(u"problems"_s).toArray().first().toObject();
        QCOMPARE(problem.value(u"row"_s).toInt(), 4);
        QCOMPARE(problem.value(u"outcome"_s).toString(), u"rejected"_s);
        QCOMPARE(problem.value(u"column"_s).toString(), u"E-Mail"_s);
        QVERIFY(QFile::exists(report));
        QCOMPARE(leadCount(), 2);
        QCOMPARE(Sql::scalar(m_fixture->store().db(),
                             u"SELECT count(*) FROM leads WHERE source_channel = 'trade_fair' AND "
                             u"campaign = 'Messe'"_s)
                     .toInt(),
                 2);
    }

    void printsASummaryAsText()
    {
        const CliRun result = import({});
        QVERIFY2(result.code == 0, result.err.constData());
        QVERIFY(result.outText().contains(u"2 imported"_s));
        QVERIFY(result.outText().contains(u"Imported as batch IM-"_s));
    }

    void dryRunAndAllOrNothingWriteNothing()
    {
        QCOMPARE(import({u"--dry-run"_s}).code, 0);
        QCOMPARE(leadCount(), 0);
        const CliRun refused = import({u"--all-or-nothing"_s, u"--json"_s});
        QCOMPARE(refused.code, 1);
        QCOMPARE(json(refused).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(leadCount(), 0);
    }

    void duplicatesAndMappingOptions()
    {
        const QString mapping =
            writeFile(u"map.json"_s,
                      R"({"version": 1, "columns": [{"header": "Firma", "target": "ignore"}]})");
        QCOMPARE(import({u"--mapping"_s, mapping}).code, 0);
        QCOMPARE(Sql::scalar(m_fixture->reopen().db(),
                             u"SELECT count(*) FROM leads WHERE company IS NOT NULL"_s)
                     .toInt(),
                 0);
        const CliRun merged = import({u"--duplicates"_s, u"merge"_s, u"--json"_s});
        QCOMPARE(merged.code, 0);
        QCOMPARE(json(merged).value(u"merged"_s).toInt(), 2);
        QCOMPARE(Sql::scalar(m_fixture->reopen().db(),
                             u"SELECT company FROM leads WHERE email = 'anna@example.com'"_s)
                     .toString(),
                 u"Berg AG"_s);
        QCOMPARE(leadCount(), 2);
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString db = u"--db"_s;
        QTest::newRow("no file") << QStringList{u"import"_s, db, u"x.sqlite"_s};
        QTest::newRow("two files") << QStringList{u"import"_s, u"a.csv"_s, u"b.csv"_s};
        QTest::newRow("mode") << QStringList{u"import"_s, u"a.csv"_s, u"--duplicates"_s,
                                             u"sometimes"_s};
        QTest::newRow("delimiter")
            << QStringList{u"import"_s, u"a.csv"_s, u"--delimiter"_s, u";;"_s};
        QTest::newRow("encoding") << QStringList{u"import"_s, u"a.csv"_s, u"--encoding"_s,
                                                 u"klingon"_s};
        QTest::newRow("source") << QStringList{u"import"_s, u"a.csv"_s, u"--source"_s, u"pigeon"_s};
        QTest::newRow("country") << QStringList{u"import"_s, u"a.csv"_s, u"--country"_s, u"DEU"_s};
        QTest::newRow("undo without batch") << QStringList{u"import-undo"_s, db, u"x"_s};
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        const CliRun result = run(arguments);
        QCOMPARE(result.code, 2);
        QVERIFY(result.errText().startsWith(u"leadscout import"_s));
        QVERIFY(result.out.isEmpty());
    }

    void aFileThatCannotBeReadExitsOne()
    {
        const QString missing = m_fixture->dir() + u"/missing.csv"_s;
        const CliRun result =
            run({u"import"_s, missing, u"--db"_s, m_fixture->path(), u"--json"_s});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.errText().contains(missing), result.err.constData());
        const CliRun mapping = import({u"--mapping"_s, m_fixture->dir() + u"/none.json"_s});
        QCOMPARE(mapping.code, 1);
        QVERIFY(mapping.errText().contains(u"none.json"_s));
        QCOMPARE(leadCount(), 0);
    }

    void readsAChosenSheetOfAWorkbook()
    {
        const QString workbook = RealImports::path(u"exceltorecords_leads.xlsx"_s);
        if (!RealImports::available(u"exceltorecords_leads.xlsx"_s))
            QSKIP("../shared/testdata is not beside this checkout");
        m_csv = workbook;
        const CliRun read = import({u"--sheet"_s, u"Leads"_s, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(read.code == 0, read.err.constData());
        QCOMPARE(json(read).value(u"format"_s).toString(), u"xlsx"_s);
        QCOMPARE(json(read).value(u"sheet"_s).toString(), u"Leads"_s);
        const CliRun missing = import({u"--sheet"_s, u"Nope"_s});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.errText().contains(workbook), missing.err.constData());
        QCOMPARE(leadCount(), 0);
    }

    void undoesABatch()
    {
        const QString batch = json(import({u"--json"_s})).value(u"batch"_s).toString();
        QCOMPARE(leadCount(), 2);
        const CliRun undo =
            run({u"import-undo"_s, u"--db"_s, m_fixture->path(), u"--batch"_s, batch, u"--json"_s});
        QVERIFY2(undo.code == 0, undo.err.constData());
        QCOMPARE(json(undo).value(u"leads_deleted"_s).toInt(), 2);
        QCOMPARE(leadCount(), 0);
        const CliRun again =
            run({u"import-undo"_s, u"--db"_s, m_fixture->path(), u"--batch"_s, batch});
        QCOMPARE(again.code, 1);
        QVERIFY(again.errText().contains(u"undone already"_s));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
