#include "store/StoreWarmer.h"

#include "store/Store.h"

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

// The indexes a search walks: their pages are read once as well.
const char* const searchIndexes[] = {"idx_leads_name_key", "idx_leads_last_key",
                                     "idx_leads_company_key", "idx_leads_email_norm"};

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

StoreWarmer::StoreWarmer(QString location)
    : m_thread([this, location = std::move(location)] { run(location); })
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

void StoreWarmer::run(const QString& location)
{
    readAtIdlePriority();
    try {
        Store::Options options;
        options.create = false;
        const std::unique_ptr<Store> store = Store::open(location, options);
        // Every table page, in id ranges short enough to stop between them (a read transaction
        // each, so the write-ahead log is never held back for long).
        constexpr qint64 chunk = 20000;
        const qint64 last =
            Sql::scalar(store->db(), QStringLiteral("SELECT coalesce(max(id), 0) FROM leads"))
                .toLongLong();
        for (qint64 from = 0; from < last && !m_stop; from += chunk)
            m_leadsRead += Sql::scalar(store->db(),
                                       QStringLiteral("SELECT count(last_name IS NULL) FROM leads"
                                                      " WHERE id > ? AND id <= ?"),
                                       {from, from + chunk})
                               .toLongLong();
        for (const char* index : searchIndexes) {
            if (m_stop)
                break;
            Sql::scalar(store->db(),
                        QStringLiteral("SELECT count(*) FROM leads INDEXED BY %1 WHERE %2 >= ''")
                            .arg(QLatin1String(index),
                                 QLatin1String(index).mid(int(qstrlen("idx_leads_")))));
        }
    } catch (const StoreError& error) {
        spdlog::debug("store warmer stopped: {}", error.message().toStdString());
    } catch (const std::exception& error) {
        spdlog::debug("store warmer stopped: {}", error.what());
    }
}
