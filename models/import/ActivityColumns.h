#pragma once

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

/// The columns of an activity file and the activity kinds it writes, read from
/// resources/data/activity-headers.json (English and German, and what marketing tools export).
namespace ActivityColumns {

enum class Column
{
    Email,
    LeadId,
    Kind,
    Time,
    Title
};

/// Which file column holds each of ours, -1 where none does; the first matching header wins.
struct Mapping
{
    qsizetype email = -1;
    qsizetype leadId = -1;
    qsizetype kind = -1;
    qsizetype time = -1;
    qsizetype title = -1;

    qsizetype of(Column column) const;
    /// What file column `column` goes to; nothing when it is not read.
    std::optional<Column> fieldAt(qsizetype column) const;
    /// Sends file column `column` to `field` (-1: no column for it); a column that held `field`
    /// before gives it up, and `column` gives up what it held.
    void set(Column field, qsizetype column);
    /// File column `column` is not read.
    void ignore(qsizetype column);

    bool operator==(const Mapping&) const = default;
};

/// Every column of ours, in the order the wizard lists them.
QList<Column> allColumns();
/// "email", "lead_id", "kind", "time", "title" (the command's --column FIELD, the memory's keys).
QString keyOf(Column column);
/// The column of a key; "lead-id" is read as "lead_id".
std::optional<Column> columnFromKey(const QString& key);
/// "E-mail address of the lead", "Activity"… in the rep's language.
QString label(Column column);

/// Maps a file's headers.
Mapping map(const QStringList& headers);

/// The mapping by header name ({"email": "E-Mail", …}), and back onto a file's headers (a
/// header no longer in the file is left out); so a remembered mapping fits the columns moved.
QJsonObject toJson(const Mapping& mapping, const QStringList& headers);
Mapping fromJson(const QJsonObject& json, const QStringList& headers);

/// What an activity import lacks with this mapping, in the rep's language ("the activity",
/// "its time", "the lead's e-mail address or id"); empty when it can go ahead. `fixedKind` and
/// `fixedTime`: a kind or time chosen for the whole file stands in for the column.
QStringList missing(const Mapping& mapping, bool fixedKind, bool fixedTime);

/// The kinds an activity file can give (those of resources/data/activity-headers.json).
QList<InterestKind> importableKinds();
/// An importable kind as a person or a script names it: its key ("webinar", "email_click"), its
/// label or a word of the file vocabulary ("Webinar-Teilnahme"); nothing for other words and for
/// kinds an import does not make (a reply, an e-mail opened).
std::optional<InterestKind> kindNamed(const QString& text);
/// A time as a person writes it for a whole file ("2026-11-20 14:30", "2026-11-20T14:30:00+01:00",
/// "20.11.2026 14:30", "2026-11-20"); without an offset it is UTC, like the file's times. Seconds
/// since the epoch, nothing when it cannot be read.
std::optional<qint64> readTime(const QString& text);
/// The earliest and latest time an activity for the whole file may have (UTC seconds): from
/// 1990 to a day from now. A year 9999 or a typo's year 2062 is no activity that took place.
qint64 earliestTime();
qint64 latestTime();
/// Whether `utcSeconds` lies between earliestTime() and latestTime().
bool isPlausibleTime(qint64 utcSeconds);

/// The interest kind an activity is written as ("Webinar-Teilnahme", "email_click", "Form
/// submission"…), or nothing for an activity the scoring rules do not know.
std::optional<InterestKind> kindOf(const QString& written);

} // namespace ActivityColumns
