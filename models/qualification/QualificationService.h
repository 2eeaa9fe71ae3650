#pragma once

#include "domain/Lead.h"
#include "leads/LeadFields.h"
#include "qualification/QualificationDrafts.h"
#include "scoring/ScoreResult.h"
#include "scoring/ScoringRulesRepository.h"

#include <QCoreApplication>
#include <optional>

class Store;

/// Everything the qualification form shows for one lead.
struct QualificationContext
{
    qint64 rowVersion = 0; ///< the lead's version, read before the lead (LeadVersion)
    Lead lead;
    std::optional<Qualification> stored;
    FitAttributes storedFit;
    QualificationEntry storedEntry;          ///< the stored state, as the form writes it
    std::optional<QualificationDraft> draft; ///< typed but unsaved, if it differs from stored
    std::vector<InterestSignal> interest;
    ActiveRules rules;
};

/// Loading a lead into the qualification form, scoring what is typed, and saving it.
class QualificationService
{
    Q_DECLARE_TR_FUNCTIONS(QualificationService)

public:
    explicit QualificationService(const Store& store);

    /// The lead, its stored qualification, its draft and its interest; nothing when it is gone.
    std::optional<QualificationContext> load(qint64 leadId, const QLocale& locale) const;
    /// Parses an entry for this lead (a decision date saved earlier may have passed since).
    static ParsedEntry parse(const QualificationContext& context, const QualificationEntry& entry,
                             const QLocale& locale, QDate today);
    /// What the engine scores for the form: the lead's contact data with what was typed.
    static ScoringInput inputFor(const QualificationContext& context, const ParsedEntry& parsed);

    struct SaveResult
    {
        bool saved = false;
        QList<EntryProblem> problems; ///< why it was not saved
        ScoreResult score;
        QStringList changedFitFields;
        /// Fit attributes changed on the form and elsewhere since `loadedFit` (not saved then).
        QList<LeadField> conflicts;
        FitAttributes storedFit; ///< the fit attributes in the store when saving
    };
    /// Checks the entry; when it is valid, saves qualification and fit attributes (with their
    /// field history), scores the lead with the active rules and removes the draft, all in one
    /// transaction. `loadedFit` is what the form showed before the rep typed: only the fit
    /// attributes the rep changed relative to it are written, so a change made elsewhere in the
    /// meantime stays; one changed in both places is a conflict with a problem at its field, and
    /// nothing is saved.
    SaveResult save(qint64 leadId, const QualificationEntry& entry, const FitAttributes& loadedFit,
                    const QString& repName, const QLocale& locale, QDate today) const;

    /// The typed entry moved onto fit attributes changed elsewhere: a fit field the rep left as
    /// it was in `loaded` shows the `stored` value, and `loaded` follows it. A field the rep
    /// changed keeps the typing and its old `loaded` value (so that saving finds the conflict).
    static QualificationEntry rebase(const QualificationEntry& typed, FitAttributes& loaded,
                                     const FitAttributes& stored, const QLocale& locale);

private:
    const Store& m_store;
};
