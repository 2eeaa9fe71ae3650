#pragma once

#include "leads/LeadValidator.h"
#include "leads/LeadVersion.h"

#include <QCoreApplication>
#include <QList>

class Store;

/// One entry of a lead's field history: which detail changed, from what to what, when and who.
struct FieldChange
{
    qint64 leadId = 0;
    QString field; ///< LeadFields key
    QString oldValue;
    QString newValue;
    qint64 changedAt = 0;
    QString repName;

    /// "E-mail: anna@old.example → anna@new.example", with labels for keys and flags.
    QString describe() const;
    /// A stored value as people read it: labels for enum keys and flags, "—" for nothing.
    static QString displayValue(const QString& field, const QString& value);
};

/// Changes one detail of a lead at a time, as a rep corrects it while talking: checks it with the
/// same rules as a new lead, writes it and records the change in the lead's history in the same
/// transaction.
class LeadEditor
{
    Q_DECLARE_TR_FUNCTIONS(LeadEditor)

public:
    struct Result
    {
        bool changed = false;         ///< false when the value was already so, or it was refused
        QList<FieldProblem> problems; ///< why it was refused; empty when it was saved
        /// Changed elsewhere since it was read (see Expected): nothing was written.
        std::optional<FieldConflict> conflict;
    };
    /// What the card showed when the rep started typing: the lead's version (LeadVersion::of,
    /// read before the values) and the field's text then.
    struct Expected
    {
        qint64 rowVersion = 0;
        QString loadedText;
    };

    explicit LeadEditor(const Store& store);

    /// Sets a field from its text form (see LeadFields; the owner as the name of an active rep or
    /// of `repName`, never a new name). Refuses, and
    /// writes nothing, when the new value breaks a rule the lead did not break before. A detail
    /// the score depends on rescores the lead with the active rules; a corrected phone number
    /// clears the wrong-number flag. All in one transaction, each change in the history. With
    /// `expected`, a field changed elsewhere since to another value is not overwritten: the
    /// result carries the conflict. Throws StoreError when the lead no longer exists or the
    /// store fails.
    Result setField(qint64 leadId, LeadField field, const QString& text, const QString& repName,
                    const std::optional<Expected>& expected = std::nullopt);

    /// "Owner: there is no rep named …", for an owner that is neither a rep of the team nor the
    /// rep at the keyboard.
    static QString unknownOwnerMessage(const QString& name);

    /// The field's current text form, the owner as a rep name.
    QString currentText(const Lead& lead, LeadField field) const;
    /// The lead's field history, oldest first.
    QList<FieldChange> history(qint64 leadId) const;

private:
    Lead loadLead(qint64 leadId) const;
    QList<FieldProblem> newProblems(const Lead& before, const Lead& after, LeadField field) const;

    const Store& m_store;
    LeadValidator m_validator;
};
