#pragma once

#include "qualification/Qualification.h"

#include <QCoreApplication>
#include <QList>

/// The facts a rep should not end a call without, and what to ask for each.
enum class KeyFact
{
    Budget,
    BudgetAmount,
    Authority,
    DecisionMaker,
    BuyingRole,
    Need,
    Pain,
    Timing,
    DecisionDate,
    BuyingPhase,
    Employees,
    Revenue,
    Industry,
    Position
};

/// A fact still unknown, with the next question to ask.
struct OpenFact
{
    KeyFact fact;
    bool bant = false; ///< one of the BANT facts (asked first), or a fit attribute
    QString label;
    QString question;
};

/// Which key facts are still unknown, and the talk track: the next question for each, worded for
/// the lead's buying phase.
class KeyFacts
{
    Q_DECLARE_TR_FUNCTIONS(KeyFacts)

public:
    /// Unknown facts in the order to ask them: BANT and phase first, then fit.
    static QList<OpenFact> open(const Qualification& qualification, const FitAttributes& fit);
    static QString label(KeyFact fact);
    /// The question to ask for a fact in a buying phase (a general one when the phase is unknown).
    static QString question(KeyFact fact, BuyingPhase phase);
};
