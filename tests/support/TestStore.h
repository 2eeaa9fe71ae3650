#pragma once

#include "store/Store.h"

#include <QTemporaryDir>
#include <memory>

/// A store in a fresh temporary folder, removed with the object. Tests open stores through this
/// helper (not a path of their own) so the same suites run against PostgreSQL too: when the
/// environment names a test server (LEADSCOUT_TEST_PG, the folder tests/pg/pgserver.sh writes
/// its URL to), each TestStore is a fresh database on that server, dropped with the object.
class TestStore
{
public:
    explicit TestStore(Store::Options options = {});
    ~TestStore();
    TestStore(const TestStore&) = delete;
    TestStore& operator=(const TestStore&) = delete;

    Store& store() { return *m_store; }
    Store* operator->() { return m_store.get(); }
    /// Where the store is: a SQLite file, or a postgresql:// URL in a PostgreSQL run.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes the connection (e.g. before reopening or inspecting the file).
    void close() { m_store.reset(); }
    /// Opens the same store again.
    Store& reopen(Store::Options options = {});

    /// The admin URL of the PostgreSQL test server, or empty in a SQLite run.
    static QString postgresServer();
    /// A fresh, empty database on the test server (for tests that open stores themselves);
    /// dropped by dropPostgresDatabase().
    static QString createPostgresDatabase();
    static void dropPostgresDatabase(const QString& url);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

/// A plain test lead with the given names; the rest is filled with plausible values.
struct Lead;
Lead sampleLead(const QString& firstName, const QString& lastName, const QString& company);

/// A simulated failure halfway through a write, on either back end: inserting a row into `table`
/// for which `condition` holds (an SQL expression on NEW, subqueries allowed) fails with
/// `message`. removeInsertFailure() takes it away again.
void failInsertsWhen(const Store& store, const QString& table, const QString& condition,
                     const QString& message);
void removeInsertFailure(const Store& store, const QString& table);

/// In a suite that runs on both back ends: skips a case about SQLite itself (its file, its
/// locks, its query planner) in the PostgreSQL run.
#define SKIP_ON_POSTGRES(why)                                                                      \
    do {                                                                                           \
        if (!TestStore::postgresServer().isEmpty())                                                \
            QSKIP(why);                                                                            \
    } while (false)
