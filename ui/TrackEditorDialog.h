#pragma once

#include "nurture/NurtureTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;
class Store;

/// Team ▸ Nurture Tracks…: a track's steps (content kind or piece, channel, day offset, purpose)
/// edited as a list and saved as a new version; plans running on older versions keep theirs.
class TrackEditorDialog : public QDialog
{
    Q_OBJECT

public:
    TrackEditorDialog(const Store& store, const QString& repName, QWidget* parent = nullptr);

    /// Saves the steps shown as a new version of the chosen track; false with a message.
    bool saveVersion();
    void addStep();
    void removeStep();

private:
    void showTrack();
    void insertRow(int row, const TrackStep& step);
    Track trackFromTable() const;

    const Store& m_store;
    QString m_repName;
    QList<Track> m_tracks;
    QList<ContentPiece> m_pieces;
    QComboBox* m_track;
    QLabel* m_version;
    QTableWidget* m_steps;
    QLabel* m_message;
};
