#pragma once

// leadscout-bench (issue 24): a developer tool, English only (its output is not translated).

#include "BenchReport.h"

#include <QByteArrayList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class Store;

/// What every group of measurements shares: the store, the options and the report.
struct Bench
{
    QString path;                 ///< the store measured: a SQLite file or a postgresql:// URL
    bool server = false;          ///< a PostgreSQL server: no plain-SQLite figures, no cold runs
    QString scratch;              ///< a temporary folder for files (CSV, XLSX, homes)
    QString app;                  ///< the leadscout binary (start-up and memory)
    std::unique_ptr<Store> store; ///< LeadScout's connection, warm
    qint64 leads = 0;
    int runs = 7;            ///< runs of a short operation
    int coldRuns = 3;        ///< runs with the page cache dropped first
    int longRuns = 3;        ///< runs of an operation that takes seconds
    int importRows = 100000; ///< rows of the CSV file imported
    QString coldMethod;      ///< how the cache is dropped; empty: cold runs are skipped
    BenchReport report;

    /// Times `work` in milliseconds.
    static double timeMs(const std::function<void()>& work);
    /// Drops the page cache (see dropCaches); false when it could not be done.
    bool dropCache() const;
    /// Leads spread over the store (ids), for operations that need a different lead each run.
    QList<qint64> sampleLeads(int count, const QString& where = {}) const;
};

/// One group of measurements, selectable with --only NAME.
struct BenchGroup
{
    const char* name;
    const char* what;
    void (*run)(Bench& bench);
};

/// Every group, in the order they run (reads first, then writes, then the bulk jobs).
const QList<BenchGroup>& benchGroups();

namespace BenchGroups {
void openStore(Bench& bench); ///< open the store and the queue's first screen
void nextLead(Bench& bench);  ///< pick + claim
void searches(Bench& bench);  ///< search by name, company, phone; filter by grade
void openLead(Bench& bench);  ///< a lead in the card and the form
void saveCall(Bench& bench);  ///< the call log
void saveQualification(Bench& bench);
void dashboard(Bench& bench); ///< dashboard figures and the planner
void nurture(Bench& bench);   ///< the nurture page's due steps
void handoff(Bench& bench);   ///< 10,000 leads to CSV and XLSX
void erase(Bench& bench);     ///< one lead, secure delete, WAL emptied
void import(Bench& bench);    ///< 100,000 CSV rows with duplicate checks
void rescore(Bench& bench);   ///< every lead
void startup(Bench& bench);   ///< start to first paint, peak memory with the queue open
} // namespace BenchGroups
