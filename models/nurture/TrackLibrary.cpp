#include "nurture/TrackLibrary.h"

#include "domain/LeadRepository.h"
#include "store/Store.h"
#include "support/Clock.h"

TrackLibrary::TrackLibrary(const Store& store)
    : m_store(store)
{}

QList<Track> TrackLibrary::select(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q = Sql::exec(m_store.db(),
                            QStringLiteral("SELECT id, track_key, version, name, phase, roles,"
                                           " quadrants, advocate, description, is_current"
                                           " FROM nurture_tracks WHERE %1 ORDER BY name, version")
                                .arg(where),
                            binds);
    QList<Track> tracks;
    while (q.next()) {
        Track track;
        track.id = q.value(0).toLongLong();
        track.key = q.value(1).toString();
        track.version = q.value(2).toInt();
        track.name = q.value(3).toString();
        track.phase = fromKey<BuyingPhase>(q.value(4).toString());
        track.roles = NurtureKeys::split<BuyingRole>(q.value(5).toString());
        track.quadrants = NurtureKeys::split<Quadrant>(q.value(6).toString());
        track.advocate = q.value(7).toBool();
        track.description = q.value(8).toString();
        track.current = q.value(9).toBool();
        tracks.append(track);
    }
    QSqlQuery steps(m_store.db());
    Sql::prepare(steps,
                 QStringLiteral("SELECT content_id, content_kind, channel, day_offset, purpose"
                                " FROM nurture_track_steps WHERE track_id = ? ORDER BY position"),
                 m_store.db());
    for (Track& track : tracks) {
        Sql::run(steps, {track.id}, m_store.db());
        while (steps.next()) {
            TrackStep step;
            step.contentId = steps.value(0).toLongLong();
            step.kind = fromKeyOr(steps.value(1).toString(), ContentKind::Overview);
            step.channel = fromKeyOr(steps.value(2).toString(), NurtureChannel::Email);
            step.dayOffset = steps.value(3).toInt();
            step.purpose = NurtureTerms::fromKey<StepPurpose>(steps.value(4).toString())
                               .value_or(StepPurpose::RaiseInterest);
            track.steps.append(step);
        }
    }
    return tracks;
}

QList<Track> TrackLibrary::current() const
{
    return select(QStringLiteral("is_current = 1"), {});
}

std::optional<Track> TrackLibrary::find(qint64 trackId) const
{
    const QList<Track> found = select(QStringLiteral("id = ?"), {trackId});
    return found.isEmpty() ? std::nullopt : std::optional<Track>(found.first());
}

std::optional<Track> TrackLibrary::currentByKey(const QString& key) const
{
    const QList<Track> found = select(QStringLiteral("track_key = ? AND is_current = 1"), {key});
    return found.isEmpty() ? std::nullopt : std::optional<Track>(found.first());
}

QList<Track> TrackLibrary::versions(const QString& key) const
{
    return select(QStringLiteral("track_key = ?"), {key});
}

QString TrackLibrary::validate(const Track& track)
{
    if (track.key.trimmed().isEmpty() || track.name.trimmed().isEmpty())
        return tr("Give the track a name.");
    if (track.steps.isEmpty())
        return tr("The track \"%1\" needs at least one step.").arg(track.name.trimmed());
    for (const TrackStep& step : track.steps)
        if (step.dayOffset < 0)
            return tr("A step of \"%1\" starts before the plan (day %2).")
                .arg(track.name.trimmed())
                .arg(step.dayOffset);
    return {};
}

qint64 TrackLibrary::saveVersion(const Track& track, const QString& repName) const
{
    if (const QString problem = validate(track); !problem.isEmpty())
        throw StoreError(problem);
    const qint64 repId = Reps::idFor(m_store, repName);
    WriteTransaction transaction(m_store);
    const int version =
        Sql::scalar(m_store.db(),
                    QStringLiteral("SELECT coalesce(max(version), 0) FROM nurture_tracks"
                                   " WHERE track_key = ?"),
                    {track.key})
            .toInt() +
        1;
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE nurture_tracks SET is_current = 0 WHERE track_key = ?"),
              {track.key});
    const qint64 id = Sql::insertId(
        m_store.db(),
        QStringLiteral("INSERT INTO nurture_tracks (track_key, version, name, phase, roles,"
                       " quadrants, advocate, description, is_current, created_at, rep_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
        {track.key, version, track.name.trimmed(),
         track.phase ? keyOf(*track.phase) : QStringLiteral("any"), NurtureKeys::join(track.roles),
         NurtureKeys::join(track.quadrants), int(track.advocate),
         Sql::nullIfEmpty(track.description), Clock::nowSecs(),
         repId > 0 ? QVariant(repId) : QVariant(QMetaType(QMetaType::LongLong))});
    int position = 0;
    for (const TrackStep& step : track.steps)
        Sql::exec(m_store.db(),
                  QStringLiteral("INSERT INTO nurture_track_steps (track_id, position, content_id,"
                                 " content_kind, channel, day_offset, purpose)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {id, ++position,
                   step.contentId > 0 ? QVariant(step.contentId)
                                      : QVariant(QMetaType(QMetaType::LongLong)),
                   keyOf(step.kind), keyOf(step.channel), step.dayOffset,
                   NurtureTerms::key(step.purpose)});
    // Views that list tracks or plans on them (the Nurture page, the decision panel) read
    // again, here and on the other reps' machines.
    m_store.announceLeads();
    transaction.commit();
    return id;
}
