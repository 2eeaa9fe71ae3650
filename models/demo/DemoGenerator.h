#pragma once

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <utility>

class Store;

struct DemoOptions
{
    qint64 leads = 5000;
    quint64 seed = 42;
};

/// What a demo run wrote.
struct DemoSummary
{
    qint64 leads = 0;
    quint64 seed = 0;
    qint64 anchor = 0; ///< the end of the six months of history (UTC seconds, a full hour)
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QList<std::pair<QString, qint64>> tables; ///< rows written per table
    QList<std::pair<Stage, qint64>> stages;   ///< leads per stage, every stage listed
};

/// Fills an empty store with realistic demo data: reps, leads from every source channel with
/// six months of stage history, calls, qualification answers, interest events, nurture plans
/// and handoff batches. The same seed (and the same Clock) gives the same store. Everything is
/// written in one transaction: a failure or a cancel leaves the store as it was.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoGenerator(const Store& store, DemoOptions options);

    /// Called now and then from run() with the leads written so far.
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// When the flag becomes true, run() stops, rolls back and reports `cancelled`.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    /// Writes the demo data. Throws StoreError when the store already holds leads (demo data is
    /// never mixed into real data) or when writing fails.
    DemoSummary run();

    /// The most leads one run writes.
    static constexpr qint64 maxLeads = 10'000'000;

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void refuseNonEmptyStore() const;
    bool generate(DemoSummary& summary);

    const Store& m_store;
    DemoOptions m_options;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};
