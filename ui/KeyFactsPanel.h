#pragma once

#include "qualification/KeyFacts.h"

#include <QWidget>

class QLabel;
class QListWidget;

/// Which key facts are still unknown, each with the next question to ask.
class KeyFactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFactsPanel(QWidget* parent = nullptr);
    void showFacts(const QList<OpenFact>& facts);
    /// No lead on the form: says where the open questions will appear.
    void showNoLead();

private:
    QLabel* m_heading;
    QListWidget* m_list;
};
