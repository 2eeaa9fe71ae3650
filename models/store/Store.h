#pragma once

#include "store/Dialect.h"
#include "store/Sql.h"
#include "store/StoreEvents.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

/// Why a store could not be opened. Each case comes with a message for a person.
class StoreOpenError : public StoreError
{
public:
    enum class Kind
    {
        NotFound,
        NotAStore,
        Corrupt,
        Newer,
        Locked,
        ReadOnly,
        Unreachable,
        WrongPassword, ///< the server refused the user name or password
        NoPermission,  ///< the server does not let this user in
        DiskFull
    };
    StoreOpenError(Kind kind, const QString& message);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

/// One connection to a LeadScout store: a SQLite file (the default) or a PostgreSQL database
/// given as a postgresql:// URL. Opening checks the store, refuses what it must not touch, and
/// brings an older schema up to date in one transaction after taking a backup of the file.
/// A Store belongs to the thread that opened it; worker threads open their own.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    struct Options
    {
        bool create = true;       ///< create a missing SQLite file
        int busyTimeoutMs = 5000; ///< how long to wait for another writer
        int targetVersion =
            -1; ///< schema version to migrate to; -1 for the latest (tests use less)
        /// For a server whose URL holds no password and libpq finds none (~/.pgpass): the one
        /// the rep typed at start. Kept in memory only.
        QString password;
    };

    /// Opens (and if needed creates and migrates) the store. Throws StoreOpenError.
    static std::unique_ptr<Store> open(const QString& location, const Options& options);
    static std::unique_ptr<Store> open(const QString& location)
    {
        return open(location, Options{});
    }
    ~Store();

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// The connection. On a server whose connection was lost, this connects again first (and
    /// throws StoreError when the server cannot be reached).
    QSqlDatabase db() const;
    const Dialect& dialect() const { return m_dialect; }
    /// The file path or the server URL (never with a password in it).
    QString location() const { return m_location; }
    bool isSqlite() const { return m_dialect.isSqlite(); }
    int schemaVersion() const { return m_schemaVersion; }
    /// The backup taken before this open migrated the file, or empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    /// A further connection to the same store (for a worker thread: call it in that thread).
    std::unique_ptr<Store> openAnother() const;

    /// What it takes to open a further connection later, from any thread, even after this
    /// Store is gone: a worker that connects lazily keeps this, never a reference to the store
    /// (reading a destroyed Store from another thread corrupted memory).
    struct Recipe
    {
        QString location;
        Options options;
        std::shared_ptr<StoreEventsLink> link; ///< announcements go to this store's events
    };
    Recipe recipe() const;
    static std::unique_ptr<Store> openAnother(const Recipe& recipe);

    /// For a snapshot (a read-only copy of a team's server, see StoreMoves): where it was taken
    /// from, and when (UTC seconds). Empty and 0 for a store that is not one. A snapshot's
    /// connections refuse every write (SQLite's query_only).
    QString snapshotOf() const { return m_snapshotOf; }
    qint64 snapshotTakenAt() const { return m_snapshotTakenAt; }
    static QString snapshotOfKey() { return QStringLiteral("snapshot_of"); }
    static QString snapshotTakenAtKey() { return QStringLiteral("snapshot_taken_at"); }

    /// A short, human description: the file name or the server and database.
    QString displayName() const;

    /// The change notification the views connect to (see StoreEvents); nullptr for a store made
    /// with openAnother(), which announces into the events of the store it was made from.
    StoreEvents* events() const { return m_events.get(); }
    /// Announcements of the use cases: sent when the write transaction open on this connection
    /// commits (dropped when it rolls back), at once when none is open.
    void announceLead(qint64 leadId) const { m_announcer.announce({{leadId}}); }
    void announceLeads() const { m_announcer.announce({{}, true}); }
    void announceHandoff() const { m_announcer.announce({{}, false, true}); }

private:
    friend class WriteTransaction;
    Store(QString location, Dialect::Kind kind, QString connectionName);
    static std::unique_ptr<Store> openServer(const QString& url, const Options& options);
    void startServerSession() const;
    /// Server only: announcements go out as notifications, and the primary store listens for
    /// those of other programs and delivers them into its events.
    void publishChanges();
    void listenForChanges() const;
    void reconnect() const;
    void configureSqlite(const Options& options);
    void migrate(const Options& options);
    void guardSnapshot();
    int readSchemaVersion() const;
    void backupSqliteFile(int fromVersion);
    void discardBackup();
    void refuseNewer(int version) const;
    StoreOpenError lockedOrDamaged(const StoreError& error) const;
    StoreOpenError diskFull() const;

    QString m_location;
    Dialect m_dialect;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_backupPath;
    QString m_snapshotOf;
    qint64 m_snapshotTakenAt = 0;
    Options m_options;
    std::unique_ptr<StoreEvents> m_events; ///< only the primary store's (not openAnother's)
    mutable StoreAnnouncer m_announcer;
};

/// A write transaction: takes the write lock at once, rolls back unless commit() was called.
/// commit() first does what the schema asks of every write (Migrations::beforeCommit: the
/// dashboard's second roll-up level for the days this transaction changed), in the transaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Store& store);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    const Store& m_store;
    StoreAnnouncer& m_announcer;
    bool m_active = false;
};
