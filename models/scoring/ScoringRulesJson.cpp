// Reading and writing the scoring rules as JSON (the format of
// resources/data/default-scoring-rules.json and of the scoring_rules table).
#include "scoring/ScoringRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

constexpr int formatVersion = 1;

/// Reads one JSON document into rules, remembering the first problem and where it was.
class RulesReader
{
public:
    explicit RulesReader(ScoringRules& rules)
        : m_rules(rules)
    {}

    bool read(const QJsonObject& root);
    QString error() const { return m_error; }

private:
    bool fail(const QString& where, const QString& what)
    {
        if (m_error.isEmpty())
            m_error = ScoringRules::tr("Scoring rules, %1: %2").arg(where, what);
        return false;
    }
    bool readInt(const QJsonObject& object, const char* key, const QString& where, int& value);
    template <typename E>
    bool readTable(const QJsonObject& object, const char* key, const QString& where,
                   std::vector<int>& points);
    template <typename E>
    bool readKeyList(const QJsonObject& object, const char* key, const QString& where,
                     QList<E>& values);
    bool readFit(const QJsonObject& fit);
    bool readInterest(const QJsonObject& interest);
    bool readBant(const QJsonObject& bant);
    bool readPersona(const QJsonValue& value, const QString& where, std::vector<PersonaRule>& out);
    bool readThresholds(const QJsonObject& thresholds);

    ScoringRules& m_rules;
    QString m_error;
};

bool RulesReader::readInt(const QJsonObject& object, const char* key, const QString& where,
                          int& value)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble())
        return fail(where + QLatin1Char('.') + QLatin1String(key),
                    ScoringRules::tr("expected a number"));
    value = v.toInt();
    return true;
}

template <typename E>
bool RulesReader::readTable(const QJsonObject& object, const char* key, const QString& where,
                            std::vector<int>& points)
{
    const QString path = where + QLatin1Char('.') + QLatin1String(key);
    const QJsonObject table = object.value(QLatin1String(key)).toObject();
    for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
        const std::optional<E> value = fromKey<E>(it.key());
        if (!value)
            return fail(path, ScoringRules::tr("unknown key \"%1\"").arg(it.key()));
        if (!it.value().isDouble())
            return fail(path + QLatin1Char('.') + it.key(), ScoringRules::tr("expected a number"));
        points[vocabIndex(*value)] = it.value().toInt();
    }
    return true;
}

template <typename E>
bool RulesReader::readKeyList(const QJsonObject& object, const char* key, const QString& where,
                              QList<E>& values)
{
    const QString path = where + QLatin1Char('.') + QLatin1String(key);
    for (const QJsonValue& item : object.value(QLatin1String(key)).toArray()) {
        const std::optional<E> value = fromKey<E>(item.toString());
        if (!value)
            return fail(path, ScoringRules::tr("unknown key \"%1\"").arg(item.toString()));
        values.append(*value);
    }
    return true;
}

bool RulesReader::readFit(const QJsonObject& fit)
{
    const QString where = QStringLiteral("fit");
    if (!readInt(fit, "max", where, m_rules.fitMax))
        return false;
    for (const QJsonValue& item : fit.value(QLatin1String("employees")).toArray()) {
        const QJsonObject band = item.toObject();
        m_rules.employeeBands.push_back({band.value(QLatin1String("from")).toInt(),
                                         band.value(QLatin1String("size")).toString(),
                                         band.value(QLatin1String("points")).toInt()});
    }
    const QJsonObject revenue = fit.value(QLatin1String("annualRevenue")).toObject();
    if (revenue.contains(QLatin1String("currency")))
        m_rules.currency = revenue.value(QLatin1String("currency")).toString().toUpper();
    const QJsonObject rates = revenue.value(QLatin1String("exchangeRates")).toObject();
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it) {
        // Bounded, so that an amount times its rate stays far inside 64 bits.
        if (!(it.value().toDouble() > 0) || it.value().toDouble() > 1e6)
            return fail(QStringLiteral("fit.annualRevenue.exchangeRates.") + it.key(),
                        ScoringRules::tr("expected a rate above 0"));
        m_rules.exchangeRates.insert(it.key().toUpper(), it.value().toDouble());
    }
    for (const QJsonValue& item : revenue.value(QLatin1String("bands")).toArray()) {
        const QJsonObject band = item.toObject();
        // A double past 2^53 is no exact amount, and past 2^63 converting it is undefined.
        const double from = band.value(QLatin1String("from")).toDouble();
        if (!(std::abs(from) < 1e15))
            return fail(QStringLiteral("fit.annualRevenue.bands"),
                        ScoringRules::tr("expected an amount below 1,000,000,000,000,000"));
        m_rules.revenueBands.push_back({qint64(from), band.value(QLatin1String("points")).toInt()});
    }
    return readTable<Industry>(fit, "industry", where, m_rules.industryPoints) &&
           readTable<Seniority>(fit, "seniority", where, m_rules.seniorityPoints) &&
           readTable<BuyingRole>(fit, "buyingRole", where, m_rules.buyingRolePoints);
}

bool RulesReader::readInterest(const QJsonObject& interest)
{
    const QString where = QStringLiteral("interest");
    if (interest.contains(QLatin1String("halfLifeDays"))) {
        const QJsonValue halfLife = interest.value(QLatin1String("halfLifeDays"));
        if (!halfLife.isDouble())
            return fail(where + QStringLiteral(".halfLifeDays"),
                        ScoringRules::tr("expected a number"));
        m_rules.halfLifeDays = halfLife.toDouble();
    }
    return readInt(interest, "max", where, m_rules.interestMax) &&
           readInt(interest, "maxAgeDays", where, m_rules.maxAgeDays) &&
           readTable<InterestKind>(interest, "points", where, m_rules.interestPoints);
}

bool RulesReader::readBant(const QJsonObject& bant)
{
    const QString where = QStringLiteral("bant");
    return readInt(bant, "max", where, m_rules.bantMax) &&
           readInt(bant, "decisionMakerConfirmed", where, m_rules.decisionMakerConfirmedPoints) &&
           readTable<BudgetStatus>(bant, "budget", where, m_rules.budgetPoints) &&
           readTable<AuthorityLevel>(bant, "authority", where, m_rules.authorityPoints) &&
           readTable<NeedLevel>(bant, "need", where, m_rules.needPoints) &&
           readTable<Timing>(bant, "timing", where, m_rules.timingPoints);
}

bool RulesReader::readPersona(const QJsonValue& value, const QString& where,
                              std::vector<PersonaRule>& out)
{
    const QJsonArray rules = value.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        const QString path = QStringLiteral("%1[%2]").arg(where).arg(i);
        PersonaRule rule;
        rule.id = object.value(QLatin1String("id")).toString();
        if (rule.id.isEmpty())
            return fail(path, ScoringRules::tr("every rule needs an \"id\""));
        const QString matchKey = object.value(QLatin1String("match")).toString();
        const std::optional<PersonaMatch> match = PersonaMatches::fromKey(matchKey);
        if (!match)
            return fail(path, ScoringRules::tr("unknown match \"%1\"").arg(matchKey));
        rule.match = *match;
        for (const QJsonValue& v : object.value(QLatin1String("values")).toArray())
            if (const QString text = v.toString().trimmed().toLower(); !text.isEmpty())
                rule.values.append(text);
        rule.exclude = object.value(QLatin1String("exclude")).toBool();
        rule.points = object.value(QLatin1String("points")).toInt();
        rule.reason = object.value(QLatin1String("reason")).toString();
        rule.label = object.value(QLatin1String("label")).toString();
        out.push_back(rule);
    }
    return true;
}

bool RulesReader::readThresholds(const QJsonObject& thresholds)
{
    const QString where = QStringLiteral("thresholds");
    const QJsonObject grades = thresholds.value(QLatin1String("grades")).toObject();
    const QString gradesWhere = where + QStringLiteral(".grades");
    const QJsonObject sqlReq = thresholds.value(QLatin1String("sqlRequires")).toObject();
    const QString sqlReqWhere = where + QStringLiteral(".sqlRequires");
    if (sqlReq.contains(QLatin1String("decisionMakerConfirmed")))
        m_rules.sqlRequires.decisionMakerConfirmed =
            sqlReq.value(QLatin1String("decisionMakerConfirmed")).toBool();
    return readInt(thresholds, "highFit", where, m_rules.highFit) &&
           readInt(thresholds, "highInterest", where, m_rules.highInterest) &&
           readInt(thresholds, "mql", where, m_rules.mqlThreshold) &&
           readInt(thresholds, "sql", where, m_rules.sqlThreshold) &&
           readInt(grades, "A", gradesWhere, m_rules.gradeA) &&
           readInt(grades, "B", gradesWhere, m_rules.gradeB) &&
           readInt(grades, "C", gradesWhere, m_rules.gradeC) &&
           readInt(grades, "D", gradesWhere, m_rules.gradeD) &&
           readKeyList<BudgetStatus>(sqlReq, "budget", sqlReqWhere, m_rules.sqlRequires.budgets) &&
           readKeyList<NeedLevel>(sqlReq, "need", sqlReqWhere, m_rules.sqlRequires.needs) &&
           readKeyList<Timing>(sqlReq, "timing", sqlReqWhere, m_rules.sqlRequires.timings);
}

bool RulesReader::read(const QJsonObject& root)
{
    const int format = root.value(QLatin1String("format")).toInt(formatVersion);
    if (format > formatVersion)
        return fail(QStringLiteral("format"),
                    ScoringRules::tr("version %1 is newer than this LeadScout understands (%2)")
                        .arg(format)
                        .arg(formatVersion));
    m_rules.name = root.value(QLatin1String("name")).toString();
    if (!readFit(root.value(QLatin1String("fit")).toObject()) ||
        !readInterest(root.value(QLatin1String("interest")).toObject()) ||
        !readBant(root.value(QLatin1String("bant")).toObject()) ||
        !readPersona(root.value(QLatin1String("negativePersona")),
                     QStringLiteral("negativePersona"), m_rules.negativePersona) ||
        !readPersona(root.value(QLatin1String("flags")), QStringLiteral("flags"), m_rules.flags) ||
        !readThresholds(root.value(QLatin1String("thresholds")).toObject()))
        return false;
    if (const QString problem = m_rules.validate(); !problem.isEmpty())
        return fail(QStringLiteral("rules"), problem);
    return true;
}

template <typename E> QJsonObject tableJson(const std::vector<int>& points)
{
    QJsonObject object;
    for (E value : allValues<E>())
        object.insert(keyOf(value), points[vocabIndex(value)]);
    return object;
}

template <typename E> QJsonArray keyListJson(const QList<E>& values)
{
    QJsonArray array;
    for (E value : values)
        array.append(keyOf(value));
    return array;
}

QJsonArray personaJson(const std::vector<PersonaRule>& rules)
{
    QJsonArray array;
    for (const PersonaRule& rule : rules) {
        QJsonObject object{{QStringLiteral("id"), rule.id},
                           {QStringLiteral("match"), PersonaMatches::keyOf(rule.match)},
                           {QStringLiteral("values"), QJsonArray::fromStringList(rule.values)}};
        if (rule.exclude)
            object.insert(QStringLiteral("exclude"), true);
        if (rule.points != 0)
            object.insert(QStringLiteral("points"), rule.points);
        if (!rule.reason.isEmpty())
            object.insert(QStringLiteral("reason"), rule.reason);
        if (!rule.label.isEmpty())
            object.insert(QStringLiteral("label"), rule.label);
        array.append(object);
    }
    return array;
}

QJsonObject fitJson(const ScoringRules& r)
{
    QJsonArray employees;
    for (const EmployeeBand& band : r.employeeBands)
        employees.append(QJsonObject{{QStringLiteral("from"), band.from},
                                     {QStringLiteral("size"), band.size},
                                     {QStringLiteral("points"), band.points}});
    QJsonArray revenueBands;
    for (const RevenueBand& band : r.revenueBands)
        revenueBands.append(QJsonObject{{QStringLiteral("from"), double(band.from)},
                                        {QStringLiteral("points"), band.points}});
    QJsonObject rates;
    for (auto it = r.exchangeRates.cbegin(); it != r.exchangeRates.cend(); ++it)
        rates.insert(it.key(), it.value());
    return {{QStringLiteral("max"), r.fitMax},
            {QStringLiteral("employees"), employees},
            {QStringLiteral("annualRevenue"), QJsonObject{{QStringLiteral("currency"), r.currency},
                                                          {QStringLiteral("exchangeRates"), rates},
                                                          {QStringLiteral("bands"), revenueBands}}},
            {QStringLiteral("industry"), tableJson<Industry>(r.industryPoints)},
            {QStringLiteral("seniority"), tableJson<Seniority>(r.seniorityPoints)},
            {QStringLiteral("buyingRole"), tableJson<BuyingRole>(r.buyingRolePoints)}};
}

QJsonObject thresholdsJson(const ScoringRules& r)
{
    return {{QStringLiteral("highFit"), r.highFit},
            {QStringLiteral("highInterest"), r.highInterest},
            {QStringLiteral("mql"), r.mqlThreshold},
            {QStringLiteral("sql"), r.sqlThreshold},
            {QStringLiteral("grades"), QJsonObject{{QStringLiteral("A"), r.gradeA},
                                                   {QStringLiteral("B"), r.gradeB},
                                                   {QStringLiteral("C"), r.gradeC},
                                                   {QStringLiteral("D"), r.gradeD}}},
            {QStringLiteral("sqlRequires"),
             QJsonObject{
                 {QStringLiteral("decisionMakerConfirmed"), r.sqlRequires.decisionMakerConfirmed},
                 {QStringLiteral("budget"), keyListJson(r.sqlRequires.budgets)},
                 {QStringLiteral("need"), keyListJson(r.sqlRequires.needs)},
                 {QStringLiteral("timing"), keyListJson(r.sqlRequires.timings)}}}};
}

} // namespace

bool ScoringRules::fromJson(const QByteArray& json, ScoringRules& rules, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("Scoring rules: not valid JSON at character %1 (%2).")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("Scoring rules: the file must hold one JSON object ({…}), as "
                        "--print-rules writes it, not %1.")
                         .arg(document.isArray() ? tr("a list ([…])") : tr("a single value"));
        return false;
    }
    ScoringRules parsed;
    RulesReader reader(parsed);
    if (!reader.read(document.object())) {
        if (error)
            *error = reader.error();
        return false;
    }
    rules = std::move(parsed);
    return true;
}

QByteArray ScoringRules::toJson() const
{
    const QJsonObject root{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("fit"), fitJson(*this)},
        {QStringLiteral("interest"),
         QJsonObject{{QStringLiteral("max"), interestMax},
                     {QStringLiteral("halfLifeDays"), halfLifeDays},
                     {QStringLiteral("maxAgeDays"), maxAgeDays},
                     {QStringLiteral("points"), tableJson<InterestKind>(interestPoints)}}},
        {QStringLiteral("bant"),
         QJsonObject{{QStringLiteral("max"), bantMax},
                     {QStringLiteral("budget"), tableJson<BudgetStatus>(budgetPoints)},
                     {QStringLiteral("authority"), tableJson<AuthorityLevel>(authorityPoints)},
                     {QStringLiteral("decisionMakerConfirmed"), decisionMakerConfirmedPoints},
                     {QStringLiteral("need"), tableJson<NeedLevel>(needPoints)},
                     {QStringLiteral("timing"), tableJson<Timing>(timingPoints)}}},
        {QStringLiteral("negativePersona"), personaJson(negativePersona)},
        {QStringLiteral("flags"), personaJson(flags)},
        {QStringLiteral("thresholds"), thresholdsJson(*this)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
