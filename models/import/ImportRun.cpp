#include "import/ImportRun.h"

#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "import/ImportError.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <future>

namespace {

ImportCleaningOptions cleaningOptions(const Store& store, const QString& repName,
                                      const LeadImportOptions& options)
{
    ImportCleaningOptions cleaning;
    cleaning.defaultRegion = options.defaultCountry.isEmpty() ? TeamSettings(store).defaultCountry()
                                                              : options.defaultCountry.toUpper();
    cleaning.sourceChannel = options.sourceChannel;
    cleaning.campaign = options.campaign;
    cleaning.keepUnmappedAsNote = options.keepUnmappedAsNote;
    cleaning.owner = options.owner;
    cleaning.owner.rep = options.owner.rep.trimmed();
    for (const QString& name : Reps::names(store))
        cleaning.owners.insert(name);
    cleaning.owners.insert(repName.trimmed());
    return cleaning;
}

QList<ImportRow> rowsOf(const auto& items)
{
    QList<ImportRow> rows;
    for (const auto& item : items)
        if (item.problem.isNull())
            rows.append(item.row);
    return rows;
}

} // namespace

ImportRun::ImportRun(const Store& store, const QString& repName, const LeadImportOptions& options,
                     OpenedImportFile& file, ImportReport& report)
    : m_store(store)
    , m_options(options)
    , m_file(file)
    , m_report(report)
    , m_repName(repName)
    , m_intake(store, repName)
    , m_now(Clock::nowSecs())
{}

ImportRun::~ImportRun() = default;

bool ImportRun::cancelled() const
{
    return m_options.cancelRequested && m_options.cancelRequested();
}

void ImportRun::run(const ImportBatch& batch)
{
    WriteTransaction transaction(m_store);
    m_repId = Reps::idFor(m_store, m_repName); // a new rep is made inside, so a dry run adds none
    ImportBatches batches(m_store);
    if (const auto earlier = batches.findByFingerprint(batch.fingerprint))
        m_report.earlierBatchCode = earlier->code;
    ImportBatch inserted = batches.insertInTransaction(batch, m_repId);
    m_batchId = inserted.id;
    m_report.batchCode = inserted.code;
    m_merge = std::make_unique<ImportMerge>(m_store, m_repId, m_now);

    const LeadImportOptions& options = m_options;
    const HeaderMapping mapping = LeadImport::mappingFor(m_file.source->header(), options);
    QList<Item> items = readBatch();
    m_cleaner = std::make_unique<ImportRowCleaner>(
        mapping, cleaningOptions(m_store, m_repName, options),
        ImportColumnStyles::detect(mapping, rowsOf(items), m_file.format == QLatin1String("xlsx")));
    // Reading and cleaning the next batch (a thread of its own: it touches only the file, the
    // cleaner and its own rows) goes on while this thread writes the batch before it.
    Prepared current = prepare(items);
    while (!current.cancelled) {
        std::future<Prepared> next;
        if (!current.fileEnded)
            next = std::async(std::launch::async, [this] { return prepare(readBatch()); });
        write(current);
        if (options.progress)
            options.progress({m_report.records(), current.progress});
        if (!next.valid())
            break;
        current = next.get();
        // Asked while the batch was being read ahead: nothing more is written.
        current.cancelled = current.cancelled || cancelled();
    }
    if (current.cancelled) {
        m_report.status = ImportReport::Status::Cancelled;
        return; // rolled back
    }
    finish(inserted);
    if (options.dryRun)
        m_report.status = ImportReport::Status::DryRun;
    else if (options.allOrNothing && m_report.count(RowOutcome::Rejected) > 0)
        m_report.status = ImportReport::Status::Refused;
    else
        transaction.commit();
}

QList<ImportRun::Item> ImportRun::readBatch()
{
    QList<Item> items;
    ImportRow row;
    while (items.size() < qMax<qsizetype>(m_options.batchRows, 1)) {
        if (cancelled()) {
            m_cancelled = true;
            break;
        }
        const ImportSource::Step step = m_file.source->next(row);
        if (step == ImportSource::End) {
            m_fileEnded = true;
            break;
        }
        if (step == ImportSource::Row) {
            items.append({row, {}});
            continue;
        }
        const ImportProblem problem = m_file.source->problem();
        if (problem.fatal)
            throw ImportError(tr("%1: %2").arg(m_report.fileName, problem.describe()));
        items.append({{}, problem});
    }
    return items;
}

ImportRun::Prepared ImportRun::prepare(const QList<Item>& items) const
{
    Prepared prepared;
    prepared.progress = m_file.source->progress();
    prepared.fileEnded = m_fileEnded;
    prepared.cancelled = m_cancelled;
    QList<ImportRowReport>& reports = prepared.reports;
    reports.resize(items.size());
    QList<Judged>& judged = prepared.judged;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& item = items.at(i);
        ImportRowReport& report = reports[i];
        if (!item.problem.isNull()) {
            report.row = item.problem.row;
            report.outcome = RowOutcome::Rejected;
            report.reason = item.problem.message;
            continue;
        }
        CleanedImportRow row = m_cleaner->clean(item.row);
        report.row = row.row;
        report.flags = row.flags;
        if (row.rejected()) {
            report.outcome = RowOutcome::Rejected;
            report.column = row.rejectColumn;
            report.reason = row.rejectReason;
            continue;
        }
        judged.append({std::move(row), i});
    }
    return prepared;
}

void ImportRun::write(Prepared& batch)
{
    markExternalDuplicates(batch.judged);
    writeBatch(batch.judged, batch.reports);
    for (ImportRowReport& report : batch.reports)
        m_report.add(std::move(report));
}

QHash<QString, qint64> ImportRun::storedExternalIds(const QList<Judged>& rows) const
{
    QStringList ids;
    for (const Judged& judged : rows)
        if (!judged.row.externalId.isEmpty())
            ids.append(judged.row.externalId);
    QHash<QString, qint64> stored;
    if (ids.isEmpty())
        return stored;
    Sql::forEachIn(m_store.db(),
                   QStringLiteral("SELECT id, external_id FROM leads WHERE external_id IN (%1)"),
                   ids, [&stored](const QSqlQuery& query) {
                       const QString id = query.value(1).toString();
                       const qint64 lead = query.value(0).toLongLong();
                       if (!stored.contains(id) || stored.value(id) > lead)
                           stored.insert(id, lead); // the oldest lead of the id
                   });
    return stored;
}

void ImportRun::markExternalDuplicates(QList<Judged>& rows) const
{
    if (m_options.duplicates == DuplicateMode::Import)
        return;
    const QHash<QString, qint64> stored = storedExternalIds(rows);
    QHash<QString, qsizetype> inBatch;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString& id = rows.at(i).row.externalId;
        if (id.isEmpty())
            continue;
        if (stored.contains(id))
            rows[i].duplicateOf = stored.value(id);
        else if (inBatch.contains(id))
            rows[i].sameIdAs = inBatch.value(id);
        else
            inBatch.insert(id, i);
    }
}

void ImportRun::writeBatch(QList<Judged>& rows, QList<ImportRowReport>& reports)
{
    QList<LeadDraft> drafts;
    QList<qsizetype> toIntake;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).duplicateOf == 0 && rows.at(i).sameIdAs < 0) {
            {
                LeadDraft draft = rows.at(i).row.draft;
                draft.externalId = rows.at(i).row.externalId;
                draft.importNote = rows.at(i).row.note;
                drafts.append(std::move(draft));
            }
            toIntake.append(i);
        }
    IntakeOptions intakeOptions;
    intakeOptions.allowDuplicate = m_options.duplicates == DuplicateMode::Import;
    intakeOptions.importBatchId = m_batchId; // written with each new lead's row
    const QList<IntakeResult> results = m_intake.createAllInTransaction(drafts, intakeOptions);
    QList<qint64> leadOf(rows.size(), 0);
    for (qsizetype k = 0; k < toIntake.size(); ++k) {
        const Judged& judged = rows.at(toIntake.at(k));
        ImportRowReport& report = reports[judged.report];
        takeResult(judged, results.at(k), report);
        if (report.outcome == RowOutcome::Imported)
            leadOf[toIntake.at(k)] = report.leadId;
    }
    const auto sameId = [](qint64 lead) { return tr("lead %1: same external id").arg(lead); };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Judged& judged = rows.at(i);
        ImportRowReport& report = reports[judged.report];
        if (judged.duplicateOf > 0) {
            takeDuplicate(judged, judged.duplicateOf, sameId(judged.duplicateOf), report);
        } else if (judged.sameIdAs >= 0 && leadOf.at(judged.sameIdAs) > 0) {
            const qint64 lead = leadOf.at(judged.sameIdAs);
            takeDuplicate(judged, lead, sameId(lead), report);
        } else if (judged.sameIdAs >= 0) {
            report.outcome = RowOutcome::Skipped;
            report.reason = tr("Same external id as row %1, which was not imported.")
                                .arg(rows.at(judged.sameIdAs).row.row);
        }
    }
}

QString ImportRun::columnOf(LeadField field) const
{
    const qsizetype column = m_cleaner->mapping().columnOf(ImportTarget::field(field));
    return column < 0 ? QString() : m_cleaner->mapping().column(column).header;
}

void ImportRun::takeResult(const Judged& judged, const IntakeResult& result,
                           ImportRowReport& report)
{
    switch (result.outcome) {
    case IntakeResult::Outcome::Created:
        takeCreated(judged, result.leadId, report);
        if (result.check.hasErasedNumber())
            report.flags.append({columnOf(LeadField::Phone), result.check.erased->message()});
        return;
    case IntakeResult::Outcome::Invalid:
        report.outcome = RowOutcome::Rejected;
        report.column = columnOf(result.check.problems.constFirst().field);
        report.reason = result.check.messages().join(QLatin1Char(' '));
        return;
    case IntakeResult::Outcome::ErasedPerson:
        report.outcome = RowOutcome::Rejected;
        report.column = columnOf(LeadField::Email);
        report.reason = result.check.erased->message();
        return;
    case IntakeResult::Outcome::Duplicate: {
        const DuplicateMatch& match = result.check.duplicates.constFirst();
        takeDuplicate(judged, match.leadId, match.describe(), report);
        return;
    }
    case IntakeResult::Outcome::NotCreated:
        break;
    }
    report.outcome = RowOutcome::Skipped; // only all-or-nothing intake gives it; not asked for
}

void ImportRun::takeCreated(const Judged& judged, qint64 leadId, ImportRowReport& report)
{
    report.outcome = RowOutcome::Imported;
    report.leadId = leadId;
    m_createdRows.insert(leadId, judged.row.row);
}

QString ImportRun::describeDuplicate(qint64 leadId, const QString& what) const
{
    if (const auto row = m_createdRows.constFind(leadId); row != m_createdRows.cend())
        return tr("Same person as row %1 of this file: %2.").arg(*row).arg(what);
    return tr("Duplicate of %1.").arg(what);
}

void ImportRun::takeDuplicate(const Judged& judged, qint64 leadId, const QString& what,
                              ImportRowReport& report)
{
    report.leadId = leadId;
    report.reason = describeDuplicate(leadId, what);
    if (m_options.duplicates != DuplicateMode::Merge) {
        report.outcome = RowOutcome::Skipped;
        return;
    }
    const QStringList filled = m_merge->fillEmpty(leadId, judged.row.draft, judged.row.externalId);
    report.outcome = RowOutcome::Merged;
    report.reason += QLatin1Char(' ') +
                     (filled.isEmpty() ? tr("Nothing to fill.")
                                       : tr("Filled: %1.").arg(filled.join(QStringLiteral(", "))));
}

void ImportRun::finish(ImportBatch batch)
{
    batch.rowsRead = m_report.records();
    batch.imported = m_report.count(RowOutcome::Imported);
    batch.merged = m_report.count(RowOutcome::Merged);
    batch.skipped = m_report.count(RowOutcome::Skipped);
    batch.rejected = m_report.count(RowOutcome::Rejected);
    ImportBatches(m_store).finishInTransaction(batch);
}
