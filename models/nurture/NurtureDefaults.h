#pragma once

#include "nurture/NurtureTypes.h"

#include <QByteArray>
#include <QSqlDatabase>

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
/// Inserts the pieces and tracks (version 1 each) on this connection, inside the caller's
/// transaction.
void install(const QSqlDatabase& db, const Data& data);

} // namespace NurtureDefaults
