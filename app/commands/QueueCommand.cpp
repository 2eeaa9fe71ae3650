#include "CommandFrame.h"
#include "CommandSupport.h"
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

QJsonObject queueJson(const QueueContext& context, const QList<QueueRow>& next,
                      const QList<QueueRow>& held)
{
    QJsonArray queue, heldBack;
    for (int i = 0; i < next.size(); ++i)
        queue.append(toJson(next.at(i), context, i + 1));
    for (const QueueRow& row : held)
        heldBack.append(toJson(row, context, 0));
    const QJsonObject settings{{QStringLiteral("callingHours"), context.hours.describe()},
                               {QStringLiteral("maxAttempts"), context.maxAttempts},
                               {QStringLiteral("slaHours"), context.slaHours}};
    return {{QStringLiteral("at"), Clock::fromSecs(context.now).toString(Qt::ISODate)},
            {QStringLiteral("settings"), settings},
            {QStringLiteral("queue"), queue},
            {QStringLiteral("heldBack"), heldBack}};
}

QString queueText(const Store& store, const QueueContext& context, const QList<QueueRow>& next,
                  const QList<QueueRow>& held)
{
    QStringList lines{TextSafety::printable(
        QCoreApplication::translate("Commands", "Queue of %1 (calling hours %2 in the lead's time, "
                                                "at most %3 attempts, SLA %4 h):")
            .arg(store.displayName(), context.hours.describe())
            .arg(context.maxAttempts)
            .arg(context.slaHours))};
    if (next.isEmpty())
        lines.append(QCoreApplication::translate("Commands", "  No lead is callable now."));
    for (int i = 0; i < next.size(); ++i)
        lines.append(QStringLiteral("%1. %2").arg(i + 1, 3).arg(line(next.at(i), context)));
    lines.append(QCoreApplication::translate("Commands", "Held back:"));
    if (held.isEmpty())
        lines.append(QCoreApplication::translate("Commands", "  none"));
    for (const QueueRow& row : held)
        lines.append(QStringLiteral("     %1").arg(line(row, context)));
    return lines.join(QLatin1Char('\n'));
}

int listQueue(const CommandFrame& frame, const Store& store, int limit)
{
    const QString rep = frame.value(QStringLiteral("rep"));
    if (frame.isSet(QStringLiteral("rep")) && !Reps::known(store, rep))
        return CommandSupport::failure(
            QCoreApplication::translate("Commands",
                                        "There is no rep \"%1\" in %2; nothing was listed.")
                .arg(rep, store.displayName()));
    // Read only: nothing is claimed, so the team lead can look without disturbing the reps.
    const QueueQuery query(store, QueueContext::build(store, rep.trimmed(), {}));
    const QList<QueueRow> next = query.callable(limit);
    const QList<QueueRow> held = query.heldBack(limit);
    frame.print(queueJson(query.context(), next, held),
                queueText(store, query.context(), next, held));
    return ExitOk;
}

int runQueue(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("queue"));
    frame.addOptions(
        "Commands",
        {{"rep", QT_TRANSLATE_NOOP("Commands", "Whose claims count as their own."), "NAME"},
         {"limit",
          QT_TRANSLATE_NOOP("Commands", "How many leads to list (default 20, at most 10000)."),
          "N"},
         {"json", QT_TRANSLATE_NOOP("Commands", "Print JSON instead of text.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    qint64 limit = 20;
    if (!CommandSupport::intOption(frame.parser(), frame.name(), QStringLiteral("limit"), 1, limit))
        return ExitUsage;
    constexpr qint64 maxLimit = 10000; // a screenful for a person; also keeps int(limit) exact
    if (limit > maxLimit)
        return frame.usageError(
            QCoreApplication::translate("Commands", "--limit must be at most %1, not \"%2\".")
                .arg(maxLimit)
                .arg(frame.value(QStringLiteral("limit"))));
    return frame.withStore([&](Store& store) { return listQueue(frame, store, int(limit)); });
}

const RegisterCommand registration(
    {"queue", "--db PATH [--rep NAME] [--limit N] [--json]",
     QT_TRANSLATE_NOOP("Commands", "The next leads in queue order, and why"), &runQueue});

} // namespace
