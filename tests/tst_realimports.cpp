#include "RealImportColumns.h"
#include "TestStore.h"
#include "import/ImportFile.h"
#include "import/LeadImport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// The records of a file as its reader gives them (rows and rows it refuses), read on their own.
qint64 recordsOf(const QString& path)
{
    OpenedImportFile file = ImportFile::open({path, {}, {}, {}});
    if (!file.isOpen())
        return -1;
    qint64 records = 0;
    ImportRow row;
    for (ImportSource::Step step; (step = file.source->next(row)) != ImportSource::End;) {
        if (step == ImportSource::Error && file.source->problem().fatal)
            return -1;
        ++records;
    }
    return records;
}

} // namespace

/// Every file of ../shared/testdata/real-imports (read in place) imports without a crash, with
/// its encoding and delimiter detected, its e-mail column mapped, every record accounted for,
/// and nothing added by importing it again (issue 18).
class TestRealImports : public QObject
{
    Q_OBJECT

private slots:
    void eachFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("emailColumn");
        QTest::addColumn<qint64>("records");
        const QString comma = u","_s;
        // clang-format off
        QTest::newRow("win1252") << u"tine20_importtest_win1252.csv"_s << u"Windows-1252"_s << u";"_s << true << qint64(4);
        QTest::newRow("outlook-de") << u"tine20_importtest_outlook2013_de.csv"_s << u"Windows-1252"_s << comma << true << qint64(2);
        QTest::newRow("lxoffice") << u"tine20_importtest_lxoffice2.csv"_s << u"UTF-8"_s << comma << true << qint64(6);
        QTest::newRow("mac-tab") << u"tine20_adb_mac_import_de_tab.csv"_s << u"UTF-8"_s << u"\t"_s << true << qint64(1);
        QTest::newRow("demodata") << u"tine20_demodata_out1000.csv"_s << u"UTF-8"_s << comma << true << qint64(1000);
        QTest::newRow("crm-leads") << u"tine20_crm_leads.csv"_s << u"UTF-8"_s << comma << false << qint64(2);
        QTest::newRow("keila-excel") << u"keila_import_excel.csv"_s << u"UTF-8"_s << u";"_s << true << qint64(201);
        QTest::newRow("keila-malformed") << u"keila_import_malformed1.csv"_s << u"UTF-8"_s << comma << true << qint64(3);
        QTest::newRow("x2crm") << u"x2crm_lineendings-contacts.csv"_s << u"UTF-8"_s << comma << true << qint64(3);
        QTest::newRow("mailchimp") << u"ghost-migrate_mailchimp_subscribed.csv"_s << u"UTF-8"_s << comma << true << qint64(5);
        QTest::newRow("curated") << u"ghost-migrate_curated_subscribers.csv"_s << u"UTF-8"_s << comma << true << qint64(20);
        QTest::newRow("mautic") << u"mautic_10contacts.csv"_s << u"UTF-8"_s << comma << true << qint64(10);
        QTest::newRow("gmail") << u"roundcube_gmail.csv"_s << u"UTF-8"_s << comma << true << qint64(1);
        QTest::newRow("krayin") << u"krayin_persons.csv"_s << u"UTF-8"_s << comma << true << qint64(2);
        QTest::newRow("mac-xlsx") << u"exceltorecords_leads.xlsx"_s << QString() << QString() << true << qint64(-1);
        // clang-format on
    }

    void eachFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(bool, emailColumn);
        QFETCH(qint64, records);
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QString path = RealImports::path(file);
        const qint64 read = recordsOf(path);
        QVERIFY(read > 0);
        if (records >= 0)
            QCOMPARE(read, records);

        TestStore fixture;
        LeadImportOptions options;
        options.sourceChannel = SourceChannel::PurchasedList;
        options.duplicates = DuplicateMode::Merge;
        const ImportReport report =
            LeadImport(fixture.store(), u"Ana Rep"_s).run({path, {}, {}, {}}, options);
        QCOMPARE(report.status, ImportReport::Status::Committed);
        if (encoding.isEmpty()) {
            QCOMPARE(report.format, u"xlsx"_s);
            QVERIFY(!report.sheet.isEmpty());
        } else {
            QCOMPARE(report.encoding, encoding);
            QCOMPARE(QString(report.delimiter), delimiter);
        }
        const bool mapped =
            std::any_of(report.mapping.cbegin(), report.mapping.cend(),
                        [](const QString& line) { return line.endsWith(u"→ email"_s); });
        QCOMPARE(mapped, emailColumn);
        QCOMPARE(report.records(), read);
        QCOMPARE(report.count(RowOutcome::Imported) + report.count(RowOutcome::Merged) +
                     report.count(RowOutcome::Skipped) + report.count(RowOutcome::Rejected),
                 read);
        for (const ImportRowReport& row : report.rows) {
            QVERIFY(row.row >= 2);
            if (row.outcome == RowOutcome::Rejected)
                QVERIFY2(!row.reason.isEmpty(), qPrintable(file));
        }
        const qint64 leads =
            Sql::scalar(fixture->db(), u"SELECT count(*) FROM leads"_s).toLongLong();
        QCOMPARE(leads, report.count(RowOutcome::Imported));

        // The same file again adds nothing.
        const ImportReport again =
            LeadImport(fixture.store(), u"Ana Rep"_s).run({path, {}, {}, {}}, options);
        QCOMPARE(again.count(RowOutcome::Imported), 0);
        QCOMPARE(Sql::scalar(fixture->db(), u"SELECT count(*) FROM leads"_s).toLongLong(), leads);
    }
};

QTEST_GUILESS_MAIN(TestRealImports)
#include "tst_realimports.moc"
