#include "CommandFrame.h"
#include "CommandSupport.h"
#include "import/ActivityImport.h"
#include "store/Store.h"

#include <QFileInfo>

// leadscout import-activities FILE: activities from a marketing tool's export (CSV or XLSX)
// become interest events of the matching leads, which are rescored; prints the report.

namespace {

const QString command = QStringLiteral("import-activities");

struct ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

/// Takes the FILE argument out of the arguments (the frame refuses positional arguments): the
/// first one that is neither an option nor the value of --db.
QString takeFile(QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return arguments.takeAt(i);
    }
    return {};
}

int importActivities(const CommandFrame& frame, Store& store, const QString& file)
{
    const ActivityReport report =
        ActivityImport(store).importFile(file, frame.isSet(QStringLiteral("dry-run")));
    frame.print(report.toJson(), report.describe());
    return ExitOk;
}

int runImportActivities(const QStringList& arguments)
{
    QStringList rest = arguments;
    const QString file = takeFile(rest);
    CommandFrame frame(command);
    frame.addOptions(
        "Commands",
        {{"dry-run", QT_TRANSLATE_NOOP("Commands", "Check and report, but store nothing.")},
         {"json", QT_TRANSLATE_NOOP("Commands", "Print the result as JSON.")}});
    if (const auto stop = frame.parse(rest))
        return *stop;
    if (file.isEmpty())
        return frame.usageError(ActivityText::tr("name the activity file (CSV or XLSX)."));
    if (!QFileInfo(file).isFile())
        return CommandSupport::failure(
            ActivityText::tr("The file %1 does not exist or is not a file.").arg(file));
    return frame.withStore([&](Store& store) { return importActivities(frame, store, file); });
}

const RegisterCommand registration(
    {"import-activities", "FILE --db PATH [--dry-run] [--json]",
     QT_TRANSLATE_NOOP("Commands",
                       "Import activities (downloads, webinars, clicks…) as interest events"),
     &runImportActivities});

} // namespace
