#include "KeyFactsPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

KeyFactsPanel::KeyFactsPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("keyFactsPanelWidget"));
    m_heading->setObjectName(QStringLiteral("openFactsHeadingLabel"));
    m_list->setObjectName(QStringLiteral("openFactsListWidget"));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Still unknown, and what to ask"));
    m_list->setMinimumHeight(60);
    m_list->setMaximumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
}

void KeyFactsPanel::showNoLead()
{
    m_heading->setText(tr("Choose a lead: the key facts still unknown and what to ask show here."));
    m_list->clear();
    m_list->hide();
}

void KeyFactsPanel::showFacts(const QList<OpenFact>& facts)
{
    m_heading->setText(facts.isEmpty()
                           ? tr("Every key fact is known.")
                           : tr("Still unknown (%n) — ask next:", nullptr, int(facts.size())));
    m_list->clear();
    m_list->setVisible(!facts.isEmpty());
    for (const OpenFact& fact : facts) {
        auto* item = new QListWidgetItem(tr("%1: “%2”").arg(fact.label, fact.question));
        item->setData(Qt::UserRole, int(fact.fact));
        if (fact.bant) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_list->addItem(item);
    }
}
