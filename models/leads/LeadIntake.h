#pragma once

#include "leads/DuplicateFinder.h"
#include "leads/LeadValidator.h"
#include "leads/Suppressions.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <optional>

class Store;

/// A lead as a person typed it or a file held it: the text form of each field given (see
/// LeadFields), the owner as a rep's name. A field not given keeps a new lead's default.
struct LeadDraft
{
    QMap<LeadField, QString> texts;
    /// Where an imported lead came from, written with its row (no form sets these).
    QString externalId; ///< the id another CRM gave the lead
    QString importNote; ///< the file's columns that map to no field

    LeadDraft& set(LeadField field, const QString& text)
    {
        texts.insert(field, text);
        return *this;
    }
};

/// What the intake rules say about a draft, for the caller only to show.
struct IntakeCheck
{
    Lead lead;                        ///< as read and normalised (derived fields not yet filled)
    QString owner;                    ///< the owner's name as given, trimmed; empty for none
    QList<FieldProblem> problems;     ///< what must be corrected, in field order, the owner last
    QList<DuplicateMatch> duplicates; ///< leads this one probably is (only looked for when valid)
    std::optional<SuppressionHit> erased; ///< a person erased on request had this address/number

    bool hasProblems() const { return !problems.isEmpty(); }
    /// The person was erased on request (by their e-mail address): entered again only when they
    /// asked to be contacted.
    bool isErasedPerson() const { return erased && erased->isSamePerson(); }
    /// Only the phone number of an erased person: worth a note, no reason to refuse (it may be a
    /// switchboard that now reaches someone else).
    bool hasErasedNumber() const { return erased && !erased->isSamePerson(); }
    /// The problems' messages, each once (the reach rule is told for e-mail and phone alike).
    QStringList messages() const;
};

/// What the person (or the script's options) allowed.
struct IntakeOptions
{
    bool allowDuplicate = false; ///< save even when it looks like a lead already in the store
    bool allowErased = false;    ///< save a person erased on request (they asked to come back)
    bool allOrNothing = false;   ///< createAll: one refused row and no row is created
    qint64 importBatchId = 0;    ///< the import batch the new leads belong to; 0 for none
};

/// The outcome of creating one draft.
struct IntakeResult
{
    enum class Outcome
    {
        Created,
        Invalid,      ///< check.problems says what to correct
        ErasedPerson, ///< refused: the person was erased on request (check.erased)
        Duplicate,    ///< refused: likely a lead already there (check.duplicates)
        NotCreated,   ///< acceptable, but another row of an all-or-nothing batch was refused
    };

    Outcome outcome = Outcome::Invalid;
    qint64 leadId = 0; ///< the new lead's id when created
    IntakeCheck check;

    bool created() const { return outcome == Outcome::Created; }
};

/// Entering new leads, the same for the new-lead dialog, the add-lead command and imports:
/// read and normalise the draft, validate it, check the owner, look for a person erased on request
/// and for likely duplicates, fill in the derived fields, create and score the lead. A batch runs
/// in one transaction with one lookup per rule for all its rows (not a query per row and rule),
/// and its statements prepared once.
class LeadIntake
{
public:
    /// `repName` is the rep at the keyboard: recorded as creator, and allowed as owner.
    LeadIntake(const Store& store, QString repName);

    /// Why a draft's texts cannot be read (not a whole number, an unknown key…); needs no store.
    static QList<FieldProblem> readProblems(const LeadDraft& draft);
    /// The problems of one field while the rest is still being typed: only a field that holds
    /// text is judged ("nothing to reach them by" waits for the whole lead).
    QList<FieldProblem> checkField(const LeadDraft& draft, LeadField field) const;

    /// Everything the rules say about a draft; writes nothing.
    IntakeCheck check(const LeadDraft& draft) const;
    /// Creates the lead when the rules and the options allow it. Throws StoreError.
    IntakeResult create(const LeadDraft& draft, const IntakeOptions& options = {});

    /// check() for many drafts at one moment of the store; entry i answers for drafts[i]. Each
    /// row is judged against the store as it is (not against the other rows).
    QList<IntakeCheck> checkAll(const QList<LeadDraft>& drafts) const;
    /// create() for many drafts in one transaction: a row is also judged against the rows created
    /// before it. A refused row is skipped, or with allOrNothing undoes the whole batch. Throws
    /// StoreError, and then nothing of the batch is written.
    QList<IntakeResult> createAll(const QList<LeadDraft>& drafts,
                                  const IntakeOptions& options = {});
    /// createAll() inside a write transaction the caller holds (an import writes many batches
    /// in one). allOrNothing is the caller's to apply: refused rows are reported, the others are
    /// written, and the caller decides whether to commit.
    QList<IntakeResult> createAllInTransaction(const QList<LeadDraft>& drafts,
                                               const IntakeOptions& options = {});

private:
    QSet<QString> ownerNames() const;
    IntakeCheck read(const LeadDraft& draft, const QSet<QString>& owners) const;
    QList<IntakeCheck> readAll(const QList<LeadDraft>& drafts) const;
    void lookUpErased(QList<IntakeCheck>& checks) const;
    static IntakeResult::Outcome refusalOf(const IntakeCheck& check, const IntakeOptions& options);

    const Store& m_store;
    QString m_repName;
    LeadValidator m_validator;
};
