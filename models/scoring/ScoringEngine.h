#pragma once

#include "scoring/ScoreResult.h"
#include "scoring/ScoringRules.h"

/// The scoring engine: a pure function from rules and one lead's inputs to its score. It reads
/// no store and no clock ("now" is passed in), so tests can compute every expected value by hand.
namespace ScoringEngine {

/// Scores one lead. With `explain` the result lists every contribution ("why this score");
/// bulk rescoring leaves it off.
ScoreResult score(const ScoringRules& rules, const ScoringInput& input, qint64 now,
                  bool explain = true);

/// Interest points of one event of this kind and age after recency decay (before rounding).
double decayedPoints(const ScoringRules& rules, InterestKind kind, double ageDays);
Grade gradeFor(const ScoringRules& rules, int total);
Quadrant quadrantFor(const ScoringRules& rules, int fit, int interest);

/// The lower-case domain of an e-mail address ("" when there is none).
QString emailDomain(const QString& email);
/// The lower-case host of a website, without "www." ("" when there is none).
QString websiteHost(const QString& website);
/// The same as views into the text, as written (compare them case-insensitively).
QStringView emailDomainView(const QString& email);
QStringView websiteHostView(const QString& website);

} // namespace ScoringEngine
