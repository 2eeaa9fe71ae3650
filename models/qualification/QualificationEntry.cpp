#include "qualification/QualificationEntry.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace {

constexpr double maxMoneyMajor = 1e13; ///< well within qint64 minor units

struct Keyed
{
    const char* key;
    QString QualificationEntry::*text;
};

const Keyed textFields[] = {
    {"budget", &QualificationEntry::budget},
    {"budgetAmount", &QualificationEntry::budgetAmount},
    {"budgetCurrency", &QualificationEntry::budgetCurrency},
    {"authority", &QualificationEntry::authority},
    {"buyingRole", &QualificationEntry::buyingRole},
    {"need", &QualificationEntry::need},
    {"needText", &QualificationEntry::needText},
    {"timing", &QualificationEntry::timing},
    {"decisionDate", &QualificationEntry::decisionDate},
    {"buyingPhase", &QualificationEntry::buyingPhase},
    {"notes", &QualificationEntry::notes},
    {"employees", &QualificationEntry::employees},
    {"annualRevenue", &QualificationEntry::annualRevenue},
    {"revenueCurrency", &QualificationEntry::revenueCurrency},
    {"industry", &QualificationEntry::industry},
    {"title", &QualificationEntry::title},
    {"seniority", &QualificationEntry::seniority},
};

bool isCurrencyCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    return code.match(text).hasMatch();
}

class Checker
{
public:
    Checker(ParsedEntry& parsed, const QLocale& locale)
        : m_parsed(parsed)
        , m_locale(locale)
    {}

    std::optional<qint64> money(const QString& field, const QString& label, const QString& text)
    {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        QString correction;
        const std::optional<qint64> value = EntryParser::parseMoney(text, m_locale, &correction);
        if (!value && !correction.isEmpty())
            problem(field, EntryParser::tr("%1: \"%2\" is written with another language's "
                                           "separators. Write it as %3.")
                               .arg(label, text.trimmed(), correction));
        else if (!value)
            problem(field, EntryParser::tr("%1: \"%2\" is not an amount. Write digits only, for "
                                           "example %3.")
                               .arg(label, text.trimmed(), m_locale.toString(25000)));
        else if (*value < 0)
            problem(field, EntryParser::tr("%1 must not be negative.").arg(label));
        return value && *value >= 0 ? value : std::nullopt;
    }

    QString currency(const QString& field, const QString& label, const QString& text)
    {
        const QString code = text.trimmed().toUpper();
        if (!code.isEmpty() && !isCurrencyCode(code))
            problem(field, EntryParser::tr("%1: \"%2\" is not a three-letter currency code such "
                                           "as EUR.")
                               .arg(label, text.trimmed()));
        return isCurrencyCode(code) ? code : QString();
    }

    /// An amount needs its currency: 25,000 of what?
    void currencyGiven(const QString& field, const QString& label, bool amountGiven,
                       const QString& text)
    {
        if (amountGiven && text.trimmed().isEmpty())
            problem(field, EntryParser::tr("%1: give the currency of the amount, for example EUR.")
                               .arg(label));
    }

    std::optional<int> count(const QString& field, const QString& label, const QString& text)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return std::nullopt;
        bool ok = false;
        qlonglong value = m_locale.toLongLong(trimmed, &ok);
        if (!ok)
            value = QLocale::c().toLongLong(trimmed, &ok);
        if (!ok || value < 0 || value > 10'000'000) {
            problem(
                field,
                EntryParser::tr("%1: \"%2\" is not a whole number of people.").arg(label, trimmed));
            return std::nullopt;
        }
        return int(value);
    }

    QDate date(const QString& field, const QString& label, const QString& text, QDate today,
               QDate stored)
    {
        if (text.trimmed().isEmpty())
            return {};
        const QDate date = EntryParser::parseDate(text, m_locale);
        if (!date.isValid()) {
            problem(field, EntryParser::tr("%1: \"%2\" is not a date. Write it as YYYY-MM-DD.")
                               .arg(label, text.trimmed()));
            return {};
        }
        if (date < today && date != stored)
            problem(field, EntryParser::tr("%1: %2 is in the past. Enter the date the decision is "
                                           "still expected.")
                               .arg(label, date.toString(Qt::ISODate)));
        return date;
    }

    void problem(const QString& field, const QString& message)
    {
        m_parsed.problems.append({field, message});
    }

private:
    ParsedEntry& m_parsed;
    QLocale m_locale;
};

/// An amount read from text: digits with at most the two separators '.' and ','.
struct MoneyReading
{
    bool ok = false;
    bool otherConvention = false; ///< decimals written with the other convention's separators
    qint64 minor = 0;
};

bool allDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

/// "25", "1.200.000": a leading group of one to three digits (not starting with 0), then groups
/// of exactly three.
bool isGrouped(const QStringList& groups)
{
    if (groups.size() < 2 || groups.first().size() > 3 || !allDigits(groups.first()) ||
        (groups.first().startsWith(QLatin1Char('0'))))
        return false;
    return std::all_of(groups.begin() + 1, groups.end(),
                       [](const QString& g) { return g.size() == 3 && allDigits(g); });
}

MoneyReading fromParts(const QString& whole, const QString& cents, bool negative)
{
    MoneyReading reading;
    if (whole.size() > 13 || cents.size() > 2 || (!whole.isEmpty() && !allDigits(whole)) ||
        (!cents.isEmpty() && !allDigits(cents)) || (whole.isEmpty() && cents.isEmpty()))
        return reading;
    const qint64 minor =
        whole.toLongLong() * 100 + QString(cents).leftJustified(2, QLatin1Char('0')).toLongLong();
    reading.ok = true;
    reading.minor = negative ? -minor : minor;
    return reading;
}

MoneyReading readMoney(const QString& text, const QLocale& locale)
{
    QString cleaned = text.trimmed();
    for (QChar space : {QChar(u' '), QChar(0x00A0), QChar(0x202F)}) // no-break spaces group too
        cleaned.remove(space);
    const QString group = locale.groupSeparator();
    if (group != QLatin1String(".") && group != QLatin1String(","))
        cleaned.remove(group); // e.g. the Swiss apostrophe
    const bool negative = cleaned.startsWith(QLatin1Char('-'));
    if (negative)
        cleaned.remove(0, 1);
    const bool plain = std::all_of(cleaned.begin(), cleaned.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u'.' || c == u',';
    });
    if (!plain) { // digits of another script: the locale reads them
        bool ok = false;
        const double value = locale.toDouble(text.trimmed(), &ok);
        if (!ok || !std::isfinite(value) || std::fabs(value) > maxMoneyMajor)
            return {};
        return {true, false, qint64(std::llround(value * 100.0))};
    }
    const QChar decimal =
        locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(',') : QLatin1Char('.');
    const qsizetype last = std::max(cleaned.lastIndexOf(u'.'), cleaned.lastIndexOf(u','));
    if (last < 0)
        return fromParts(cleaned, {}, negative);
    const QChar separator = cleaned.at(last);
    const QChar other = separator == u'.' ? QLatin1Char(',') : QLatin1Char('.');
    const QString whole = cleaned.left(last);
    const QString cents = cleaned.mid(last + 1);
    MoneyReading reading;
    if (whole.contains(other)) { // both: the last one is the decimal separator
        if (whole.contains(separator) || !isGrouped(whole.split(other)))
            return {};
        reading = fromParts(QString(whole).remove(other), cents, negative);
    } else if (isGrouped(cleaned.split(separator))) {
        return fromParts(QString(cleaned).remove(separator), {}, negative); // thousands only
    } else {
        if (whole.contains(separator))
            return {};
        reading = fromParts(whole, cents, negative);
    }
    reading.otherConvention = reading.ok && separator != decimal;
    return reading;
}

} // namespace

QJsonObject QualificationEntry::toJson() const
{
    QJsonObject object;
    for (const Keyed& field : textFields)
        object.insert(QLatin1String(field.key), this->*field.text);
    object.insert(QStringLiteral("decisionMakerConfirmed"), decisionMakerConfirmed);
    return object;
}

QualificationEntry QualificationEntry::fromJson(const QJsonObject& object)
{
    QualificationEntry entry;
    for (const Keyed& field : textFields) {
        const QJsonValue value = object.value(QLatin1String(field.key));
        if (value.isString())
            entry.*field.text = value.toString();
    }
    entry.decisionMakerConfirmed = object.value(QStringLiteral("decisionMakerConfirmed")).toBool();
    return entry;
}

QualificationEntry QualificationEntry::fromStored(const std::optional<Qualification>& stored,
                                                  const FitAttributes& fit, const QLocale& locale)
{
    QualificationEntry entry;
    if (stored) {
        const Qualification& q = *stored;
        entry.budget = keyOf(q.budget);
        entry.budgetAmount = q.budgetAmountMinor
                                 ? EntryParser::formatMoney(*q.budgetAmountMinor, locale)
                                 : QString();
        entry.budgetCurrency = q.budgetCurrency;
        entry.authority = keyOf(q.authority);
        entry.buyingRole = keyOf(q.buyingRole);
        entry.decisionMakerConfirmed = q.decisionMakerConfirmed;
        entry.need = keyOf(q.need);
        entry.needText = q.needText;
        entry.timing = keyOf(q.timing);
        entry.decisionDate =
            q.decisionDate.isValid() ? q.decisionDate.toString(Qt::ISODate) : QString();
        entry.buyingPhase = keyOf(q.phase);
        entry.notes = q.notes;
    }
    entry.employees = fit.employees ? QString::number(*fit.employees) : QString();
    entry.annualRevenue = fit.annualRevenueMinor
                              ? EntryParser::formatMoney(*fit.annualRevenueMinor, locale)
                              : QString();
    entry.revenueCurrency = fit.revenueCurrency;
    entry.industry = keyOf(fit.industry);
    entry.title = fit.title;
    entry.seniority = keyOf(fit.seniority);
    return entry;
}

QString ParsedEntry::problemFor(const QString& field) const
{
    for (const EntryProblem& problem : problems)
        if (problem.field == field)
            return problem.message;
    return {};
}

ParsedEntry EntryParser::parse(const QualificationEntry& e, const QLocale& locale, QDate today,
                               QDate storedDecisionDate)
{
    ParsedEntry parsed;
    Checker check(parsed, locale);
    Qualification& q = parsed.qualification;
    q.budget = fromKeyOr(e.budget, BudgetStatus::Unknown);
    q.budgetAmountMinor =
        check.money(QStringLiteral("budgetAmount"), tr("Budget amount"), e.budgetAmount);
    q.budgetCurrency =
        check.currency(QStringLiteral("budgetCurrency"), tr("Budget currency"), e.budgetCurrency);
    check.currencyGiven(QStringLiteral("budgetCurrency"), tr("Budget currency"),
                        !e.budgetAmount.trimmed().isEmpty(), e.budgetCurrency);
    q.authority = fromKeyOr(e.authority, AuthorityLevel::Unknown);
    q.buyingRole = fromKeyOr(e.buyingRole, BuyingRole::Unknown);
    q.decisionMakerConfirmed = e.decisionMakerConfirmed;
    if (q.decisionMakerConfirmed &&
        (q.authority == AuthorityLevel::Unknown || q.authority == AuthorityLevel::User))
        check.problem(QStringLiteral("decisionMakerConfirmed"),
                      tr("Decision authority confirmed, but the authority is \"%1\". Choose the "
                         "authority the lead has, or untick the box.")
                          .arg(labelOf(q.authority)));
    q.need = fromKeyOr(e.need, NeedLevel::Unknown);
    q.needText = e.needText.trimmed();
    q.timing = fromKeyOr(e.timing, Timing::Unknown);
    q.decisionDate = check.date(QStringLiteral("decisionDate"), tr("Decision date"), e.decisionDate,
                                today, storedDecisionDate);
    q.phase = fromKeyOr(e.buyingPhase, BuyingPhase::Unknown);
    q.notes = e.notes;

    FitAttributes& fit = parsed.fit;
    fit.employees = check.count(QStringLiteral("employees"), tr("Employees"), e.employees);
    fit.annualRevenueMinor =
        check.money(QStringLiteral("annualRevenue"), tr("Annual revenue"), e.annualRevenue);
    fit.revenueCurrency = check.currency(QStringLiteral("revenueCurrency"), tr("Revenue currency"),
                                         e.revenueCurrency);
    check.currencyGiven(QStringLiteral("revenueCurrency"), tr("Revenue currency"),
                        !e.annualRevenue.trimmed().isEmpty(), e.revenueCurrency);
    fit.industry = fromKeyOr(e.industry, Industry::Unknown);
    fit.title = e.title.trimmed();
    fit.seniority = fromKeyOr(e.seniority, Seniority::Unknown);
    return parsed;
}

std::optional<qint64> EntryParser::parseMoney(const QString& text, const QLocale& locale,
                                              QString* correction)
{
    const MoneyReading reading = readMoney(text, locale);
    if (reading.otherConvention && correction)
        *correction = formatMoney(reading.minor, locale);
    if (!reading.ok || reading.otherConvention)
        return std::nullopt;
    return reading.minor;
}

QDate EntryParser::parseDate(const QString& text, const QLocale& locale)
{
    const QString trimmed = text.trimmed();
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QString shortLongYear = shortFormat;
    if (!shortLongYear.contains(QLatin1String("yyyy")))
        shortLongYear.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    // Four-digit years first: "d.M.yy" would not take "04.03.2027", but the order keeps it clear.
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"),
                                  shortLongYear, QStringLiteral("d.M.yy"), shortFormat}) {
        QDate date = QDate::fromString(trimmed, format);
        if (!date.isValid())
            continue;
        // Qt reads "yy" as 19yy; a decision date is never last century.
        if (!format.contains(QLatin1String("yyyy")) && date.year() < 2000)
            date = date.addYears(100);
        return date;
    }
    return {};
}

QString EntryParser::formatMoney(qint64 minor, const QLocale& locale)
{
    const bool whole = minor % 100 == 0;
    return locale.toString(double(minor) / 100.0, 'f', whole ? 0 : 2);
}
