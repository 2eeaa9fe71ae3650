#pragma once

#include "leads/LeadFields.h"
#include "qualification/Qualification.h"

#include <QCoreApplication>
#include <optional>

class Store;

/// The qualification of a lead (BANT, buying role and phase, notes) and the fit attributes the
/// form edits. Changing a fit attribute writes one lead_field_changes row per changed field.
class QualificationRepository
{
    Q_DECLARE_TR_FUNCTIONS(QualificationRepository)

public:
    explicit QualificationRepository(const Store& store);

    /// The stored qualification, or nothing when the lead has never been qualified.
    std::optional<Qualification> find(qint64 leadId) const;
    /// Inserts or replaces the lead's qualification, inside the caller's transaction.
    void saveInTransaction(qint64 leadId, const Qualification& qualification, qint64 repId) const;

    /// The lead's fit attributes, or nothing when the lead does not exist.
    std::optional<FitAttributes> fitOf(qint64 leadId) const;
    /// What saving the fit attributes of the form did.
    struct FitSave
    {
        QStringList changed;        ///< history keys of the fields written
        QList<LeadField> conflicts; ///< changed on the form and elsewhere: nothing was written
        FitAttributes stored;       ///< the values in the store when saving
    };
    /// Writes the fit attributes the rep changed on the form, i.e. those where `fit` differs
    /// from `loaded` (what the form showed), each with a field-change row (field, old, new,
    /// when, rep) keyed and written as the lead editor does (LeadFields). A field changed
    /// elsewhere since the form loaded it (the lead editor, another window) keeps that value;
    /// one changed in both places to different values is a conflict, and then nothing is written.
    FitSave saveFitInTransaction(qint64 leadId, const FitAttributes& fit,
                                 const FitAttributes& loaded, qint64 repId) const;

    /// The fit attributes the form edits, in form order.
    static const QList<LeadField>& fitFields();
    /// The key of the form's entry field for a fit attribute ("employees", "annualRevenue" …).
    static QString entryKeyOf(LeadField field);
    /// Copies one fit attribute.
    static void copyFit(FitAttributes& to, const FitAttributes& from, LeadField field);
    /// The fit attribute in the text form of the field history.
    static QString fitText(const FitAttributes& fit, LeadField field);

private:
    const Store& m_store;
};
