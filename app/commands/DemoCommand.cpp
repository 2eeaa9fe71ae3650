#include "CommandRegistry.h"
#include "CommandSupport.h"
#include "demo/DemoGenerator.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <limits>

namespace {

const QString commandName = QStringLiteral("demo");

void printSummary(const DemoSummary& summary, const Store& store)
{
    QString text = QCoreApplication::translate(
                       "DemoCommand", "Wrote demo data to %1 in %2 s (seed %3; history up to %4).")
                       .arg(store.location())
                       .arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 1)
                       .arg(summary.seed)
                       .arg(Clock::fromSecs(summary.anchor).toString(Qt::ISODate));
    text += QLatin1Char('\n') + QCoreApplication::translate("DemoCommand", "Leads per stage:");
    for (const auto& [stage, count] : summary.stages)
        text += QStringLiteral("\n  %1 %2").arg(keyOf(stage), -16).arg(count, 10);
    text += QLatin1Char('\n') + QCoreApplication::translate("DemoCommand", "Rows per table:");
    for (const auto& [table, count] : summary.tables)
        text += QStringLiteral("\n  %1 %2").arg(table, -16).arg(count, 10);
    CommandSupport::printOut(text);
}

void printJsonSummary(const DemoSummary& summary, const Store& store)
{
    QJsonObject stages;
    for (const auto& [stage, count] : summary.stages)
        stages.insert(keyOf(stage), count);
    QJsonObject tables;
    for (const auto& [table, count] : summary.tables)
        tables.insert(table, count);
    CommandSupport::printJson(QJsonDocument(QJsonObject{
        {QStringLiteral("store"), store.location()},
        {QStringLiteral("leads"), summary.leads},
        {QStringLiteral("seed"), QString::number(summary.seed)},
        {QStringLiteral("history_until"), Clock::fromSecs(summary.anchor).toString(Qt::ISODate)},
        {QStringLiteral("elapsed_ms"), summary.elapsedMs},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("tables"), tables}}));
}

/// A whole-number option within [minimum, maximum]; an empty message when it is fine.
QString readNumber(const QCommandLineParser& parser, const QString& name, qint64 minimum,
                   qint64 maximum, qint64& value)
{
    if (!parser.isSet(name))
        return {};
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
        return QCoreApplication::translate("DemoCommand",
                                           "--%1 needs a whole number from %2 to %3, not \"%4\".")
            .arg(name)
            .arg(minimum)
            .arg(maximum)
            .arg(parser.value(name));
    value = parsed;
    return {};
}

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("leads"),
         QCoreApplication::translate("DemoCommand", "How many leads to write (default 5000)."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("seed"),
         QCoreApplication::translate(
             "DemoCommand", "Seed of the random choices; the same seed gives the same store "
                            "(default 42)."),
         QStringLiteral("S")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("DemoCommand", "Print the summary as JSON.")});
    if (!CommandSupport::parse(parser, arguments, commandName))
        return ExitUsage;
    if (CommandSupport::helpRequested(parser, commandName))
        return ExitOk;
    if (!parser.positionalArguments().isEmpty())
        return CommandSupport::usageError(
            commandName, QCoreApplication::translate("DemoCommand", "unexpected argument \"%1\".")
                             .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(QStringLiteral("db")))
        return CommandSupport::usageError(
            commandName,
            QCoreApplication::translate(
                "DemoCommand", "--db PATH is required: demo data goes into a store of its own."));
    DemoOptions options;
    qint64 seed = qint64(options.seed);
    QString problem =
        readNumber(parser, QStringLiteral("leads"), 1, DemoGenerator::maxLeads, options.leads);
    if (problem.isEmpty())
        problem =
            readNumber(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), seed);
    if (!problem.isEmpty())
        return CommandSupport::usageError(commandName, problem);
    options.seed = quint64(seed);

    const std::unique_ptr<Store> store = CommandSupport::openStore(parser);
    if (!store)
        return ExitFailure;
    DemoGenerator generator(*store, options);
    if (parser.isSet(QStringLiteral("verbose")))
        generator.setProgress(
            [step = std::max<qint64>(1, options.leads / 20)](qint64 done, qint64 total) {
                if (done % step < 512 || done == total)
                    CommandSupport::printErr(
                        QCoreApplication::translate("DemoCommand", "%1 of %2 leads written")
                            .arg(done)
                            .arg(total));
            });
    try {
        const DemoSummary summary = generator.run();
        if (parser.isSet(QStringLiteral("json")))
            printJsonSummary(summary, *store);
        else
            printSummary(summary, *store);
    } catch (const StoreError& error) {
        return CommandSupport::failure(error.message());
    }
    return ExitOk;
}

const RegisterCommand registration(
    {"demo", "--db PATH [--leads N] [--seed S] [--json]",
     QT_TRANSLATE_NOOP("Commands", "Write realistic demo data with six months of history"),
     &runDemo});

} // namespace
