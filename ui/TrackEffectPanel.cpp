#include "TrackEffectPanel.h"

#include "domain/Vocabulary.h"
#include "nurture/NurtureDefaults.h"
#include "nurture/TrackEffect.h"
#include "nurture/TrackLibrary.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget* figureTable(const QString& name, const QString& what)
{
    auto* table = new QTableWidget(0, 2);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels({what, TrackEffectPanel::tr("Responses")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    return table;
}

void fill(QTableWidget* table, const QList<QPair<QString, int>>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        auto* count = new QTableWidgetItem(QString::number(rows[row].second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 1, count);
    }
}

} // namespace

TrackEffectPanel::TrackEffectPanel(QWidget* parent)
    : QWidget(parent)
    , m_track(new QComboBox)
    , m_summary(new QLabel)
    , m_byContent(figureTable(QStringLiteral("effectByContentTable"), tr("Content piece")))
    , m_byRole(figureTable(QStringLiteral("effectByRoleTable"), tr("Buying-center role")))
{
    m_track->setObjectName(QStringLiteral("effectTrackComboBox"));
    m_summary->setObjectName(QStringLiteral("effectSummaryLabel"));
    m_summary->setWordWrap(true);
    auto* trackLabel = new QLabel(tr("Track anal&ysis"));
    trackLabel->setBuddy(m_track);
    auto* top = new QHBoxLayout;
    top->addWidget(trackLabel);
    top->addWidget(m_track, 1);
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_byContent, 3);
    tables->addWidget(m_byRole, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(tables, 1);
    connect(m_track, &QComboBox::currentIndexChanged, this, &TrackEffectPanel::refresh);
}

void TrackEffectPanel::setStore(const Store* store)
{
    m_store = store;
    reloadTracks();
}

void TrackEffectPanel::reloadTracks()
{
    const QSignalBlocker blocker(m_track);
    const QString chosen = m_track->currentData().toString();
    m_track->clear();
    m_track->addItem(tr("All tracks"), QString());
    if (m_store)
        for (const Track& track : TrackLibrary(*m_store).current())
            m_track->addItem(NurtureDefaults::trackName(track.name), track.key);
    m_track->setCurrentIndex(qMax(0, m_track->findData(chosen)));
    refresh();
}

void TrackEffectPanel::refresh()
{
    if (!m_store) {
        m_summary->clear();
        fill(m_byContent, {});
        fill(m_byRole, {});
        return;
    }
    TrackEffect effect = TrackEffect::of(*m_store, m_track->currentData().toString());
    m_summary->setText(tr("%n plan(s) started, %1 running, %2 re-qualified, %3 response(s).",
                          nullptr, effect.plans)
                           .arg(effect.running)
                           .arg(effect.requalified)
                           .arg(effect.responses));
    for (auto& [role, count] : effect.byRole)
        if (const auto value = fromKey<BuyingRole>(role))
            role = labelOf(*value);
    for (auto& [piece, count] : effect.byContent)
        if (const auto kind = fromKey<ContentKind>(piece)) // a step that named only a kind
            piece = labelOf(*kind);
    fill(m_byContent, effect.byContent);
    fill(m_byRole, effect.byRole);
}
