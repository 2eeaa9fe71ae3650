#include "import/LeadImport.h"

#include "import/ImportError.h"
#include "import/ImportRun.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QFileInfo>

namespace {

ImportReport reportOf(const ImportFileOptions& file, const OpenedImportFile& opened,
                      const QString& fingerprint)
{
    ImportReport report;
    report.fileName = QFileInfo(file.path).fileName();
    report.fingerprint = fingerprint;
    report.format = opened.format;
    report.encoding = opened.encoding;
    report.delimiter = opened.delimiter;
    report.sheet = opened.sheet;
    return report;
}

QStringList mappingLines(const HeaderMapping& mapping)
{
    QStringList lines;
    for (qsizetype i = 0; i < mapping.size(); ++i)
        lines << QStringLiteral("%1 → %2").arg(mapping.column(i).header, mapping.target(i).key());
    return lines;
}

} // namespace

LeadImport::LeadImport(const Store& store, QString repName)
    : m_store(store)
    , m_repName(std::move(repName))
{}

HeaderMapping LeadImport::mappingFor(const QStringList& header, const LeadImportOptions& options)
{
    return options.mapping ? HeaderMapping::withSaved(header, *options.mapping)
                           : HeaderMapping::guess(header);
}

ImportReport LeadImport::run(const ImportFileOptions& file, const LeadImportOptions& options)
{
    if (const OwnerRefusal refused = ImportOwners(m_store, m_repName).refusal(options.owner))
        throw StoreError(refused.message);
    OpenedImportFile opened = ImportFile::open(file);
    if (!opened.isOpen())
        throw ImportError(opened.problem);
    const QString fingerprint = ImportFile::fingerprint(file.path);
    if (fingerprint.isEmpty())
        throw ImportError(tr("The file %1 cannot be read.").arg(file.path));
    ImportReport report = reportOf(file, opened, fingerprint);
    report.mapping = mappingLines(mappingFor(opened.source->header(), options));

    ImportBatch batch;
    batch.fileName = report.fileName;
    batch.fingerprint = fingerprint;
    batch.sourceChannel = options.sourceChannel ? keyOf(*options.sourceChannel) : QString();
    batch.campaign = options.campaign;
    batch.createdAt = Clock::nowSecs();
    ImportRun(m_store, m_repName, options, opened, report).run(batch);
    return report;
}

QString LeadImport::undoRefusal(const QString& batchCode) const
{
    return ImportBatches(m_store).undoRefusal(batchCode);
}

qint64 LeadImport::undo(const QString& batchCode)
{
    return ImportBatches(m_store).undo(batchCode, Clock::nowSecs());
}

QString LeadImport::modeKey(DuplicateMode mode)
{
    switch (mode) {
    case DuplicateMode::Skip:
        return QStringLiteral("skip");
    case DuplicateMode::Merge:
        return QStringLiteral("merge");
    case DuplicateMode::Import:
        break;
    }
    return QStringLiteral("import");
}

std::optional<DuplicateMode> LeadImport::modeFromKey(const QString& key)
{
    for (DuplicateMode mode : {DuplicateMode::Skip, DuplicateMode::Merge, DuplicateMode::Import})
        if (modeKey(mode) == key)
            return mode;
    return std::nullopt;
}
