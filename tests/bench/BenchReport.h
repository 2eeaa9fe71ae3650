#pragma once

// leadscout-bench is a developer tool: its output (figures, labels, notes) is English only and
// not translated.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

/// One measured operation: LeadScout's runs beside the same work done by plain SQLite.
struct Figure
{
    Figure(QString name, QString label, QString unit = QStringLiteral("ms"))
        : name(std::move(name))
        , label(std::move(label))
        , unit(std::move(unit))
    {}

    QString name;  ///< key in the JSON output, e.g. "search_name_cold"
    QString label; ///< for the table, e.g. "search by name (cold)"
    QString unit;
    QList<double> runs;           ///< LeadScout, in `unit`
    QList<double> plain;          ///< plain SQLite (no LeadScout code), in `unit`; empty: none
    std::optional<double> target; ///< "below this", in `unit`
    QString note;                 ///< what the figure includes, what plain SQLite did

    double median() const;
    double p95() const;
    double plainMedian() const;
    std::optional<double> ratio() const; ///< LeadScout median / plain median
    bool met() const { return !target || median() < *target; }
    QJsonObject toJson() const;
};

/// Median and 95th percentile (nearest rank) of a list of runs.
double medianOf(QList<double> values);
double percentileOf(QList<double> values, double p);

/// Everything one run of the benchmark measured.
class BenchReport
{
public:
    void add(const Figure& figure);
    void setInfo(const QString& key, const QJsonValue& value) { m_info.insert(key, value); }
    QJsonObject toJson() const;
    /// A Markdown table (the README's Performance section is made from it).
    QString toTable() const;
    const QList<Figure>& figures() const { return m_figures; }

private:
    QList<Figure> m_figures;
    QJsonObject m_info;
};
