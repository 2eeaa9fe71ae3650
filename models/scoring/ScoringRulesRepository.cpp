#include "scoring/ScoringRulesRepository.h"

#include "store/Store.h"
#include "support/Clock.h"

ScoringRulesRepository::ScoringRulesRepository(const Store& store)
    : m_store(store)
{}

bool ScoringRulesRepository::hasRules() const
{
    return Sql::scalar(m_store.db(), QStringLiteral("SELECT count(*) FROM scoring_rules")).toInt() >
           0;
}

void ScoringRulesRepository::installDefaults() const
{
    // Two programs opening a new shared store at once both get here; the second one's insert
    // does nothing.
    Sql::exec(m_store.db(),
              QStringLiteral("INSERT INTO scoring_rules (version, created_at, note, rules, active)"
                             " VALUES (1, ?, ?, ?, 1) ON CONFLICT (version) DO NOTHING"),
              {Clock::nowSecs(), QStringLiteral("LeadScout defaults"),
               QString::fromUtf8(ScoringRules::defaults().toJson())});
}

void ScoringRulesRepository::ensureInstalled() const
{
    if (hasRules())
        return;
    WriteTransaction transaction(m_store);
    installDefaults();
    transaction.commit();
}

ActiveRules ScoringRulesRepository::active() const
{
    ensureInstalled();
    return readActive();
}

ActiveRules ScoringRulesRepository::activeInTransaction() const
{
    if (!hasRules())
        installDefaults();
    return readActive();
}

ActiveRules ScoringRulesRepository::readActive() const
{
    QSqlQuery query =
        Sql::exec(m_store.db(), QStringLiteral("SELECT version, rules FROM scoring_rules"
                                               " WHERE active = 1 ORDER BY version DESC"));
    if (!query.next()) {
        query = Sql::exec(m_store.db(), QStringLiteral("SELECT version, rules FROM scoring_rules"
                                                       " ORDER BY version DESC"));
        query.next();
    }
    ActiveRules active;
    active.version = query.value(0).toInt();
    QString error;
    if (!ScoringRules::fromJson(query.value(1).toString().toUtf8(), active.rules, &error))
        throw StoreError(tr("The scoring rules version %1 in the store cannot be read: %2")
                             .arg(active.version)
                             .arg(error));
    return active;
}

std::optional<ScoringRules> ScoringRulesRepository::rules(int version) const
{
    const QVariant json =
        Sql::scalar(m_store.db(),
                    QStringLiteral("SELECT rules FROM scoring_rules WHERE version = ?"), {version});
    if (!json.isValid())
        return std::nullopt;
    ScoringRules rules;
    QString error;
    if (!ScoringRules::fromJson(json.toString().toUtf8(), rules, &error))
        throw StoreError(tr("The scoring rules version %1 in the store cannot be read: %2")
                             .arg(version)
                             .arg(error));
    return rules;
}

QList<RuleVersion> ScoringRulesRepository::versions() const
{
    QSqlQuery query = Sql::exec(
        m_store.db(), QStringLiteral("SELECT s.version, s.created_at, r.name, s.note, s.active"
                                     " FROM scoring_rules s LEFT JOIN reps r ON r.id = s.rep_id"
                                     " ORDER BY s.version DESC"));
    QList<RuleVersion> result;
    while (query.next())
        result.append({query.value(0).toInt(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toBool()});
    return result;
}

int ScoringRulesRepository::addVersionInTransaction(const ScoringRules& rules, qint64 repId,
                                                    const QString& note) const
{
    if (const QString problem = rules.validate(); !problem.isEmpty())
        throw StoreError(problem);
    const int version =
        Sql::scalar(m_store.db(), QStringLiteral("SELECT coalesce(max(version), 0) + 1"
                                                 " FROM scoring_rules"))
            .toInt();
    Sql::exec(m_store.db(), QStringLiteral("UPDATE scoring_rules SET active = 0 WHERE active = 1"));
    Sql::exec(m_store.db(),
              QStringLiteral("INSERT INTO scoring_rules (version, created_at, rep_id, note, rules,"
                             " active) VALUES (?, ?, ?, ?, ?, 1)"),
              {version, Clock::nowSecs(),
               repId > 0 ? QVariant(repId) : QVariant(QMetaType::fromType<qint64>()),
               Sql::nullIfEmpty(note.trimmed()), QString::fromUtf8(rules.toJson())});
    return version;
}
