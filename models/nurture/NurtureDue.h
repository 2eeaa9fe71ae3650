#pragma once

#include "nurture/NurtureTypes.h"

#include <QCoreApplication>

class Store;

/// Which due steps to list.
struct DueFilter
{
    enum class Window
    {
        Today,   ///< due by the end of today (overdue included)
        Overdue, ///< due before today
        Week,    ///< due within the next seven days (overdue included)
        All
    };
    Window window = Window::Today;
    QString repName; ///< the plans of this rep; empty: the team's
    QString trackKey;
    std::optional<BuyingPhase> phase;
    std::optional<NurtureChannel> channel; ///< the step kind: e-mail, call, letter, event
    int limit = 500;
};

/// One pending step of a running, unpaused plan.
struct DueStep
{
    qint64 stepId = 0;
    qint64 planId = 0;
    qint64 leadId = 0;
    QString leadName;
    QString company;
    QString repName;
    QString trackKey;
    QString trackName;
    BuyingPhase phase = BuyingPhase::Unknown;
    NurtureChannel channel = NurtureChannel::Email;
    ContentKind kind = ContentKind::Overview;
    QString contentTitle;
    StepPurpose purpose = StepPurpose::RaiseInterest;
    qint64 dueAt = 0;
    bool overdue = false;
};

/// The due-steps list of the Nurture page and of `leadscout nurture`, overdue first. Reads
/// through the index of steps by status and due time, so it stays fast in a big store.
class NurtureDue
{
    Q_DECLARE_TR_FUNCTIONS(NurtureDue)

public:
    static QString windowKey(DueFilter::Window window);
    static std::optional<DueFilter::Window> windowFromKey(const QString& key);

    explicit NurtureDue(const Store& store);
    QList<DueStep> list(const DueFilter& filter) const;

private:
    const Store& m_store;
};
