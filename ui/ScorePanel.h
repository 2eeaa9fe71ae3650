#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
struct ScoreResult;
struct ScoringRules;

/// The live score of the lead in the form: total, grade, quadrant, the three axes, which
/// thresholds are met, persona flags, and "why this score" line by line.
class ScorePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorePanel(QWidget* parent = nullptr);

    void showScore(const ScoreResult& result, const ScoringRules& rules, int ruleVersion);
    void clear();
    /// What a quadrant means and suggests, in one sentence.
    static QString quadrantMeaning(int quadrant);

private:
    QLabel* m_total;
    QLabel* m_grade;
    QLabel* m_quadrant;
    QLabel* m_quadrantMeaning;
    QLabel* m_axes;
    QLabel* m_thresholds;
    QLabel* m_flags;
    QListWidget* m_explanation;
};
