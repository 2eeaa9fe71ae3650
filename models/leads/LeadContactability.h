#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

class Store;

/// The flags that say whether a lead may be contacted.
enum class ContactFlag
{
    DoNotCall,
    DoNotEmail,
    WrongNumber
};

/// The one writer of a lead's contact flags (leads.do_not_call, do_not_email, wrong_number):
/// the call log (a "do not call" or "wrong number" outcome) and the lead editor (the rep ticks
/// the box, or corrects the number) both set them here, so the stored value and the history
/// entry are the same whoever marks the lead.
class LeadContactability
{
public:
    explicit LeadContactability(const Store& store);

    /// The column, which is also the key of the flag in the field-change history.
    static QString key(ContactFlag flag);

    /// Sets the flag inside the caller's transaction and records the change (old → new, when,
    /// who) in the lead's field history. Nothing is written when the flag is already so.
    /// Returns whether it changed.
    bool setInTransaction(qint64 leadId, ContactFlag flag, bool on, qint64 repId,
                          qint64 changedAt) const;
    /// Puts the flag back as it was before a change made at `changedAt` (undoing a logged call),
    /// and takes that change out of the history; with no time, only the flag is put back.
    void restoreInTransaction(qint64 leadId, ContactFlag flag, bool wasOn,
                              std::optional<qint64> changedAt) const;

private:
    const Store& m_store;
};
