#pragma once

#include "import/ImportOwner.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class Store;

/// The owner of an import's leads on the wizard's options page: from the file's owner column,
/// or with the rows that name none given to a rep of the team, or nobody; and whether a row that
/// names an owner who is no rep is rejected or left unassigned. The reps offered are those the
/// person importing may give leads to (ImportOwners: a rep's login on a team store only
/// themself; the reason is shown).
class ImportOwnerChoice : public QWidget
{
    Q_OBJECT

public:
    ImportOwnerChoice(const Store& store, const QString& repName, QWidget* parent = nullptr);

    ImportOwnerOptions options() const;

signals:
    void changed();

private:
    /// The rep list and the reject choice open as the mode allows; tells the options page.
    void refresh();

    QRadioButton* m_fromFile;
    QRadioButton* m_rep;
    QRadioButton* m_nobody;
    QComboBox* m_reps;
    QCheckBox* m_rejectUnknown;
    QLabel* m_note;
};
