#pragma once

#include <QString>
#include <atomic>
#include <memory>
#include <thread>

class Store;

/// Reads a store file once from start to end on a thread of its own at idle I/O priority, so that
/// the operating system has its pages in memory: in the morning, with nothing cached, a search
/// through a million leads reads thousands of scattered rows from the disk (a second and more);
/// after the warmer has run (a few seconds) it reads them from memory. It only reads, and stops
/// when destroyed.
class StoreWarmer
{
public:
    /// A warmer for a SQLite store whose file fits well into memory (at most a quarter of it),
    /// already started; nothing for a server store or a file too big to keep cached.
    static std::unique_ptr<StoreWarmer> startFor(const Store& store);

    explicit StoreWarmer(QString path);
    ~StoreWarmer();
    StoreWarmer(const StoreWarmer&) = delete;
    StoreWarmer& operator=(const StoreWarmer&) = delete;

    /// Waits until the whole file has been read (or the read failed).
    void wait();
    qint64 bytesRead() const { return m_bytesRead; }

private:
    void run();

    QString m_path;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_bytesRead{0};
    std::thread m_thread;
};
