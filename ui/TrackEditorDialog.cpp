#include "TrackEditorDialog.h"

#include "ThemeColours.h"
#include "nurture/ContentLibrary.h"
#include "nurture/NurtureDefaults.h"
#include "nurture/TrackLibrary.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    Offset,
    Channel,
    Kind,
    Piece,
    Purpose,
    ColumnCount
};

template <typename E> QComboBox* vocabularyCombo(E chosen)
{
    auto* combo = new QComboBox;
    for (E value : allValues<E>())
        combo->addItem(labelOf(value), int(value));
    combo->setCurrentIndex(combo->findData(int(chosen)));
    return combo;
}

} // namespace

TrackEditorDialog::TrackEditorDialog(const Store& store, const QString& repName, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_repName(repName)
    , m_track(new QComboBox)
    , m_version(new QLabel)
    , m_steps(new QTableWidget(0, ColumnCount))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("trackEditorDialog"));
    setWindowTitle(tr("Nurture Tracks"));
    m_track->setObjectName(QStringLiteral("trackEditorComboBox"));
    m_version->setObjectName(QStringLiteral("trackVersionLabel"));
    m_steps->setObjectName(QStringLiteral("trackStepsTable"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Day"), tr("Channel"), tr("Kind"), tr("Content piece"), tr("Purpose")});
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(Piece, QHeaderView::Stretch);
    m_steps->setAccessibleName(tr("Steps of the track"));
    m_message->setObjectName(QStringLiteral("trackMessageLabel"));
    m_message->setWordWrap(true);
    try {
        m_tracks = TrackLibrary(store).current();
        m_pieces = ContentLibrary(store).pieces(true);
    } catch (const StoreError& error) {
        m_message->setText(error.message());
    }
    for (const Track& track : std::as_const(m_tracks))
        m_track->addItem(NurtureDefaults::trackName(track.name), track.id);

    auto* trackLabel = new QLabel(tr("&Track"));
    trackLabel->setBuddy(m_track);
    auto* top = new QHBoxLayout;
    top->addWidget(trackLabel);
    top->addWidget(m_track, 1);
    top->addWidget(m_version);
    auto* stepsLabel = new QLabel(tr("&Steps"));
    stepsLabel->setBuddy(m_steps);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* add = buttons->addButton(tr("&Add Step"), QDialogButtonBox::ActionRole);
    auto* remove = buttons->addButton(tr("&Remove Step"), QDialogButtonBox::ActionRole);
    auto* save = buttons->addButton(tr("Save as &New Version"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveTrackButton"));
    connect(add, &QPushButton::clicked, this, &TrackEditorDialog::addStep);
    connect(remove, &QPushButton::clicked, this, &TrackEditorDialog::removeStep);
    connect(save, &QPushButton::clicked, this, &TrackEditorDialog::saveVersion);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_track, &QComboBox::currentIndexChanged, this, &TrackEditorDialog::showTrack);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 520);
    showTrack();
}

void TrackEditorDialog::showTrack()
{
    m_steps->setRowCount(0);
    const int index = m_track->currentIndex();
    if (index < 0 || index >= m_tracks.size())
        return;
    const Track& track = m_tracks[index];
    m_version->setText(tr("version %1").arg(track.version));
    m_version->setToolTip(track.description);
    for (const TrackStep& step : track.steps)
        insertRow(m_steps->rowCount(), step);
}

void TrackEditorDialog::insertRow(int row, const TrackStep& step)
{
    m_steps->insertRow(row);
    auto* offset = new QSpinBox;
    offset->setRange(0, 730);
    offset->setSuffix(tr(" days"));
    offset->setValue(step.dayOffset);
    m_steps->setCellWidget(row, Offset, offset);
    m_steps->setCellWidget(row, Channel, vocabularyCombo(step.channel));
    m_steps->setCellWidget(row, Kind, vocabularyCombo(step.kind));
    auto* piece = new QComboBox;
    piece->addItem(tr("any piece of this kind"), qint64(0));
    for (const ContentPiece& p : std::as_const(m_pieces))
        piece->addItem(p.title, p.id);
    piece->setCurrentIndex(qMax(0, piece->findData(step.contentId)));
    m_steps->setCellWidget(row, Piece, piece);
    auto* purpose = new QComboBox;
    for (StepPurpose value : NurtureTerms::all<StepPurpose>())
        purpose->addItem(NurtureTerms::label(value), int(value));
    purpose->setCurrentIndex(purpose->findData(int(step.purpose)));
    m_steps->setCellWidget(row, Purpose, purpose);
}

void TrackEditorDialog::addStep()
{
    TrackStep step;
    const int rows = m_steps->rowCount();
    if (rows > 0)
        step.dayOffset =
            qobject_cast<QSpinBox*>(m_steps->cellWidget(rows - 1, Offset))->value() + 14;
    insertRow(rows, step);
    m_steps->selectRow(rows);
    m_steps->cellWidget(rows, Offset)->setFocus(Qt::OtherFocusReason);
}

void TrackEditorDialog::removeStep()
{
    const int row = m_steps->currentRow();
    if (row >= 0)
        m_steps->removeRow(row);
}

Track TrackEditorDialog::trackFromTable() const
{
    Track track = m_tracks.value(m_track->currentIndex());
    track.steps.clear();
    auto data = [this](int row, int column) {
        return qobject_cast<QComboBox*>(m_steps->cellWidget(row, column))->currentData();
    };
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        TrackStep step;
        step.dayOffset = qobject_cast<QSpinBox*>(m_steps->cellWidget(row, Offset))->value();
        step.channel = NurtureChannel(data(row, Channel).toInt());
        step.kind = ContentKind(data(row, Kind).toInt());
        step.contentId = data(row, Piece).toLongLong();
        step.purpose = StepPurpose(data(row, Purpose).toInt());
        track.steps.append(step);
    }
    return track;
}

bool TrackEditorDialog::saveVersion()
{
    if (m_track->currentIndex() < 0)
        return false;
    const Track track = trackFromTable();
    const QString problem = TrackLibrary::validate(track);
    bool saved = problem.isEmpty();
    QString text = problem;
    if (saved) {
        try {
            const qint64 id = TrackLibrary(m_store).saveVersion(track, m_repName);
            if (const auto stored = TrackLibrary(m_store).find(id)) {
                m_tracks[m_track->currentIndex()] = *stored;
                m_track->setItemData(m_track->currentIndex(), id);
                m_version->setText(tr("version %1").arg(stored->version));
                text = tr("Saved as version %1. Running plans keep the version they started "
                          "with.")
                           .arg(stored->version);
            }
        } catch (const StoreError& error) {
            saved = false;
            text = error.message();
        }
    }
    m_message->setText(text);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(saved ? ThemeColours::successText() : ThemeColours::errorText()));
    return saved;
}
