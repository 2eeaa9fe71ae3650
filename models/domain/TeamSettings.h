#pragma once

#include "domain/Vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <functional>
#include <optional>

class Store;

/// Settings the whole team shares, kept in the store (so every rep on a shared store works by
/// the same rules). Each has a default that applies until a team lead changes it.
class TeamSettings
{
public:
    explicit TeamSettings(const Store& store);
    /// The same, with every setting read at once now (one query instead of one per setting):
    /// for a moment's view of many settings, like the queue's context on each "next lead".
    static TeamSettings readAll(const Store& store);

    /// Hours a new lead may wait for its first call (speed-to-lead SLA).
    int slaHours() const;
    void setSlaHours(int hours);
    /// Below this many leads a rate on the dashboard is greyed out as resting on too few.
    int minRateCount() const;
    void setMinRateCount(int count);
    /// Calling hours in the lead's own local time.
    QTime callingHoursStart() const;
    QTime callingHoursEnd() const;
    void setCallingHours(QTime start, QTime end);
    /// Days of the week (1 = Monday … 7 = Sunday) on which leads may be called, in their time.
    QList<int> callingDays() const;
    void setCallingDays(const QList<int>& days);
    /// Days a lead moved to nurture for want of reaching it stays away from the queue.
    int nurtureReturnDays() const;
    void setNurtureReturnDays(int days);
    /// Unreached attempts after which a lead is held back and nurture/disqualify is proposed.
    int maxAttempts() const;
    void setMaxAttempts(int attempts);
    /// Minutes a rep's claim on an opened lead lasts unless renewed or released.
    int claimMinutes() const;
    void setClaimMinutes(int minutes);
    /// Minutes before a lead comes back after a call with this outcome.
    int retryMinutes(CallOutcome outcome) const;
    void setRetryMinutes(CallOutcome outcome, int minutes);
    /// Country assumed for phone numbers written without a country code (ISO 3166-1 alpha-2).
    QString defaultCountry() const;
    void setDefaultCountry(const QString& country);

    /// Keys of the columns of the handoff file, in order (HandoffColumns validates and
    /// interprets them); empty means every column.
    QStringList handoffColumns() const;
    void setHandoffColumns(const QStringList& keys);

    /// Runs the setters `changes` calls in one write transaction: all of them are saved, or none.
    void saveAll(const std::function<void(TeamSettings&)>& changes);

    /// Raw access for settings without a typed accessor yet.
    QString value(const QString& key, const QString& fallback) const;
    void setValue(const QString& key, const QString& value);

private:
    int intValue(const QString& key, int fallback) const;

    const Store& m_store;
    bool m_inSaveAll = false;
    std::optional<QHash<QString, QString>> m_read; ///< readAll(): every stored value by key
};
