#pragma once

#include "nurture/NurtureTypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Store;

/// Team ▸ Content Library…: the pieces nurture steps send. A team lead adds and edits them
/// (title, kind, phases, buying-center roles, language, link or file, current); what cannot be
/// saved is said under the form. Pieces are retired (not current), never deleted.
class ContentLibraryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContentLibraryDialog(const Store& store, QWidget* parent = nullptr);

    /// Saves what the form shows (a new piece or the selected one); false with a message when
    /// it cannot be saved.
    bool saveShown();
    /// Empties the form for a new piece.
    void newPiece();

private:
    QWidget* buildForm();
    void reload(qint64 selectId);
    void showSelected();
    ContentPiece pieceFromForm() const;
    void showMessage(const QString& text, bool error);

    const Store& m_store;
    QList<ContentPiece> m_pieces;
    qint64 m_shownId = 0; ///< 0: a new piece
    QTableWidget* m_table = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QHash<BuyingPhase, QCheckBox*> m_phases;
    QHash<BuyingRole, QCheckBox*> m_roles;
    QLineEdit* m_language = nullptr;
    QLineEdit* m_link = nullptr;
    QLineEdit* m_file = nullptr;
    QCheckBox* m_current = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
};
