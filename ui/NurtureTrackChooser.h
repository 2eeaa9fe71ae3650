#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class Store;

/// The track a Nurture decision starts a plan on: the one TrackProposal proposes for the lead
/// (with its reasons), or another current track the rep picks, or none (only a return day).
class NurtureTrackChooser : public QWidget
{
    Q_OBJECT

public:
    explicit NurtureTrackChooser(QWidget* parent = nullptr);

    /// Reads the current tracks and the proposal for the lead (none for 0 or no store).
    void showLead(const Store* store, qint64 leadId);
    /// The chosen track version, or 0 for a Nurture without a plan.
    qint64 trackId() const;
    /// Why the proposed track fits (empty when none was proposed).
    QString proposalText() const { return m_proposal; }
    /// Chooses the track with this key; false when there is none.
    bool chooseTrack(const QString& key);

private:
    void showReasons();

    QComboBox* m_tracks;
    QLabel* m_reasons;
    qint64 m_proposedId = 0;
    QString m_proposal;
};
