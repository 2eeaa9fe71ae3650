#pragma once

#include <QList>
#include <QPair>
#include <QString>

class Store;

/// How a track works: how many leads went through it (any version), how many re-qualified, and
/// which content pieces and buying-center roles drew the most responses.
struct TrackEffect
{
    QString trackKey;
    int plans = 0;       ///< plans started on the track
    int running = 0;     ///< of them still running
    int requalified = 0; ///< ended re-qualified (MQL or SQL)
    int responses = 0;   ///< steps with a response other than "no reaction"
    QList<QPair<QString, int>> byContent; ///< piece title (or kind key) → responses, most first
    QList<QPair<QString, int>> byRole;    ///< buying-role key → responses, most first

    /// The figures of one track, or of every track when `trackKey` is empty.
    static TrackEffect of(const Store& store, const QString& trackKey);
};
