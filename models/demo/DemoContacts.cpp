#include "demo/DemoContacts.h"

#include <cmath>

namespace {

/// A seed for the company with this index, independent of the order leads are made in.
quint64 companySeed(quint64 seed, qint64 index)
{
    quint64 z = seed + 0x9e3779b97f4a7c15ULL * quint64(index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int employeesFor(DemoRandom& random, bool keyAccount)
{
    // Mostly Mittelstand: a median of about 120, a long tail of large groups; key accounts are
    // large groups.
    const double employees = random.logNormal(std::log(keyAccount ? 4000.0 : 120.0), 1.4);
    return int(std::clamp(employees, 3.0, 250000.0));
}

QString fill(QString pattern, const QString& placeholder, const QString& value)
{
    return pattern.replace(placeholder, value);
}

} // namespace

DemoContacts::DemoContacts(const DemoRecipe& recipe, quint64 seed, qint64 companyCount)
    : m_recipe(recipe)
    , m_seed(seed)
    , m_companyCount(std::max<qint64>(1, companyCount))
{}

qint64 DemoContacts::pickCompany(DemoRandom& random) const
{
    // Most companies send a lead or two; the key accounts (the first hundredth) many more.
    const qint64 keyAccounts = std::max<qint64>(1, m_companyCount / 100);
    if (random.chance(0.06))
        return random.between(0, keyAccounts - 1);
    return random.between(0, m_companyCount - 1);
}

bool DemoContacts::isKeyAccount(qint64 index) const
{
    return index < std::max<qint64>(1, m_companyCount / 100);
}

DemoCompany DemoContacts::company(qint64 index) const
{
    DemoRandom random(companySeed(m_seed, index));
    DemoCompany company;
    company.country = &m_recipe.countries.pick(random);
    company.city = &company.country->cities.pick(random);
    company.industry = &m_recipe.industries.pick(random);
    QString domainBase;
    company.name = companyName(random, *company.country, *company.industry, &domainBase);
    company.domain = domainBase + QLatin1Char('.') + company.country->tld;
    company.website = QStringLiteral("https://www.") + company.domain;
    const int employees = employeesFor(random, isKeyAccount(index));
    if (!random.chance(0.08))
        company.employees = employees;
    if (!random.chance(0.15)) {
        const qint64 perEmployee = random.between(company.industry->revenuePerEmployeeLow,
                                                  company.industry->revenuePerEmployeeHigh);
        const double local = double(employees) * double(perEmployee) * company.country->eurRate;
        // Revenue as people state it: rounded to thousands (to millions above 10 million).
        const double unit = local >= 1e7 ? 1e6 : 1e3;
        company.revenueMinor = qint64(std::max(1.0, std::round(local / unit)) * unit) * 100;
    }
    return company;
}

QString DemoContacts::companyName(DemoRandom& random, const DemoCountry& country,
                                  const DemoIndustry& industry, QString* domainBase) const
{
    const bool german = country.language == QLatin1String("de");
    const QString& pattern =
        (german ? m_recipe.companyPatternsDe : m_recipe.companyPatternsEn).pick(random);
    const DemoNameGroup& group = m_recipe.nameGroups.at(country.nameGroups.pick(random));
    const DemoName& last = random.pick(group.last);
    const DemoName& last2 = random.pick(group.last);
    const DemoName& stem = random.pick(m_recipe.companyStems);
    const QStringList& words = german ? industry.wordsDe : industry.wordsEn;
    const QString word = random.pick(words);
    const QString suffix = random.pick(m_recipe.companySuffixes);
    const QString legal = country.legalForms.pick(random);

    QString main = pattern;
    main.replace(QLatin1String(" {Legal}"), QString());
    main = fill(fill(fill(main, QStringLiteral("{Last2}"), last2.text), QStringLiteral("{Last}"),
                     last.text),
                QStringLiteral("{Stem}"), stem.text);
    main = fill(fill(main, QStringLiteral("{Word}"), word), QStringLiteral("{Suffix}"), suffix);
    *domainBase = demoSlug(QString(main).replace(QLatin1String(" & "), QLatin1String("-")),
                           QStringLiteral("-"));
    return main + QLatin1Char(' ') + legal;
}

DemoPerson DemoContacts::person(DemoRandom& random, const DemoCompany& company) const
{
    const DemoCountry& country = *company.country;
    const DemoNameGroup& group = m_recipe.nameGroups.at(country.nameGroups.pick(random));
    DemoPerson person;
    person.female = random.chance(0.42);
    const DemoName& first = random.pick(person.female ? group.female : group.male);
    const DemoName& last = random.pick(group.last);
    person.firstName = first.text;
    person.lastName = last.text;
    person.seniority = m_recipe.seniorities.pick(random);
    const QString title =
        random.pick(m_recipe.titles[size_t(person.seniority)].forLanguage(country.language));
    const qsizetype bar = title.indexOf(QLatin1Char('|'));
    person.title = bar < 0 ? title : (person.female ? title.mid(bar + 1) : title.left(bar));
    person.email = email(random, first, last, company, &person.freeMail);
    const bool mobile = !country.mobile.patterns.isEmpty() && random.chance(0.22);
    std::tie(person.phone, person.phoneE164) = phone(random, country, *company.city, mobile);
    return person;
}

QString DemoContacts::email(DemoRandom& random, const DemoName& first, const DemoName& last,
                            const DemoCompany& company, bool* freeMail) const
{
    *freeMail = random.chance(m_recipe.freeMailShare);
    if (*freeMail) {
        QString local = first.slug + QLatin1Char('.') + last.slug;
        if (random.chance(0.4))
            local += QString::number(random.between(1, 99));
        return local + QLatin1Char('@') + random.pick(company.country->freeMail);
    }
    QString local = m_recipe.emailPatterns.pick(random);
    local.replace(QLatin1String("{first}"), first.slug)
        .replace(QLatin1String("{last}"), last.slug)
        .replace(QLatin1String("{f}"), first.slug.left(1));
    return local + QLatin1Char('@') + company.domain;
}

std::pair<QString, QString> DemoContacts::phone(DemoRandom& random, const DemoCountry& country,
                                                const DemoCity& city, bool mobile)
{
    const DemoPhonePlan& plan = mobile ? country.mobile : country.landline;
    const QString area = mobile ? random.pick(plan.prefixes) : city.areaCode;
    const qsizetype subscriberLength = std::max<qsizetype>(4, plan.nsnLength - area.size());
    QString subscriber;
    subscriber.reserve(subscriberLength);
    const QString& leading = mobile ? plan.leading : city.leading;
    subscriber += leading.at(qsizetype(random.between(0, leading.size() - 1)));
    while (subscriber.size() < subscriberLength)
        subscriber += QChar(u'0' + char16_t(random.between(0, 9)));

    QString written = plan.patterns.pick(random);
    written.replace(QLatin1String("{A}"), area);
    qsizetype used = 0;
    QString result;
    result.reserve(written.size() + subscriberLength);
    for (const QChar c : written) {
        if (c != QLatin1Char('#'))
            result += c;
        else if (used < subscriberLength)
            result += subscriber.at(used++);
    }
    result += QStringView(subscriber).mid(used);
    // Mobile patterns may spell the prefix out (NL "06 …"); the digits are the same.
    return {result.trimmed(), QLatin1Char('+') + country.callingCode + area + subscriber};
}
