#include "import/ActivityImport.h"

#include "domain/LeadRepository.h"
#include "import/DateReading.h"
#include "leads/LeadTables.h"
#include "scoring/LeadScores.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <spdlog/spdlog.h>

using ActivityColumns::Column;

namespace {

QJsonArray problemsJson(const QList<ActivityProblem>& problems)
{
    QJsonArray result;
    for (const ActivityProblem& problem : problems)
        result.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                  {QStringLiteral("column"), problem.column},
                                  {QStringLiteral("reason"), problem.reason}});
    return result;
}

std::optional<qint64> utcSeconds(const ReadDate& read)
{
    if (!read.date.isValid())
        return std::nullopt;
    const QTimeZone zone =
        read.utcOffsetSeconds ? QTimeZone(*read.utcOffsetSeconds) : QTimeZone::utc();
    return QDateTime(read.date, read.time.value_or(QTime(0, 0)), zone).toSecsSinceEpoch();
}

} // namespace

QString ActivityProblem::describe() const
{
    if (column.isEmpty())
        return ActivityImport::tr("Row %1: %2").arg(row).arg(reason);
    return ActivityImport::tr("Row %1, column %2: %3").arg(row).arg(column, reason);
}

QJsonObject ActivityReport::toJson() const
{
    QJsonArray leadIds;
    for (const qint64 id : leads)
        leadIds.append(id);
    return {{QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("imported"), imported},
            {QStringLiteral("already_known"), known},
            {QStringLiteral("unmatched"), problemsJson(unmatched)},
            {QStringLiteral("rejected"), problemsJson(rejected)},
            {QStringLiteral("leads_rescored"), leadIds},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("kind"), kind ? QJsonValue(keyOf(*kind)) : QJsonValue()},
            {QStringLiteral("time"),
             time
                 ? QJsonValue(
                       QDateTime::fromSecsSinceEpoch(*time, QTimeZone::utc()).toString(Qt::ISODate))
                 : QJsonValue()}};
}

QString ActivityReport::describe() const
{
    QStringList lines{
        (dryRun ? ActivityImport::tr("Dry run, nothing was stored. %n row(s) read: ", nullptr,
                                     int(rows))
                : ActivityImport::tr("%n row(s) read: ", nullptr, int(rows))) +
        ActivityImport::tr("%1 activities imported, %2 already known, %3 unmatched, %4 rejected; "
                           "%5 lead(s) rescored.")
            .arg(imported)
            .arg(known)
            .arg(unmatched.size())
            .arg(rejected.size())
            .arg(leads.size())};
    for (const ActivityProblem& problem : unmatched + rejected)
        lines.append(problem.describe());
    return lines.join(QLatin1Char('\n'));
}

ActivityImport::ActivityImport(const Store& store)
    : m_store(store)
{}

struct ActivityImport::Plan
{
    ActivityColumns::Mapping mapping;
    DateStyle dateStyle = DateStyle::Unknown;
    bool date1904 = false;
    std::optional<InterestKind> kind;
    std::optional<qint64> time;
};

OpenedImportFile ActivityImport::openSource(const ImportFileOptions& file) const
{
    OpenedImportFile opened = ImportFile::open(file);
    if (!opened.isOpen())
        throw StoreError(opened.problem);
    return opened;
}

ActivityColumns::Mapping ActivityImport::mappingFor(const QStringList& header,
                                                    const ActivityImportOptions& options)
{
    ActivityColumns::Mapping mapping = options.mapping.value_or(ActivityColumns::map(header));
    if (options.kind)
        mapping.kind = -1;
    if (options.time)
        mapping.time = -1;
    return mapping;
}

ActivityReport ActivityImport::importFile(const QString& path, bool dryRun)
{
    ActivityImportOptions options;
    options.file.path = path;
    options.dryRun = dryRun;
    return import(options);
}

ActivityReport ActivityImport::import(const ActivityImportOptions& options)
{
    OpenedImportFile opened = openSource(options.file);
    const QStringList header = opened.source->header();
    Plan plan;
    plan.mapping = mappingFor(header, options);
    plan.kind = options.kind;
    plan.time = options.time;
    plan.date1904 = opened.date1904;
    if (const QStringList lacking =
            ActivityColumns::missing(plan.mapping, plan.kind.has_value(), plan.time.has_value());
        !lacking.isEmpty())
        throw StoreError(tr("%1 has no column for %2; its columns are: %3.")
                             .arg(QFileInfo(options.file.path).fileName(),
                                  lacking.join(QStringLiteral(", ")),
                                  header.join(QStringLiteral(", "))));
    if (plan.mapping.time >= 0) {
        // First pass: how the file writes its times (a date that reads two ways is flagged,
        // never guessed); second pass: the rows.
        QStringList times;
        ImportRow row;
        for (ImportSource::Step step; (step = opened.source->next(row)) != ImportSource::End;)
            if (step == ImportSource::Row)
                times.append(row.cell(plan.mapping.time));
        plan.dateStyle = DateReading::detectStyle(times);
        times.clear();
        opened = openSource(options.file);
    }
    ActivityReport report = importRows(*opened.source, plan, options.dryRun);
    report.columns = ActivityColumns::toJson(plan.mapping, header);
    report.kind = plan.kind;
    report.time = plan.time;
    return report;
}

ActivityReport ActivityImport::importRows(ImportSource& source, const Plan& plan, bool dryRun)
{
    const ActivityColumns::Mapping& mapping = plan.mapping;
    const QStringList header = source.header();
    const auto columnName = [&](qsizetype column) { return header.value(column); };
    ActivityReport report;
    report.dryRun = dryRun;
    QSet<qint64> touched;
    WriteTransaction transaction(m_store);
    const QSqlDatabase db = m_store.db();
    QSqlQuery known(db);
    Sql::prepare(
        known,
        QStringLiteral("SELECT count(*) FROM interest_events WHERE lead_id = ? AND kind = ?"
                       " AND occurred_at = ? AND coalesce(detail, '') = ?"),
        db);
    QSqlQuery insert(db);
    Sql::prepare(insert,
                 QStringLiteral("INSERT INTO interest_events (lead_id, kind, occurred_at, detail)"
                                " VALUES (?, ?, ?, ?)"),
                 db);
    ImportRow row;
    for (ImportSource::Step step; (step = source.next(row)) != ImportSource::End;) {
        if (step == ImportSource::Error) {
            report.rejected.append({source.problem().row, {}, source.problem().message});
            continue;
        }
        if (row.isBlank())
            continue;
        ++report.rows;
        const QString kindText = plan.kind ? QString() : row.cell(mapping.kind).trimmed();
        const std::optional<InterestKind> kind =
            plan.kind ? plan.kind : ActivityColumns::kindOf(kindText);
        if (!kind) {
            report.rejected.append(
                {row.row, columnName(mapping.kind),
                 kindText.isEmpty() ? tr("no activity is given")
                                    : tr("the activity \"%1\" is not one the scoring knows "
                                         "(download, webinar, event, e-mail click, landing-page "
                                         "visit, social reaction, form submission)")
                                          .arg(kindText)});
            continue;
        }
        const QString timeText = plan.time ? QString() : row.cell(mapping.time).trimmed();
        const ReadDate read =
            plan.time ? ReadDate() : DateReading::read(timeText, plan.dateStyle, plan.date1904);
        const std::optional<qint64> at = plan.time ? plan.time : utcSeconds(read);
        if (!at) {
            report.rejected.append(
                {row.row, columnName(mapping.time),
                 read.reason().isEmpty()
                     ? tr("the time \"%1\" cannot be read").arg(timeText)
                     : tr("the time \"%1\" cannot be read: %2").arg(timeText, read.reason())});
            continue;
        }
        const std::optional<qint64> lead = leadOf(row, mapping, header, report);
        if (!lead)
            continue;
        const QString title = row.cell(mapping.title).trimmed();
        Sql::run(known, {*lead, keyOf(*kind), *at, title}, db);
        const bool already = known.next() && known.value(0).toLongLong() > 0;
        known.finish();
        if (already) {
            ++report.known;
            continue;
        }
        Sql::run(insert, {*lead, keyOf(*kind), *at, Sql::nullIfEmpty(title)}, db);
        ++report.imported;
        touched.insert(*lead);
    }
    report.leads = touched.values();
    std::sort(report.leads.begin(), report.leads.end());
    LeadScores::Rescorer rescorer(m_store, ScoringRulesRepository(m_store).activeInTransaction());
    for (const qint64 id : report.leads) {
        rescorer.rescore(id);
        m_store.announceLead(id);
    }
    if (!dryRun)
        transaction.commit();
    spdlog::info("activity import{}: {} rows, {} events, {} unmatched, {} rejected",
                 dryRun ? " (dry run)" : "", report.rows, report.imported, report.unmatched.size(),
                 report.rejected.size());
    return report;
}

std::optional<qint64> ActivityImport::leadOf(const ImportRow& row,
                                             const ActivityColumns::Mapping& mapping,
                                             const QStringList& header,
                                             ActivityReport& report) const
{
    const QString idText = row.cell(mapping.leadId).trimmed();
    if (mapping.leadId >= 0 && !idText.isEmpty()) {
        bool number = false;
        const qint64 id = idText.toLongLong(&number);
        if (number &&
            Sql::scalar(m_store.db(), QStringLiteral("SELECT 1 FROM leads WHERE id = ?"), {id})
                .isValid())
            return id;
        report.unmatched.append(
            {row.row, header.value(mapping.leadId), tr("there is no lead %1").arg(idText)});
        return std::nullopt;
    }
    const QString email = row.cell(mapping.email).trimmed();
    if (email.isEmpty()) {
        report.rejected.append({row.row,
                                header.value(mapping.email >= 0 ? mapping.email : mapping.leadId),
                                tr("neither an e-mail address nor a lead id is given")});
        return std::nullopt;
    }
    if (const QList<qint64> ids = LeadTables::idsWithEmail(m_store, email); !ids.isEmpty())
        return ids.constFirst();
    const QVariant alternate = Sql::scalar(
        m_store.db(),
        QStringLiteral("SELECT min(lead_id) FROM lead_alternates WHERE kind = 'email' AND"
                       " value_norm = ?"),
        {LeadRepository::normaliseEmail(email)});
    if (alternate.isValid() && !alternate.isNull())
        return alternate.toLongLong();
    report.unmatched.append(
        {row.row, header.value(mapping.email), tr("no lead has the e-mail address %1").arg(email)});
    return std::nullopt;
}
