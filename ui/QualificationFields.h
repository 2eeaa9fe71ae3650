#pragma once

#include "qualification/QualificationEntry.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
struct ScoringRules;

/// The input fields of the qualification form: BANT, buying role and phase, the fit attributes
/// and notes. It reads and writes a QualificationEntry (exactly what was typed) and shows a
/// message under each field that has a problem.
class QualificationFields : public QWidget
{
    Q_OBJECT

public:
    explicit QualificationFields(QWidget* parent = nullptr);

    QualificationEntry entry() const;
    /// Shows an entry without announcing it as an edit.
    void setEntry(const QualificationEntry& entry);
    /// Shows each problem under its field; fields without one lose their message.
    void showProblems(const QList<EntryProblem>& problems);
    /// The company size the rules give for the typed head count ("" when unknown).
    void showCompanySize(const QString& size);
    /// The first field with a problem, to put the cursor in.
    QWidget* firstProblemField() const;
    QWidget* firstField() const;
    QWidget* lastField() const;

signals:
    /// The rep changed something.
    void edited();
    /// The cursor left a field (a good moment to write the draft).
    void focusLeft();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    template <typename E> QComboBox* combo(const QString& name);
    QLineEdit* line(const QString& name, const QString& placeholder);
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& key);
    QWidget* buildBant();
    QWidget* buildFit();
    void watch(QWidget* field);

    QComboBox* m_budget;
    QLineEdit* m_budgetAmount;
    QLineEdit* m_budgetCurrency;
    QComboBox* m_authority;
    QComboBox* m_buyingRole;
    QCheckBox* m_decisionMaker;
    QComboBox* m_need;
    QLineEdit* m_needText;
    QComboBox* m_timing;
    QLineEdit* m_decisionDate;
    QComboBox* m_phase;
    QLineEdit* m_employees;
    QLabel* m_companySize;
    QLineEdit* m_revenue;
    QLineEdit* m_revenueCurrency;
    QComboBox* m_industry;
    QLineEdit* m_title;
    QComboBox* m_seniority;
    QPlainTextEdit* m_notes;
    QHash<QString, QLabel*> m_problemLabels; ///< by entry key
    QHash<QString, QWidget*> m_fields;       ///< by entry key
    QStringList m_order;                     ///< entry keys in form order
    bool m_loading = false;
};
