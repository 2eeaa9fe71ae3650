#include "CommandFrame.h"
#include "CommandSupport.h"
#include "domain/LeadRepository.h"
#include "scoring/BulkScoring.h"
#include "scoring/ScoringRulesRepository.h"
#include "store/Store.h"
#include "support/AppSettings.h"
#include "support/BoundedFile.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

namespace {

constexpr qint64 maxRulesBytes = 1024 * 1024; // the shipped rules are about 3 KB

/// Reads --rules FILE; on a problem says what and where and returns nothing.
std::optional<ScoringRules> readRules(const QString& path, QString& problem)
{
    QString readProblem;
    const std::optional<QByteArray> json = BoundedFile::read(path, maxRulesBytes, readProblem);
    if (!json) {
        problem = QCoreApplication::translate("RescoreCommand", "%1 Nothing was changed.")
                      .arg(readProblem);
        return std::nullopt;
    }
    ScoringRules rules;
    QString error;
    if (!ScoringRules::fromJson(*json, rules, &error)) {
        problem = QCoreApplication::translate("RescoreCommand", "%1: %2 Nothing was changed.")
                      .arg(path, error);
        return std::nullopt;
    }
    return rules;
}

int rescore(const CommandFrame& frame, Store& store, const std::optional<ScoringRules>& newRules)
{
    if (frame.isSet(QStringLiteral("print-rules"))) {
        CommandSupport::printOut(
            QString::fromUtf8(ScoringRulesRepository(store).active().rules.toJson()).trimmed());
        return ExitOk;
    }
    const bool verbose = frame.isSet(QStringLiteral("verbose"));
    QElapsedTimer timer;
    timer.start();
    // The rep is looked up (or added) in the rescore's own transaction: a rescore that fails
    // leaves no new rep behind either.
    const BulkScoring::RescoreOutcome outcome = BulkScoring::rescoreAll(
        store, newRules, AppSettings::instance().repName(), frame.value(QStringLiteral("note")),
        [verbose](qint64 done, qint64 total) {
            if (verbose)
                CommandSupport::printErr(
                    QCoreApplication::translate("RescoreCommand", "%1 of %2 leads scored")
                        .arg(done)
                        .arg(total));
            return true;
        });
    frame.print(QJsonObject{{QStringLiteral("store"), store.location()},
                            {QStringLiteral("leads"), outcome.leads},
                            {QStringLiteral("rule_version"), outcome.version},
                            {QStringLiteral("new_version"), bool(newRules)},
                            {QStringLiteral("elapsed_ms"), timer.elapsed()}},
                QCoreApplication::translate("RescoreCommand",
                                            "Rescored %1 leads with rule version %2 in %3 s.")
                    .arg(outcome.leads)
                    .arg(outcome.version)
                    .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitOk;
}

int runRescore(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("rescore"));
    frame.addOptions(
        "RescoreCommand",
        {{"rules",
          QT_TRANSLATE_NOOP("RescoreCommand", "Save these rules (JSON, as --print-rules writes "
                                              "them) as a new version first."),
          "FILE"},
         {"note", QT_TRANSLATE_NOOP("RescoreCommand", "What changed, for the new version."),
          "TEXT"},
         {"print-rules", QT_TRANSLATE_NOOP("RescoreCommand",
                                           "Print the active rules as JSON and change nothing.")},
         {"json", QT_TRANSLATE_NOOP("RescoreCommand", "Print the result as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (frame.isSet(QStringLiteral("note")) && !frame.isSet(QStringLiteral("rules")))
        return frame.usageError(
            QCoreApplication::translate("RescoreCommand", "--note belongs to --rules FILE."));
    std::optional<ScoringRules> newRules;
    if (frame.isSet(QStringLiteral("rules"))) {
        QString problem;
        newRules = readRules(frame.value(QStringLiteral("rules")), problem);
        if (!newRules)
            return CommandSupport::failure(problem);
    }
    return frame.withStore([&](Store& store) { return rescore(frame, store, newRules); });
}

const RegisterCommand registration(
    {"rescore", "--db PATH [--rules FILE [--note TEXT]] [--print-rules] [--json]",
     QT_TRANSLATE_NOOP("Commands",
                       "Score every lead again (optionally with new rules, saved as a version)"),
     &runRescore});

} // namespace
