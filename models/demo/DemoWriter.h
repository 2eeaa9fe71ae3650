#pragma once

#include "demo/DemoCalendar.h"
#include "demo/DemoStory.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <array>
#include <memory>
#include <vector>

class BatchInsert;
class Store;

/// Writes demo rows through statements prepared once and reused for every row, inside the
/// transaction the caller holds. Counts what it wrote, per table.
class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)

public:
    /// The tables the demo fills, in the order the summary lists them.
    static const QStringList& tables();

    explicit DemoWriter(const Store& store);
    ~DemoWriter();

    /// Adds the recipe's reps (reusing reps of the same name); returns their ids by index.
    void writeReps(const QList<DemoRepInfo>& reps, qint64 createdAt);
    /// Adds one (for now empty) handoff batch per scheduled batch time.
    void writeBatches(const DemoCalendar& calendar, int teamLead);
    void writeLead(const DemoLeadBasics& lead, const DemoStory& story);
    /// Removes batches nobody was handed off in; gives the others their codes, files and sizes.
    /// Sends every row still held back first.
    void finishBatches();

    qint64 count(const QString& table) const;

private:
    enum Table
    {
        RepsTable,
        Leads,
        History,
        Calls,
        Qualification,
        Interest,
        Plans,
        Steps,
        Batches,
        Items,
        TableCount
    };
    struct Batch
    {
        qint64 id = 0;
        qint64 createdAt = 0;
        qint64 items = 0;
        bool xlsx = false;
    };

    QSqlQuery prepare(const QString& sql) const;
    void run(QSqlQuery& query, const char* table);
    /// One row: run through `query` on SQLite, held for a multi-row INSERT on a server.
    void put(Table table, QSqlQuery& query, const char* name, QVariantList values);
    /// Server: sends the rows held, parents first.
    void flush();
    qint64 nextId(std::vector<qint64>& pool, const char* table);
    qint64 insertLead(const DemoLeadBasics& lead, const DemoStory& story);
    void writeHistory(qint64 leadId, const DemoStory& story);
    void writeCalls(qint64 leadId, const DemoStory& story);
    void writeQualification(qint64 leadId, const DemoQualification& q);
    void writeInterest(qint64 leadId, const DemoStory& story);
    void writeNurture(qint64 leadId, const DemoNurturePlan& plan);
    void writeHandoff(qint64 leadId, const DemoLeadBasics& lead, const DemoStory& story);
    QVariant repId(int rep) const { return m_repIds.at(size_t(rep)); }

    const Store& m_store;
    std::vector<qint64> m_repIds;
    std::vector<QString> m_repNames;
    std::vector<Batch> m_batches;
    std::vector<qint64> m_counts;
    QSqlQuery m_lead;
    QSqlQuery m_history;
    QSqlQuery m_call;
    QSqlQuery m_qualification;
    QSqlQuery m_interest;
    QSqlQuery m_plan;
    QSqlQuery m_step;
    QSqlQuery m_item;
    /// On a server (m_batched) rows are sent in batches instead, with ids taken in advance.
    bool m_batched = false;
    std::array<std::unique_ptr<BatchInsert>, TableCount> m_rows;
    std::vector<qint64> m_leadIds;
    std::vector<qint64> m_planIds;
};
