#pragma once

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
    /// Writes the fit attributes that differ from the stored ones, each with a field-change row
    /// (field, old, new, when, rep) keyed and written as the lead editor does (LeadFields).
    /// Returns the keys of the changed fields.
    QStringList saveFitInTransaction(qint64 leadId, const FitAttributes& fit, qint64 repId) const;

private:
    const Store& m_store;
};
