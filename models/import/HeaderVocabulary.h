#pragma once

#include "import/ImportTarget.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The header words of resources/data/import-headers.json: which import target a column header
/// names, and how good a candidate the column is for it (a business phone before a home phone).
namespace HeaderVocabulary {

/// What one header names.
struct Match
{
    enum class How
    {
        None,    ///< nothing matched: the target is Ignore
        Keyword, ///< a word of the header matched
        Known,   ///< the header is listed (or named by a profile that fits the whole header set)
    };

    ImportTarget target;
    /// Lower is better: listed headers rank 0 to 9, keyword matches from 10 on.
    int rank = 0;
    How how = How::None;
};

/// The header without case, accents, spaces, punctuation and underscores, with German umlauts
/// spelt out: "E-Mail-Adresse" and "email_adresse" both give "emailadresse", "Straße" "strasse".
QString normalise(const QString& header);
/// The header's words, each normalised: split at spaces, punctuation, underscores, lower-to-upper
/// case changes ("firstName") and between letters and digits ("Phone1").
QStringList words(const QString& header);

/// The characters of a header that matching reads: a web form's question as a header is rarely
/// longer; a longer cell is not a column's name, and reading it whole cost seconds per file.
constexpr qsizetype matchedLength = 200;

/// The match of each header (its first matchedLength characters), in the same order. A profile
/// applies when the set holds all of its marker headers.
QList<Match> match(const QStringList& headers);

/// What is wrong with the shipped table (an unknown target key, a header listed twice, a broken
/// file), empty when it is sound.
QStringList tableProblems();

} // namespace HeaderVocabulary
