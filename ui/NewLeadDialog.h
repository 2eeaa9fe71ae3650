#pragma once

#include "domain/Lead.h"

#include <QDialog>

class LeadFieldForm;
class QDialogButtonBox;
class Store;
struct DuplicateMatch;
struct SuppressionHit;
enum class LeadField;

/// A new lead typed in on the spot, e.g. during an inbound call: contact, company and fit,
/// source and campaign, owner. Each field is checked when the rep leaves it; saving checks all,
/// then warns about likely duplicates (offering to open the existing lead instead) and about a
/// person erased on request. The new lead starts at `new` and enters the queue at once.
class NewLeadDialog : public QDialog
{
    Q_OBJECT

public:
    NewLeadDialog(const Store& store, QString repName, QWidget* parent = nullptr);

    /// The lead saved, or 0.
    qint64 createdLeadId() const { return m_createdId; }
    /// The existing lead the rep chose to open instead, or 0.
    qint64 openedLeadId() const { return m_openedId; }

    void accept() override;

signals:
    void leadCreated(qint64 leadId);
    void openLeadRequested(qint64 leadId);

private:
    /// The lead as typed; problems reading a field (not a number…) are added to `problems`.
    Lead leadFromForm(QList<struct FieldProblem>& problems) const;
    void checkField(LeadField field);
    void growToFit();
    /// Why the owner typed cannot own the lead: only the team's reps (and the rep at the
    /// keyboard) can.
    QList<struct FieldProblem> ownerProblems() const;
    std::optional<qint64> ownerId() const;
    bool confirmSuppressed(const SuppressionHit& hit);
    /// True to go on saving; false when the rep went back or opened the existing lead.
    bool confirmDuplicates(const QList<DuplicateMatch>& matches);

    const Store& m_store;
    QString m_repName;
    LeadFieldForm* m_form;
    QDialogButtonBox* m_buttons;
    qint64 m_createdId = 0;
    qint64 m_openedId = 0;
};
