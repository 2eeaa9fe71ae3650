#include "LeadCard.h"

#include "domain/LeadRepository.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

LeadCard::LeadCard(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_details(new QLabel)
    , m_history(new QListWidget)
{
    setObjectName(QStringLiteral("leadCardWidget"));
    m_title->setObjectName(QStringLiteral("leadTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("leadDetailsLabel"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setOpenExternalLinks(true);
    m_details->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("stageHistoryListWidget"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(new QLabel(tr("Stage history")));
    layout->addWidget(m_history, 1);
    showLead(0);
}

void LeadCard::setStore(const Store* store)
{
    m_store = store;
    showLead(0);
}

void LeadCard::showLead(qint64 leadId)
{
    m_leadId = leadId;
    m_history->clear();
    const std::optional<Lead> lead =
        (m_store && leadId > 0) ? LeadRepository(*m_store).find(leadId) : std::nullopt;
    if (!lead) {
        m_title->setText(tr("No lead selected"));
        m_details->setText(tr("Choose a lead from the list to see its details."));
        return;
    }
    m_title->setText(lead->displayName());
    const QLocale locale;
    auto row = [](const QString& label, const QString& value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                     .arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Position"), lead->title.toHtmlEscaped());
    html += row(tr("Company"), lead->company.toHtmlEscaped());
    if (!lead->phone.isEmpty())
        html += row(tr("Phone"), QStringLiteral("<a href=\"tel:%1\">%2</a>")
                                     .arg(lead->phoneE164.isEmpty() ? lead->phone : lead->phoneE164,
                                          lead->phone.toHtmlEscaped()));
    if (!lead->email.isEmpty())
        html +=
            row(tr("E-mail"),
                QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(lead->email.toHtmlEscaped()));
    html += row(tr("Location"),
                QStringList{lead->city, lead->country}.join(QStringLiteral(", ")).toHtmlEscaped());
    html += row(tr("Stage"), labelOf(lead->stage));
    html += row(tr("Source"), labelOf(lead->source) +
                                  (lead->campaign.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" · ") + lead->campaign.toHtmlEscaped()));
    if (!lead->grade.isEmpty())
        html += row(tr("Score"), tr("%1 (grade %2)").arg(lead->totalScore).arg(lead->grade));
    html += QStringLiteral("</table>");
    m_details->setText(html);

    const QList<StageChange> changes = LeadRepository(*m_store).stageHistory(leadId);
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const QString when =
            locale.toString(Clock::fromSecs(it->changedAt).toLocalTime(), QLocale::ShortFormat);
        const QString to = labelOf(fromKeyOr(it->toStage, Stage::New));
        const QString text =
            it->fromStage.isEmpty()
                ? tr("%1 — created as %2 by %3").arg(when, to, it->repName)
                : tr("%1 — %2 → %3 by %4")
                      .arg(when, labelOf(fromKeyOr(it->fromStage, Stage::New)), to, it->repName);
        m_history->addItem(text);
    }
}
