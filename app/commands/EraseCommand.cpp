#include "CommandFrame.h"
#include "CommandSupport.h"
#include "LeadSelection.h"
#include "leads/Erasure.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

// leadscout erase: erasure on request from a script or a terminal. Without --yes it prints what
// would go; at a terminal it then asks for "erase" to be typed, otherwise (a script, no one to
// ask) it exits 1 having erased nothing.

namespace {

const QString command = QStringLiteral("erase");

struct EraseText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

bool confirmedAtTerminal()
{
    if (!isatty(fileno(stdin)))
        return false;
    // The question goes where the plan went: with --json, standard output holds JSON only.
    CommandSupport::printErr(
        EraseText::tr("Type \"erase\" to erase this for good, anything else to stop:"));
    QTextStream in(stdin);
    return in.readLine().trimmed() == QLatin1String("erase");
}

void reportBackups(const Erasure& erasure)
{
    const QStringList backups = erasure.backupFiles();
    if (backups.isEmpty())
        return;
    CommandSupport::printErr(
        EraseText::tr(
            "Note: these backups, taken before schema upgrades, are copies of the store as it was "
            "and may still hold the erased data; delete them if they are no longer needed:\n  %1")
            .arg(backups.join(QStringLiteral("\n  "))));
}

/// Without --yes: shows the plan and asks at a terminal. False when nothing may be erased
/// (then with --json the plan has been printed as what would have been erased).
bool confirmed(const CommandFrame& frame, const ErasurePlan& plan)
{
    if (frame.isSet(QStringLiteral("yes")))
        return true;
    // With --json, standard output holds JSON only: the plan for a person goes to standard
    // error.
    if (frame.json())
        CommandSupport::printErr(plan.describe());
    else
        CommandSupport::printOut(plan.describe());
    if (confirmedAtTerminal())
        return true;
    if (frame.json())
        CommandSupport::printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("erased"), false}, {QStringLiteral("would_erase"), plan.toJson()}}));
    return false;
}

QJsonObject resultJson(const ErasurePlan& plan, const Erasure::Result& result)
{
    QJsonObject out = plan.toJson();
    out.insert(QStringLiteral("erased"), true);
    out.insert(QStringLiteral("leads_erased"), result.leadsErased);
    out.insert(QStringLiteral("rows_erased"), result.rowsErased);
    out.insert(QStringLiteral("log_cleared"), result.logCleared);
    return out;
}

int erase(const CommandFrame& frame, Store& store)
{
    Erasure erasure(store);
    const ErasurePlan plan = erasure.plan(LeadSelection::resolve(frame.parser(), store));
    if (plan.isEmpty())
        return CommandSupport::failure(EraseText::tr("No lead matches %1; nothing was erased.")
                                           .arg(LeadSelection::describe(frame.parser())));
    if (!confirmed(frame, plan))
        return CommandSupport::failure(
            EraseText::tr("Nothing was erased. Run again with --yes to erase."));
    const Erasure::Result result = erasure.erase(plan);
    frame.print(resultJson(plan, result),
                EraseText::tr("Erased %n lead(s) with everything stored about them "
                              "(%1 rows). A suppression entry remembers them by hash "
                              "only.",
                              nullptr, result.leadsErased)
                    .arg(result.rowsErased));
    if (!result.logCleared)
        CommandSupport::printErr(
            EraseText::tr("Warning: another program has the store open, so its "
                          "write-ahead log could not be emptied yet; it is emptied "
                          "when that program closes the store."));
    reportBackups(erasure);
    return ExitOk;
}

int runErase(const QStringList& arguments)
{
    CommandFrame frame(command);
    LeadSelection::addOptions(frame);
    frame.addOptions("Commands",
                     {{"yes", QT_TRANSLATE_NOOP("Commands", "Erase without asking.")},
                      {"json", QT_TRANSLATE_NOOP("Commands", "Print the result as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (!LeadSelection::check(frame.parser(), command))
        return ExitUsage;
    return frame.withStore([&](Store& store) { return erase(frame, store); });
}

const RegisterCommand registration(
    {"erase", "--db PATH (--lead ID | --email ADDRESS) [--yes] [--json]",
     QT_TRANSLATE_NOOP("Commands",
                       "Erase a lead and everything about them on request (asks unless --yes)"),
     &runErase});

} // namespace
