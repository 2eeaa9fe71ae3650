#pragma once

#include "store/Store.h"

#include <QTemporaryDir>
#include <memory>

/// A store in a fresh temporary folder, removed with the object. Tests open stores through this
/// helper (not a path of their own) so the same suites can later run against PostgreSQL.
class TestStore
{
public:
    explicit TestStore(Store::Options options = {});

    Store& store() { return *m_store; }
    Store* operator->() { return m_store.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes the connection (e.g. before reopening or inspecting the file).
    void close() { m_store.reset(); }
    /// Opens the same store again.
    Store& reopen(Store::Options options = {});

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

/// A plain test lead with the given names; the rest is filled with plausible values.
struct Lead;
Lead sampleLead(const QString& firstName, const QString& lastName, const QString& company);
