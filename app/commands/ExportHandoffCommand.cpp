// leadscout export-handoff: the one-click handoff to sales, for scripts and batch jobs.

#include "CommandSupport.h"
#include "handoff/HandoffService.h"
#include "store/Store.h"
#include "store/StoreFiles.h"
#include "support/AppSettings.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

const QString commandName = QStringLiteral("export-handoff");

void addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("out"),
         QCoreApplication::translate(
             "Commands", "The file to write; its extension (.csv or .xlsx) chooses the format."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("delimiter"),
         QCoreApplication::translate("Commands",
                                     "CSV delimiter: \",\" (default) or \";\" (for German Excel)."),
         QStringLiteral(",|;")});
    parser.addOption(
        {QStringLiteral("batch"),
         QCoreApplication::translate(
             "Commands", "Export this earlier batch (id or code) again instead of handing off; "
                         "changes nothing."),
         QStringLiteral("ID")});
    parser.addOption({QStringLiteral("rep"),
                      QCoreApplication::translate(
                          "Commands", "Who hands off (default: the rep name in the settings)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("Commands", "Print the result as JSON.")});
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

void printResult(const HandoffResult& result, bool again, bool json)
{
    if (json) {
        CommandSupport::printJson(QJsonDocument(resultJson(result, again)));
        return;
    }
    if (again)
        CommandSupport::printOut(
            QCoreApplication::translate(
                "Commands",
                "Exported batch %1 (id %2, %n lead(s)) again to %3; nothing in the store changed.",
                nullptr, result.leadCount)
                .arg(result.batchCode)
                .arg(result.batchId)
                .arg(result.filePath));
    else if (result.leadCount == 0)
        CommandSupport::printOut(QCoreApplication::translate(
            "Commands", "No leads are ready to hand off: no file was written and no "
                        "batch was made."));
    else
        CommandSupport::printOut(QCoreApplication::translate(
                                     "Commands", "Handed off %n lead(s) as batch %1 (id %2) to %3.",
                                     nullptr, result.leadCount)
                                     .arg(result.batchCode)
                                     .arg(result.batchId)
                                     .arg(result.filePath));
}

// --batch takes a batch id (a number) or a batch code ("HO-20261123-001").
std::optional<HandoffBatch> findBatch(const Store& store, const QString& given)
{
    HandoffBatches batches(store);
    bool isNumber = false;
    const qint64 id = given.toLongLong(&isNumber);
    return isNumber ? batches.find(id) : batches.findByCode(given.trimmed());
}

int exportAgain(const Store& store, const QCommandLineParser& parser, HandoffFileOptions options)
{
    const QString given = parser.value(QStringLiteral("batch"));
    const auto batch = findBatch(store, given);
    if (!batch)
        return CommandSupport::failure(
            QCoreApplication::translate("Commands", "There is no handoff batch \"%1\" in %2.")
                .arg(given, store.displayName()));
    if (!parser.isSet(QStringLiteral("delimiter")))
        options.delimiter = batch->layout.delimiter; // the same file as the first time
    const HandoffResult result =
        HandoffService(store).exportAgain(batch->id, parser.value(QStringLiteral("out")), options);
    printResult(result, true, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

int runExportHandoff(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!CommandSupport::parse(parser, arguments, commandName))
        return ExitUsage;
    if (CommandSupport::helpRequested(parser, commandName))
        return ExitOk;
    if (!parser.positionalArguments().isEmpty())
        return CommandSupport::usageError(
            commandName, QCoreApplication::translate("Commands", "unexpected argument \"%1\".")
                             .arg(parser.positionalArguments().first()));
    QString problem;
    const auto options = fileOptions(parser, problem);
    if (!options)
        return CommandSupport::usageError(commandName, problem);
    const std::unique_ptr<Store> store = CommandSupport::openStore(parser, false);
    if (!store)
        return ExitFailure;
    const QString out = parser.value(QStringLiteral("out"));
    if (store->isSqlite() && StoreFiles::touches(store->location(), out))
        return CommandSupport::failure(StoreFiles::refusal(out));
    try {
        if (parser.isSet(QStringLiteral("batch")))
            return exportAgain(*store, parser, *options);
        const QString rep = parser.isSet(QStringLiteral("rep"))
                                ? parser.value(QStringLiteral("rep"))
                                : AppSettings::instance().repName();
        const HandoffResult result = HandoffService(*store).handOff(
            {parser.value(QStringLiteral("out")), *options, {}, false, rep});
        printResult(result, false, parser.isSet(QStringLiteral("json")));
        return ExitOk;
    } catch (const StoreError& error) {
        return CommandSupport::failure(error.message());
    }
}

const RegisterCommand registration(
    {"export-handoff",
     "--db PATH --out FILE.csv|FILE.xlsx [--delimiter ,|;] [--batch ID] [--rep NAME] [--json]",
     QT_TRANSLATE_NOOP("Commands", "Hand every sales-ready lead to sales as a file, or export an "
                                   "earlier batch again"),
     &runExportHandoff});

} // namespace
