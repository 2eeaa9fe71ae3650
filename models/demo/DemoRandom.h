#pragma once

#include <QList>
#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

/// The demo generator's source of chance: a seeded std::mt19937_64 with its own (portable)
/// distributions, so the same seed gives the same store with every standard library.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {}

    quint64 next() { return m_engine(); }
    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    /// Uniform whole number in [low, high].
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        return low + qint64(next() % quint64(high - low + 1));
    }
    bool chance(double probability) { return unit() < probability; }
    /// Exponentially distributed with the given mean.
    double exponential(double mean) { return -std::log(1.0 - unit()) * mean; }
    /// Log-normal: exp(mu + sigma * standard normal), by Box–Muller.
    double logNormal(double mu, double sigma)
    {
        const double u1 = 1.0 - unit();
        const double u2 = unit();
        const double normal =
            std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
        return std::exp(mu + sigma * normal);
    }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(qsizetype(between(0, list.size() - 1)));
    }

private:
    std::mt19937_64 m_engine;
};

/// Values with whole-number weights, drawn in proportion to them.
template <typename T> class Weighted
{
public:
    void add(const T& value, qint64 weight)
    {
        if (weight <= 0)
            return;
        m_total += weight;
        m_values.append(value);
        m_cumulative.append(m_total);
    }
    const T& pick(DemoRandom& random) const
    {
        const qint64 ticket = qint64(random.next() % quint64(m_total));
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), ticket);
        return m_values.at(qsizetype(it - m_cumulative.cbegin()));
    }
    bool isEmpty() const { return m_values.isEmpty(); }
    const QList<T>& values() const { return m_values; }

private:
    QList<T> m_values;
    QList<qint64> m_cumulative;
    qint64 m_total = 0;
};
