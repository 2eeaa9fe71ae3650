// The handoff columns and the other team settings as a store holds them: text a colleague's
// copy of LeadScout (or an older version, or a hand edit with sqlite3) may have written.
#include "FuzzSupport.h"
#include "domain/TeamSettings.h"
#include "handoff/HandoffColumns.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace {
Store* store = nullptr; // kept to the end, like the application (FuzzSupport::init)
const char* const keys[] = {
    "contact/default_country",   "dashboard/min_count", "handoff/columns",     "queue/calling_days",
    "queue/calling_end",         "queue/calling_start", "queue/claim_minutes", "queue/max_attempts",
    "queue/nurture_return_days", "queue/sla_hours"};
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::init(argc, argv);
    store =
        Store::open(FuzzSupport::writeFile(QStringLiteral("team.leadscout"), nullptr, 0)).release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Each line is the value of one setting, in the order of `keys`.
    const QStringList values = FuzzSupport::lines(data, size);
    QSqlQuery query(store->db());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO team_settings (key, value) VALUES (?, ?)"));
    for (qsizetype i = 0; i < qsizetype(std::size(keys)); ++i) {
        query.bindValue(0, QString::fromLatin1(keys[i]));
        query.bindValue(1, values.value(i % std::max<qsizetype>(1, values.size())));
        if (!query.exec())
            std::abort();
    }
    const TeamSettings settings = TeamSettings::readAll(*store);
    settings.slaHours();
    settings.minRateCount();
    settings.callingHoursStart();
    settings.callingHoursEnd();
    settings.callingDays();
    settings.nurtureReturnDays();
    settings.maxAttempts();
    settings.claimMinutes();
    settings.defaultCountry();
    const QList<HandoffColumn> chosen = HandoffColumns::chosen(settings);
    if (chosen.isEmpty())
        std::abort(); // an unusable choice falls back to every column
    QStringList chosenKeys;
    for (HandoffColumn column : chosen)
        chosenKeys.append(HandoffColumns::keyOf(column));
    if (!HandoffColumns::validate(chosenKeys).isEmpty())
        std::abort(); // what is used must be a valid choice
    // The same text as a list a rep typed (the columns dialog and the command line).
    const QStringList typed = FuzzSupport::text(data, size).split(u',');
    HandoffColumns::validate(typed);
    for (const QString& key : typed)
        HandoffColumns::kindOfKey(key);
    return 0;
}
