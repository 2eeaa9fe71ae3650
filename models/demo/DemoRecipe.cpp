#include "demo/DemoRecipe.h"

#include "store/Sql.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

const QString recipePath = QStringLiteral(":/leadscout/data/demo-recipe.json");
const QString defaultLeading = QStringLiteral("23456789");

[[noreturn]] void damaged(const QString& what)
{
    throw StoreError(DemoRecipe::tr("The demo-data recipe is damaged: %1.").arg(what));
}

QJsonValue field(const QJsonObject& object, const char* name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined())
        damaged(DemoRecipe::tr("\"%1\" is missing").arg(QLatin1String(name)));
    return value;
}

QString text(const QJsonObject& object, const char* name)
{
    return field(object, name).toString();
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

DemoTexts texts(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {strings(object.value(QLatin1String("de"))), strings(object.value(QLatin1String("en")))};
}

/// [["value", weight], …]
Weighted<QString> weightedStrings(const QJsonValue& value)
{
    Weighted<QString> weighted;
    for (const QJsonValue& pair : value.toArray())
        weighted.add(pair[0].toString(), pair[1].toInteger());
    return weighted;
}

QList<DemoName> names(const QJsonValue& value)
{
    QList<DemoName> list;
    for (const QJsonValue& item : value.toArray())
        list.append({item.toString(), demoSlug(item.toString())});
    return list;
}

DemoPhonePlan phonePlan(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    DemoPhonePlan plan;
    plan.nsnLength = field(object, "nsnLength").toInt();
    plan.prefixes = strings(object.value(QLatin1String("prefixes")));
    plan.leading = object.value(QLatin1String("leading")).toString(defaultLeading);
    plan.patterns = weightedStrings(field(object, "patterns"));
    return plan;
}

int offsetAt(const QString& zoneId, qint64 anchorSecs)
{
    const QTimeZone zone(zoneId.toLatin1());
    if (!zone.isValid())
        damaged(DemoRecipe::tr("unknown time zone %1").arg(zoneId));
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(anchorSecs, Qt::UTC));
}

DemoCountry country(const QJsonObject& object, const QStringList& groupKeys, qint64 anchorSecs)
{
    DemoCountry c;
    c.code = text(object, "code");
    c.territory = text(object, "territory");
    c.currency = text(object, "currency");
    c.eurRate = field(object, "eurRate").toDouble();
    c.callingCode = text(object, "callingCode");
    c.trunk = text(object, "trunk");
    c.language = text(object, "language");
    c.tld = text(object, "tld");
    for (const QJsonValue& pair : field(object, "names").toArray()) {
        const qsizetype group = groupKeys.indexOf(pair[0].toString());
        if (group < 0)
            damaged(DemoRecipe::tr("unknown name group %1").arg(pair[0].toString()));
        c.nameGroups.add(int(group), pair[1].toInteger());
    }
    c.legalForms = weightedStrings(field(object, "legalForms"));
    c.freeMail = strings(field(object, "freeMail"));
    c.landline = phonePlan(field(object, "landline"));
    c.mobile = phonePlan(field(object, "mobile"));
    for (const QJsonValue& city : field(object, "cities").toArray()) {
        const QString zone = city[1].toString();
        // [name, zone, area code, weight, optional leading digits of local numbers]
        c.cities.add({city[0].toString(), zone, city[2].toString(), offsetAt(zone, anchorSecs),
                      city[4].toString(defaultLeading)},
                     city[3].toInteger());
    }
    return c;
}

template <typename E> E key(const QJsonValue& value)
{
    const auto parsed = fromKey<E>(value.toString());
    if (!parsed)
        damaged(DemoRecipe::tr("unknown key %1").arg(value.toString()));
    return *parsed;
}

void loadPlaces(DemoRecipe& recipe, const QJsonObject& root, qint64 anchorSecs)
{
    const QJsonObject groups = field(root, "names").toObject();
    const QStringList groupKeys = groups.keys();
    for (const QString& groupKey : groupKeys) {
        const QJsonObject group = groups.value(groupKey).toObject();
        recipe.nameGroups.append({names(field(group, "female")), names(field(group, "male")),
                                  names(field(group, "last"))});
    }
    for (const QJsonValue& c : field(root, "countries").toArray())
        recipe.countries.add(country(c.toObject(), groupKeys, anchorSecs),
                             field(c.toObject(), "weight").toInteger());
}

void loadPeopleAndCompanies(DemoRecipe& recipe, const QJsonObject& root)
{
    for (const QJsonValue& rep : field(root, "reps").toArray()) {
        const QJsonObject object = rep.toObject();
        recipe.reps.append({text(object, "name"), text(object, "email"), text(object, "role"),
                            text(object, "territory")});
    }
    for (const QJsonValue& pair : field(root, "seniority").toArray())
        recipe.seniorities.add(key<Seniority>(pair[0]), pair[1].toInteger());
    const QJsonObject titles = field(root, "titles").toObject();
    for (const Seniority seniority : allValues<Seniority>())
        recipe.titles[size_t(seniority)] = texts(titles.value(keyOf(seniority)));
    for (const QJsonValue& value : field(root, "industries").toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonArray revenue = field(object, "revenuePerEmployee").toArray();
        const QJsonObject words = field(object, "words").toObject();
        recipe.industries.add({key<Industry>(field(object, "key")), revenue[0].toInteger(),
                               revenue[1].toInteger(), strings(words.value(QLatin1String("de"))),
                               strings(words.value(QLatin1String("en")))},
                              field(object, "weight").toInteger());
    }
    recipe.companyStems = names(field(root, "companyStems"));
    recipe.companySuffixes = strings(field(root, "companySuffixes"));
    const QJsonObject patterns = field(root, "companyPatterns").toObject();
    recipe.companyPatternsDe = weightedStrings(field(patterns, "de"));
    recipe.companyPatternsEn = weightedStrings(field(patterns, "en"));
    recipe.freeMailShare = field(root, "freeMailShare").toDouble();
    recipe.emailPatterns = weightedStrings(field(root, "emailPatterns"));
}

void loadActivity(DemoRecipe& recipe, const QJsonObject& root)
{
    for (const QJsonValue& value : field(root, "channels").toArray()) {
        const QJsonObject object = value.toObject();
        recipe.channels.add(
            {key<SourceChannel>(field(object, "key")), field(object, "neverWorked").toDouble(),
             field(object, "quality").toDouble(), strings(field(object, "campaigns"))},
            field(object, "weight").toInteger());
    }
    const QJsonObject notes = field(root, "callNotes").toObject();
    for (const CallOutcome outcome : allValues<CallOutcome>())
        recipe.callNotes[size_t(outcome)] = texts(field(notes, keyOf(outcome).toLatin1()));
    recipe.needTexts = texts(field(root, "needTexts"));
    recipe.qualificationNotes = texts(field(root, "qualificationNotes"));
    recipe.disqualifyNotes = texts(field(root, "disqualifyNotes"));
    recipe.overrideReasons = texts(field(root, "overrideReasons"));
    recipe.mqlOverrideReasons = texts(field(root, "mqlOverrideReasons"));
    const QJsonObject responses = field(root, "nurtureResponses").toObject();
    recipe.nurtureDone = strings(field(responses, "done"));
    recipe.nurtureSkipped = strings(field(responses, "skipped"));
    const QJsonObject details = field(root, "interestDetails").toObject();
    for (const InterestKind kind : allValues<InterestKind>())
        recipe.interestDetails[size_t(kind)] = strings(field(details, keyOf(kind).toLatin1()));
}

} // namespace

// models.qrc lives in a static library: its resources must be pulled in explicitly.
static void initModelResources()
{
    Q_INIT_RESOURCE(models);
}

DemoRecipe DemoRecipe::load(qint64 anchorSecs)
{
    initModelResources();
    QFile file(recipePath);
    if (!file.open(QIODevice::ReadOnly))
        damaged(tr("%1 cannot be read").arg(recipePath));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull())
        damaged(error.errorString());
    const QJsonObject root = document.object();
    DemoRecipe recipe;
    loadPlaces(recipe, root, anchorSecs);
    loadPeopleAndCompanies(recipe, root);
    loadActivity(recipe, root);
    return recipe;
}

QString demoSlug(const QString& text, const QString& separator)
{
    QString slug;
    slug.reserve(text.size() + 4);
    bool pendingSeparator = false;
    const QString lower = text.toLower()
                              .replace(QChar(0xe4), QLatin1String("ae"))
                              .replace(QChar(0xf6), QLatin1String("oe"))
                              .replace(QChar(0xfc), QLatin1String("ue"))
                              .replace(QChar(0xdf), QLatin1String("ss"))
                              .replace(QChar(0x131), QLatin1Char('i'))
                              .replace(QChar(0x142), QLatin1Char('l'))
                              .normalized(QString::NormalizationForm_D);
    for (const QChar c : lower) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (pendingSeparator && !slug.isEmpty())
                slug += separator;
            pendingSeparator = false;
            slug += c;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingSeparator = true;
        }
    }
    return slug;
}
