#pragma once

#include "nurture/NurtureTypes.h"

#include <QCoreApplication>

class Store;

/// The nurture tracks, versioned like the scoring rules: saving a track adds a new version and
/// makes it the current one; plans that run on an older version keep it.
class TrackLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TrackLibrary)

public:
    explicit TrackLibrary(const Store& store);

    /// The current version of every track, by name.
    QList<Track> current() const;
    /// One version, with its steps.
    std::optional<Track> find(qint64 trackId) const;
    /// The current version of the track with this key.
    std::optional<Track> currentByKey(const QString& key) const;
    /// Every version of a track, oldest first.
    QList<Track> versions(const QString& key) const;

    /// Saves `track` as a new version of track.key (version 1 for a new key) made by `repName`,
    /// makes it current and gives back its id. Throws StoreError with a message for a person
    /// when the track has no name or no steps.
    qint64 saveVersion(const Track& track, const QString& repName) const;

    static QString validate(const Track& track);

private:
    QList<Track> select(const QString& where, const QVariantList& binds) const;
    const Store& m_store;
};
