#pragma once

#include "domain/Vocabulary.h"

#include <QString>
#include <optional>

/// A lead as the domain sees it: the person, the company and its fit attributes, where it came
/// from, where it stands in the funnel and its current score.
struct Lead
{
    qint64 id = 0;

    QString firstName;
    QString lastName;
    QString title; ///< position / job title as written
    Seniority seniority = Seniority::Unknown;
    QString email;
    QString phone;     ///< as written
    QString phoneE164; ///< normalised, empty when it could not be parsed
    QString company;
    QString website;
    Industry industry = Industry::Unknown;
    std::optional<int> employees;
    std::optional<qint64> annualRevenueMinor;
    QString revenueCurrency;
    QString country; ///< ISO 3166-1 alpha-2
    QString city;
    QString timeZone; ///< IANA id, empty when unknown

    SourceChannel source = SourceChannel::Other;
    QString campaign;
    std::optional<qint64> ownerId;

    Stage stage = Stage::New;
    qint64 stageChangedAt = 0;
    QString disqualifyReason;
    QString disqualifyNote;
    std::optional<qint64> nurtureUntil;

    int fitScore = 0;
    int interestScore = 0;
    int bantScore = 0;
    int totalScore = 0;
    QString grade;    ///< "A".."E", empty until scored
    QString quadrant; ///< Quadrant key, empty until scored
    std::optional<int> scoreRuleVersion;

    bool doNotCall = false;
    bool wrongNumber = false; ///< a call found the number wrong: not dialled again
    bool doNotEmail = false;
    int attempts = 0;
    int callCount = 0;
    std::optional<qint64> lastCallAt;
    QString lastOutcome;
    std::optional<qint64> nextActionAt;
    QString nextActionKind;

    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QString displayName() const;
};
