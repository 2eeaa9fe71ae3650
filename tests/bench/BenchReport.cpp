#include "BenchReport.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <cstdio>

double percentileOf(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double Figure::median() const
{
    return medianOf(runs);
}

double Figure::p95() const
{
    return percentileOf(runs, 0.95);
}

double Figure::plainMedian() const
{
    return medianOf(plain);
}

std::optional<double> Figure::ratio() const
{
    if (plain.isEmpty() || plainMedian() <= 0)
        return std::nullopt;
    return median() / plainMedian();
}

namespace {

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QString number(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

} // namespace

QJsonObject Figure::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("runs"), int(runs.size())},
                       {QStringLiteral("median"), rounded(median())},
                       {QStringLiteral("p95"), rounded(p95())},
                       {QStringLiteral("note"), note}};
    if (!plain.isEmpty()) {
        object.insert(QStringLiteral("plain_runs"), int(plain.size()));
        object.insert(QStringLiteral("plain_median"), rounded(plainMedian()));
        object.insert(QStringLiteral("plain_p95"), rounded(percentileOf(plain, 0.95)));
        object.insert(QStringLiteral("ratio"), rounded(ratio().value_or(0)));
    }
    if (target) {
        object.insert(QStringLiteral("target"), *target);
        object.insert(QStringLiteral("met"), met());
    }
    return object;
}

void BenchReport::add(const Figure& figure)
{
    m_figures.append(figure);
    // Progress on stderr, so that --json output stays one document.
    std::fprintf(stderr, "  %-44s %9s %s (p95 %s)%s\n", qPrintable(figure.label),
                 qPrintable(number(figure.median())), qPrintable(figure.unit),
                 qPrintable(number(figure.p95())),
                 figure.plain.isEmpty()
                     ? ""
                     : qPrintable(QStringLiteral("; plain SQLite %1 %2, ratio %3")
                                      .arg(number(figure.plainMedian()), figure.unit,
                                           number(figure.ratio().value_or(0)))));
    std::fflush(stderr);
}

QJsonObject BenchReport::toJson() const
{
    QJsonObject object = m_info;
    QJsonArray figures;
    for (const Figure& figure : m_figures)
        figures.append(figure.toJson());
    object.insert(QStringLiteral("figures"), figures);
    return object;
}

QString BenchReport::toTable() const
{
    QString table =
        QStringLiteral("| operation | LeadScout median | p95 | plain SQLite | ratio | target | |\n"
                       "| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (const Figure& f : m_figures) {
        const QString unit = QLatin1Char(' ') + f.unit;
        table +=
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                .arg(f.label, number(f.median()) + unit, number(f.p95()) + unit,
                     f.plain.isEmpty() ? QStringLiteral("–") : number(f.plainMedian()) + unit,
                     f.ratio() ? number(*f.ratio()) + QStringLiteral("×") : QStringLiteral("–"),
                     f.target ? QStringLiteral("< ") + number(*f.target) + unit
                              : QStringLiteral("–"),
                     !f.target ? QString()
                     : f.met() ? QStringLiteral("met")
                               : QStringLiteral("**missed**"));
    }
    return table;
}
