#include "CommandFrame.h"
#include "CommandSupport.h"
#include "demo/DemoGenerator.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <limits>

namespace {

QString summaryText(const DemoSummary& summary, const Store& store)
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
    return text;
}

QJsonObject summaryJson(const DemoSummary& summary, const Store& store)
{
    QJsonObject stages;
    for (const auto& [stage, count] : summary.stages)
        stages.insert(keyOf(stage), count);
    QJsonObject tables;
    for (const auto& [table, count] : summary.tables)
        tables.insert(table, count);
    return {
        {QStringLiteral("store"), store.location()},
        {QStringLiteral("leads"), summary.leads},
        {QStringLiteral("seed"), QString::number(summary.seed)},
        {QStringLiteral("history_until"), Clock::fromSecs(summary.anchor).toString(Qt::ISODate)},
        {QStringLiteral("elapsed_ms"), summary.elapsedMs},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("tables"), tables}};
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

/// --leads and --seed; a usage message when one of them cannot be read.
QString readOptions(const QCommandLineParser& parser, DemoOptions& options)
{
    qint64 seed = qint64(options.seed);
    QString problem =
        readNumber(parser, QStringLiteral("leads"), 1, DemoGenerator::maxLeads, options.leads);
    if (problem.isEmpty())
        problem =
            readNumber(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), seed);
    options.seed = quint64(seed);
    return problem;
}

void reportProgress(DemoGenerator& generator, qint64 leads)
{
    generator.setProgress([step = std::max<qint64>(1, leads / 20)](qint64 done, qint64 total) {
        if (done % step < 512 || done == total)
            CommandSupport::printErr(
                QCoreApplication::translate("DemoCommand", "%1 of %2 leads written")
                    .arg(done)
                    .arg(total));
    });
}

int runDemo(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("demo"));
    frame.addOptions(
        "DemoCommand",
        {{"leads", QT_TRANSLATE_NOOP("DemoCommand", "How many leads to write (default 5000)."),
          "N"},
         {"seed",
          QT_TRANSLATE_NOOP("DemoCommand", "Seed of the random choices; the same seed gives the "
                                           "same store (default 42)."),
          "S"},
         {"json", QT_TRANSLATE_NOOP("DemoCommand", "Print the summary as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (!frame.isSet(QStringLiteral("db")))
        return frame.usageError(QCoreApplication::translate(
            "DemoCommand", "--db PATH is required: demo data goes into a store of its own."));
    DemoOptions options;
    if (const QString problem = readOptions(frame.parser(), options); !problem.isEmpty())
        return frame.usageError(problem);
    return frame.withStore(
        [&](Store& store) {
            DemoGenerator generator(store, options);
            if (frame.isSet(QStringLiteral("verbose")))
                reportProgress(generator, options.leads);
            const DemoSummary summary = generator.run();
            frame.print(summaryJson(summary, store), summaryText(summary, store));
            return ExitOk;
        },
        CommandFrame::OpenMode::Create);
}

const RegisterCommand registration(
    {"demo", "--db PATH [--leads N] [--seed S] [--json]",
     QT_TRANSLATE_NOOP("Commands", "Write realistic demo data with six months of history"),
     &runDemo});

} // namespace
