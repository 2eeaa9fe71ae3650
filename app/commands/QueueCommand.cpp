#include "../CommandSupport.h"
#include "domain/LeadRepository.h"
#include "export/TextSafety.h"
#include "queue/QueueQuery.h"
#include "queue/QueueRules.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject toJson(const QueueRow& row, const QueueContext& context, int position)
{
    QJsonObject object{{QStringLiteral("id"), row.id},
                       {QStringLiteral("name"), row.displayName()},
                       {QStringLiteral("company"), row.company},
                       {QStringLiteral("stage"), keyOf(row.stage)},
                       {QStringLiteral("score"), row.score},
                       {QStringLiteral("lane"), laneKey(row.lane)},
                       {QStringLiteral("reason"), QueueRules::reason(row, context)},
                       {QStringLiteral("timeZone"), row.zone}};
    if (position > 0)
        object.insert(QStringLiteral("position"), position);
    if (row.hold != HoldReason::None)
        object.insert(QStringLiteral("heldBecause"), holdKey(row.hold));
    return object;
}

QString line(const QueueRow& row, const QueueContext& context)
{
    const QString company =
        row.company.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(row.company);
    // What reps typed goes to a terminal: no escape sequence may reach it.
    return TextSafety::printable(
        QStringLiteral("#%1 %2%3 — %4")
            .arg(row.id)
            .arg(row.displayName(), company, QueueRules::reason(row, context)));
}

int runQueue(const QStringList& arguments)
{
    const QString name = QStringLiteral("queue");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rep"),
                      QCoreApplication::translate("Commands", "Whose claims count as their own."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate(
                          "Commands", "How many leads to list (default 20, at most 10000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("Commands", "Print JSON instead of text.")});
    if (!CommandSupport::parse(parser, arguments, name))
        return ExitUsage;
    if (CommandSupport::helpRequested(parser, name))
        return ExitOk;
    if (!parser.positionalArguments().isEmpty())
        return CommandSupport::usageError(
            name, QCoreApplication::translate("Commands", "unexpected argument \"%1\".")
                      .arg(parser.positionalArguments().first()));
    qint64 limit = 20;
    if (!CommandSupport::intOption(parser, name, QStringLiteral("limit"), 1, limit))
        return ExitUsage;
    constexpr qint64 maxLimit = 10000; // a screenful for a person; also keeps int(limit) exact
    if (limit > maxLimit)
        return CommandSupport::usageError(
            name, QCoreApplication::translate("Commands", "--limit must be at most %1, not \"%2\".")
                      .arg(maxLimit)
                      .arg(parser.value(QStringLiteral("limit"))));
    const std::unique_ptr<Store> store = CommandSupport::openStore(parser, false);
    if (!store)
        return ExitFailure;
    try {
        const QString rep = parser.value(QStringLiteral("rep"));
        if (parser.isSet(QStringLiteral("rep")) && !Reps::known(*store, rep))
            return CommandSupport::failure(
                QCoreApplication::translate("Commands",
                                            "There is no rep \"%1\" in %2; nothing was listed.")
                    .arg(rep, store->displayName()));
        // Read only: nothing is claimed, so the team lead can look without disturbing the reps.
        const QueueQuery query(*store, QueueContext::build(*store, rep.trimmed(), {}));
        const QueueContext& context = query.context();
        const QList<QueueRow> next = query.callable(int(limit));
        const QList<QueueRow> held = query.heldBack(int(limit));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray queue, heldBack;
            for (int i = 0; i < next.size(); ++i)
                queue.append(toJson(next.at(i), context, i + 1));
            for (const QueueRow& row : held)
                heldBack.append(toJson(row, context, 0));
            const QJsonObject settings{{QStringLiteral("callingHours"), context.hours.describe()},
                                       {QStringLiteral("maxAttempts"), context.maxAttempts},
                                       {QStringLiteral("slaHours"), context.slaHours}};
            CommandSupport::printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("at"), Clock::fromSecs(context.now).toString(Qt::ISODate)},
                {QStringLiteral("settings"), settings},
                {QStringLiteral("queue"), queue},
                {QStringLiteral("heldBack"), heldBack}}));
            return ExitOk;
        }
        CommandSupport::printOut(TextSafety::printable(
            QCoreApplication::translate("Commands",
                                        "Queue of %1 (calling hours %2 in the lead's time, "
                                        "at most %3 attempts, SLA %4 h):")
                .arg(store->displayName(), context.hours.describe())
                .arg(context.maxAttempts)
                .arg(context.slaHours)));
        if (next.isEmpty())
            CommandSupport::printOut(
                QCoreApplication::translate("Commands", "  No lead is callable now."));
        for (int i = 0; i < next.size(); ++i)
            CommandSupport::printOut(
                QStringLiteral("%1. %2").arg(i + 1, 3).arg(line(next.at(i), context)));
        CommandSupport::printOut(QCoreApplication::translate("Commands", "Held back:"));
        if (held.isEmpty())
            CommandSupport::printOut(QCoreApplication::translate("Commands", "  none"));
        for (const QueueRow& row : held)
            CommandSupport::printOut(QStringLiteral("     %1").arg(line(row, context)));
        return ExitOk;
    } catch (const StoreError& error) {
        return CommandSupport::failure(error.message());
    }
}

const RegisterCommand registration(
    {"queue", "--db PATH [--rep NAME] [--limit N] [--json]",
     QT_TRANSLATE_NOOP("Commands", "The next leads in queue order, and why"), &runQueue});

} // namespace
