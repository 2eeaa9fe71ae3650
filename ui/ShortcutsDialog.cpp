#include "ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QStringLiteral("…"));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

/// The menu an action sits in, for the "Where" column.
QString menuOf(QAction* action)
{
    for (QObject* widget : action->associatedObjects())
        if (auto* menu = qobject_cast<QMenu*>(widget))
            return plain(menu->title());
    return {};
}

} // namespace

QString ShortcutsDialog::mnemonicKeys(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return QKeySequence(QStringLiteral("Alt+") + text[i + 1].toUpper())
                .toString(QKeySequence::NativeText);
        ++i;
    }
    return {};
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);

    // Menu actions first: they work wherever the focus is.
    QList<QAction*> seen;
    if (auto* main = qobject_cast<QMainWindow*>(window))
        for (QAction* title : main->menuBar()->actions()) {
            if (title->isVisible())
                addRow(mnemonicKeys(title->text()), plain(title->text()), tr("Menu bar"));
            if (!title->menu())
                continue;
            for (QAction* action : title->menu()->actions())
                if (!action->isSeparator() && !action->shortcuts().isEmpty()) {
                    seen.append(action);
                    QStringList keys;
                    for (const QKeySequence& key : action->shortcuts())
                        keys.append(key.toString(QKeySequence::NativeText));
                    addRow(keys.join(tr(" or ")), plain(action->text()), plain(title->text()));
                }
        }
    for (QAction* action : window->findChildren<QAction*>())
        if (!seen.contains(action) && !action->shortcut().isEmpty() && !action->text().isEmpty())
            addRow(action->shortcut().toString(QKeySequence::NativeText), plain(action->text()),
                   menuOf(action));
    // Then the Alt+letters of what is on screen now.
    for (QLabel* label : window->findChildren<QLabel*>())
        if (label->buddy() && label->isVisibleTo(window) && !mnemonicKeys(label->text()).isEmpty())
            addRow(mnemonicKeys(label->text()), tr("Go to %1").arg(plain(label->text())),
                   tr("Screen"));
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(window) && !mnemonicKeys(button->text()).isEmpty())
            addRow(mnemonicKeys(button->text()), plain(button->text()), tr("Screen"));
    for (QGroupBox* box : window->findChildren<QGroupBox*>())
        if (box->isVisibleTo(window) && !mnemonicKeys(box->title()).isEmpty())
            addRow(mnemonicKeys(box->title()), tr("Go to %1").arg(plain(box->title())),
                   tr("Screen"));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 560);
}

void ShortcutsDialog::addRow(const QString& keys, const QString& what, const QString& where)
{
    if (keys.isEmpty())
        return;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(keys));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
    m_table->setItem(row, 2, new QTableWidgetItem(where));
}
