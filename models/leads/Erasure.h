#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class Store;

/// What an erasure would remove, counted before it runs, so the confirmation can name it.
struct ErasurePlan
{
    struct Subject
    {
        qint64 id = 0;
        QString name;
        QString company;
    };

    QList<Subject> leads;
    QList<QPair<QString, qint64>> rowsByTable; ///< table → rows of these leads, non-zero only
    qint64 callNotes = 0;                      ///< calls with a note among the calls

    bool isEmpty() const { return leads.isEmpty(); }
    QList<qint64> ids() const;
    qint64 rows(const QString& table) const;
    /// A paragraph for the confirmation that names the people and every kind of data that goes.
    QString describe() const;
    /// The same as figures (ids and counts, no personal data), for `leadscout erase --json`.
    QJsonObject toJson() const;
};

/// Erasure on request (GDPR Art. 17): removes one lead, or all leads with an e-mail address, with
/// everything stored about them in one transaction, checks that no table still refers to them,
/// and keeps only a suppression entry (one-way hashes and the date). Handoff batches keep their
/// lead counts. On SQLite, secure_delete (set for every connection) overwrites the freed bytes and
/// a checkpoint afterwards empties the write-ahead log, so no copy stays in the file.
class Erasure
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)

public:
    struct Result
    {
        int leadsErased = 0;
        qint64 rowsErased = 0; ///< including the lead rows themselves
        qint64 erasedAt = 0;
        bool logCleared = true; ///< false when another connection kept the write-ahead log busy
    };

    explicit Erasure(const Store& store);

    ErasurePlan planForLead(qint64 leadId) const;
    ErasurePlan planForEmail(const QString& email) const;
    ErasurePlan plan(const QList<qint64>& leadIds) const;

    /// Erases what the plan names. Throws StoreError (and changes nothing) when the store fails
    /// or a table would still hold something of these leads.
    Result erase(const ErasurePlan& plan);

    /// Backups the store took before schema upgrades (SQLite: STORE.vN-….bak beside the file).
    /// They are copies of the store as it was and may still hold an erased person: the person
    /// erasing must be told, since LeadScout does not change backups.
    QStringList backupFiles() const;

private:
    void verifyGone(const QList<qint64>& ids, const QStringList& tables) const;
    bool checkpoint() const;

    const Store& m_store;
};
