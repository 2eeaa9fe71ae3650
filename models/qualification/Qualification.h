#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>
#include <optional>

/// A lead's BANT qualification as stored (table qualification).
struct Qualification
{
    BudgetStatus budget = BudgetStatus::Unknown;
    std::optional<qint64> budgetAmountMinor;
    QString budgetCurrency;
    AuthorityLevel authority = AuthorityLevel::Unknown;
    BuyingRole buyingRole = BuyingRole::Unknown;
    bool decisionMakerConfirmed = false;
    NeedLevel need = NeedLevel::Unknown;
    QString needText; ///< the pain in the lead's words
    Timing timing = Timing::Unknown;
    QDate decisionDate; ///< invalid when not known
    BuyingPhase phase = BuyingPhase::Unknown;
    QString notes;
    qint64 updatedAt = 0;

    friend bool operator==(const Qualification&, const Qualification&) = default;
};

/// The fit attributes of a lead that the qualification form edits (columns of leads).
struct FitAttributes
{
    std::optional<int> employees;
    std::optional<qint64> annualRevenueMinor;
    QString revenueCurrency;
    Industry industry = Industry::Unknown;
    QString title; ///< position as written
    Seniority seniority = Seniority::Unknown;

    friend bool operator==(const FitAttributes&, const FitAttributes&) = default;
};
