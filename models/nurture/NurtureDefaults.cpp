#include "nurture/NurtureDefaults.h"

#include "store/Sql.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initNurtureResources()
{
    Q_INIT_RESOURCE(models);
}

namespace NurtureDefaults {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NurtureDefaults", text);
}

// The names of the shipped tracks (resources/data/nurture-defaults.json), for the catalogues.
constexpr const char* trackNames[] = {
    QT_TRANSLATE_NOOP("NurtureTracks", "Awareness: overview material"),
    QT_TRANSLATE_NOOP("NurtureTracks", "Awareness: raise interest and fill in the profile"),
    QT_TRANSLATE_NOOP("NurtureTracks", "Considering: studies and best practice"),
    QT_TRANSLATE_NOOP("NurtureTracks", "Investigating: best practice and who decides"),
    QT_TRANSLATE_NOOP("NurtureTracks", "Purchase: facts for the technical decider"),
    QT_TRANSLATE_NOOP("NurtureTracks", "Purchase: ROI for the controller"),
    QT_TRANSLATE_NOOP("NurtureTracks", "Purchase: case studies for the executive"),
    QT_TRANSLATE_NOOP("NurtureTracks", "Purchase: find the buying-center role"),
    QT_TRANSLATE_NOOP("NurtureTracks", "Phase unknown: find out where the buyer stands"),
    QT_TRANSLATE_NOOP("NurtureTracks", "Advocate: keep a fan close"),
};

template <typename E> bool keyList(const QJsonValue& value, QList<E>& out)
{
    for (const QJsonValue& item : value.toArray()) {
        const auto parsed = fromKey<E>(item.toString());
        if (!parsed)
            return false;
        out.append(*parsed);
    }
    return true;
}

bool parsePiece(const QJsonObject& o, ContentPiece& piece)
{
    piece.key = o.value(QLatin1String("key")).toString();
    piece.title = o.value(QLatin1String("title")).toString();
    const auto kind = fromKey<ContentKind>(o.value(QLatin1String("kind")).toString());
    if (piece.title.isEmpty() || !kind)
        return false;
    piece.kind = *kind;
    piece.language = o.value(QLatin1String("language")).toString(QStringLiteral("de"));
    piece.link = o.value(QLatin1String("link")).toString();
    piece.filePath = o.value(QLatin1String("file")).toString();
    return keyList(o.value(QLatin1String("phases")), piece.phases) &&
           keyList(o.value(QLatin1String("roles")), piece.roles);
}

bool parseStep(const QJsonObject& o, const QHash<QString, ContentKind>& kinds, TrackStep& step)
{
    step.contentKey = o.value(QLatin1String("content")).toString();
    if (!step.contentKey.isEmpty()) {
        if (!kinds.contains(step.contentKey))
            return false;
        step.kind = kinds.value(step.contentKey);
    } else if (const auto kind = fromKey<ContentKind>(o.value(QLatin1String("kind")).toString())) {
        step.kind = *kind;
    } else {
        return false;
    }
    const auto channel = fromKey<NurtureChannel>(o.value(QLatin1String("channel")).toString());
    const auto purpose =
        NurtureTerms::fromKey<StepPurpose>(o.value(QLatin1String("purpose")).toString());
    if (!channel || !purpose || !o.value(QLatin1String("day")).isDouble())
        return false;
    step.channel = *channel;
    step.purpose = *purpose;
    step.dayOffset = o.value(QLatin1String("day")).toInt();
    return step.dayOffset >= 0;
}

bool parseTrack(const QJsonObject& o, const QHash<QString, ContentKind>& kinds, Track& track)
{
    track.key = o.value(QLatin1String("key")).toString();
    track.name = o.value(QLatin1String("name")).toString();
    track.description = o.value(QLatin1String("description")).toString();
    track.advocate = o.value(QLatin1String("advocate")).toBool();
    const QString phase = o.value(QLatin1String("phase")).toString();
    if (phase != QLatin1String("any")) {
        track.phase = fromKey<BuyingPhase>(phase);
        if (!track.phase)
            return false;
    }
    if (track.key.isEmpty() || track.name.isEmpty() ||
        !keyList(o.value(QLatin1String("roles")), track.roles) ||
        !keyList(o.value(QLatin1String("quadrants")), track.quadrants))
        return false;
    for (const QJsonValue& value : o.value(QLatin1String("steps")).toArray()) {
        TrackStep step;
        if (!parseStep(value.toObject(), kinds, step))
            return false;
        track.steps.append(step);
    }
    return !track.steps.isEmpty();
}

} // namespace

bool parse(const QByteArray& json, Data& data, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("Not JSON: %1").arg(parseError.errorString());
        return false;
    }
    QHash<QString, ContentKind> kinds;
    const QJsonArray content = doc.object().value(QLatin1String("content")).toArray();
    for (int i = 0; i < content.size(); ++i) {
        ContentPiece piece;
        if (!parsePiece(content.at(i).toObject(), piece)) {
            if (error)
                *error =
                    tr("content[%1]: title, kind, phases or roles are missing or unknown").arg(i);
            return false;
        }
        kinds.insert(piece.key, piece.kind);
        data.content.append(piece);
    }
    const QJsonArray tracks = doc.object().value(QLatin1String("tracks")).toArray();
    for (int i = 0; i < tracks.size(); ++i) {
        Track track;
        if (!parseTrack(tracks.at(i).toObject(), kinds, track)) {
            if (error)
                *error = tr("tracks[%1]: a key, name, phase, role, quadrant or step is missing or "
                            "unknown")
                             .arg(i);
            return false;
        }
        data.tracks.append(track);
    }
    return true;
}

QByteArray shippedJson()
{
    initNurtureResources();
    QFile file(QStringLiteral(":/leadscout/data/nurture-defaults.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("nurture-defaults.json is missing from the resources");
    return file.readAll();
}

Data shipped()
{
    Data data;
    QString error;
    if (!parse(shippedJson(), data, &error))
        qFatal("nurture-defaults.json: %s", qPrintable(error));
    return data;
}

QString trackName(const QString& storedName)
{
    for (const char* name : trackNames)
        if (storedName == QLatin1String(name))
            return QCoreApplication::translate("NurtureTracks", name);
    return storedName;
}

QStringList shippedTrackNames()
{
    QStringList names;
    for (const char* name : trackNames)
        names.append(QLatin1String(name));
    return names;
}

void install(const QSqlDatabase& db, const Data& data)
{
    const qint64 now = Clock::nowSecs();
    QHash<QString, qint64> ids;
    for (const ContentPiece& piece : data.content)
        ids.insert(
            piece.key,
            Sql::insertId(db,
                          QStringLiteral("INSERT INTO content_pieces (piece_key, title, kind,"
                                         " phases, roles, language, link, file_path,"
                                         " is_current, created_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"),
                          {Sql::nullIfEmpty(piece.key), piece.title, keyOf(piece.kind),
                           NurtureKeys::join(piece.phases), NurtureKeys::join(piece.roles),
                           piece.language, Sql::nullIfEmpty(piece.link),
                           Sql::nullIfEmpty(piece.filePath), now}));
    for (const Track& track : data.tracks) {
        const qint64 trackId = Sql::insertId(
            db,
            QStringLiteral("INSERT INTO nurture_tracks (track_key, version, name, phase, roles,"
                           " quadrants, advocate, description, is_current, created_at)"
                           " VALUES (?, 1, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"),
            {track.key, track.name, track.phase ? keyOf(*track.phase) : QStringLiteral("any"),
             NurtureKeys::join(track.roles), NurtureKeys::join(track.quadrants),
             int(track.advocate), Sql::nullIfEmpty(track.description), now});
        int position = 0;
        for (const TrackStep& step : track.steps)
            Sql::exec(db,
                      QStringLiteral("INSERT INTO nurture_track_steps (track_id, position,"
                                     " content_id, content_kind, channel, day_offset, purpose)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {trackId, ++position,
                       step.contentKey.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                                 : QVariant(ids.value(step.contentKey)),
                       keyOf(step.kind), keyOf(step.channel), step.dayOffset,
                       NurtureTerms::key(step.purpose)});
    }
}

} // namespace NurtureDefaults
