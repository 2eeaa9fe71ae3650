#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class Store;

/// Which leads to copy (all when empty); the rows that belong to a lead follow their lead,
/// everything else (reps, rules, settings, batches) is copied whole.
struct StoreCopyFilter
{
    QString owner;            ///< the owning rep's name
    QString stage;            ///< a stage key
    qint64 createdSince = 0;  ///< created at or after (UTC seconds); 0 for any time
    qint64 createdBefore = 0; ///< created before (UTC seconds); 0 for any time
    QString source;           ///< a source channel key
    /// Leave out what is personal (PersonalData): names, addresses, numbers and notes.
    bool withoutPersonalData = false;
    /// Whether it selects leads (leaving out personal data keeps every lead).
    bool isEmpty() const
    {
        return owner.isEmpty() && stage.isEmpty() && createdSince == 0 && createdBefore == 0 &&
               source.isEmpty();
    }
};

/// Copies every row of one store into another, ids and history kept: a single-user file moved
/// to a team's server (`migrate-store`), a server's data taken home as a file (`snapshot`).
/// The target is written in one transaction, so a failure, a cancel or a kill leaves it as it
/// was; the source is read in one read transaction, so the copy is of one moment even while
/// reps go on working.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    using Filter = StoreCopyFilter;

    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Result
    {
        QList<TableCount> tables; ///< in the order copied
        qint64 elapsedMs = 0;
        qint64 rows(const QString& table) const;
    };

    /// Told after each chunk of rows: the table being copied and its rows so far. Returning
    /// false cancels (nothing is written).
    using Progress = std::function<bool(const QString& table, qint64 rows)>;

    /// Copies `from` into `to`. `to` must hold no lead and nothing of a lead; what its
    /// migrations filled in (rules, settings, zone tables) and its reps are replaced by the
    /// source's. Both must be at the same schema version. Throws StoreError, with `to` unchanged.
    static Result copy(const Store& from, const Store& to, const Filter& filter = {},
                       const Progress& progress = {});

    /// The leads `store` holds: a copy goes only into a store with none (every row that belongs
    /// to a lead refers to one, so none of those can be there either).
    static qint64 leadCount(const Store& store);
};
