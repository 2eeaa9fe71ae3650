#include "import/NumberReading.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace {

struct Multiplier
{
    QString word;
    double factor;
};

/// Units written after a number, longest first so that "Mio." is not taken for "M".
const QList<Multiplier>& multipliers()
{
    static const QList<Multiplier> list = {
        {QStringLiteral("milliarden"), 1e9}, {QStringLiteral("milliarde"), 1e9},
        {QStringLiteral("millionen"), 1e6},  {QStringLiteral("million"), 1e6},
        {QStringLiteral("billion"), 1e9},    {QStringLiteral("tausend"), 1e3},
        {QStringLiteral("thousand"), 1e3},   {QStringLiteral("mrd."), 1e9},
        {QStringLiteral("mrd"), 1e9},        {QStringLiteral("mio."), 1e6},
        {QStringLiteral("mio"), 1e6},        {QStringLiteral("tsd."), 1e3},
        {QStringLiteral("tsd"), 1e3},        {QStringLiteral("bn"), 1e9},
        {QStringLiteral("mn"), 1e6},         {QStringLiteral("b"), 1e9},
        {QStringLiteral("m"), 1e6},          {QStringLiteral("k"), 1e3},
        {QStringLiteral("t"), 1e3}};
    return list;
}

/// Currency marks and their ISO code, longest first.
const QList<std::pair<QString, QString>>& currencies()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("sfr."), QStringLiteral("CHF")},
        {QStringLiteral("chf"), QStringLiteral("CHF")},
        {QStringLiteral("eur"), QStringLiteral("EUR")},
        {QStringLiteral("usd"), QStringLiteral("USD")},
        {QStringLiteral("gbp"), QStringLiteral("GBP")},
        {QStringLiteral("fr."), QStringLiteral("CHF")},
        {QStringLiteral("us$"), QStringLiteral("USD")},
        {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("£"), QStringLiteral("GBP")}};
    return list;
}

/// Takes a currency mark off either end of `text`; its ISO code, or empty.
QString takeCurrency(QString& text)
{
    const QString lower = text.toLower();
    for (const auto& [mark, code] : currencies()) {
        if (lower.startsWith(mark)) {
            text = text.mid(mark.size()).trimmed();
            return code;
        }
        if (lower.endsWith(mark)) {
            text.chop(mark.size());
            text = text.trimmed();
            return code;
        }
    }
    return {};
}

/// Takes a multiplier off the end of `text` ("2,5 Mio" → "2,5"); its factor, or 1.
double takeMultiplier(QString& text)
{
    const QString lower = text.toLower();
    for (const Multiplier& m : multipliers()) {
        if (!lower.endsWith(m.word) || lower.size() == m.word.size())
            continue;
        const QChar before = lower.at(lower.size() - m.word.size() - 1);
        if (!before.isDigit() && !before.isSpace())
            continue;
        text.chop(m.word.size());
        text = text.trimmed();
        return m.factor;
    }
    return 1;
}

/// The digits with "." and "," only: spaces, apostrophes and the Swiss ’ are thousands marks.
QString withoutGroupMarks(const QString& text)
{
    QString result;
    for (const QChar c : text)
        if (c != QLatin1Char(' ') && c != QLatin1Char('\'') && c != QChar(0x2019))
            result.append(c);
    return result;
}

/// True when `text` groups by `mark` correctly: 1–3 digits, then groups of exactly three.
bool groupsBy(const QString& text, QChar mark)
{
    const QStringList groups = text.split(mark);
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3)
            return false;
    return true;
}

struct Parsed
{
    std::optional<double> number;
    bool ambiguous = false;
    bool malformed = false;
};

/// Reads digits with at most a decimal mark and a grouping mark of `style`.
std::optional<double> parseStyled(const QString& text, NumberStyle style)
{
    const QChar decimal = style == NumberStyle::DecimalComma ? QLatin1Char(',') : QLatin1Char('.');
    const QChar group = style == NumberStyle::DecimalComma ? QLatin1Char('.') : QLatin1Char(',');
    const qsizetype point = text.indexOf(decimal);
    if (point >= 0 && text.indexOf(decimal, point + 1) >= 0)
        return std::nullopt;
    QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (fraction.contains(group) || (whole.contains(group) && !groupsBy(whole, group)))
        return std::nullopt;
    whole.remove(group);
    bool ok = false;
    const double value = (whole.isEmpty() ? QStringLiteral("0") : whole)
                             .append(QLatin1Char('.'))
                             .append(fraction.isEmpty() ? QStringLiteral("0") : fraction)
                             .toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

Parsed parseCore(const QString& core, NumberStyle columnStyle)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9.,]*[0-9][0-9.,]*$"));
    if (!shape.match(core).hasMatch())
        return {std::nullopt, false, true};
    NumberStyle style = NumberReading::styleOf(core);
    const bool separator = core.contains(QLatin1Char('.')) || core.contains(QLatin1Char(','));
    if (style == NumberStyle::Unknown && separator)
        style = columnStyle;
    if (style == NumberStyle::Unknown && separator)
        return {std::nullopt, true, false};
    const auto value =
        parseStyled(core, style == NumberStyle::Unknown ? NumberStyle::DecimalPoint : style);
    return {value, false, !value.has_value()};
}

/// "ca. 500", "~200", "approx. 1 Mio", "rund 300", "etwa 40" → the number itself.
QString withoutApproximation(const QString& text)
{
    static const QRegularExpression about(
        QStringLiteral("^(?:ca\\.?|circa|approx\\.?|about|around|rund|etwa|~|≈)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(text).remove(about);
}

/// Takes a minus sign (in front or behind) or the accountants' brackets off `text`; true when
/// there was one.
bool takeSign(QString& text)
{
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        text = text.mid(1).trimmed();
        return true;
    }
    // "1.234,50-": the trailing minus of German ERP exports (SAP).
    if (text.size() > 1 && text.endsWith(QLatin1Char('-')) && text.at(text.size() - 2).isDigit()) {
        text.chop(1);
        return true;
    }
    if (text.size() > 2 && text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        text = text.mid(1, text.size() - 2).trimmed();
        return true;
    }
    return false;
}

bool looksLikeDate(const QString& text)
{
    static const QRegularExpression date(
        QStringLiteral("^\\d{1,2}[./-]\\d{1,2}[./-](\\d{2}|\\d{4})$|^\\d{4}-\\d{1,2}-\\d{1,2}"));
    return date.match(text).hasMatch();
}

} // namespace

NumberStyle NumberReading::styleOf(const QString& written)
{
    const QString text = withoutGroupMarks(ValueCleaning::tidy(written));
    const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    if (dot >= 0 && comma >= 0)
        return dot > comma ? NumberStyle::DecimalPoint : NumberStyle::DecimalComma;
    const qsizetype mark = std::max(dot, comma);
    if (mark < 0)
        return NumberStyle::Unknown;
    const QChar c = text.at(mark);
    const bool once = text.indexOf(c) == mark;
    const qsizetype after = text.size() - mark - 1;
    const bool pointStyle = c == QLatin1Char('.');
    // Twice the same mark: a thousands separator. Once, not followed by three digits (or after a
    // lone 0): a decimal mark. Once with three digits after: either.
    if (!once)
        return pointStyle ? NumberStyle::DecimalComma : NumberStyle::DecimalPoint;
    if (after != 3 || text.left(mark) == QLatin1String("0") || mark > 3)
        return pointStyle ? NumberStyle::DecimalPoint : NumberStyle::DecimalComma;
    return NumberStyle::Unknown;
}

NumberStyle NumberReading::detectStyle(const QStringList& values)
{
    int point = 0, comma = 0;
    for (const QString& value : values) {
        if (looksLikeDate(ValueCleaning::tidy(value)))
            continue;
        const NumberStyle style = styleOf(value);
        point += style == NumberStyle::DecimalPoint;
        comma += style == NumberStyle::DecimalComma;
    }
    if (point == comma)
        return NumberStyle::Unknown;
    return point > comma ? NumberStyle::DecimalPoint : NumberStyle::DecimalComma;
}

ReadNumber NumberReading::read(const QString& written, NumberStyle columnStyle)
{
    ReadNumber result;
    QString text = withoutApproximation(ValueCleaning::tidy(written));
    if (text.isEmpty() || ValueCleaning::isPlaceholder(text))
        return result;
    if (looksLikeDate(text)) {
        result.note(CleanOutcome::Rejected, tr("\"%1\" is a date, not a number").arg(text));
        return result;
    }
    const bool negative = takeSign(text);
    result.currency = takeCurrency(text);
    const double factor = takeMultiplier(text);
    if (result.currency.isEmpty())
        result.currency = takeCurrency(text);
    const Parsed parsed = parseCore(withoutGroupMarks(text), columnStyle);
    const QString shown = ValueCleaning::tidy(written);
    if (parsed.ambiguous) {
        result.note(CleanOutcome::Flagged,
                    tr("\"%1\" could be read with the dot or the comma as the decimal mark, and "
                       "the column does not tell which; left empty")
                        .arg(shown));
        return result;
    }
    if (!parsed.number) {
        result.note(CleanOutcome::Rejected, tr("\"%1\" is not a number").arg(shown));
        return result;
    }
    result.number = (negative ? -1 : 1) * *parsed.number * factor;
    return result;
}

namespace {

struct Bounds
{
    QString low;
    QString high;
    bool openEnded = false; ///< "500+", "> 500", "< 10": only one bound
};

std::optional<Bounds> boundsOf(const QString& text)
{
    static const QRegularExpression range(
        QStringLiteral("^(\\d[^-–—]*?)\\s*(?:-|–|—|bis|to)\\s*(\\d.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression atLeast(
        QStringLiteral("^(?:>=?|≥|über|ueber|mehr als|more than|over|ab|from|min\\.?)\\s*(\\d.*)$|"
                       "^(\\d.*?)\\s*\\+$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression atMost(
        QStringLiteral(
            "^(?:<=?|≤|unter|weniger als|less than|under|bis|up to|max\\.?)\\s*(\\d.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = range.match(text); m.hasMatch())
        return Bounds{m.captured(1), m.captured(2), false};
    if (const auto m = atLeast.match(text); m.hasMatch())
        return Bounds{m.captured(1).isEmpty() ? m.captured(2) : m.captured(1), {}, true};
    if (const auto m = atMost.match(text); m.hasMatch())
        return Bounds{{}, m.captured(1), true};
    return std::nullopt;
}

} // namespace

ReadNumber NumberReading::readCount(const QString& written, NumberStyle columnStyle)
{
    static const QRegularExpression people(
        QStringLiteral(
            "(?<!\\p{L})\\s*(?:mitarbeiter(?:innen)?|mitarbeitende|beschäftigte|angestellte|ma|"
            "employees|staff|people|personen|fte)\\.?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString text = ValueCleaning::tidy(written).remove(people);
    const std::optional<Bounds> bounds = looksLikeDate(text) ? std::nullopt : boundsOf(text);
    if (!bounds) {
        ReadNumber result = read(text, columnStyle);
        if (result.number && *result.number != std::round(*result.number)) {
            const double rounded = std::round(*result.number);
            result.note(CleanOutcome::Flagged, tr("\"%1\" is not a whole number; rounded to %2")
                                                   .arg(text)
                                                   .arg(rounded, 0, 'f', 0));
            result.number = rounded;
        }
        result.currency.clear();
        return result;
    }
    ReadNumber result;
    const ReadNumber low = read(bounds->low, columnStyle);
    const ReadNumber high = read(bounds->high, columnStyle);
    const bool lowOk = low.number.has_value(), highOk = high.number.has_value();
    if (bounds->openEnded && (lowOk || highOk)) {
        result.number = std::round(lowOk ? *low.number : *high.number);
        result.note(CleanOutcome::Flagged,
                    (lowOk ? tr("\"%1\" is open-ended; its lower bound %2 is taken")
                           : tr("\"%1\" is open-ended; its upper bound %2 is taken"))
                        .arg(text)
                        .arg(*result.number, 0, 'f', 0));
    } else if (lowOk && highOk && *low.number <= *high.number) {
        result.number = std::round((*low.number + *high.number) / 2);
        result.note(CleanOutcome::Flagged, tr("\"%1\" is a range; its midpoint %2 is taken")
                                               .arg(text)
                                               .arg(*result.number, 0, 'f', 0));
    } else {
        result.note(CleanOutcome::Rejected, tr("\"%1\" is not a number or range").arg(text));
    }
    return result;
}
