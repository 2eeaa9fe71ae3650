#include "store/StoreWarmer.h"

#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <spdlog/spdlog.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

namespace {

qint64 physicalMemory()
{
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : 0;
}

/// The calling thread's reads wait for every other reader of the disk (Linux: idle I/O class).
void readAtIdlePriority()
{
#ifdef __linux__
    constexpr int whoProcess = 1;  // IOPRIO_WHO_PROCESS: with id 0, the calling thread
    constexpr int classIdle = 3;   // IOPRIO_CLASS_IDLE
    constexpr int classShift = 13; // IOPRIO_CLASS_SHIFT
    syscall(SYS_ioprio_set, whoProcess, 0, classIdle << classShift);
#endif
}

} // namespace

std::unique_ptr<StoreWarmer> StoreWarmer::startFor(const Store& store)
{
    if (!store.isSqlite())
        return nullptr;
    const QFileInfo file(store.location());
    const qint64 memory = physicalMemory();
    if (!file.isFile() || memory == 0 || file.size() > memory / 4)
        return nullptr;
    return std::make_unique<StoreWarmer>(file.absoluteFilePath());
}

StoreWarmer::StoreWarmer(QString path)
    : m_path(std::move(path))
    , m_thread([this] { run(); })
{}

StoreWarmer::~StoreWarmer()
{
    m_stop = true;
    wait();
}

void StoreWarmer::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void StoreWarmer::run()
{
    readAtIdlePriority();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return;
    constexpr qint64 chunk = 1 << 20;
    QByteArray buffer(chunk, Qt::Uninitialized);
    while (!m_stop) {
        const qint64 got = file.read(buffer.data(), chunk);
        if (got <= 0)
            break;
        m_bytesRead += got;
    }
    spdlog::debug("store warmer read {} MB", m_bytesRead / 1048576);
}
