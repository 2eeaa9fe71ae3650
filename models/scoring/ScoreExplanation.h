#pragma once

#include "scoring/ScoreResult.h"
#include "scoring/ScoringRules.h"

#include <QCoreApplication>
#include <QStringList>

/// "Why this score": turns the engine's contributions into sentences for the rep.
class ScoreExplanation
{
    Q_DECLARE_TR_FUNCTIONS(ScoreExplanation)

public:
    /// One line for one contribution, e.g. "Fit · Industry Manufacturing: +15".
    static QString describe(const ScoreContribution& contribution, const ScoringRules& rules);
    /// Every line of the result, in engine order.
    static QStringList lines(const ScoreResult& result, const ScoringRules& rules);
    /// Why SQL is not met, one sentence per gap.
    static QString gapText(SqlGap gap, const ScoringRules& rules);
    static QStringList gapTexts(const ScoreResult& result, const ScoringRules& rules);
    /// The name of a persona rule or flag: its label, its known name, or its id.
    static QString personaName(const QString& id, const ScoringRules& rules);
    /// Points written with a sign and at most one decimal ("+15", "−2.5").
    static QString signedPoints(double points);
    static QString axisLabel(ScoreAxis axis);

private:
    static QString subjectText(const ScoreContribution& contribution, const ScoringRules& rules);
};
