#pragma once

#include <QString>
#include <atomic>
#include <memory>
#include <thread>

class Store;

/// Reads a store once from start to end on a thread of its own at idle I/O priority, so that the
/// operating system has its pages in memory: in the morning, with nothing cached, a search through
/// a million leads reads thousands of scattered rows from the disk (a second and more); after the
/// warmer has run (a few seconds) it reads them from memory. It reads through a SQLite connection
/// of its own, never by opening the file itself: closing a descriptor of the process's own would
/// drop the locks SQLite holds on the file. It only reads, and stops when destroyed.
class StoreWarmer
{
public:
    /// A warmer for a SQLite store whose file fits well into memory (at most a quarter of it),
    /// already started; nothing for a server store or a file too big to keep cached.
    static std::unique_ptr<StoreWarmer> startFor(const Store& store);

    /// Starts reading the SQLite store at `location` (opened again, never created).
    explicit StoreWarmer(QString location);
    ~StoreWarmer();
    StoreWarmer(const StoreWarmer&) = delete;
    StoreWarmer& operator=(const StoreWarmer&) = delete;

    /// Waits until the whole store has been read (or reading failed).
    void wait();
    /// Leads read so far.
    qint64 leadsRead() const { return m_leadsRead; }

private:
    void run(const QString& location);

    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_leadsRead{0};
    std::thread m_thread;
};
