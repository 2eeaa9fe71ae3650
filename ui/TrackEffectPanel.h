#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class Store;

/// How the nurture tracks work: leads through a track (or all), how many re-qualified, and which
/// content pieces and buying-center roles drew the most responses.
class TrackEffectPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrackEffectPanel(QWidget* parent = nullptr);

    void setStore(const Store* store);
    /// Reads the current tracks again (a track was edited), keeping the one chosen.
    void reloadTracks();
    /// Reads the figures of the chosen track again.
    void refresh();

private:
    const Store* m_store = nullptr;
    QComboBox* m_track;
    QLabel* m_summary;
    QTableWidget* m_byContent;
    QTableWidget* m_byRole;
};
