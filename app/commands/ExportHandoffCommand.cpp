// leadscout export-handoff: the one-click handoff to sales, for scripts and batch jobs.

#include "CommandFrame.h"
#include "CommandSupport.h"
#include "handoff/HandoffService.h"
#include "store/Store.h"
#include "store/StoreFiles.h"
#include "support/AppSettings.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

void addOptions(CommandFrame& frame)
{
    frame.addOptions(
        "Commands",
        {{"out",
          QT_TRANSLATE_NOOP("Commands",
                            "The file to write; its extension (.csv or .xlsx) chooses the format."),
          "FILE"},
         {"delimiter",
          QT_TRANSLATE_NOOP("Commands",
                            "CSV delimiter: \",\" (default) or \";\" (for German Excel)."),
          ",|;"},
         {"batch",
          QT_TRANSLATE_NOOP("Commands", "Export this earlier batch (id or code) again instead of "
                                        "handing off; changes nothing."),
          "ID"},
         {"rep",
          QT_TRANSLATE_NOOP("Commands", "Who hands off (default: the rep name in the settings)."),
          "NAME"},
         {"json", QT_TRANSLATE_NOOP("Commands", "Print the result as JSON.")}});
}

// The file options from --out and --delimiter; a usage message when they do not fit.
std::optional<HandoffFileOptions> fileOptions(const QCommandLineParser& parser, QString& problem)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        problem = QCoreApplication::translate("Commands",
                                              "--out FILE.csv or --out FILE.xlsx is required.");
        return std::nullopt;
    }
    const auto format = HandoffFormats::fromPath(out);
    if (!format) {
        problem = QCoreApplication::translate(
                      "Commands",
                      "cannot tell the format of \"%1\": the file name must end in .csv or .xlsx.")
                      .arg(out);
        return std::nullopt;
    }
    HandoffFileOptions options{*format, QLatin1Char(',')};
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (!HandoffFormats::isDelimiter(delimiter)) {
            problem = QCoreApplication::translate("Commands",
                                                  "--delimiter must be \",\" or \";\", not \"%1\".")
                          .arg(delimiter);
            return std::nullopt;
        }
        if (*format != HandoffFormat::Csv) {
            problem = QCoreApplication::translate(
                          "Commands", "--delimiter applies to CSV files only; %1 is an XLSX file.")
                          .arg(out);
            return std::nullopt;
        }
        options.delimiter = delimiter.at(0);
    }
    return options;
}

QJsonObject resultJson(const HandoffResult& result, bool again)
{
    const bool none = result.leadCount == 0 && !again;
    return {{QStringLiteral("batch_id"), none ? QJsonValue() : QJsonValue(result.batchId)},
            {QStringLiteral("batch_code"), none ? QJsonValue() : QJsonValue(result.batchCode)},
            {QStringLiteral("lead_count"), result.leadCount},
            {QStringLiteral("file"), none ? QJsonValue() : QJsonValue(result.filePath)},
            {QStringLiteral("format"), HandoffFormats::keyOf(result.format)},
            {QStringLiteral("exported_again"), again}};
}

QString resultText(const HandoffResult& result, bool again)
{
    if (again)
        return QCoreApplication::translate("Commands",
                                           "Exported batch %1 (id %2, %n lead(s)) again to %3; "
                                           "nothing in the store changed.",
                                           nullptr, result.leadCount)
            .arg(result.batchCode)
            .arg(result.batchId)
            .arg(result.filePath);
    if (result.leadCount == 0)
        return QCoreApplication::translate("Commands",
                                           "No leads are ready to hand off: no file was written "
                                           "and no batch was made.");
    return QCoreApplication::translate("Commands",
                                       "Handed off %n lead(s) as batch %1 (id %2) to %3.", nullptr,
                                       result.leadCount)
        .arg(result.batchCode)
        .arg(result.batchId)
        .arg(result.filePath);
}

void printResult(const CommandFrame& frame, const HandoffResult& result, bool again)
{
    frame.print(resultJson(result, again), resultText(result, again));
}

// --batch takes a batch id (a number) or a batch code ("HO-20261123-001").
std::optional<HandoffBatch> findBatch(const Store& store, const QString& given)
{
    HandoffBatches batches(store);
    bool isNumber = false;
    const qint64 id = given.toLongLong(&isNumber);
    return isNumber ? batches.find(id) : batches.findByCode(given.trimmed());
}

int exportAgain(const CommandFrame& frame, const Store& store, HandoffFileOptions options)
{
    const QString given = frame.value(QStringLiteral("batch"));
    const auto batch = findBatch(store, given);
    if (!batch)
        return CommandSupport::failure(
            QCoreApplication::translate("Commands", "There is no handoff batch \"%1\" in %2.")
                .arg(given, store.displayName()));
    if (!frame.isSet(QStringLiteral("delimiter")))
        options.delimiter = batch->layout.delimiter; // the same file as the first time
    const HandoffResult result =
        HandoffService(store).exportAgain(batch->id, frame.value(QStringLiteral("out")), options);
    printResult(frame, result, true);
    return ExitOk;
}

int handOff(const CommandFrame& frame, const Store& store, const HandoffFileOptions& options)
{
    const QString out = frame.value(QStringLiteral("out"));
    if (store.isSqlite() && StoreFiles::touches(store.location(), out))
        return CommandSupport::failure(StoreFiles::refusal(out));
    if (frame.isSet(QStringLiteral("batch")))
        return exportAgain(frame, store, options);
    const QString rep = frame.isSet(QStringLiteral("rep")) ? frame.value(QStringLiteral("rep"))
                                                           : AppSettings::instance().repName();
    const HandoffResult result = HandoffService(store).handOff({out, options, {}, false, rep});
    printResult(frame, result, false);
    return ExitOk;
}

int runExportHandoff(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("export-handoff"));
    addOptions(frame);
    if (const auto stop = frame.parse(arguments))
        return *stop;
    QString problem;
    const auto options = fileOptions(frame.parser(), problem);
    if (!options)
        return frame.usageError(problem);
    return frame.withStore([&](Store& store) { return handOff(frame, store, *options); });
}

const RegisterCommand registration(
    {"export-handoff",
     "--db PATH --out FILE.csv|FILE.xlsx [--delimiter ,|;] [--batch ID] [--rep NAME] [--json]",
     QT_TRANSLATE_NOOP("Commands", "Hand every sales-ready lead to sales as a file, or export an "
                                   "earlier batch again"),
     &runExportHandoff});

} // namespace
