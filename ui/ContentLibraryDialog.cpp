#include "ContentLibraryDialog.h"

#include "ThemeColours.h"
#include "nurture/ContentLibrary.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

template <typename E> QStringList labelsOf(const QList<E>& values)
{
    QStringList labels;
    for (E value : values)
        labels.append(labelOf(value));
    return labels;
}

} // namespace

ContentLibraryDialog::ContentLibraryDialog(const Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("contentLibraryDialog"));
    setWindowTitle(tr("Content Library"));
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("contentPiecesTable"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Kind"), tr("Phases"), tr("Current")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->setColumnWidth(2, 170);
    m_table->setWordWrap(false); // one line a piece; the whole title is its tooltip
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Content pieces"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ContentLibraryDialog::showSelected);

    auto* piecesLabel = new QLabel(tr("&Pieces"));
    piecesLabel->setBuddy(m_table);
    auto* left = new QVBoxLayout;
    left->addWidget(piecesLabel);
    left->addWidget(m_table, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(buildForm(), 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* add = buttons->addButton(tr("&New Piece"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("newPieceButton"));
    m_save = buttons->addButton(tr("&Save Piece"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("savePieceButton"));
    connect(add, &QPushButton::clicked, this, &ContentLibraryDialog::newPiece);
    connect(m_save, &QPushButton::clicked, this, &ContentLibraryDialog::saveShown);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(960, 600);
    reload(0);
}

QWidget* ContentLibraryDialog::buildForm()
{
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("pieceTitleLineEdit"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("pieceKindComboBox"));
    for (ContentKind kind : allValues<ContentKind>())
        m_kind->addItem(labelOf(kind), int(kind));
    auto* phases = new QWidget;
    phases->setObjectName(QStringLiteral("piecePhases"));
    auto* phaseGrid = new QGridLayout(phases);
    phaseGrid->setContentsMargins(0, 0, 0, 0);
    for (BuyingPhase phase : allValues<BuyingPhase>()) {
        if (phase == BuyingPhase::Unknown)
            continue;
        auto* box = new QCheckBox(labelOf(phase));
        box->setObjectName(QStringLiteral("piecePhase_") + keyOf(phase));
        phaseGrid->addWidget(box, int(m_phases.size()) / 2, int(m_phases.size()) % 2);
        m_phases.insert(phase, box);
    }
    auto* roles = new QWidget;
    auto* roleGrid = new QGridLayout(roles);
    roleGrid->setContentsMargins(0, 0, 0, 0);
    for (BuyingRole role : allValues<BuyingRole>()) {
        if (role == BuyingRole::Unknown)
            continue;
        auto* box = new QCheckBox(labelOf(role));
        box->setObjectName(QStringLiteral("pieceRole_") + keyOf(role));
        roleGrid->addWidget(box, int(m_roles.size()) / 2, int(m_roles.size()) % 2);
        m_roles.insert(role, box);
    }
    m_language = new QLineEdit;
    m_language->setObjectName(QStringLiteral("pieceLanguageLineEdit"));
    m_language->setPlaceholderText(tr("de, en…"));
    m_language->setMaxLength(8);
    m_link = new QLineEdit;
    m_link->setObjectName(QStringLiteral("pieceLinkLineEdit"));
    m_link->setPlaceholderText(tr("https://…"));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("pieceFileLineEdit"));
    m_file->setPlaceholderText(tr("or a file everyone can reach"));
    m_current = new QCheckBox(tr("C&urrent: steps may send it"));
    m_current->setObjectName(QStringLiteral("pieceCurrentCheckBox"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("pieceMessageLabel"));
    m_message->setWordWrap(true);

    auto row = [layout](const QString& text, QWidget* field, QWidget* buddy) {
        auto* label = new QLabel(text);
        label->setBuddy(buddy);
        layout->addRow(label, field);
    };
    row(tr("&Title"), m_title, m_title);
    row(tr("&Kind"), m_kind, m_kind);
    row(tr("P&hases"), phases, m_phases.value(BuyingPhase::Awareness));
    row(tr("&Roles (none: any)"), roles, m_roles.value(BuyingRole::TechnicalDecider));
    row(tr("&Language"), m_language, m_language);
    row(tr("L&ink"), m_link, m_link);
    row(tr("&File"), m_file, m_file);
    layout->addRow(QString(), m_current);
    return form;
}

void ContentLibraryDialog::reload(qint64 selectId)
{
    try {
        m_pieces = ContentLibrary(m_store).pieces();
    } catch (const StoreError& error) {
        m_pieces.clear();
        showMessage(error.message(), true);
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_pieces.size()));
    int selectRow = -1;
    for (int row = 0; row < m_pieces.size(); ++row) {
        const ContentPiece& piece = m_pieces[row];
        const QStringList cells = {piece.title, labelOf(piece.kind),
                                   labelsOf(piece.phases).join(QStringLiteral(", ")),
                                   piece.current ? tr("yes") : tr("retired")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
        if (piece.id == selectId)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    else if (!m_pieces.isEmpty() && selectId == 0)
        m_table->selectRow(0);
    showSelected();
}

void ContentLibraryDialog::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_pieces.size()) {
        newPiece();
        return;
    }
    const ContentPiece& piece = m_pieces[rows.first().row()];
    m_shownId = piece.id;
    m_title->setText(piece.title);
    m_kind->setCurrentIndex(m_kind->findData(int(piece.kind)));
    for (auto it = m_phases.cbegin(); it != m_phases.cend(); ++it)
        it.value()->setChecked(piece.phases.contains(it.key()));
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(piece.roles.contains(it.key()));
    m_language->setText(piece.language);
    m_link->setText(piece.link);
    m_file->setText(piece.filePath);
    m_current->setChecked(piece.current);
}

void ContentLibraryDialog::newPiece()
{
    m_shownId = 0;
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
    }
    m_title->clear();
    m_kind->setCurrentIndex(m_kind->findData(int(ContentKind::Whitepaper)));
    for (QCheckBox* box : std::as_const(m_phases))
        box->setChecked(false);
    for (QCheckBox* box : std::as_const(m_roles))
        box->setChecked(false);
    m_language->setText(QStringLiteral("de"));
    m_link->clear();
    m_file->clear();
    m_current->setChecked(true);
    m_title->setFocus(Qt::OtherFocusReason);
}

ContentPiece ContentLibraryDialog::pieceFromForm() const
{
    ContentPiece piece;
    if (m_shownId != 0)
        for (const ContentPiece& stored : m_pieces)
            if (stored.id == m_shownId)
                piece = stored; // keeps the shipped key
    piece.id = m_shownId;
    piece.title = m_title->text().trimmed();
    piece.kind = ContentKind(m_kind->currentData().toInt());
    piece.phases.clear();
    for (BuyingPhase phase : allValues<BuyingPhase>())
        if (m_phases.contains(phase) && m_phases.value(phase)->isChecked())
            piece.phases.append(phase);
    piece.roles.clear();
    for (BuyingRole role : allValues<BuyingRole>())
        if (m_roles.contains(role) && m_roles.value(role)->isChecked())
            piece.roles.append(role);
    piece.language = m_language->text().trimmed();
    piece.link = m_link->text().trimmed();
    piece.filePath = m_file->text().trimmed();
    piece.current = m_current->isChecked();
    return piece;
}

bool ContentLibraryDialog::saveShown()
{
    const ContentPiece piece = pieceFromForm();
    if (const QString problem = ContentLibrary::validate(piece); !problem.isEmpty()) {
        showMessage(problem, true);
        m_title->setFocus(Qt::OtherFocusReason);
        return false;
    }
    qint64 id = piece.id;
    try {
        if (id == 0)
            id = ContentLibrary(m_store).add(piece);
        else
            ContentLibrary(m_store).update(piece);
    } catch (const StoreError& error) {
        showMessage(error.message(), true);
        return false;
    }
    reload(id);
    showMessage(tr("\"%1\" is saved.").arg(piece.title), false);
    return true;
}

void ContentLibraryDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(error ? ThemeColours::errorText() : ThemeColours::successText()));
}
