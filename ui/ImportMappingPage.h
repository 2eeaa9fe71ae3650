#pragma once

#include <QList>
#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

/// The import wizard's mapping page: each column of the file with a few of its values and the
/// lead field it goes to, pre-filled from a remembered mapping of a file with the same headers or
/// guessed from the headers (HeaderMapping), open to correction per column. Next needs a column
/// to reach the lead by (e-mail or phone). An activity file has a page of its own
/// (ImportActivityMappingPage).
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The combo of the file's column `column` (lead files).
    QComboBox* targetBox(int column) const { return m_boxes.value(column); }

private:
    void clearRows();
    void addLeadRows(const QList<QStringList>& samples);
    void choose(int column, int index);
    void showTarget(int column);
    /// Why Next is not possible yet; empty when it is.
    QString missing() const;

    ImportWizard& m_wizard;
    QWidget* m_rows;
    QGridLayout* m_grid;
    QLabel* m_message;
    QCheckBox* m_remember;
    QCheckBox* m_keepAsNote;
    QList<QComboBox*> m_boxes;
    QList<QLabel*> m_qualities;
    QStringList m_shownHeader;
};
