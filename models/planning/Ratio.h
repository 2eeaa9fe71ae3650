#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

/// An exact fraction, so that a plan says what a person would work out by hand: a close rate of
/// 1/3 needs 75 opportunities for 25 deals, not 75.000000001 rounded up to 76.
class Ratio
{
public:
    Ratio() = default;
    Ratio(qint64 numerator, qint64 denominator = 1);

    qint64 numerator() const { return m_num; }
    qint64 denominator() const { return m_den; }
    double toDouble() const { return double(m_num) / double(m_den); }
    bool isZero() const { return m_num == 0; }
    bool isPositive() const { return m_num > 0; }

    /// The smallest whole number not below this value.
    qint64 ceil() const;
    /// The value with `decimals` places (rounded half away from zero), for display: "326.7".
    QString toDecimal(int decimals) const;

    /// Reads "0.333", "0,333", "33.3%", "33,3 %", "1/3" (and whole numbers); nothing for other
    /// text. Exact: "33.3%" is 333/1000.
    static std::optional<Ratio> parse(const QString& text);

    friend Ratio operator*(const Ratio& a, const Ratio& b);
    friend Ratio operator/(const Ratio& a, const Ratio& b);
    friend Ratio operator+(const Ratio& a, const Ratio& b);
    friend Ratio operator-(const Ratio& a, const Ratio& b);
    friend bool operator==(const Ratio& a, const Ratio& b)
    {
        return a.m_num == b.m_num && a.m_den == b.m_den;
    }
    friend bool operator<(const Ratio& a, const Ratio& b);

private:
    static Ratio reduced(__int128 numerator, __int128 denominator);

    qint64 m_num = 0;
    qint64 m_den = 1;
};
