#pragma once

#include "domain/Vocabulary.h"

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
};

/// Maps a file's headers.
Mapping map(const QStringList& headers);

/// The interest kind an activity is written as ("Webinar-Teilnahme", "email_click", "Form
/// submission"…), or nothing for an activity the scoring rules do not know.
std::optional<InterestKind> kindOf(const QString& written);

} // namespace ActivityColumns
