#pragma once

#include "domain/Lead.h"

#include <QStringList>

class Store;

/// A lead with something in every table that can hold a lead's data, for the erasure and
/// disclosure tests. Each free-text value carries `marker`, so a test can look for it anywhere.
struct LeadRecordFixture
{
    qint64 leadId = 0;
    Lead lead;
    QStringList secrets; ///< every personal value written: name, e-mail, phone, notes…

    /// Creates the lead and fills stage history, calls, qualification and its draft, interest
    /// events, a nurture plan with steps, a handoff batch row (shared batch `batchCode`), field
    /// changes, scores, and a duplicate merged into it (its alternate address, the merge record).
    static LeadRecordFixture create(Store& store, const QString& first, const QString& last,
                                    const QString& company, const QString& phone,
                                    const QString& marker, const QString& batchCode);
};

/// Rows referring to this lead, per table with a lead_id column (and `leads` itself).
QMap<QString, qint64> rowsReferring(const Store& store, qint64 leadId);
