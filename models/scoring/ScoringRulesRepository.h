#pragma once

#include "scoring/ScoringRules.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Store;

/// One saved version of the team's scoring rules.
struct RuleVersion
{
    int version = 0;
    qint64 createdAt = 0;
    QString repName;
    QString note;
    bool active = false;
};

/// The active rules and the version number every score computed with them records.
struct ActiveRules
{
    int version = 0;
    ScoringRules rules;
};

/// The team's scoring rules in the store (table scoring_rules), versioned: a change never edits
/// a version, it adds the next one and makes it the active one.
class ScoringRulesRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScoringRulesRepository)

public:
    explicit ScoringRulesRepository(const Store& store);

    /// Installs the shipped defaults as version 1 when the store has no rules yet.
    void ensureInstalled() const;
    /// The active rules (installing the defaults first when there are none). Throws StoreError
    /// when the stored rules cannot be read.
    ActiveRules active() const;
    /// The same inside the caller's transaction, installing the defaults in it when needed.
    ActiveRules activeInTransaction() const;
    /// The rules of one version, if it exists.
    std::optional<ScoringRules> rules(int version) const;
    /// Every version, newest first.
    QList<RuleVersion> versions() const;
    /// Saves the rules as a new version and makes it active, inside the caller's transaction.
    /// Returns the new version number.
    int addVersionInTransaction(const ScoringRules& rules, qint64 repId, const QString& note) const;

private:
    bool hasRules() const;
    void installDefaults() const;
    ActiveRules readActive() const;

    const Store& m_store;
};
