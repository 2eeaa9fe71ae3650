#pragma once

#include "demo/DemoRandom.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

/// A name as written and as it appears in an e-mail address ("Müller" → "mueller").
struct DemoName
{
    QString text;
    QString slug;
};

struct DemoNameGroup
{
    QList<DemoName> female;
    QList<DemoName> male;
    QList<DemoName> last;
};

struct DemoCity
{
    QString name;
    QString timeZone;  ///< IANA id
    QString areaCode;  ///< national area code without the trunk prefix
    int utcOffsetSecs; ///< the zone's offset at the demo's anchor time
    QString leading;   ///< digits a local subscriber number may start with
};

/// How numbers of one kind (landline or mobile) are written in a country.
struct DemoPhonePlan
{
    int nsnLength = 0;          ///< digits of the national significant number
    QStringList prefixes;       ///< mobile prefixes (landlines use the city's area code)
    QString leading;            ///< digits a mobile subscriber number may start with
    Weighted<QString> patterns; ///< {A} area or prefix, # the next subscriber digit
};

struct DemoCountry
{
    QString code; ///< ISO 3166-1 alpha-2
    QString territory;
    QString currency;
    double eurRate = 1.0;
    QString callingCode;
    QString trunk;
    QString language; ///< "de" or "en": titles and notes
    QString tld;
    Weighted<int> nameGroups; ///< index into DemoRecipe::nameGroups
    Weighted<QString> legalForms;
    QStringList freeMail;
    DemoPhonePlan landline;
    DemoPhonePlan mobile;
    Weighted<DemoCity> cities;
};

struct DemoIndustry
{
    Industry industry = Industry::Other;
    qint64 revenuePerEmployeeLow = 0; ///< EUR
    qint64 revenuePerEmployeeHigh = 0;
    QStringList wordsDe;
    QStringList wordsEn;
};

struct DemoChannel
{
    SourceChannel channel = SourceChannel::Other;
    double neverWorked = 0;
    double quality = 1;
    QStringList campaigns; ///< %Y year, %M month, %Q quarter of the lead's creation
};

struct DemoRepInfo
{
    QString name;
    QString email;
    QString role;
    QString territory; ///< "dach", "international" or "all"
};

/// Bland texts in German and English.
struct DemoTexts
{
    QStringList de;
    QStringList en;
    const QStringList& forLanguage(const QString& language) const
    {
        return language == QLatin1String("de") ? de : en;
    }
};

/// The demo-data recipe (resources/data/demo-recipe.json): every list the generator draws from.
struct DemoRecipe
{
    Q_DECLARE_TR_FUNCTIONS(DemoRecipe)

public:
    /// Loads the recipe from the resources; throws StoreError when it is damaged.
    static DemoRecipe load(qint64 anchorSecs);

    QList<DemoRepInfo> reps;
    Weighted<DemoCountry> countries;
    QList<DemoNameGroup> nameGroups;
    Weighted<Seniority> seniorities;
    std::array<DemoTexts, 7> titles; ///< by Seniority; "male|female" entries give both forms
    Weighted<DemoIndustry> industries;
    QList<DemoName> companyStems;
    QStringList companySuffixes;
    Weighted<QString> companyPatternsDe;
    Weighted<QString> companyPatternsEn;
    double freeMailShare = 0;
    Weighted<QString> emailPatterns;
    Weighted<DemoChannel> channels;
    std::array<DemoTexts, 9> callNotes; ///< by CallOutcome
    DemoTexts needTexts;
    DemoTexts qualificationNotes;
    DemoTexts disqualifyNotes;
    DemoTexts overrideReasons;    ///< why a rep made a lead sales-ready against the criteria
    DemoTexts mqlOverrideReasons; ///< the same for marketing-qualified
    QStringList nurtureDone;
    QStringList nurtureSkipped;
    std::array<QStringList, size_t(InterestKind::Reply) + 1> interestDetails; ///< by InterestKind
};

/// Lower-case ASCII for addresses and domains: umlauts spelt out, accents dropped, anything
/// else that is not a letter or digit becomes `separator` (empty: dropped).
QString demoSlug(const QString& text, const QString& separator = {});
