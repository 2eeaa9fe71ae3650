#pragma once

#include "domain/Vocabulary.h"
#include "import/DateReading.h"
#include "import/HeaderMapping.h"
#include "import/ImportOwner.h"
#include "import/ImportReport.h"
#include "import/ImportSource.h"
#include "import/NumberReading.h"
#include "leads/LeadIntake.h"

#include <QHash>
#include <QSet>
#include <optional>

/// What a file's columns show as a whole, read from its first rows before any row is cleaned:
/// the number style of each number column and which kept-as-note columns hold dates that could
/// be read two ways (flagged, never guessed).
struct ImportColumnStyles
{
    QHash<qsizetype, NumberStyle> numbers;
    QSet<qsizetype> ambiguousDates;

    /// `sample`: the first rows of the file. A workbook's numbers come with a decimal point.
    static ImportColumnStyles detect(const HeaderMapping& mapping, const QList<ImportRow>& sample,
                                     bool workbook);
};

/// How rows are turned into leads, for the whole file.
struct ImportCleaningOptions
{
    QString defaultRegion;                      ///< alpha-2, for numbers without a country code
    std::optional<SourceChannel> sourceChannel; ///< where the row names none (default: other)
    QString campaign;                           ///< where the row names none
    bool keepUnmappedAsNote = false;            ///< ignored columns go to the note too
    /// The reps a row may name as owner; another name is left out (flagged), since a typo must
    /// not cost the row nor become a rep.
    QSet<QString> owners;
    /// Whether the owner column is read, who gets rows that name no owner, and whether a row
    /// naming an unknown one is rejected.
    ImportOwnerOptions owner;
};

/// One record made ready for the intake: the draft of the lead, what only an import keeps (the
/// external id and the note), and why it is rejected or what is worth a look.
struct CleanedImportRow
{
    qint64 row = 0;
    LeadDraft draft;
    QString externalId;
    QString note;
    QString rejectColumn;
    QString rejectReason;
    bool ownerNamed = false; ///< the owner column named someone (known or not)
    QList<ImportFlag> flags;
    /// The first e-mail or phone value that could not be repaired: it rejects the row only when
    /// the row has no other way to reach the person.
    ImportFlag contactProblem;

    bool rejected() const { return !rejectReason.isEmpty(); }
    void reject(const QString& column, const QString& reason);
    void flag(const QString& column, const QString& reason) { flags.append({column, reason}); }
};

/// Cleans the cells of a record per its column's target: names (a full name split), e-mail,
/// phone to E.164 (with the default country and the lost-leading-zero repair), country, numbers
/// in the column's style, flags, source channel and campaign. A contact value that cannot be
/// repaired rejects the row; any other unreadable value is left empty and flagged.
class ImportRowCleaner
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowCleaner)

public:
    ImportRowCleaner(HeaderMapping mapping, ImportCleaningOptions options,
                     ImportColumnStyles styles);

    const HeaderMapping& mapping() const { return m_mapping; }
    CleanedImportRow clean(const ImportRow& row) const;

    /// "yes" or "no" for what files write in a flag column ("ja", "x", "true", "1"…); empty
    /// when the text says neither.
    static QString flagText(const QString& written);

private:
    void cleanColumn(const ImportRow& row, qsizetype column, const QString& rowCountry,
                     CleanedImportRow& out) const;
    void cleanField(LeadField field, qsizetype column, const QString& text,
                    const QString& rowCountry, CleanedImportRow& out) const;
    void cleanName(LeadField field, const QString& header, const QString& text,
                   CleanedImportRow& out) const;
    void cleanEmail(const QString& header, const QString& text, CleanedImportRow& out) const;
    void cleanPhone(const QString& header, const QString& text, const QString& rowCountry,
                    CleanedImportRow& out) const;
    void cleanNumber(LeadField field, qsizetype column, const QString& text,
                     CleanedImportRow& out) const;
    void cleanSource(const QString& header, const QString& text, CleanedImportRow& out) const;
    void splitFullName(const QString& header, const QString& text, CleanedImportRow& out) const;
    void addNote(qsizetype column, const QString& text, CleanedImportRow& out) const;
    void takeAlternates(const ImportRow& row, const QString& rowCountry,
                        CleanedImportRow& out) const;
    void settleContact(CleanedImportRow& out) const;
    void checkOwner(const QString& header, const QString& text, CleanedImportRow& out) const;
    void fillFileDefaults(CleanedImportRow& out) const;
    void dropUnreadable(CleanedImportRow& out) const;
    void dropField(LeadField field, const QString& message, CleanedImportRow& out) const;
    QString rowCountryOf(const ImportRow& row) const;
    static void flagNotes(const QString& header, const CleanNotes& notes, CleanedImportRow& out);

    HeaderMapping m_mapping;
    ImportCleaningOptions m_options;
    ImportColumnStyles m_styles;
    qsizetype m_countryColumn = -1;
    LeadValidator m_validator;
};
