#pragma once

#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

/// Index of an enumeration value in its vocabulary table (declaration order).
template <typename E> constexpr int vocabIndex(E value)
{
    return static_cast<int>(value);
}

/// One band of employees: from this many employees on (until the next band), a named company
/// size and its fit points.
struct EmployeeBand
{
    int from = 0;
    QString size; ///< company size key: micro, small, medium, large, enterprise (or the team's own)
    int points = 0;
};

/// One band of annual revenue, in major units of the rules' currency.
struct RevenueBand
{
    qint64 from = 0;
    int points = 0;
};

/// What a persona rule looks at.
enum class PersonaMatch
{
    EmailDomain,   ///< the e-mail's domain or the website's host
    TitleContains, ///< a word in the position (job title), case-insensitive
    Seniority,     ///< a Seniority key
    Industry       ///< an Industry key
};

/// A negative-persona criterion (exclude or subtract fit) or a flag (mark, don't exclude).
struct PersonaRule
{
    QString id; ///< stable key, e.g. "competitor", "free_mail"
    PersonaMatch match = PersonaMatch::EmailDomain;
    QStringList values; ///< lower case
    bool exclude = false;
    int points = 0; ///< added to fit (negative for a negative persona) when not excluding
    QString reason; ///< DisqualifyReason key proposed for an excluded lead
    QString label;  ///< the team's own words for the rule; may be empty
    /// Domains compare case-insensitively (the values are lower case already); `lowerTitle` is
    /// the lead's title in lower case.
    bool matches(QStringView emailDomain, QStringView websiteHost, const QString& lowerTitle,
                 const QString& seniorityKey, const QString& industryKey) const;
};

/// What the SQL (sales-ready) criteria demand beyond the total score.
struct SqlRequirements
{
    bool decisionMakerConfirmed = true;
    QList<BudgetStatus> budgets; ///< accepted budget states; empty = any
    QList<NeedLevel> needs;      ///< accepted needs; empty = any
    QList<Timing> timings;       ///< accepted timings; empty = any
};

/// The scoring rules as data: weights, decay, persona criteria and thresholds. Loaded from JSON
/// (the shipped defaults or a version the team saved); the engine only reads them.
struct ScoringRules
{
    Q_DECLARE_TR_FUNCTIONS(ScoringRules)

public:
    QString name;

    // Fit
    std::vector<EmployeeBand> employeeBands; ///< ascending by `from`
    QString currency = QStringLiteral("EUR");
    QMap<QString, double> exchangeRates;   ///< other currency → 1 unit in `currency`
    std::vector<RevenueBand> revenueBands; ///< ascending by `from`
    std::vector<int> industryPoints;       ///< by vocabIndex(Industry)
    std::vector<int> seniorityPoints;      ///< by vocabIndex(Seniority)
    std::vector<int> buyingRolePoints;     ///< by vocabIndex(BuyingRole)
    int fitMax = 100;

    // Interest
    std::vector<int> interestPoints; ///< by vocabIndex(InterestKind)
    double halfLifeDays = 30.0;
    int maxAgeDays = 365;
    int interestMax = 100;

    // BANT
    std::vector<int> budgetPoints;    ///< by vocabIndex(BudgetStatus)
    std::vector<int> authorityPoints; ///< by vocabIndex(AuthorityLevel)
    std::vector<int> needPoints;      ///< by vocabIndex(NeedLevel)
    std::vector<int> timingPoints;    ///< by vocabIndex(Timing)
    int decisionMakerConfirmedPoints = 0;
    int bantMax = 100;

    // Persona
    std::vector<PersonaRule> negativePersona;
    std::vector<PersonaRule> flags;

    // Thresholds
    int highFit = 40;
    int highInterest = 30;
    int mqlThreshold = 50;
    int sqlThreshold = 80;
    int gradeA = 80, gradeB = 60, gradeC = 40, gradeD = 20;
    SqlRequirements sqlRequires;

    /// An empty rule set with every table sized (all points 0).
    ScoringRules();

    /// Parses rules from JSON. On failure returns false and says what and where in `error`.
    static bool fromJson(const QByteArray& json, ScoringRules& rules, QString* error);
    QByteArray toJson() const;
    /// The defaults shipped with LeadScout (resources/data/default-scoring-rules.json).
    static ScoringRules defaults();
    static QByteArray defaultsJson();

    /// Checks the rules hang together (ascending bands and grades, positive half-life…). Returns
    /// an empty string when they do, else a message for a person.
    QString validate() const;

    /// The employee band for a head count, or nullptr when no band starts low enough.
    const EmployeeBand* bandFor(int employees) const;
    /// The translated name of a company size key (unknown keys are shown as written).
    static QString sizeLabel(const QString& sizeKey);

    /// Annual revenue converted to major units of the rules' currency; false when the currency
    /// has no rate.
    bool revenueInRulesCurrency(qint64 amountMinor, const QString& amountCurrency,
                                double& major) const;

    friend bool operator==(const ScoringRules& a, const ScoringRules& b)
    {
        return a.toJson() == b.toJson();
    }
};

namespace PersonaMatches {
QString keyOf(PersonaMatch match);
std::optional<PersonaMatch> fromKey(const QString& key);
QString labelOf(PersonaMatch match);
} // namespace PersonaMatches
