#pragma once

#include "Bench.h"

#include <optional>

class Store;

/// How one operation is measured and named.
struct OpSpec
{
    OpSpec(QString name, QString label, std::optional<double> target, QString note, bool writes,
           bool cold)
        : name(std::move(name))
        , label(std::move(label))
        , target(target)
        , note(std::move(note))
        , writes(writes)
        , cold(cold)
    {}

    QString name;  ///< JSON key; "_warm" / "_cold" is appended
    QString label; ///< table label; " (warm)" / " (cold)" is appended
    std::optional<double> target;
    QString note;
    bool writes = false; ///< plain SQLite replays it in a transaction that is rolled back
    bool cold = true;    ///< also measured with the page cache dropped
    int runs = 0;        ///< warm runs; 0: the bench's default (short operations)
    /// What plain SQLite runs instead of replaying LeadScout's SQL (e.g. a bare GROUP BY).
    QByteArrayList plainSql;
};

/// Measures `work` on the bench's warm connection (`runs` times after one untimed run) and,
/// unless spec.cold is false, on a new connection after the page cache was dropped (untimed:
/// opening the connection and `prepare`, which builds what the window already has open). Plain
/// SQLite runs the SQL LeadScout ran, captured on one of its runs, the same way. `work` gets the
/// connection and the run's number (0… for warm, 1000… for cold), to choose a different lead.
/// `finish` lets go of what `prepare` made, before that connection closes.
void measure(Bench& bench, const OpSpec& spec,
             const std::function<void(const Store& store, int run)>& work,
             const std::function<void(const Store& store)>& prepare = {},
             const std::function<void()>& finish = {});
