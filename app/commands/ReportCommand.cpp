#include "CommandFrame.h"
#include "CommandSupport.h"
#include "charts/DashboardRender.h"
#include "dashboard/DashboardQuery.h"
#include "dashboard/DashboardReport.h"
#include "dashboard/DashboardRollups.h"
#include "domain/LeadRepository.h"
#include "domain/Vocabulary.h"
#include "export/ExportError.h"
#include "store/Store.h"
#include "store/StoreFiles.h"
#include "support/WholeFile.h"

#include <QDir>

// leadscout report: every dashboard figure for a filter, from the roll-ups, as text or JSON, and
// with --csv one CSV file per figure.

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

std::optional<int> readDate(const CommandFrame& frame, const char* name, QDate& date)
{
    const QString option = QString::fromLatin1(name);
    if (!frame.isSet(option))
        return std::nullopt;
    date = QDate::fromString(frame.value(option), Qt::ISODate);
    if (!date.isValid())
        return frame.usageError(ReportText::tr("--%1 \"%2\" is not a date: write YYYY-MM-DD.")
                                    .arg(option, frame.value(option)));
    return std::nullopt;
}

// The filter from the options; an empty value ("") picks the unknown bucket.
std::optional<int> readFilter(const CommandFrame& frame, const Store& store,
                              DashboardFilter& filter)
{
    if (const auto stop = readDate(frame, "from", filter.from))
        return stop;
    if (const auto stop = readDate(frame, "to", filter.to))
        return stop;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return frame.usageError(
            ReportText::tr("--from %1 is after --to %2.")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    if (frame.isSet(QStringLiteral("source"))) {
        const QString source = frame.value(QStringLiteral("source"));
        if (!source.isEmpty() && !fromKey<SourceChannel>(source)) {
            QStringList keys;
            for (const SourceChannel channel : allValues<SourceChannel>())
                keys.append(keyOf(channel));
            return frame.usageError(ReportText::tr("--source \"%1\" is not a source channel: "
                                                   "one of %2, or \"\" for unknown.")
                                        .arg(source, keys.join(QStringLiteral(", "))));
        }
        filter.source = source;
    }
    if (frame.isSet(QStringLiteral("campaign")))
        filter.campaign = frame.value(QStringLiteral("campaign"));
    if (frame.isSet(QStringLiteral("grade"))) {
        const QString grade = frame.value(QStringLiteral("grade")).toUpper();
        if (!grade.isEmpty() && !fromKey<Grade>(grade))
            return frame.usageError(
                ReportText::tr("--grade \"%1\" is not a grade: A to E, or \"\" for unknown.")
                    .arg(frame.value(QStringLiteral("grade"))));
        filter.grade = grade;
    }
    if (frame.isSet(QStringLiteral("rep"))) {
        const QString rep = frame.value(QStringLiteral("rep"));
        if (rep.isEmpty()) {
            filter.repId = 0;
        } else {
            const std::optional<qint64> id = Reps::find(store, rep);
            if (!id)
                return frame.usageError(
                    ReportText::tr("--rep \"%1\" is no rep of this store.").arg(rep));
            filter.repId = *id;
        }
    }
    return std::nullopt;
}

// One CSV per figure into `folder` (made when missing). Throws ExportError. None of the files
// may be one of the store's own (a store named funnel.csv in that folder, or a link to it):
// that is refused before anything is written.
void writeCsv(const QString& folder, const Store& store, const DashboardFigures& figures)
{
    if (!QDir().mkpath(folder))
        throw ExportError(ReportText::tr("Cannot create the folder %1.").arg(folder));
    const QList<DashboardTable> tables = DashboardReport::tables(figures);
    const auto pathOf = [&](const DashboardTable& table) {
        return QDir(folder).filePath(table.name + QStringLiteral(".csv"));
    };
    for (const DashboardTable& table : tables)
        if (store.isSqlite() && StoreFiles::touches(store.location(), pathOf(table)))
            throw ExportError(StoreFiles::refusal(pathOf(table)));
    for (const DashboardTable& table : tables) {
        if (const QString error = WholeFile::write(pathOf(table), DashboardReport::csvBytes(table));
            !error.isEmpty())
            throw ExportError(error);
    }
}

// --png and --pdf: the dashboard drawn offscreen (ui/charts), never over the store's own files.
void writeImages(const CommandFrame& frame, const Store& store, const DashboardFigures& figures)
{
    QHash<QString, qint64> repIds;
    const QHash<qint64, QString> names = DashboardQuery::settings(store).repNames;
    for (auto rep = names.cbegin(); rep != names.cend(); ++rep)
        repIds.insert(rep.value(), rep.key());
    for (const auto& [option, format] :
         {std::pair{"png", ChartExport::Format::Png}, std::pair{"pdf", ChartExport::Format::Pdf}}) {
        if (!frame.isSet(QLatin1String(option)))
            continue;
        const QString path = frame.value(QLatin1String(option));
        if (store.isSqlite() && StoreFiles::touches(store.location(), path))
            throw ExportError(StoreFiles::refusal(path));
        if (const QString error = DashboardRender::write(figures, repIds, path, format);
            !error.isEmpty())
            throw ExportError(error);
    }
}

int runReport(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("report"));
    frame.addOptions(
        "ReportCommand",
        {{"from",
          QT_TRANSLATE_NOOP("ReportCommand", "First day of the period (leads created "
                                             "from this day, UTC)."),
          "DATE"},
         {"to", QT_TRANSLATE_NOOP("ReportCommand", "Last day of the period, included."), "DATE"},
         {"source",
          QT_TRANSLATE_NOOP("ReportCommand", "Only leads of this source channel (\"\": unknown)."),
          "CHANNEL"},
         {"campaign",
          QT_TRANSLATE_NOOP("ReportCommand", "Only leads of this campaign (\"\": none)."), "NAME"},
         {"rep", QT_TRANSLATE_NOOP("ReportCommand", "Only leads this rep owns (\"\": no owner)."),
          "NAME"},
         {"grade", QT_TRANSLATE_NOOP("ReportCommand", "Only leads of this grade, A to E."),
          "GRADE"},
         {"csv", QT_TRANSLATE_NOOP("ReportCommand", "Also write one CSV file per figure here."),
          "DIR"},
         {"png", QT_TRANSLATE_NOOP("ReportCommand", "Also draw the dashboard into this PNG file."),
          "FILE"},
         {"pdf",
          QT_TRANSLATE_NOOP("ReportCommand",
                            "Also draw the dashboard into this PDF file (a page per chart)."),
          "FILE"},
         {"json", QT_TRANSLATE_NOOP("ReportCommand", "Print the figures as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (frame.isSet(QStringLiteral("csv")) && frame.value(QStringLiteral("csv")).isEmpty())
        return frame.usageError(ReportText::tr("--csv needs a folder."));
    for (const char* option : {"png", "pdf"})
        if (frame.isSet(QLatin1String(option)) && frame.value(QLatin1String(option)).isEmpty())
            return frame.usageError(
                ReportText::tr("--%1 needs a file.").arg(QLatin1String(option)));
    return frame.withStore([&](Store& store) {
        DashboardFilter filter;
        if (const auto stop = readFilter(frame, store, filter))
            return *stop;
        const DashboardFigures figures = DashboardRollups(store).figures(filter);
        if (frame.isSet(QStringLiteral("csv"))) // an ExportError is a StoreError: exit 1
            writeCsv(frame.value(QStringLiteral("csv")), store, figures);
        writeImages(frame, store, figures);
        frame.print(DashboardReport::toJson(figures), DashboardReport::toText(figures));
        return int(ExitOk);
    });
}

const RegisterCommand registration(
    {"report",
     "--db PATH [--from DATE --to DATE] [--source CHANNEL] [--campaign NAME] [--rep NAME] "
     "[--grade GRADE] [--json] [--csv DIR] [--png FILE] [--pdf FILE]",
     QT_TRANSLATE_NOOP("Commands", "Funnel and conversion figures of the dashboard"), &runReport,
     true});

} // namespace
