#include "PlannerPage.h"

#include "import/NumberReading.h"
#include "support/BackgroundJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

Q_DECLARE_METATYPE(FunnelMeasures)

namespace {

QTableWidget* table(const QString& name, const QStringList& headers)
{
    auto* widget = new QTableWidget(0, int(headers.size()));
    widget->setObjectName(name);
    widget->setHorizontalHeaderLabels(headers);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    return widget;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (column > 0 && column < cells.size() - 1)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QString money(const Ratio& value)
{
    return QLocale().toString(value.toDouble(), 'f', 2);
}

} // namespace

PlannerPage::PlannerPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("plannerPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildInputs());
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("plannerMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_figures =
        table(QStringLiteral("plannerFigures"), {tr("Needed"), tr("Planned"), tr("Exact"),
                                                 tr("Achieved this period"), tr("Based on")});
    layout->addWidget(m_figures, 3);
    layout->addWidget(new QLabel(tr("Over a year (exact values, not rounded):")));
    m_sensitivity = table(QStringLiteral("plannerSensitivity"),
                          {tr("Case"), tr("Opportunities"), tr("Close rate"), tr("Deals"),
                           tr("Revenue"), tr("More than planned")});
    layout->addWidget(m_sensitivity, 2);
}

PlannerPage::~PlannerPage() = default;

QWidget* PlannerPage::buildInputs()
{
    auto* box = new QWidget;
    box->setMaximumWidth(720); // a form of short values, not a page-wide one
    auto* form = new QFormLayout(box);
    const auto edit = [&](const char* name, const QString& text, const QString& tip) {
        auto* line = new QLineEdit(text);
        line->setObjectName(QString::fromLatin1(name));
        line->setToolTip(tip);
        connect(line, &QLineEdit::returnPressed, this, &PlannerPage::plan);
        return line;
    };
    m_revenue =
        edit("plannerRevenue", QStringLiteral("100000"), tr("Revenue to reach in the period"));
    m_deal = edit("plannerDeal", QStringLiteral("4000"), tr("Revenue of an average deal"));
    m_closeRate = edit("plannerCloseRate", QStringLiteral("1/3"),
                       tr("Share of opportunities won: 33.3%, 0.333 or 1/3"));
    m_opportunities = edit("plannerOpportunities", QString(),
                           tr("Opportunities the pipeline gives per period (empty: the needed "
                              "ones), for the table below"));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("plannerPeriod"));
    m_period->addItem(tr("Month"), int(PlanPeriod::Month));
    m_period->addItem(tr("Quarter"), int(PlanPeriod::Quarter));
    m_period->addItem(tr("Year"), int(PlanPeriod::Year));
    m_measured = new QCheckBox(tr("Plan the steps below opportunities from this store's history"));
    m_measured->setObjectName(QStringLiteral("plannerMeasured"));
    m_measured->setChecked(true);
    m_planButton = new QPushButton(tr("&Plan"));
    m_planButton->setObjectName(QStringLiteral("plannerPlanButton"));
    connect(m_planButton, &QPushButton::clicked, this, &PlannerPage::plan);
    form->addRow(tr("&Revenue target:"), m_revenue);
    form->addRow(tr("Average &deal:"), m_deal);
    form->addRow(tr("&Close rate:"), m_closeRate);
    form->addRow(tr("P&eriod:"), m_period);
    form->addRow(tr("&Opportunities per period:"), m_opportunities);
    form->addRow(QString(), m_measured);
    form->addRow(QString(), m_planButton);
    return box;
}

void PlannerPage::setStore(Store* store)
{
    if (m_job)
        m_job->cancel();
    m_store = store;
    m_measured->setEnabled(store != nullptr);
}

std::optional<KpiPlanInput> PlannerPage::readInput()
{
    KpiPlanInput input;
    QStringList problems;
    const auto amount = [&](QLineEdit* edit, const QString& what, Ratio& target) {
        const ReadNumber read = NumberReading::read(edit->text());
        if (!read.number || !std::isfinite(*read.number) || std::abs(*read.number) > 1e13)
            problems.append(tr("%1: \"%2\" is not an amount%3.")
                                .arg(what, edit->text(),
                                     read.reason().isEmpty()
                                         ? QString()
                                         : QStringLiteral(" (%1)").arg(read.reason())));
        else
            target = Ratio(std::llround(*read.number * 100.0), 100);
    };
    amount(m_revenue, tr("Revenue target"), input.revenueTarget);
    amount(m_deal, tr("Average deal"), input.averageDeal);
    if (const std::optional<Ratio> rate = Ratio::parse(m_closeRate->text()))
        input.closeRate = *rate;
    else
        problems.append(tr("Close rate: \"%1\" is not a rate; write 33.3%, 0.333 or 1/3.")
                            .arg(m_closeRate->text()));
    if (!m_opportunities->text().trimmed().isEmpty()) {
        input.opportunities = Ratio::parse(m_opportunities->text());
        if (!input.opportunities)
            problems.append(tr("Opportunities per period: \"%1\" is not a number.")
                                .arg(m_opportunities->text()));
    }
    input.period = PlanPeriod(m_period->currentData().toInt());
    if (problems.isEmpty())
        problems = KpiPlan::problems(input);
    if (problems.isEmpty())
        return input;
    m_message->setText(problems.join(QLatin1Char('\n')));
    emit planned();
    return std::nullopt;
}

void PlannerPage::plan()
{
    const std::optional<KpiPlanInput> input = readInput();
    if (!input || m_job)
        return;
    if (!m_store || !m_measured->isChecked()) {
        showPlan(*input, std::nullopt);
        return;
    }
    m_message->setText(tr("Reading the store's conversion rates…"));
    m_planButton->setEnabled(false);
    const PlanPeriod period = input->period;
    m_job = new BackgroundJob(
        *m_store,
        [period](const Store& own, BackgroundJob& job) {
            job.setResult(QVariant::fromValue(FunnelMeasures::read(own, period)));
            return true;
        },
        this);
    connect(m_job, &BackgroundJob::finished, this,
            [this, input = *input](bool completed, const QString& error) {
                m_planButton->setEnabled(true);
                BackgroundJob* job = m_job;
                m_job.clear();
                job->deleteLater();
                const QVariant result = job->result();
                if (!completed) {
                    m_message->setText(error.isEmpty() ? tr("Planning was cancelled.") : error);
                    emit planned();
                    return;
                }
                showPlan(input, result.value<FunnelMeasures>());
            });
    m_job->start();
}

void PlannerPage::showPlan(const KpiPlanInput& input, const std::optional<FunnelMeasures>& measures)
{
    m_plan = KpiPlan::compute(input, measures);
    QStringList notes{tr("Needed counts are rounded up to whole numbers; the exact value is "
                         "beside each.")};
    for (const QString& gap : m_plan->gaps)
        notes.append(tr("Not planned: %1").arg(gap));
    m_message->setText(notes.join(QLatin1Char('\n')));
    fillFigures();
    fillSensitivity();
    emit planned();
}

void PlannerPage::fillFigures()
{
    m_figures->setRowCount(int(m_plan->figures.size()));
    for (int row = 0; row < m_plan->figures.size(); ++row) {
        const PlanFigure& figure = m_plan->figures.at(row);
        setRow(m_figures, row,
               {figure.label, QLocale().toString(figure.planned),
                QLocale().toString(figure.exact.toDouble(), 'f', 2),
                figure.achieved ? QLocale().toString(*figure.achieved) : QStringLiteral("–"),
                figure.basis});
    }
    m_figures->resizeColumnsToContents();
}

void PlannerPage::fillSensitivity()
{
    m_sensitivity->setRowCount(int(m_plan->sensitivity.size()));
    for (int row = 0; row < m_plan->sensitivity.size(); ++row) {
        const SensitivityRow& line = m_plan->sensitivity.at(row);
        setRow(m_sensitivity, row,
               {line.label, QLocale().toString(line.opportunities.toDouble(), 'f', 1),
                QLocale().toString((line.closeRate * Ratio(100)).toDouble(), 'f', 1) +
                    QStringLiteral(" %"),
                QLocale().toString(line.deals.toDouble(), 'f', 2), money(line.revenue),
                money(line.gain)});
    }
    m_sensitivity->resizeColumnsToContents();
}
