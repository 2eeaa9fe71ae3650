#pragma once

#include "team/TeamPermissions.h"

#include <QCoreApplication>
#include <QStringList>

class Store;

/// Who owns the leads of an imported file.
enum class OwnerMode
{
    FromFile, ///< the file's owner column; rows that name none wait unassigned (the default)
    Rep,      ///< the file's owner column; rows that name none go to the rep chosen
    Nobody    ///< every lead waits unassigned; an owner column is not read
};

/// The rep's choice of owner for one import.
struct ImportOwnerOptions
{
    OwnerMode mode = OwnerMode::FromFile;
    QString rep; ///< OwnerMode::Rep: the rep who gets the rows that name no owner
    /// A row naming an owner who is no rep of the team is rejected; by default it is imported
    /// unassigned and flagged (a typo must not cost the row).
    bool rejectUnknown = false;
};

/// Why an owner choice cannot be imported.
struct OwnerRefusal
{
    enum class Kind
    {
        None,       ///< it can
        UnknownRep, ///< the rep chosen is no rep of the team
        NotAllowed  ///< a rep's login gives the leads to someone else
    };
    Kind kind = Kind::None;
    QString message; ///< in the rep's language, empty for None

    explicit operator bool() const { return kind != Kind::None; }
};

/// Deciding the owner of imported leads, for the wizard and `leadscout import --owner`: which
/// reps the person importing may give a file's leads to, and whether a choice is allowed. On a
/// team store a rep's login may give them only to themself; a team lead (and the one user of a
/// SQLite file) to any active rep of the team (TeamTool::AssignLeads).
class ImportOwners
{
    Q_DECLARE_TR_FUNCTIONS(ImportOwners)

public:
    /// `repName`: the rep importing (AppSettings::repName), who may always own the leads.
    ImportOwners(const Store& store, QString repName);

    /// The reps the file's leads may go to under `permissions`, sorted; the importing rep first.
    QStringList assignable(const TeamPermissions& permissions) const;
    /// Why `options` cannot be imported; Kind::None when it can. Asks the store for the reps.
    OwnerRefusal refusal(const ImportOwnerOptions& options,
                         const TeamPermissions& permissions) const;
    /// The same with the permissions of the store's connection (TeamRoles::current).
    OwnerRefusal refusal(const ImportOwnerOptions& options) const;

    /// "file", "rep", "nobody" and back.
    static QString modeKey(OwnerMode mode);

private:
    const Store& m_store;
    QString m_repName;
};
