#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// What a cleaner did with a value, from harmless to fatal; a value's outcome is the most
/// serious of its notes, and the import report counts rows by it.
enum class CleanOutcome
{
    Kept,     ///< taken as written (apart from whitespace)
    Repaired, ///< changed into what was obviously meant ("leading zero restored")
    Flagged,  ///< taken or left empty, but worth a look ("free-mail address")
    Rejected  ///< unusable; the value is empty and the reason says why
};

/// The outcome of cleaning one value and the reasons for it, sentences in the rep's language.
struct CleanNotes
{
    CleanOutcome outcome = CleanOutcome::Kept;
    QStringList reasons;

    /// Adds a reason; the outcome becomes `what` when that is more serious.
    void note(CleanOutcome what, const QString& reason);
    bool rejected() const { return outcome == CleanOutcome::Rejected; }
    bool flagged() const { return outcome == CleanOutcome::Flagged; }
    /// The reasons in one line, for the report.
    QString reason() const { return reasons.join(QStringLiteral("; ")); }
};

/// A cleaned text value: empty when nothing was written or when it was rejected.
struct CleanedValue : CleanNotes
{
    QString value;
};

/// Text clean-up shared by the cleaners.
namespace ValueCleaning {

/// The outcome as a word for the import report: "kept", "repaired", "flagged", "rejected".
QString outcomeName(CleanOutcome outcome);
/// "flagged: gmail.com is a free-mail address; …", or empty when the value was kept silently.
QString describe(const CleanNotes& notes);

/// The text with every Unicode space (no-break, narrow, ideographic, tab, line break) made one
/// plain space, runs of them collapsed, invisible format characters (zero-width space and
/// joiners, byte-order mark, soft hyphen, direction marks) removed, and both ends trimmed.
QString tidy(const QString& text);

/// True for what files write instead of leaving a cell empty: "n/a", "-", "k.A.", "keine
/// Angabe", "unknown", "unbekannt", "none", "?"; such cells read as empty.
bool isPlaceholder(const QString& text);

/// `text` lower-cased with umlauts spelt out (ä → ae, ß → ss), other accents dropped, dots and
/// apostrophes removed and everything else that is neither letter nor digit made one space: a
/// key for comparing names as people write them ("Österreich" and " OESTERREICH" give
/// "oesterreich", "U.S.A." gives "usa", "Bosnia-Herzegovina" gives "bosnia herzegovina").
QString foldKey(const QString& text);

} // namespace ValueCleaning
