#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

/// The small widgets forms and pages build the same way: a label whose mnemonic (the letter
/// after '&') moves the focus to its buddy, and widgets named for tests and screen readers.
namespace FormWidgets {

/// A label for `buddy`: Alt and the label's '&' letter move the focus to the buddy.
QLabel* buddyLabel(const QString& text, QWidget* buddy);
/// A push button named `name` (what tests and the accessibility tree find it by). It is never
/// an auto-default: Enter in a field of the window does not press it.
QPushButton* buttonNamed(const QString& text, const char* name);
/// An empty combo box named `name`.
QComboBox* comboNamed(const char* name);

} // namespace FormWidgets
