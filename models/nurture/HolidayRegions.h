#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Store;
class TeamSettings;

/// The German state whose public holidays nurture due dates skip, as the team sets it (Team ▸
/// Queue Settings…). A German lead's plan keeps the state it started with (its holiday
/// region); the team's state is the one a plan starts with when the lead's own is not known.
/// Changing the team's state moves the pending steps of the running plans that followed it off
/// the new state's holidays.
class HolidayRegions
{
    Q_DECLARE_TR_FUNCTIONS(HolidayRegions)

public:
    struct Region
    {
        QString code; ///< ISO 3166-2 without the country: "BW", "BY"…
        QString name; ///< translated
    };

    /// The 16 Bundesländer, by name.
    static QList<Region> germanStates();
    static bool isGermanState(const QString& code);
    /// The state's name, or "Germany (national holidays only)" for none.
    static QString nameOf(const QString& code);

    /// The team's state ("" = the national holidays only).
    static QString teamRegion(const TeamSettings& settings);

    /// Sets the team's state, inside `settings.saveAll` (one transaction with the other
    /// settings), and gives the running plans of German leads that followed the old state the
    /// new one: a pending step that now falls on a holiday or a closed day moves to the next
    /// working day (no step moves earlier; a rep moves one by hand). Throws StoreError for an
    /// unknown state. Gives back how many steps moved.
    static int setTeamRegionInSaveAll(const Store& store, TeamSettings& settings,
                                      const QString& code);
    /// The same in its own transaction.
    static int setTeamRegion(const Store& store, const QString& code);

private:
    static int followInTransaction(const Store& store, const QString& from, const QString& to);
};
