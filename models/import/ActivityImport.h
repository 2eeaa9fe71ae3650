#pragma once

#include "import/ActivityColumns.h"
#include "import/ImportFile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

class ImportSource;
class Store;
struct ImportRow;

/// A row of an activity file that did not become an interest event, and why.
struct ActivityProblem
{
    qint64 row = 0;
    QString column; ///< the file's header of the column at fault, empty for the whole row
    QString reason;

    /// "Row 4, column Activity: …" in the rep's language.
    QString describe() const;
};

/// What an activity import did (or, in a dry run, would do).
struct ActivityReport
{
    bool dryRun = false;
    qint64 rows = 0;     ///< data rows read (blank ones not counted)
    qint64 imported = 0; ///< interest events added
    qint64 known = 0;    ///< rows already stored as the same event (an import run twice)
    QList<ActivityProblem> unmatched; ///< no lead with that e-mail address or id
    QList<ActivityProblem> rejected;  ///< unknown activity, unreadable time, broken row
    QList<qint64> leads;              ///< the leads that got events, rescored
    QJsonObject columns;              ///< the columns read ({"email": "E-Mail", …})
    std::optional<InterestKind> kind; ///< the activity of every row, when chosen for the file
    std::optional<qint64> time;       ///< the time of every row, when chosen for the file

    QJsonObject toJson() const;
    /// A paragraph for people: counts, then each problem on a line.
    QString describe() const;
};

/// The rep's choices for one activity import.
struct ActivityImportOptions
{
    ImportFileOptions file; ///< the file, and the delimiter, encoding or sheet chosen
    /// Which column holds what; nothing: recognised from the headers (ActivityColumns::map).
    std::optional<ActivityColumns::Mapping> mapping;
    /// Every row's activity (a webinar's attendee list); a column for the activity is then not
    /// read.
    std::optional<InterestKind> kind;
    /// Every row's time, seconds since the epoch (UTC); a column for the time is then not read.
    std::optional<qint64> time;
    bool dryRun = false;
};

/// Activity import (`leadscout import-activities FILE`): rows of an e-mail address (or a lead
/// id; alternates of merged leads count), an activity kind, a time and a title from a CSV or XLSX
/// file become interest events of the matching leads. Rows of unknown leads are reported as
/// unmatched, rows with an activity the scoring rules do not know or an unreadable time as
/// rejected, each with its row and column. The touched leads are rescored with the active rules
/// in the same transaction; a dry run does all of it and rolls back. Times without an offset are
/// read as UTC. An event already stored (same lead, kind, time and title) is not added again.
class ActivityImport
{
    Q_DECLARE_TR_FUNCTIONS(ActivityImport)

public:
    explicit ActivityImport(const Store& store);

    /// Imports a CSV (delimiter and encoding detected) or XLSX file (first sheet) as its headers
    /// are recognised. A file that cannot be read, or lacks a needed column, throws StoreError
    /// with the reason and nothing is written; so does a failing store.
    ActivityReport importFile(const QString& path, bool dryRun);
    /// Imports with the rep's choices: file overrides, a corrected mapping, a kind or time for
    /// the whole file. Throws StoreError as importFile does.
    ActivityReport import(const ActivityImportOptions& options);

    /// The mapping an import of a file with this header uses with these options: the given
    /// one, else the recognised one; a fixed kind or time leaves its column unread.
    static ActivityColumns::Mapping mappingFor(const QStringList& header,
                                               const ActivityImportOptions& options);

private:
    struct Plan;
    OpenedImportFile openSource(const ImportFileOptions& file) const;
    ActivityReport importRows(ImportSource& source, const Plan& plan, bool dryRun);
    /// The lead a row names, or nothing (reported) when there is none.
    std::optional<qint64> leadOf(const ImportRow& row, const ActivityColumns::Mapping& mapping,
                                 const QStringList& header, ActivityReport& report) const;

    const Store& m_store;
};
