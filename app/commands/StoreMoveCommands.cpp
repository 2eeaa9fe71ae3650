#include "CommandFrame.h"
#include "CommandSupport.h"
#include "domain/Vocabulary.h"
#include "store/StoreMoves.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

// leadscout migrate-store (a single-user file moved to a team's server) and leadscout snapshot
// (a read-only SQLite copy of a store taken home). Both print the rows copied per table.

namespace {

struct MoveText
{
    Q_DECLARE_TR_FUNCTIONS(StoreMoveCommands)
};

QJsonObject resultJson(const StoreCopy::Result& result, const QString& target)
{
    QJsonObject tables;
    for (const StoreCopy::TableCount& count : result.tables)
        tables.insert(count.table, count.rows);
    return {{QStringLiteral("target"), target},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("leads"), result.rows(QStringLiteral("leads"))},
            {QStringLiteral("elapsed_ms"), result.elapsedMs}};
}

QString resultText(const StoreCopy::Result& result, const QString& target)
{
    qint64 rows = 0;
    for (const StoreCopy::TableCount& count : result.tables)
        rows += count.rows;
    return MoveText::tr("Copied %1 leads (%2 rows in %3 tables) to %4 in %5 s.")
        .arg(result.rows(QStringLiteral("leads")))
        .arg(rows)
        .arg(result.tables.size())
        .arg(target)
        .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1);
}

StoreCopy::Progress progressFor(const CommandFrame& frame)
{
    if (!frame.isSet(QStringLiteral("verbose")))
        return {};
    return [](const QString& table, qint64 rows) {
        CommandSupport::printErr(MoveText::tr("%1: %2 rows").arg(table).arg(rows));
        return true;
    };
}

int runMigrateStore(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("migrate-store"));
    frame.addOptions(
        "StoreMoveCommands",
        {{"from", QT_TRANSLATE_NOOP("StoreMoveCommands", "The store file to move."), "FILE"},
         {"to",
          QT_TRANSLATE_NOOP("StoreMoveCommands",
                            "The empty store to move it into (postgresql://host/database)."),
          "URL"},
         {"json", QT_TRANSLATE_NOOP("StoreMoveCommands", "Print the result as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (frame.isSet(QStringLiteral("db")))
        return frame.usageError(MoveText::tr("name the stores with --from and --to, not --db."));
    const QString from = frame.value(QStringLiteral("from"));
    const QString to = frame.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return frame.usageError(MoveText::tr("give both --from FILE and --to URL."));
    try {
        const StoreCopy::Result result = StoreMoves::moveIn(from, to, progressFor(frame));
        frame.print(resultJson(result, to), resultText(result, to));
        return ExitOk;
    } catch (const StoreError& error) {
        return CommandSupport::failure(error.message());
    }
}

// --filter owner=NAME | stage=KEY | since=YYYY-MM-DD, each at most once, all must hold.
std::optional<int> readFilters(const CommandFrame& frame, StoreCopy::Filter& filter)
{
    for (const QString& text : frame.parser().values(QStringLiteral("filter"))) {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        const QString name = text.left(std::max<qsizetype>(equals, 0)).trimmed();
        const QString value = equals < 0 ? QString() : text.mid(equals + 1).trimmed();
        if (name == QLatin1String("owner") && !value.isEmpty()) {
            filter.owner = value;
        } else if (name == QLatin1String("stage") && fromKey<Stage>(value)) {
            filter.stage = value;
        } else if (const QDate date = QDate::fromString(value, Qt::ISODate);
                   name == QLatin1String("since") && date.isValid()) {
            filter.createdSince = date.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
        } else {
            return frame.usageError(
                MoveText::tr("--filter \"%1\" is not owner=NAME, stage=KEY (e.g. stage=qualified) "
                             "or since=YYYY-MM-DD.")
                    .arg(text));
        }
    }
    return std::nullopt;
}

int runSnapshot(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("snapshot"));
    frame.addOptions(
        "StoreMoveCommands",
        {{"out", QT_TRANSLATE_NOOP("StoreMoveCommands", "The new, read-only store file."), "FILE"},
         {"filter",
          QT_TRANSLATE_NOOP("StoreMoveCommands",
                            "Only these leads: owner=NAME, stage=KEY or since=YYYY-MM-DD "
                            "(repeat to combine)."),
          "WHICH"},
         {"without-personal-data",
          QT_TRANSLATE_NOOP("StoreMoveCommands", "Leave out names, e-mail addresses, phone "
                                                 "numbers and notes (leads keep their number).")},
         {"json", QT_TRANSLATE_NOOP("StoreMoveCommands", "Print the result as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    const QString out = frame.value(QStringLiteral("out"));
    if (out.isEmpty())
        return frame.usageError(MoveText::tr("give --out FILE for the snapshot."));
    StoreCopy::Filter filter;
    if (const auto stop = readFilters(frame, filter))
        return *stop;
    filter.withoutPersonalData = frame.isSet(QStringLiteral("without-personal-data"));
    return frame.withStore([&](Store& store) {
        const StoreCopy::Result result =
            StoreMoves::takeSnapshot(store, out, filter, progressFor(frame));
        frame.print(resultJson(result, out), resultText(result, out));
        return ExitOk;
    });
}

const RegisterCommand migrateRegistration(
    {"migrate-store", "--from FILE --to URL [--json]",
     QT_TRANSLATE_NOOP("Commands", "Move a store file into an empty team server, ids and "
                                   "history kept"),
     &runMigrateStore});

const RegisterCommand snapshotRegistration(
    {"snapshot",
     "--db URL --out FILE [--filter owner=NAME|stage=KEY|since=DATE …] [--without-personal-data] "
     "[--json]",
     QT_TRANSLATE_NOOP("Commands", "Take a read-only copy of a store home for offline review"),
     &runSnapshot});

} // namespace
