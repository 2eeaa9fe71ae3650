#pragma once

#include "demo/DemoRecipe.h"

#include <optional>

/// A made-up company: always the same for the same seed and index.
struct DemoCompany
{
    QString name;
    QString domain;
    QString website;
    const DemoIndustry* industry = nullptr;
    std::optional<int> employees;
    std::optional<qint64> revenueMinor;
    const DemoCountry* country = nullptr;
    const DemoCity* city = nullptr;
};

/// A made-up contact person at a company.
struct DemoPerson
{
    QString firstName;
    QString lastName;
    bool female = false;
    Seniority seniority = Seniority::Unknown;
    QString title;
    QString email;
    bool freeMail = false;
    QString phone; ///< as people write it in the company's country
    QString phoneE164;
};

/// Makes companies and the people who work there from the recipe's lists.
class DemoContacts
{
public:
    DemoContacts(const DemoRecipe& recipe, quint64 seed, qint64 companyCount);

    /// The company with this index (0 ≤ index < companyCount).
    DemoCompany company(qint64 index) const;
    /// Picks an index so that some companies send many leads and most send a few.
    qint64 pickCompany(DemoRandom& random) const;
    DemoPerson person(DemoRandom& random, const DemoCompany& company) const;

    /// A phone number of the country, as written and in E.164.
    static std::pair<QString, QString> phone(DemoRandom& random, const DemoCountry& country,
                                             const DemoCity& city, bool mobile);

private:
    bool isKeyAccount(qint64 index) const;
    QString companyName(DemoRandom& random, const DemoCountry& country,
                        const DemoIndustry& industry, QString* domainBase) const;
    QString email(DemoRandom& random, const DemoName& first, const DemoName& last,
                  const DemoCompany& company, bool* freeMail) const;

    const DemoRecipe& m_recipe;
    quint64 m_seed;
    qint64 m_companyCount;
};
