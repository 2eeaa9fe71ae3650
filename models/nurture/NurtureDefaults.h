#pragma once

#include "nurture/NurtureTypes.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

/// The content library and tracks LeadScout ships (resources/data/nurture-defaults.json),
/// loaded into a store when it is created or migrated to version 9.
namespace NurtureDefaults {

struct Data
{
    QList<ContentPiece> content;
    QList<Track> tracks; ///< steps refer to content by contentKey
};

/// Parses the JSON; on failure returns false and says what and where in `error`.
bool parse(const QByteArray& json, Data& data, QString* error);
/// The shipped defaults (a broken resource is a build error: this aborts).
Data shipped();
QByteArray shippedJson();
/// A track's name as the user reads it: the name of a track LeadScout ships in the user's
/// language (the store keeps the English name it was installed with), any other name as it is.
QString trackName(const QString& storedName);
/// The shipped tracks' names as the store keeps them (what trackName() translates).
QStringList shippedTrackNames();
/// Inserts the pieces and tracks (version 1 each) on this connection, inside the caller's
/// transaction.
void install(const QSqlDatabase& db, const Data& data);

} // namespace NurtureDefaults
