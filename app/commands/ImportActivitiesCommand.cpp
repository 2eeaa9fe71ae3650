#include "CommandFrame.h"
#include "CommandSupport.h"
#include "ImportFileArguments.h"
#include "export/TextSafety.h"
#include "import/ActivityImport.h"
#include "store/Store.h"

#include <QFileInfo>

// leadscout import-activities FILE: activities from a marketing tool's export (CSV or XLSX)
// become interest events of the matching leads, which are rescored; prints the report. The
// columns are recognised from the headers; --column corrects one, --kind and --time stand in for
// a column the file lacks (a webinar's attendee list has neither).

namespace {

const QString command = QStringLiteral("import-activities");

struct ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

QString kindKeys()
{
    QStringList keys;
    for (const InterestKind kind : ActivityColumns::importableKinds())
        keys.append(keyOf(kind));
    return keys.join(QStringLiteral(", "));
}

QString fieldKeys()
{
    return QStringLiteral("email, lead-id, kind, time, title");
}

/// --kind and --time into `options`; a usage message in `error` when one cannot be read.
void readFixed(const CommandFrame& frame, ActivityImportOptions& options, QString& error)
{
    if (frame.isSet(QStringLiteral("kind"))) {
        const QString text = frame.value(QStringLiteral("kind"));
        options.kind = ActivityColumns::kindNamed(text);
        if (!options.kind)
            error = ActivityText::tr("--kind: \"%1\" is no activity an import records; use one of "
                                     "%2.")
                        .arg(text, kindKeys());
    }
    if (frame.isSet(QStringLiteral("time"))) {
        const QString text = frame.value(QStringLiteral("time"));
        options.time = ActivityColumns::readTime(text);
        if (options.time && !ActivityColumns::isPlausibleTime(*options.time))
            error = ActivityText::tr("--time: \"%1\" is before 1990 or after today; give the "
                                     "time the activity took place.")
                        .arg(text);
        else if (!options.time)
            error = ActivityText::tr("--time: \"%1\" is no date and time; write it as "
                                     "2026-11-20 14:30 (UTC) or 2026-11-20T14:30+01:00.")
                        .arg(text);
    }
}

/// The file column a --column HEADER names: the header as written, else ignoring case.
qsizetype columnNamed(const QStringList& header, const QString& name)
{
    if (const qsizetype exact = header.indexOf(name); exact >= 0)
        return exact;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

/// The mapping from the headers corrected by each --column FIELD=HEADER ("FIELD=" reads no
/// column for FIELD); a usage message in `error` when one is wrong.
ActivityColumns::Mapping mappingOf(const CommandFrame& frame, const QStringList& header,
                                   const QString& fileName, QString& error)
{
    ActivityColumns::Mapping mapping = ActivityColumns::map(header);
    for (const QString& given : frame.parser().values(QStringLiteral("column"))) {
        const qsizetype equals = given.indexOf(QLatin1Char('='));
        if (equals < 0) {
            error = ActivityText::tr("--column takes FIELD=HEADER, such as kind=Activity; FIELD is "
                                     "one of %1.")
                        .arg(fieldKeys());
            continue;
        }
        const auto field = ActivityColumns::columnFromKey(given.left(equals));
        const QString name = given.mid(equals + 1);
        if (!field) {
            error = ActivityText::tr("--column: unknown field \"%1\"; use one of %2.")
                        .arg(given.left(equals), fieldKeys());
            continue;
        }
        if (name.trimmed().isEmpty()) {
            mapping.set(*field, -1);
            continue;
        }
        const qsizetype at = columnNamed(header, name);
        if (at < 0) {
            error = ActivityText::tr("--column %1: %2 has no column \"%3\"; its columns are: %4.")
                        .arg(given, fileName, name, header.join(QStringLiteral(", ")));
            continue;
        }
        mapping.set(*field, at);
    }
    return mapping;
}

int importActivities(const CommandFrame& frame, Store& store, const ActivityImportOptions& options)
{
    const ActivityReport report = ActivityImport(store).import(options);
    frame.print(report.toJson(), report.describe());
    return ExitOk;
}

int runImportActivities(const QStringList& arguments)
{
    CommandFrame frame(command);
    frame.addPositional(QStringLiteral("FILE"),
                        QT_TRANSLATE_NOOP("Commands", "The CSV or XLSX file of activities."),
                        QStringLiteral("FILE"));
    ImportFileArguments::addOptions(frame);
    frame.addOptions(
        "Commands",
        {{"column",
          QT_TRANSLATE_NOOP(
              "Commands", "Read FIELD (email, lead-id, kind, time, title) from the column HEADER; "
                          "FIELD= reads it from none. Repeat for more."),
          "FIELD=HEADER"},
         {"kind",
          QT_TRANSLATE_NOOP("Commands", "The activity of every row (a file without its column)."),
          "KIND"},
         {"time",
          QT_TRANSLATE_NOOP("Commands",
                            "The time of every row, UTC unless an offset is given (a file "
                            "without its column)."),
          "DATETIME"},
         {"dry-run", QT_TRANSLATE_NOOP("Commands", "Check and report, but store nothing.")},
         {"json", QT_TRANSLATE_NOOP("Commands", "Print the result as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    const QString file = frame.positional(0);
    if (file.isEmpty())
        return frame.usageError(ActivityText::tr("name the activity file (CSV or XLSX)."));
    QString error;
    ActivityImportOptions options;
    options.file = ImportFileArguments::read(frame, error);
    options.dryRun = frame.isSet(QStringLiteral("dry-run"));
    readFixed(frame, options, error);
    if (!error.isEmpty())
        return frame.usageError(TextSafety::printable(error));
    if (!QFileInfo(file).isFile())
        return CommandSupport::failure(
            ActivityText::tr("The file %1 does not exist or is not a file.").arg(file));
    const bool workbook = ImportFile::isWorkbook(file);
    if (frame.isSet(QStringLiteral("sheet")) && !workbook)
        return frame.usageError(
            ActivityText::tr("--sheet is for workbooks (.xlsx); %1 is a text file.").arg(file));
    const OpenedImportFile opened = ImportFile::open(options.file);
    if (!opened.isOpen()) {
        if (frame.isSet(QStringLiteral("sheet")))
            return frame.usageError(
                TextSafety::printable(QStringLiteral("--sheet: ") + opened.problem));
        return CommandSupport::failure(opened.problem);
    }
    const QStringList header = opened.source->header();
    const QString fileName = QFileInfo(file).fileName();
    options.mapping = mappingOf(frame, header, fileName, error);
    if (!error.isEmpty())
        return frame.usageError(TextSafety::printable(error));
    const QStringList lacking =
        ActivityColumns::missing(ActivityImport::mappingFor(header, options),
                                 options.kind.has_value(), options.time.has_value());
    if (!lacking.isEmpty())
        return frame.usageError(TextSafety::printable(
            ActivityText::tr("%1 has no column for %2; name it with --column FIELD=HEADER, or "
                             "give --kind or --time for the whole file. Its columns are: %3.")
                .arg(fileName, lacking.join(QStringLiteral(", ")),
                     header.join(QStringLiteral(", ")))));
    return frame.withStore([&](Store& store) { return importActivities(frame, store, options); });
}

const RegisterCommand registration(
    {"import-activities",
     "FILE --db PATH [--delimiter C] [--encoding E] [--sheet NAME] [--column FIELD=HEADER]…"
     " [--kind KIND] [--time DATETIME] [--dry-run] [--json]",
     QT_TRANSLATE_NOOP("Commands",
                       "Import activities (downloads, webinars, clicks…) as interest events"),
     &runImportActivities});

} // namespace
