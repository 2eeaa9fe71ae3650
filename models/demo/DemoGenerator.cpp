#include "demo/DemoGenerator.h"

#include "dashboard/RollupBulkScope.h"
#include "demo/DemoDetails.h"
#include "demo/DemoFunnel.h"
#include "demo/DemoGuards.h"
#include "demo/DemoNurture.h"
#include "demo/DemoWriter.h"
#include "scoring/BulkScoring.h"
#include "scoring/ScoringRulesRepository.h"
#include "store/Indexes.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QDate>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <array>
#include <spdlog/spdlog.h>

namespace {

constexpr qint64 progressEvery = 512;

double seniorityFactor(Seniority seniority)
{
    switch (seniority) {
    case Seniority::CLevel:
        return 1.1;
    case Seniority::VpDirector:
    case Seniority::HeadOf:
        return 1.2;
    case Seniority::Manager:
        return 1.0;
    case Seniority::Specialist:
        return 0.8;
    case Seniority::TraineeStudent:
        return 0.3;
    case Seniority::Unknown:
        break;
    }
    return 0.7;
}

double sizeFactor(const std::optional<int>& employees)
{
    if (!employees)
        return 0.9;
    if (*employees < 10)
        return 0.6;
    if (*employees < 50)
        return 0.85;
    return *employees <= 5000 ? 1.1 : 1.0;
}

/// Fills %Y, %M and %Q of a campaign name from the day the lead arrived.
QString campaignName(QString pattern, qint64 createdAt)
{
    if (!pattern.contains(QLatin1Char('%')))
        return pattern;
    const QDate date = QDate::fromJulianDay(createdAt / DemoCalendar::day + 2440588);
    return pattern.replace(QLatin1String("%Y"), QString::number(date.year()))
        .replace(QLatin1String("%M"),
                 QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0')))
        .replace(QLatin1String("%Q"), QString::number((date.month() + 2) / 3));
}

/// The reps who own leads of a territory, and the team lead.
struct Owners
{
    explicit Owners(const QList<DemoRepInfo>& reps)
    {
        for (int i = 0; i < int(reps.size()); ++i) {
            const QString& territory = reps.at(i).territory;
            if (reps.at(i).role == QLatin1String("team_lead"))
                teamLead = i;
            if (territory == QLatin1String("dach") || territory == QLatin1String("all"))
                dach.append(i);
            if (territory == QLatin1String("international") || territory == QLatin1String("all"))
                international.append(i);
        }
    }
    int pick(DemoRandom& random, const QString& territory) const
    {
        const QList<int>& reps = territory == QLatin1String("dach") ? dach : international;
        if (reps.isEmpty())
            return teamLead;
        // The team lead works a few leads herself.
        return random.chance(0.04) ? teamLead : random.pick(reps);
    }
    QList<int> dach;
    QList<int> international;
    int teamLead = 0;
};

void makeBasics(DemoRandom& random, const DemoRecipe& recipe, const DemoContacts& contacts,
                const Owners& owners, qint64 createdAt, DemoLeadBasics& lead)
{
    lead.createdAt = createdAt;
    lead.company = contacts.company(contacts.pickCompany(random));
    lead.person = contacts.person(random, lead.company);
    lead.channel = &recipe.channels.pick(random);
    lead.campaign = campaignName(random.pick(lead.channel->campaigns), createdAt);
    lead.owner = owners.pick(random, lead.company.country->territory);
    lead.quality = lead.channel->quality * seniorityFactor(lead.person.seniority) *
                   sizeFactor(lead.company.employees) * (lead.person.freeMail ? 0.6 : 1.0);
}

/// Drops the secondary indexes of the demo tables (see Indexes) and gives back the statements
/// that create them again.
QStringList dropIndexes(const Store& store)
{
    QStringList creates;
    for (const QString& table : DemoWriter::tables())
        creates += Indexes::drop(store, table);
    return creates;
}

void runAll(const Store& store, const QStringList& statements)
{
    for (const QString& statement : statements)
        Sql::exec(store.db(), statement);
}

/// The index statements on the leads table, and the others.
std::pair<QStringList, QStringList> splitLeadIndexes(const QStringList& creates)
{
    static const QRegularExpression onLeads(QStringLiteral(R"(\bON\s+(\w+\.)?"?leads"?[\s(])"),
                                            QRegularExpression::CaseInsensitiveOption);
    std::pair<QStringList, QStringList> split;
    for (const QString& create : creates)
        (onLeads.match(create).hasMatch() ? split.first : split.second).append(create);
    return split;
}

} // namespace

DemoGenerator::DemoGenerator(const Store& store, DemoOptions options)
    : m_store(store)
    , m_options(options)
{}

void DemoGenerator::refuseNonEmptyStore() const
{
    const qint64 leads =
        Sql::scalar(m_store.db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
    if (leads > 0)
        throw StoreError(tr("%1 is not empty (leads: %2). Demo data is only written to a new or "
                            "empty store, never mixed into real data; choose another --db.")
                             .arg(m_store.displayName())
                             .arg(leads));
}

DemoSummary DemoGenerator::run()
{
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    summary.seed = m_options.seed;
    spdlog::info("demo: writing {} leads with seed {}", m_options.leads, m_options.seed);
    runAll(m_store, m_store.dialect().bulkWriteBegin());
    try {
        summary.cancelled = !generate(summary);
    } catch (...) {
        try {
            runAll(m_store, m_store.dialect().bulkWriteEnd());
        } catch (const StoreError&) {
            // Keep the first error: it says what went wrong.
        }
        throw;
    }
    runAll(m_store, m_store.dialect().bulkWriteEnd());
    if (summary.cancelled) {
        summary.tables.clear();
        summary.stages.clear();
        summary.leads = 0;
    }
    summary.elapsedMs = timer.elapsed();
    spdlog::info("demo: {} in {} ms", summary.cancelled ? "cancelled" : "done", summary.elapsedMs);
    return summary;
}

bool DemoGenerator::generate(DemoSummary& summary)
{
    const DemoCalendar calendar(Clock::nowSecs());
    const DemoRecipe recipe = DemoRecipe::load(calendar.anchor());
    const Owners owners(recipe.reps);
    const qint64 total = m_options.leads;
    DemoRandom random(m_options.seed);
    const DemoContacts contacts(recipe, m_options.seed, std::max<qint64>(20, total * 45 / 100));
    const DemoFunnel funnel(recipe, calendar, owners.teamLead);
    const DemoDetails details(recipe, calendar);
    summary.anchor = calendar.anchor();

    WriteTransaction transaction(m_store);
    refuseNonEmptyStore(); // inside the transaction: nobody can add a lead after the check
    // The rules every lead is scored with are the rules its story's decisions had to pass.
    const ActiveRules rules = ScoringRulesRepository(m_store).activeInTransaction();
    const DemoGuards guards(recipe, rules.rules);
    {
        const QStringList indexes = dropIndexes(m_store);
        // The dashboard's roll-ups are built once at the end, not kept lead by lead.
        RollupBulkScope rollups(m_store);
        rollups.touchedAll();
        DemoWriter writer(m_store);
        writer.writeReps(recipe.reps, calendar.start());
        writer.writeBatches(calendar, owners.teamLead);
        std::array<qint64, 7> perStage{};
        DemoLeadBasics lead;
        DemoStory story;
        for (qint64 i = 0; i < total; ++i) {
            if (i % progressEvery == 0) {
                if (cancelled())
                    return false;
                if (m_progress)
                    m_progress(i, total);
            }
            makeBasics(random, recipe, contacts, owners,
                       calendar.createdAt(i, total, random.unit()), lead);
            lead.fit = guards.fitFactor(lead);
            funnel.tell(random, lead, story);
            details.add(random, lead, story);
            guards.apply(random, lead, story);
            writer.writeLead(lead, story);
            ++perStage[size_t(story.stage)];
        }
        if (cancelled())
            return false;
        writer.finishBatches();
        const qint64 responseEvents = DemoNurture::finishInTransaction(m_store, calendar.anchor());
        // Every lead gets a real score (the default rules, or the store's own): the indexes the
        // scorer reads through come back first, those on the leads after their scores are in.
        const auto [leadIndexes, otherIndexes] = splitLeadIndexes(indexes);
        runAll(m_store, otherIndexes);
        if (!BulkScoring::scoreAllInTransaction(m_store, rules, Clock::nowSecs(),
                                                [this](qint64, qint64) { return !cancelled(); }))
            return false;
        runAll(m_store, leadIndexes);
        rollups.finish();
        for (const QString& table : DemoWriter::tables())
            summary.tables.append(
                {table, writer.count(table) +
                            (table == QLatin1String("interest_events") ? responseEvents : 0)});
        for (const Stage stage : allValues<Stage>())
            summary.stages.append({stage, perStage[size_t(stage)]});
    }
    transaction.commit();
    summary.leads = total;
    if (m_progress)
        m_progress(total, total);
    return true;
}
