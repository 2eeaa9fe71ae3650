#pragma once

#include "domain/Lead.h"
#include "qualification/QualificationDrafts.h"
#include "scoring/ScoreResult.h"
#include "scoring/ScoringRulesRepository.h"

#include <QCoreApplication>
#include <optional>

class Store;

/// Everything the qualification form shows for one lead.
struct QualificationContext
{
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
    };
    /// Checks the entry; when it is valid, saves qualification and fit attributes (with their
    /// field history), scores the lead with the active rules and removes the draft, all in one
    /// transaction.
    SaveResult save(qint64 leadId, const QualificationEntry& entry, const QString& repName,
                    const QLocale& locale, QDate today) const;

private:
    const Store& m_store;
};
