#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "import/ImportBatches.h"
#include "import/LeadImport.h"
#include "leads/LeadIntake.h"
#include "leads/Suppressions.h"
#include "queue/CallLog.h"

#include <QFile>
#include <QTest>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

const QString rep = u"Ana Rep"_s;
const QString header = u"Lead ID,Full Name,Email,Phone,Company,Country,Employees,Notes"_s;

qint64 scalar(const Store& store, const QString& sql, const QVariantList& binds = {})
{
    return Sql::scalar(store.db(), sql, binds).toLongLong();
}

QString text(const Store& store, const QString& sql, const QVariantList& binds = {})
{
    return Sql::scalar(store.db(), sql, binds).toString();
}

const ImportRowReport* rowOf(const ImportReport& report, qint64 row)
{
    for (const ImportRowReport& entry : report.rows)
        if (entry.row == row)
            return &entry;
    return nullptr;
}

} // namespace

/// The import use case (issue 18): cleaning, duplicates in each mode, one transaction (cancel,
/// all or nothing, dry run), idempotence, the report and undoing a batch.
class TestLeadImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;

    Store& store() { return m_fixture->store(); }

    QString writeCsv(const QString& name, const QStringList& rows)
    {
        const QString path = m_fixture->dir() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write((QStringList{header} + rows).join(u'\n').toUtf8());
        return path;
    }

    ImportReport import(const QString& path, LeadImportOptions options = {})
    {
        options.defaultCountry = u"DE"_s;
        return LeadImport(store(), rep).run({path, {}, {}, {}}, options);
    }

    qint64 leadCount() { return scalar(store(), u"SELECT count(*) FROM leads"_s); }

    qint64 existingLead(const QString& email, const QString& phone = {},
                        const QString& first = u"Anna"_s, const QString& last = u"Müller"_s)
    {
        LeadDraft draft;
        draft.set(LeadField::FirstName, first).set(LeadField::LastName, last);
        draft.set(LeadField::Email, email).set(LeadField::Phone, phone);
        const IntakeResult result = LeadIntake(store(), rep).create(draft);
        return result.leadId;
    }

    QString standardFile()
    {
        return writeCsv(u"leads.csv"_s,
                        {u"A-1,Dr. Anna Müller-Lüdenscheidt,anna@mueller.de,301234567,Müller "
                         u"GmbH,Deutschland,\"1.200\",Messe Köln"_s,
                         u"A-2,Bob Smith,bob@gmail.com,,Smith Ltd,UK,\"2,5\","_s,
                         u"A-3,Carl Ohnekontakt,,,Carl AG,DE,,"_s});
    }

private slots:
    void init() { m_fixture = std::make_unique<TestStore>(); }
    void cleanup() { m_fixture.reset(); }

    void importsCleanedRowsTaggedWithTheirBatch()
    {
        LeadImportOptions options;
        options.sourceChannel = SourceChannel::TradeFair;
        options.campaign = u"Messe 2026"_s;
        const ImportReport report = import(standardFile(), options);
        QCOMPARE(report.status, ImportReport::Status::Committed);
        QCOMPARE(report.records(), 3);
        QCOMPARE(report.count(RowOutcome::Imported), 2);
        QCOMPARE(report.count(RowOutcome::Rejected), 1);
        QCOMPARE(leadCount(), 2);

        const qint64 batch = scalar(
            store(), u"SELECT id FROM import_batches WHERE batch_code = ?"_s, {report.batchCode});
        QVERIFY(batch > 0);
        const qint64 anna = rowOf(report, 2)->leadId;
        const auto lead = LeadRepository(store()).find(anna);
        QVERIFY(lead);
        QCOMPARE(lead->firstName, u"Anna"_s);
        QCOMPARE(lead->lastName, u"Müller-Lüdenscheidt"_s);
        QCOMPARE(lead->phoneE164, u"+49301234567"_s); // the lost leading zero restored
        QCOMPARE(lead->country, u"DE"_s);
        QCOMPARE(lead->employees, 1200);
        QCOMPARE(lead->source, SourceChannel::TradeFair);
        QCOMPARE(lead->campaign, u"Messe 2026"_s);
        QCOMPARE(scalar(store(), u"SELECT import_batch_id FROM leads WHERE id = ?"_s, {anna}),
                 batch);
        QCOMPARE(text(store(), u"SELECT external_id FROM leads WHERE id = ?"_s, {anna}), u"A-1"_s);
        QVERIFY(text(store(), u"SELECT import_note FROM leads WHERE id = ?"_s, {anna})
                    .contains(u"Notes: Messe Köln"_s));
        QCOMPARE(scalar(store(), u"SELECT imported FROM import_batches WHERE id = ?"_s, {batch}),
                 2);

        // Free mail is kept but flagged; no contact way is rejected with row and column.
        const ImportRowReport* bob = rowOf(report, 3);
        QCOMPARE(bob->outcome, RowOutcome::Imported);
        QCOMPARE(bob->flags.size(), 2); // and "2,5" employees rounded
        QCOMPARE(bob->flags.first().column, u"Email"_s);
        QVERIFY(bob->flags.first().reason.contains(u"free-mail"_s));
        QCOMPARE(bob->flags.last().column, u"Employees"_s);
        const ImportRowReport* carl = rowOf(report, 4);
        QCOMPARE(carl->outcome, RowOutcome::Rejected);
        QCOMPARE(carl->column, u"Email"_s);
        QVERIFY(carl->reason.contains(u"at least one way to reach"_s));
    }

    void rejectsBrokenContactDataWithRowAndColumn()
    {
        const QString path = writeCsv(u"bad.csv"_s, {u"B-1,Eva Klein,eva@@example,,,,,"_s,
                                                     u"B-2,Fritz Groß,fritz@gross.de,12,,,,"_s,
                                                     u"B-3,Gina \"Quote,gina@example.com,,,,,"_s});
        const ImportReport report = import(path);
        QCOMPARE(report.records(), 3);
        QCOMPARE(rowOf(report, 2)->outcome, RowOutcome::Rejected);
        QCOMPARE(rowOf(report, 2)->column, u"Email"_s);
        QVERIFY(!rowOf(report, 2)->reason.isEmpty());
        // A number that cannot be dialled beside a good address: left out and flagged.
        QCOMPARE(rowOf(report, 3)->outcome, RowOutcome::Imported);
        QCOMPARE(rowOf(report, 3)->flags.first().column, u"Phone"_s);
        // What the reader refuses is rejected with its row.
        QCOMPARE(rowOf(report, 4)->outcome, RowOutcome::Rejected);
        QVERIFY(rowOf(report, 4)->reason.contains(u"quote"_s, Qt::CaseInsensitive));
    }

    void skipModeLeavesDuplicatesAlone()
    {
        const qint64 existing = existingLead(u"anna@mueller.de"_s);
        const QString path = writeCsv(
            u"dup.csv"_s, {u",Anna Müller,ANNA@Mueller.de,,Müller GmbH,,,"_s,
                           u",Hans Neu,hans@neu.de,,,,,"_s, u",Hans Neu,Hans@neu.de,,,,,"_s});
        const ImportReport report = import(path);
        QCOMPARE(rowOf(report, 2)->outcome, RowOutcome::Skipped);
        QCOMPARE(rowOf(report, 2)->leadId, existing);
        QCOMPARE(rowOf(report, 3)->outcome, RowOutcome::Imported);
        QCOMPARE(rowOf(report, 4)->outcome, RowOutcome::Skipped); // within the file
        QVERIFY(rowOf(report, 4)->reason.contains(u"row 3"_s));
        QCOMPARE(leadCount(), 2);
        QVERIFY(LeadRepository(store()).find(existing)->company.isEmpty());
    }

    void mergeModeFillsOnlyEmptyFieldsWithHistory()
    {
        const qint64 existing = existingLead(u"anna@mueller.de"_s);
        const QString path = writeCsv(
            u"merge.csv"_s, {u"X-9,Anna Schmidt,anna@mueller.de,030 1234567,Müller GmbH,,,"_s});
        LeadImportOptions options;
        options.duplicates = DuplicateMode::Merge;
        const ImportReport report = import(path, options);
        QCOMPARE(report.count(RowOutcome::Merged), 1);
        QCOMPARE(leadCount(), 1);
        const auto lead = LeadRepository(store()).find(existing);
        QCOMPARE(lead->company, u"Müller GmbH"_s); // empty before: filled
        QCOMPARE(lead->lastName, u"Müller"_s);     // had a value: kept
        QCOMPARE(lead->phoneE164, u"+49301234567"_s);
        QCOMPARE(text(store(), u"SELECT external_id FROM leads WHERE id = ?"_s, {existing}),
                 u"X-9"_s);
        QCOMPARE(scalar(store(),
                        u"SELECT count(*) FROM lead_field_changes WHERE lead_id = ? AND field = "
                        u"'company' AND new_value = 'Müller GmbH'"_s,
                        {existing}),
                 1);
    }

    void importModeImportsDuplicatesAnyway()
    {
        existingLead(u"anna@mueller.de"_s);
        const QString path = writeCsv(u"again.csv"_s, {u",Anna Müller,anna@mueller.de,,,,,"_s});
        LeadImportOptions options;
        options.duplicates = DuplicateMode::Import;
        QCOMPARE(import(path, options).count(RowOutcome::Imported), 1);
        QCOMPARE(leadCount(), 2);
    }

    void externalIdAndPhoneWithNameFindDuplicates()
    {
        existingLead({}, u"+49 30 9876543"_s, u"Jana"_s, u"Berg"_s);
        QCOMPARE(import(standardFile()).count(RowOutcome::Imported), 2);
        const QString path = writeCsv(u"ids.csv"_s, {u"A-1,Other Person,other@example.org,,,,,"_s,
                                                     u",Jana Berg,,030 9876543,,,,"_s,
                                                     u",Kurt Berg,,030 9876543,,,,"_s});
        const ImportReport report = import(path);
        QCOMPARE(rowOf(report, 2)->outcome, RowOutcome::Skipped);
        QVERIFY(rowOf(report, 2)->reason.contains(u"external id"_s));
        QCOMPARE(rowOf(report, 3)->outcome, RowOutcome::Skipped);  // same number, same name
        QCOMPARE(rowOf(report, 4)->outcome, RowOutcome::Imported); // a colleague's switchboard
    }

    void importingTheSameFileAgainAddsNothing()
    {
        const QString path = standardFile();
        const ImportReport first = import(path);
        const qint64 leads = leadCount();
        for (const DuplicateMode mode : {DuplicateMode::Skip, DuplicateMode::Merge}) {
            LeadImportOptions options;
            options.duplicates = mode;
            const ImportReport again = import(path, options);
            QCOMPARE(again.count(RowOutcome::Imported), 0);
            QCOMPARE(again.count(RowOutcome::Rejected), first.count(RowOutcome::Rejected));
            QVERIFY(!again.earlierBatchCode.isEmpty()); // the same bytes were seen before
            for (const ImportRowReport& row : again.rows)
                if (row.outcome == RowOutcome::Merged)
                    QVERIFY2(row.reason.contains(u"Nothing to fill"_s), qPrintable(row.reason));
            QCOMPARE(leadCount(), leads);
        }
        QCOMPARE(scalar(store(), u"SELECT count(*) FROM lead_field_changes"_s), 0);
    }

    void allOrNothingRefusesTheWholeFile()
    {
        LeadImportOptions options;
        options.allOrNothing = true;
        const ImportReport report = import(standardFile(), options);
        QCOMPARE(report.status, ImportReport::Status::Refused);
        QCOMPARE(report.count(RowOutcome::Rejected), 1);
        QCOMPARE(leadCount(), 0);
        QCOMPARE(scalar(store(), u"SELECT count(*) FROM import_batches"_s), 0);
    }

    void dryRunWritesNothing()
    {
        LeadImportOptions options;
        options.dryRun = true;
        const qint64 reps = scalar(store(), u"SELECT count(*) FROM reps"_s);
        const ImportReport report = import(standardFile(), options);
        QCOMPARE(report.status, ImportReport::Status::DryRun);
        QCOMPARE(report.count(RowOutcome::Imported), 2);
        QCOMPARE(leadCount(), 0);
        QCOMPARE(scalar(store(), u"SELECT count(*) FROM import_batches"_s), 0);
        QCOMPARE(scalar(store(), u"SELECT count(*) FROM reps"_s), reps);
    }

    void cancelLeavesTheStoreUnchanged()
    {
        existingLead(u"keep@example.com"_s);
        QStringList rows;
        for (int i = 0; i < 40; ++i)
            rows << u",Person %1,p%1@example.com,,,,,"_s.arg(i);
        const QString path = writeCsv(u"many.csv"_s, rows);
        LeadImportOptions options;
        options.batchRows = 5;
        QList<qint64> seen;
        std::atomic<bool> stop = false; // read on the import's reading thread
        options.progress = [&](const ImportProgress& progress) {
            seen.append(progress.rowsDone);
            stop = progress.rowsDone >= 20;
        };
        options.cancelRequested = [&] { return stop.load(); };
        const ImportReport report = import(path, options);
        QCOMPARE(report.status, ImportReport::Status::Cancelled);
        QCOMPARE(seen, (QList<qint64>{5, 10, 15, 20}));
        QCOMPARE(leadCount(), 1);
        QCOMPARE(scalar(store(), u"SELECT count(*) FROM import_batches"_s), 0);
    }

    void erasedPersonIsNotImported()
    {
        {
            WriteTransaction transaction(store());
            Suppressions(store()).addInTransaction(u"anna@mueller.de"_s, {}, 1764547200);
            transaction.commit();
        }
        const ImportReport report = import(standardFile());
        QCOMPARE(rowOf(report, 2)->outcome, RowOutcome::Rejected);
        QCOMPARE(rowOf(report, 2)->column, u"Email"_s);
        QVERIFY(rowOf(report, 2)->reason.contains(u"erased"_s));
        QCOMPARE(leadCount(), 1);
    }

    void undoDeletesTheBatchLeads()
    {
        const qint64 before = existingLead(u"keep@example.com"_s);
        const ImportReport report = import(standardFile());
        QCOMPARE(leadCount(), 3);
        LeadImport import(store(), rep);
        QVERIFY(import.undoRefusal(report.batchCode).isEmpty());
        QCOMPARE(import.undo(report.batchCode), 2);
        QCOMPARE(leadCount(), 1);
        QVERIFY(LeadRepository(store()).find(before));
        QVERIFY(ImportBatches(store()).findByCode(report.batchCode)->undoneAt);
        QVERIFY(import.undoRefusal(report.batchCode).contains(u"undone already"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, import.undo(report.batchCode));
        QVERIFY(import.undoRefusal(u"IM-19990101-001"_s).contains(u"no import batch"_s));
    }

    void undoIsRefusedOnceALeadWasCalled()
    {
        const ImportReport report = import(standardFile());
        CallDraft call;
        call.outcome = CallOutcome::NoAnswer;
        CallLog(store()).log(rowOf(report, 2)->leadId, call, rep);
        LeadImport import(store(), rep);
        QVERIFY(import.undoRefusal(report.batchCode).contains(u"call"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, import.undo(report.batchCode));
        QCOMPARE(leadCount(), 2);
        QVERIFY(!ImportBatches(store()).findByCode(report.batchCode)->undoneAt);
    }

    void undoIsRefusedOnceALeadMovedOrWasClaimed()
    {
        const ImportReport moved = import(standardFile());
        LeadRepository(store()).changeStage(rowOf(moved, 2)->leadId, Stage::Working, rep);
        QVERIFY(LeadImport(store(), rep).undoRefusal(moved.batchCode).contains(u"stage"_s));

        const QString other = writeCsv(u"other.csv"_s, {u",Zoe Neu,zoe@neu.de,,,,,"_s});
        const ImportReport claimed = import(other);
        Sql::exec(store().db(), u"UPDATE leads SET claimed_by = ? WHERE id = ?"_s,
                  {rep, rowOf(claimed, 2)->leadId});
        QVERIFY(LeadImport(store(), rep).undoRefusal(claimed.batchCode).contains(u"claimed"_s));
        QCOMPARE(leadCount(), 3);
    }

    void reportIsSavedAsCsv()
    {
        const ImportReport report = import(standardFile());
        const QString path = m_fixture->dir() + u"/report.csv"_s;
        report.saveCsv(path, store().isSqlite() ? store().location() : QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.count("\r\n"), report.records() + 1);
        QVERIFY(bytes.contains("rejected"));
        if (store().isSqlite())
            QVERIFY_THROWS_EXCEPTION(StoreError,
                                     report.saveCsv(store().location(), store().location()));
    }

    void aMissingFileIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(StoreError, import(m_fixture->dir() + u"/none.csv"_s));
        QCOMPARE(scalar(store(), u"SELECT count(*) FROM import_batches"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestLeadImport)
#include "tst_leadimport.moc"
