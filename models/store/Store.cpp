#include "store/Store.h"

#include "store/DiskFull.h"
#include "store/Migrations.h"
#include "store/PostgresConnection.h"
#include "store/StoreFiles.h"
#include "support/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <atomic>
#include <spdlog/spdlog.h>

namespace {

std::atomic<int> connectionCounter{0};

QString nextConnectionName()
{
    return QStringLiteral("leadscout-%1").arg(connectionCounter.fetch_add(1));
}

/// The channel of every LeadScout change notification on a server.
const QString changesChannel = QStringLiteral("leadscout_changes");

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

void createOwnerOnlyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw StoreOpenError(
            StoreOpenError::Kind::ReadOnly,
            Store::tr("Cannot create the store %1: %2").arg(path, file.errorString()));
    file.setPermissions(ownerOnly);
}

// A shared-memory file or log that SQLite could not finish on a full disk (a real one is at
// least 32 KiB); only called when neither existed before this open.
void removeStubs(const QString& path)
{
    for (const QString& suffix : {QStringLiteral("-shm"), QStringLiteral("-wal")}) {
        const QFileInfo stub(path + suffix);
        if (stub.isFile() && stub.size() < 32768)
            QFile::remove(stub.filePath());
    }
}

} // namespace

StoreOpenError::StoreOpenError(Kind kind, const QString& message)
    : StoreError(message)
    , m_kind(kind)
{}

Store::Store(QString location, Dialect::Kind kind, QString connectionName)
    : m_location(std::move(location))
    , m_dialect(kind)
    , m_connectionName(std::move(connectionName))
    , m_events(std::make_unique<StoreEvents>())
    , m_announcer(std::make_shared<StoreEventsLink>(m_events.get()))
{}

Store::~Store()
{
    if (m_events)
        m_announcer.link()->detach(); // connections made from this store announce into nothing
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::db() const
{
    QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    // A statement that found the server gone closed the connection (Sql::fail): connect again,
    // unless a write transaction was open on it. The server rolled that back, and what the
    // caller still runs must not go on outside a transaction on a new connection.
    if (!isSqlite() && !connection.isOpen()) {
        if (m_announcer.holding())
            throw StoreError(QCoreApplication::translate(
                                 "StoreError",
                                 "The connection to the server was lost; nothing was changed. "
                                 "LeadScout connects again: try once more."),
                             StoreError::Cause::Lost);
        reconnect();
    }
    return connection;
}

void Store::reconnect() const
{
    QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    if (!connection.open()) {
        spdlog::warn("store: reconnecting failed: {}", connection.lastError().text().toStdString());
        throw StoreError(tr("The server %1 cannot be reached; nothing was changed. What you "
                            "entered is still here: try again when the network is back.")
                             .arg(displayName()),
                         StoreError::Cause::Lost);
    }
    spdlog::info("store: connected to the server again");
    startServerSession();
    listenForChanges(); // a new connection listens to nothing yet
}

void Store::publishChanges()
{
    const QString name = m_connectionName;
    const QString origin = m_announcer.link()->origin();
    // pg_notify in the writing transaction: the server delivers it when that commits, never
    // for a rollback, and in commit order.
    m_announcer.setPublisher([name, origin](const StoreChange& change) {
        // One round trip (execOnce): every write transaction on a server announces something.
        Sql::execOnce(QSqlDatabase::database(name, false), QStringLiteral("SELECT pg_notify(?, ?)"),
                      {changesChannel, origin + QLatin1Char(' ') + change.toPayload()});
    });
}

void Store::listenForChanges() const
{
    if (!m_events)
        return; // a further connection: its store's events already listen
    QSqlDriver* driver = QSqlDatabase::database(m_connectionName, false).driver();
    if (driver->subscribedToNotifications().contains(changesChannel))
        driver->unsubscribeFromNotification(changesChannel); // the old connection's
    if (!driver->subscribeToNotification(changesChannel))
        spdlog::warn("store: cannot listen for the changes of other reps: {}",
                     driver->lastError().text().toStdString());
}

void Store::startServerSession() const
{
    QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    for (const QString& statement : PostgresConnection::sessionSettings())
        Sql::exec(connection, statement);
}

std::unique_ptr<Store> Store::openServer(const QString& url, const Options& options)
{
    std::unique_ptr<Store> store(new Store(PostgresConnection::withoutPassword(url),
                                           Dialect::Kind::Postgres, nextConnectionName()));
    store->m_options = options;
    if (store->m_options.password.isEmpty())
        store->m_options.password = QUrl(url).password();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connectionName);
    PostgresConnection::configure(db, url, store->m_options.password);
    if (!db.open())
        throw PostgresConnection::openError(url, db);
    try {
        store->startServerSession();
    } catch (const StoreError& error) {
        throw StoreOpenError(StoreOpenError::Kind::Unreachable, error.message());
    }
    store->migrate(options);
    store->publishChanges();
    StoreEvents* events = store->m_events.get();
    const QString origin = store->m_announcer.link()->origin();
    // Qt's driver reads notifications while the event loop runs, in this thread.
    QObject::connect(
        db.driver(), &QSqlDriver::notification, events,
        [events, origin](const QString& channel, QSqlDriver::NotificationSource,
                         const QVariant& payload) {
            const QString text = payload.toString();
            if (channel != changesChannel || text.section(QLatin1Char(' '), 0, 0) == origin)
                return; // announced here already
            events->deliver(StoreChange::fromPayload(text.section(QLatin1Char(' '), 1)));
        });
    store->listenForChanges();
    return store;
}

QString Store::displayName() const
{
    if (isSqlite())
        return QFileInfo(m_location).fileName();
    const QUrl url(m_location);
    return QStringLiteral("%1/%2").arg(url.host(), url.path().mid(1));
}

std::unique_ptr<Store> Store::open(const QString& location, const Options& options)
{
    if (PostgresConnection::isUrl(location))
        return openServer(location, options);

    const QString path = QFileInfo(location).absoluteFilePath();
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            throw StoreOpenError(StoreOpenError::Kind::NotAStore,
                                 info.isDir()
                                     ? tr("%1 is a folder, not a LeadScout store.").arg(path)
                                     : tr("%1 is not a regular file, so not a LeadScout store. It "
                                          "was left untouched.")
                                           .arg(path));
        const QFileInfo folder(info.absolutePath());
        if (!info.isWritable() || !(info.permissions() & QFile::WriteOwner) || !folder.isWritable())
            throw StoreOpenError(
                StoreOpenError::Kind::ReadOnly,
                tr("The store %1 is read-only. LeadScout needs to write to the file and to its "
                   "folder; copy it to a writable place or change its permissions. Nothing was "
                   "changed.")
                    .arg(path));
        if (info.size() == 0 && !options.create)
            throw StoreOpenError(StoreOpenError::Kind::NotAStore,
                                 tr("%1 is an empty file, not a LeadScout store. It was left "
                                    "untouched.")
                                     .arg(path));
        // The file is not opened here to look at its header: closing a descriptor of our own
        // drops every POSIX lock this process holds on the file, also those of the connections
        // already open on it (the window's, while a worker opens its own). Another process then
        // believes it is the last one, checkpoints and deletes the write-ahead log under us, and
        // the next connection here reads pages that are not there ("file is not a database").
        // SQLite reads the header itself in configureSqlite(), before anything is written.
    } else {
        if (!options.create)
            throw StoreOpenError(StoreOpenError::Kind::NotFound,
                                 tr("There is no store at %1.").arg(path));
        QDir().mkpath(info.absolutePath());
        createOwnerOnlyFile(path);
    }

    std::unique_ptr<Store> store(new Store(path, Dialect::Kind::Sqlite, nextConnectionName()));
    store->m_options = options;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        throw StoreOpenError(StoreOpenError::Kind::Corrupt,
                             tr("Cannot open the store %1: %2").arg(path, db.lastError().text()));
    const bool hadLog = QFileInfo::exists(path + QStringLiteral("-wal")) ||
                        QFileInfo::exists(path + QStringLiteral("-shm"));
    try {
        store->configureSqlite(options);
        store->migrate(options);
        store->guardSnapshot();
    } catch (const StoreOpenError& error) {
        store.reset();
        if (error.kind() == StoreOpenError::Kind::DiskFull && !hadLog)
            removeStubs(path); // what SQLite began on a full disk is no use to anyone
        throw;
    }
    StoreFiles::restrictToOwner(path);
    return store;
}

void Store::guardSnapshot()
{
    QSqlQuery query = Sql::exec(db(),
                                QStringLiteral("SELECT key, value FROM schema_meta WHERE key "
                                               "IN (?, ?)"),
                                {snapshotOfKey(), snapshotTakenAtKey()});
    while (query.next())
        if (query.value(0).toString() == snapshotOfKey())
            m_snapshotOf = query.value(1).toString();
        else
            m_snapshotTakenAt = query.value(1).toLongLong();
    if (!m_snapshotOf.isEmpty())
        Sql::exec(db(), QStringLiteral("PRAGMA query_only = ON"));
}

std::unique_ptr<Store> Store::openAnother() const
{
    return openAnother(recipe());
}

Store::Recipe Store::recipe() const
{
    Options options = m_options;
    options.create = false;
    return {m_location, options, m_announcer.link()};
}

std::unique_ptr<Store> Store::openAnother(const Recipe& recipe)
{
    std::unique_ptr<Store> another = open(recipe.location, recipe.options);
    another->m_announcer = StoreAnnouncer(recipe.link); // into the first store's events
    another->m_events.reset();
    if (!another->isSqlite())
        another->publishChanges();
    return another;
}

void Store::configureSqlite(const Options&)
{
    const QSqlDatabase connection = db();
    auto pragma = [&](const QString& text) {
        QSqlQuery query(connection);
        if (query.exec(text))
            return;
        const QSqlError error = query.lastError();
        if (DiskFull::caused(connection, error))
            throw diskFull();
        const StoreError::Cause cause = m_dialect.causeOf(error);
        if (cause == StoreError::Cause::Busy)
            throw StoreOpenError(StoreOpenError::Kind::Locked,
                                 tr("The store %1 is locked by another program that is writing to "
                                    "it. Try again when it has finished.")
                                     .arg(m_location));
        if (cause == StoreError::Cause::ReadOnly)
            throw StoreOpenError(StoreOpenError::Kind::ReadOnly,
                                 tr("The store %1 is read-only.").arg(m_location));
        if (m_dialect.isNotADatabase(error))
            throw StoreOpenError(
                StoreOpenError::Kind::Corrupt,
                tr("%1 is not a LeadScout store or is damaged: it does not begin with a SQLite "
                   "header. It was left untouched.")
                    .arg(m_location));
        throw StoreOpenError(StoreOpenError::Kind::Corrupt,
                             tr("The store %1 is damaged and was left untouched (%2).")
                                 .arg(m_location, error.text()));
    };
    // Touch the schema first: a damaged file fails here, and a file that is not ours (or is from
    // a newer LeadScout) is refused here, before anything is written (WAL mode changes the file).
    pragma(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    refuseNewer(readSchemaVersion());
    pragma(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma(QStringLiteral("PRAGMA synchronous = FULL"));
    // Deleted content is overwritten, so an erased lead leaves no bytes behind in the file.
    pragma(QStringLiteral("PRAGMA secure_delete = ON"));
    for (const QString& statement : m_dialect.connectionTuning())
        pragma(statement);
}

int Store::readSchemaVersion() const
{
    const QSqlDatabase connection = db();
    const QStringList tables = connection.tables(QSql::Tables);
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QLatin1String("schema_meta")))
        throw StoreOpenError(StoreOpenError::Kind::NotAStore,
                             tr("%1 holds another program's data, not a LeadScout store. It was "
                                "left untouched.")
                                 .arg(m_location));
    const QVariant version = Sql::scalar(
        connection, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'schema_version'"));
    return version.isValid() ? version.toInt() : 0;
}

void Store::backupSqliteFile(int fromVersion)
{
    const QString stamp = Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_location).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target =
            QStringLiteral("%1.v%2-%3-%4.bak").arg(m_location).arg(fromVersion).arg(stamp).arg(n);
    createOwnerOnlyFile(target);
    // VACUUM INTO writes a consistent copy, including what still sits in the write-ahead log.
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("VACUUM INTO '%1'")
                        .arg(QString(target).replace(QLatin1Char('\''), QLatin1String("''"))))) {
        QFile::remove(target);
        if (DiskFull::caused(db(), query.lastError()))
            throw diskFull();
        throw StoreOpenError(
            StoreOpenError::Kind::ReadOnly,
            tr("Could not back up %1 before upgrading it; nothing was changed (%2).")
                .arg(m_location, query.lastError().text()));
    }
    m_backupPath = target;
    spdlog::info("store: backup before migration from v{} written", fromVersion);
}

void Store::refuseNewer(int version) const
{
    const int latest = Migrations::latestVersion();
    if (version > latest)
        throw StoreOpenError(StoreOpenError::Kind::Newer,
                             tr("The store %1 was written by a newer LeadScout (schema version %2; "
                                "this version understands up to %3). Update LeadScout to open it; "
                                "the store was left untouched.")
                                 .arg(m_location)
                                 .arg(version)
                                 .arg(latest));
}

StoreOpenError Store::diskFull() const
{
    return StoreOpenError(StoreOpenError::Kind::DiskFull,
                          tr("The disk that holds the store %1 is full; nothing was changed. Free "
                             "some space and try again.")
                              .arg(m_location));
}

StoreOpenError Store::lockedOrDamaged(const StoreError& error) const
{
    if (error.cause() == StoreError::Cause::Full)
        return diskFull();
    if (error.cause() == StoreError::Cause::Busy)
        return StoreOpenError(StoreOpenError::Kind::Locked,
                              tr("The store %1 is locked by another program that is writing to "
                                 "it. Try again when it has finished; nothing was changed.")
                                  .arg(m_location));
    return StoreOpenError(StoreOpenError::Kind::Corrupt,
                          tr("The store %1 could not be prepared and was left as it was: %2")
                              .arg(m_location, error.message()));
}

void Store::discardBackup()
{
    // The migration did not commit, so the store is as it was: the copy would only be a second
    // place holding personal data.
    if (!m_backupPath.isEmpty() && QFile::remove(m_backupPath))
        spdlog::info("store: backup removed, the migration did not take place");
    m_backupPath.clear();
}

void Store::migrate(const Options& options)
{
    const int latest = Migrations::latestVersion();
    const int target = options.targetVersion < 0 ? latest : options.targetVersion;
    int version = readSchemaVersion();
    refuseNewer(version);
    if (version > 0 && version < target && isSqlite()) {
        // Only a store we can lock gets a backup: a refused open leaves no copy behind.
        try {
            WriteTransaction probe(*this);
        } catch (const StoreError& error) {
            throw lockedOrDamaged(error);
        }
        backupSqliteFile(version);
    }

    // Even when nothing is to migrate, taking the write lock once tells us now (not in the middle
    // of a rep's call) that another program holds the store.
    try {
        WriteTransaction transaction(*this);
        // On a server, two clients starting at once would both migrate: the second waits here
        // and then finds the schema up to date.
        const QString lock = m_dialect.migrationLock();
        if (!lock.isEmpty())
            Sql::exec(db(), lock);
        version = readSchemaVersion();
        MigrationContext context{db(), m_dialect};
        for (const MigrationStep& step : Migrations::steps()) {
            if (step.version <= version || step.version > target)
                continue;
            spdlog::info("store: migrating to schema v{} ({})", step.version, step.name);
            step.apply(context);
            version = step.version;
        }
        if (version != readSchemaVersion() || version == 0) {
            Sql::exec(db(), QStringLiteral("DELETE FROM schema_meta WHERE key = 'schema_version'"));
            Sql::exec(
                db(),
                QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('schema_version', ?)"),
                {QString::number(version)});
        }
        transaction.commit();
    } catch (const StoreOpenError&) {
        discardBackup();
        throw;
    } catch (const StoreError& error) {
        discardBackup();
        throw lockedOrDamaged(error);
    }
    m_schemaVersion = version;
}

WriteTransaction::WriteTransaction(const Store& store)
    : m_db(store.db())
    , m_store(store)
    , m_announcer(store.m_announcer)
{
    Sql::exec(m_db, store.dialect().beginWrite());
    m_active = true;
    m_announcer.hold();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_announcer.drop();
    }
}

void WriteTransaction::commit()
{
    // A store being migrated has version 0 here: the migration's own transaction needs nothing.
    Migrations::beforeCommit({m_db, m_store.dialect()}, m_store.schemaVersion());
    m_announcer.publishHeld();
    Sql::exec(m_db, QStringLiteral("COMMIT"));
    m_active = false;
    m_announcer.release();
}
