#include "LeadCard.h"

#include "LeadDetailsEditor.h"
#include "domain/LeadRepository.h"
#include "leads/LeadEditor.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

LeadCard::LeadCard(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_details(new LeadDetailsEditor)
    , m_history(new QListWidget)
{
    setObjectName(QStringLiteral("leadCardWidget"));
    m_title->setObjectName(QStringLiteral("leadTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_details, &LeadDetailsEditor::leadChanged, this, [this](qint64 id) {
        if (const auto lead = LeadRepository(*m_store).find(id))
            m_title->setText(lead->displayName());
        showHistory();
        emit leadChanged(id);
    });
    m_history->setObjectName(QStringLiteral("stageHistoryListWidget"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details, 3);
    layout->addWidget(new QLabel(tr("History")));
    layout->addWidget(m_history, 1);
    showLead(0);
}

void LeadCard::setStore(const Store* store)
{
    m_store = store;
    m_details->setStore(store);
    showLead(0);
}

void LeadCard::showLead(qint64 leadId)
{
    m_leadId = leadId;
    m_history->clear();
    const std::optional<Lead> lead =
        (m_store && leadId > 0) ? LeadRepository(*m_store).find(leadId) : std::nullopt;
    m_details->showLead(lead ? leadId : 0);
    if (!lead) {
        m_title->setText(tr("No lead selected"));
        emit leadShown(0);
        return;
    }
    m_title->setText(lead->displayName());
    showHistory();
    emit leadShown(leadId);
}

void LeadCard::showHistory()
{
    m_history->clear();
    if (!m_store || m_leadId <= 0)
        return;
    const QLocale locale;
    // Stage changes and field changes, newest first.
    QList<std::pair<qint64, QString>> entries;
    const QList<StageChange> changes = LeadRepository(*m_store).stageHistory(m_leadId);
    for (const StageChange& change : changes) {
        const QString to = labelOf(fromKeyOr(change.toStage, Stage::New));
        entries.append(
            {change.changedAt,
             change.fromStage.isEmpty()
                 ? tr("created as %1 by %2").arg(to, change.repName)
                 : tr("%1 → %2 by %3")
                       .arg(labelOf(fromKeyOr(change.fromStage, Stage::New)), to, change.repName)});
    }
    for (const FieldChange& change : LeadEditor(*m_store).history(m_leadId))
        entries.append({change.changedAt, tr("%1 by %2").arg(change.describe(), change.repName)});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::reverse(entries.begin(), entries.end());
    for (const auto& [at, text] : entries)
        m_history->addItem(tr("%1 — %2").arg(
            locale.toString(Clock::fromSecs(at).toLocalTime(), QLocale::ShortFormat), text));
}
