#pragma once

#include "import/ActivityColumns.h"

#include <QList>
#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;

/// The import wizard's page for an activity file: each column of the file with a few of its
/// values and what it holds — the lead's e-mail address or id, the activity, its time, a title,
/// or nothing — recognised from the headers or remembered from a file with the same headers,
/// open to correction per column. A file without an activity column (a webinar's attendee list)
/// gets one activity for every row, a file without a time column one time. Next needs the
/// lead's e-mail or id, an activity and a time; the page says which are missing.
class ImportActivityMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportActivityMappingPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    /// The combo of the file's column `column`.
    QComboBox* fieldBox(int column) const { return m_boxes.value(column); }

private:
    void clearRows();
    void addRows(const QList<QStringList>& samples);
    /// The mapping from the combos as the rep set them.
    void choose();
    /// The combos and the whole-file choices as the mapping has them.
    void showMapping();
    /// The whole-file choices open where the mapping has no column for them.
    void showFixed();
    /// The whole-file kind and time into the wizard's state.
    void fixedChanged();
    QString missing() const;

    ImportWizard& m_wizard;
    QWidget* m_rows;
    QGridLayout* m_grid;
    QComboBox* m_kind;
    QCheckBox* m_sameTime;
    QDateTimeEdit* m_time;
    QLabel* m_message;
    QCheckBox* m_remember;
    QList<QComboBox*> m_boxes;
    QStringList m_shownHeader;
    QStringList m_twice; ///< what the combos choose for more than one column
};
