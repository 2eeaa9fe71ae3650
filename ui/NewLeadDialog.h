#pragma once

#include "leads/LeadIntake.h"

#include <QDialog>

class LeadFieldForm;
class QDialogButtonBox;
class Store;

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

    /// Fills in the phone number (the dialog opened for a tel: link).
    void setPhone(const QString& phone);

    void accept() override;

signals:
    void leadCreated(qint64 leadId);
    void openLeadRequested(qint64 leadId);

private:
    /// The lead as typed, every field's text.
    LeadDraft draftFromForm() const;
    void checkField(LeadField field);
    void growToFit();
    /// Shows why the lead was not saved; true when the rep allowed what stopped it (and
    /// `options` now say so), so that saving is tried again.
    bool confirmed(const IntakeResult& result, IntakeOptions& options);
    bool confirmSuppressed(const SuppressionHit& hit);
    /// True to go on saving; false when the rep went back or opened the existing lead.
    bool confirmDuplicates(const QList<DuplicateMatch>& matches);

    LeadIntake m_intake;
    LeadFieldForm* m_form;
    QDialogButtonBox* m_buttons;
    qint64 m_createdId = 0;
    qint64 m_openedId = 0;
};
