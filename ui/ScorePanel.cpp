#include "ScorePanel.h"

#include "scoring/ScoreExplanation.h"
#include "scoring/ScoreResult.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>

namespace {

QString gradeColour(Grade grade)
{
    switch (grade) {
    case Grade::A:
        return QStringLiteral("#1b7f3b");
    case Grade::B:
        return QStringLiteral("#4c8c2b");
    case Grade::C:
        return QStringLiteral("#b08800");
    case Grade::D:
        return QStringLiteral("#c0601a");
    case Grade::E:
        return QStringLiteral("#9e2a2b");
    }
    return {};
}

} // namespace

ScorePanel::ScorePanel(QWidget* parent)
    : QWidget(parent)
    , m_total(new QLabel)
    , m_grade(new QLabel)
    , m_quadrant(new QLabel)
    , m_quadrantMeaning(new QLabel)
    , m_axes(new QLabel)
    , m_thresholds(new QLabel)
    , m_flags(new QLabel)
    , m_explanation(new QListWidget)
{
    setObjectName(QStringLiteral("scorePanelWidget"));
    m_total->setObjectName(QStringLiteral("totalScoreLabel"));
    m_grade->setObjectName(QStringLiteral("gradeLabel"));
    m_quadrant->setObjectName(QStringLiteral("quadrantLabel"));
    m_quadrantMeaning->setObjectName(QStringLiteral("quadrantMeaningLabel"));
    m_axes->setObjectName(QStringLiteral("axesLabel"));
    m_thresholds->setObjectName(QStringLiteral("thresholdsLabel"));
    m_flags->setObjectName(QStringLiteral("flagsLabel"));
    m_explanation->setObjectName(QStringLiteral("explanationListWidget"));
    m_explanation->setAccessibleName(tr("Why this score"));
    m_explanation->setMinimumHeight(120);
    m_explanation->setWordWrap(true);
    m_explanation->setResizeMode(QListView::Adjust);
    m_explanation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_total->setFont(big);
    m_grade->setFont(big);
    m_grade->setAlignment(Qt::AlignCenter);
    m_grade->setMinimumWidth(m_grade->fontMetrics().horizontalAdvance(QStringLiteral("WW")));
    QFont strong = m_quadrant->font();
    strong.setBold(true);
    m_quadrant->setFont(strong);
    for (QLabel* label : {m_thresholds, m_flags, m_axes, m_quadrantMeaning})
        label->setWordWrap(true);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_total, 0, 0, 2, 1);
    grid->addWidget(m_grade, 0, 1, 2, 1);
    grid->addWidget(m_quadrant, 0, 2);
    grid->addWidget(m_axes, 1, 2);
    grid->addWidget(m_quadrantMeaning, 2, 0, 1, 3);
    grid->addWidget(m_thresholds, 3, 0, 1, 3);
    grid->addWidget(m_flags, 4, 0, 1, 3);
    grid->addWidget(new QLabel(tr("Why this score")), 5, 0, 1, 3);
    grid->addWidget(m_explanation, 6, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    clear();
}

void ScorePanel::clear()
{
    m_total->setText(QStringLiteral("–"));
    m_grade->setText(QString());
    m_grade->setStyleSheet(QString());
    m_quadrant->setText(QString());
    m_quadrantMeaning->setText(QString());
    m_axes->setText(QString());
    m_thresholds->setText(QString());
    m_flags->setText(QString());
    m_explanation->clear();
}

QString ScorePanel::quadrantMeaning(int quadrant)
{
    switch (Quadrant(quadrant)) {
    case Quadrant::SalesReady:
        return tr("High fit, high interest: check BANT and mark it sales-ready.");
    case Quadrant::Nurture:
        return tr("High fit, low interest: develop the interest (nurture).");
    case Quadrant::Advocate:
        return tr("Low fit, high interest: an advocate, never sales-ready on its own.");
    case Quadrant::Park:
        return tr("Low fit, low interest: low priority, or disqualify.");
    }
    return {};
}

void ScorePanel::showScore(const ScoreResult& r, const ScoringRules& rules, int ruleVersion)
{
    m_total->setText(QString::number(r.total));
    m_total->setToolTip(tr("Total score (rules version %1)").arg(ruleVersion));
    m_grade->setText(keyOf(r.grade));
    m_grade->setToolTip(tr("Grade %1").arg(labelOf(r.grade)));
    m_grade->setStyleSheet(QStringLiteral("color: white; background: %1; border-radius: 4px;")
                               .arg(gradeColour(r.grade)));
    m_quadrant->setText(labelOf(r.quadrant));
    m_quadrantMeaning->setText(quadrantMeaning(int(r.quadrant)));
    // The legend: all four, so the name is never read as a stage.
    QStringList legend;
    for (const Quadrant q : allValues<Quadrant>())
        legend.append(
            (q == r.quadrant ? QStringLiteral("<b>%1</b>: %2") : QStringLiteral("%1: %2"))
                .arg(labelOf(q).toHtmlEscaped(), quadrantMeaning(int(q)).toHtmlEscaped()));
    const QString tip = tr("<p>Quadrant: what fit and interest suggest (not the stage).</p>") +
                        legend.join(QStringLiteral("<br>"));
    m_quadrant->setToolTip(tip);
    m_quadrantMeaning->setToolTip(tip);
    m_axes->setText(tr("Fit %1 · Interest %2 · BANT %3 · rules v%4")
                        .arg(r.fit)
                        .arg(r.interest)
                        .arg(r.bant)
                        .arg(ruleVersion));
    // Named as the decisions are: "Marketing-qualified", "Sales-ready".
    const QString mql =
        r.mqlMet ? tr("Marketing-qualified ✓")
                 : tr("Marketing-qualified ✗ (needs a total of %1)").arg(rules.mqlThreshold);
    const QString sql = r.sqlMet
                            ? tr("Sales-ready ✓")
                            : tr("Sales-ready ✗: %1")
                                  .arg(ScoreExplanation::gapTexts(r, rules).join(QLatin1Char(' ')));
    m_thresholds->setText(mql + QStringLiteral(" · ") + sql);
    QStringList persona;
    for (const QString& id : r.exclusions)
        persona.append(tr("Excluded: %1").arg(ScoreExplanation::personaName(id, rules)));
    for (const QString& id : r.flags)
        persona.append(tr("⚑ %1").arg(ScoreExplanation::personaName(id, rules)));
    m_flags->setText(persona.join(QStringLiteral(" · ")));
    m_flags->setVisible(!persona.isEmpty());
    m_explanation->clear();
    m_explanation->addItems(ScoreExplanation::lines(r, rules));
}
