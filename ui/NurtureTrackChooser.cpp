#include "NurtureTrackChooser.h"

#include "nurture/NurtureDefaults.h"
#include "nurture/TrackLibrary.h"
#include "nurture/TrackProposal.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

NurtureTrackChooser::NurtureTrackChooser(QWidget* parent)
    : QWidget(parent)
    , m_tracks(new QComboBox)
    , m_reasons(new QLabel)
{
    setObjectName(QStringLiteral("nurtureTrackChooser"));
    m_tracks->setObjectName(QStringLiteral("nurtureTrackComboBox"));
    m_tracks->setToolTip(tr("The nurture plan a Nurture decision starts for this lead"));
    m_reasons->setObjectName(QStringLiteral("nurtureProposalLabel"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // No mnemonic: every letter of it is taken on the lead screen in English and German (see
    // tst_translations); the list follows the Nurture button in the tab order.
    auto* label = new QLabel(tr("Nurture track"));
    label->setBuddy(m_tracks);
    form->addRow(label, m_tracks);
    form->addRow(QString(), m_reasons);
    connect(m_tracks, &QComboBox::currentIndexChanged, this, &NurtureTrackChooser::showReasons);
    showLead(nullptr, 0);
}

void NurtureTrackChooser::showLead(const Store* store, qint64 leadId)
{
    const QSignalBlocker blocker(m_tracks);
    m_tracks->clear();
    m_proposedId = 0;
    m_proposal.clear();
    m_tracks->addItem(tr("No plan, only a return day"), qint64(0));
    if (store && leadId != 0) {
        const Proposal proposal = TrackProposal::forLead(*store, leadId);
        if (proposal.track) {
            m_proposedId = proposal.track->id;
            m_proposal = proposal.text();
        }
        for (const Track& track : TrackLibrary(*store).current()) {
            const QString shown = NurtureDefaults::trackName(track.name);
            const QString name = track.id == m_proposedId ? tr("%1 (proposed)").arg(shown) : shown;
            m_tracks->addItem(name, track.id);
            m_tracks->setItemData(m_tracks->count() - 1, track.key, Qt::UserRole + 1);
            m_tracks->setItemData(m_tracks->count() - 1, track.description, Qt::ToolTipRole);
        }
    }
    const int proposed = m_tracks->findData(m_proposedId);
    m_tracks->setCurrentIndex(m_proposedId != 0 && proposed >= 0 ? proposed : 0);
    showReasons();
}

qint64 NurtureTrackChooser::trackId() const
{
    return m_tracks->currentData().toLongLong();
}

bool NurtureTrackChooser::chooseTrack(const QString& key)
{
    const int index = m_tracks->findData(key, Qt::UserRole + 1);
    if (index < 0)
        return false;
    m_tracks->setCurrentIndex(index);
    return true;
}

void NurtureTrackChooser::showReasons()
{
    const qint64 id = trackId();
    if (id == 0)
        m_reasons->setText(m_proposedId == 0
                               ? tr("No track fits this lead: Nurture only sets the "
                                    "day it comes back.")
                               : tr("Nurture only sets the day the lead comes back."));
    else if (id == m_proposedId)
        m_reasons->setText(tr("Proposed: %1").arg(m_proposal));
    else
        m_reasons->setText(tr("Chosen instead of the proposed track. %1")
                               .arg(m_tracks->currentData(Qt::ToolTipRole).toString()));
}
