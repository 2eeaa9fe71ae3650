#include "planning/Ratio.h"

#include <QRegularExpression>
#include <stdexcept>

namespace {

__int128 gcd(__int128 a, __int128 b)
{
    a = a < 0 ? -a : a;
    b = b < 0 ? -b : b;
    while (b != 0) {
        const __int128 rest = a % b;
        a = b;
        b = rest;
    }
    return a;
}

// "12.345" → 12345/1000, exactly; nothing for anything but digits with one decimal mark.
std::optional<Ratio> decimal(QString text)
{
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,9}))?$|"
                                                         "^\\.(\\d{1,9})$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString whole = match.captured(1).isEmpty() ? QStringLiteral("0") : match.captured(1);
    const QString fraction = match.captured(2) + match.captured(3);
    qint64 denominator = 1;
    for (int i = 0; i < fraction.size(); ++i)
        denominator *= 10;
    return Ratio(whole.toLongLong() * denominator + fraction.toLongLong(), denominator);
}

} // namespace

Ratio::Ratio(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        throw std::invalid_argument("a ratio with denominator 0");
    *this = reduced(numerator, denominator);
}

Ratio Ratio::reduced(__int128 numerator, __int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const __int128 divisor = gcd(numerator, denominator);
    if (divisor > 1) {
        numerator /= divisor;
        denominator /= divisor;
    }
    Ratio ratio;
    ratio.m_num = qint64(numerator);
    ratio.m_den = qint64(denominator);
    return ratio;
}

qint64 Ratio::ceil() const
{
    const qint64 quotient = m_num / m_den;
    return (m_num % m_den != 0 && m_num > 0) ? quotient + 1 : quotient;
}

QString Ratio::toDecimal(int decimals) const
{
    __int128 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = m_num < 0;
    const __int128 magnitude = negative ? -__int128(m_num) : __int128(m_num);
    const __int128 scaled = (magnitude * scale * 2 + m_den) / (2 * __int128(m_den));
    const qint64 whole = qint64(scaled / scale);
    QString text = QString::number(whole);
    if (decimals > 0)
        text += QLatin1Char('.') +
                QString::number(qint64(scaled % scale)).rightJustified(decimals, QLatin1Char('0'));
    return negative && scaled != 0 ? QLatin1Char('-') + text : text;
}

std::optional<Ratio> Ratio::parse(const QString& written)
{
    QString text = written.simplified().remove(QLatin1Char(' '));
    if (const qsizetype slash = text.indexOf(QLatin1Char('/')); slash > 0) {
        const std::optional<Ratio> top = decimal(text.left(slash));
        const std::optional<Ratio> bottom = decimal(text.mid(slash + 1));
        if (!top || !bottom || bottom->isZero())
            return std::nullopt;
        return *top / *bottom;
    }
    const bool percent = text.endsWith(QLatin1Char('%'));
    if (percent)
        text.chop(1);
    const std::optional<Ratio> value = decimal(text);
    if (!value)
        return std::nullopt;
    return percent ? *value / Ratio(100) : *value;
}

Ratio operator*(const Ratio& a, const Ratio& b)
{
    return Ratio::reduced(__int128(a.m_num) * b.m_num, __int128(a.m_den) * b.m_den);
}

Ratio operator/(const Ratio& a, const Ratio& b)
{
    if (b.m_num == 0)
        throw std::invalid_argument("division by a zero ratio");
    return Ratio::reduced(__int128(a.m_num) * b.m_den, __int128(a.m_den) * b.m_num);
}

Ratio operator+(const Ratio& a, const Ratio& b)
{
    return Ratio::reduced(__int128(a.m_num) * b.m_den + __int128(b.m_num) * a.m_den,
                          __int128(a.m_den) * b.m_den);
}

Ratio operator-(const Ratio& a, const Ratio& b)
{
    return a + Ratio(-b.m_num, b.m_den);
}

bool operator<(const Ratio& a, const Ratio& b)
{
    return __int128(a.m_num) * b.m_den < __int128(b.m_num) * a.m_den;
}
