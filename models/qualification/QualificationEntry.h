#pragma once

#include "qualification/Qualification.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>

/// What the rep has typed into the qualification form, exactly as typed (a half-written amount
/// is kept as text), so that a draft loses nothing. Choices are vocabulary keys.
struct QualificationEntry
{
    QString budget = QStringLiteral("unknown");
    QString budgetAmount;
    QString budgetCurrency;
    QString authority = QStringLiteral("unknown");
    QString buyingRole = QStringLiteral("unknown");
    bool decisionMakerConfirmed = false;
    QString need = QStringLiteral("unknown");
    QString needText;
    QString timing = QStringLiteral("unknown");
    QString decisionDate;
    QString buyingPhase = QStringLiteral("unknown");
    QString notes;
    QString employees;
    QString annualRevenue;
    QString revenueCurrency;
    QString industry = QStringLiteral("unknown");
    QString title;
    QString seniority = QStringLiteral("unknown");

    QJsonObject toJson() const;
    static QualificationEntry fromJson(const QJsonObject& object);
    /// The entry that shows what is stored (amounts and dates written for this locale).
    static QualificationEntry fromStored(const std::optional<Qualification>& qualification,
                                         const FitAttributes& fit, const QLocale& locale);

    friend bool operator==(const QualificationEntry&, const QualificationEntry&) = default;
};

/// A problem with one field of the entry, with a message that says what and where.
struct EntryProblem
{
    QString field; ///< the entry's JSON key, e.g. "budgetAmount"
    QString message;
};

/// The entry read into domain values, with every problem found.
struct ParsedEntry
{
    Qualification qualification;
    FitAttributes fit;
    QList<EntryProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    QString problemFor(const QString& field) const;
};

/// Reads and checks what the rep typed.
class EntryParser
{
    Q_DECLARE_TR_FUNCTIONS(EntryParser)

public:
    /// Parses the entry. `today` is the rep's local date: a decision date before it is refused,
    /// unless it is `storedDecisionDate` (a date saved earlier that has since passed).
    static ParsedEntry parse(const QualificationEntry& entry, const QLocale& locale, QDate today,
                             QDate storedDecisionDate = {});

    /// An amount of money as typed ("25,000", "25.000,50", "25000") in minor units. A separator
    /// followed by groups of exactly three digits and no decimal part groups thousands in either
    /// convention ("25.000" and "25,000" are 25000 everywhere). Decimals written with the other
    /// convention's separators ("25,50" in English) are refused: then `correction`, if given,
    /// receives the amount as it is written here ("25.50").
    static std::optional<qint64> parseMoney(const QString& text, const QLocale& locale,
                                            QString* correction = nullptr);
    /// A date as typed: YYYY-MM-DD, DD.MM.YYYY, DD.MM.YY or the locale's short format (with a
    /// two- or four-digit year). A two-digit year is one of 2000–2099.
    static QDate parseDate(const QString& text, const QLocale& locale);
    /// Minor units written for people in this locale, without currency ("25,000" / "25.000,50").
    static QString formatMoney(qint64 minor, const QLocale& locale);
};
