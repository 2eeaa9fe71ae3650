#pragma once

#include "import/ImportTarget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

/// How a column came to its target, so that a wizard can point the rep at what to check.
enum class MappingQuality
{
    Unmatched, ///< the header means nothing known: the column is ignored
    Keyword,   ///< a word of the header matched ("Arbeit E-Mail"): likely, worth a look
    Known,     ///< the header is one that a known tool or a common wording writes
    Chosen,    ///< the rep chose it, now or in a saved or remembered mapping
};

/// One column of an import file and where its values go.
struct ColumnMapping
{
    QString header;
    ImportTarget target;
    MappingQuality quality = MappingQuality::Unmatched;
    /// The target the column wanted when a better column took it (`lostTo`); then `target` is
    /// the wanted target's fallback (a further phone number, a note, Ignore).
    ImportTarget wanted;
    qsizetype lostTo = -1;

    bool lostConflict() const { return lostTo >= 0; }
};

/// Which column of an import file goes to which lead field. Guessed from the headers (English and
/// German wording, the exports of common CRMs and marketing tools), corrected by the rep per
/// column, and kept as JSON (`--mapping FILE.json`, remembered mappings). A lead field, the full
/// name, the salutation and the external id take at most one column each: when two columns want
/// one, the better candidate wins and the other falls back (ImportTarget::fallback()), and says so.
class HeaderMapping
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapping)

public:
    HeaderMapping() = default;

    /// The automatic mapping of a file with these headers.
    static HeaderMapping guess(const QStringList& headers);
    /// `saved` applied to a file with these headers: each saved column goes to the file's column
    /// of the same header (exactly, else normalised; the first unused one when a header repeats),
    /// whatever its position; the file's other columns are guessed. `missing` receives the
    /// saved headers the file lacks.
    static HeaderMapping withSaved(const QStringList& headers, const HeaderMapping& saved,
                                   QStringList* missing = nullptr);

    qsizetype size() const { return m_columns.size(); }
    QStringList headers() const;
    const ColumnMapping& column(qsizetype index) const { return m_columns.at(index); }
    ImportTarget target(qsizetype index) const { return m_columns.at(index).target; }
    /// The column a target takes, -1 when none (for targets that take many: the first).
    qsizetype columnOf(const ImportTarget& target) const;
    QList<qsizetype> columnsOf(const ImportTarget& target) const;

    /// The rep's choice for a column. When the target takes one column only and another column
    /// has it, that column gives it up (to the target's fallback) and its index is returned;
    /// otherwise -1.
    qsizetype setTarget(qsizetype column, const ImportTarget& target);

    /// {"version": 1, "columns": [{"header": "E-Mail", "target": "email"}, …]}
    QByteArray toJson() const;
    /// Reads toJson()'s form. On failure `error` says what is wrong and where (line and column
    /// of a syntax error, the entry of a wrong one).
    static std::optional<HeaderMapping> fromJson(const QByteArray& json, QString* error);

    /// Names a set of headers, for remembering mappings: the normalised headers (so "E-Mail" and
    /// "email" count as one), sorted and hashed. Order does not count: a saved mapping is applied
    /// by header, so a file whose columns were moved gets the same mapping.
    static QString headerSetKey(const QStringList& headers);

private:
    void resolveConflicts(const QList<int>& ranks);
    void dropRedundantFullName();
    static std::optional<ColumnMapping> readColumn(const QJsonValue& value, qsizetype index,
                                                   QString* error);
    static QString duplicateTarget(const QList<ColumnMapping>& columns);

    QList<ColumnMapping> m_columns;
};
