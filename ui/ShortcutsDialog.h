#pragma once

#include <QDialog>

class QTableWidget;

/// Help ▸ Keyboard Shortcuts: every key the window answers to — the menu actions' shortcuts
/// and the Alt+letters of the fields, buttons and boxes on the screen now — in one table.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    /// Alt+letter of a text with a mnemonic ("&Budget" → "Alt+B"), or "".
    static QString mnemonicKeys(const QString& text);

private:
    void addRow(const QString& keys, const QString& what, const QString& where);

    QTableWidget* m_table;
};
