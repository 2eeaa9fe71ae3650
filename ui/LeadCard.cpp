#include "LeadCard.h"

#include "domain/LeadRepository.h"
#include "items/TimelineModel.h"
#include "queue/CallPanel.h"
#include "queue/DesktopLinks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

LeadCard::LeadCard(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_call(new QPushButton(tr("Call")))
    , m_mail(new QPushButton(tr("E-mail")))
    , m_details(new QLabel)
    , m_notice(new QLabel)
    , m_callPanel(new CallPanel)
    , m_timeline(new TimelineModel(nullptr, this))
    , m_timelineView(new QTableView)
{
    setObjectName(QStringLiteral("leadCardWidget"));
    m_title->setObjectName(QStringLiteral("leadTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_call->setObjectName(QStringLiteral("callButton"));
    m_mail->setObjectName(QStringLiteral("mailButton"));
    m_details->setObjectName(QStringLiteral("leadDetailsLabel"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // A table of short rows: without word wrap the label asks for its full height.
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_notice->setObjectName(QStringLiteral("claimNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; padding: 4px; }"));
    m_timelineView->setObjectName(QStringLiteral("timelineTableView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setWordWrap(false);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_call);
    header->addWidget(m_mail);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_details);
    layout->addWidget(m_notice);
    layout->addWidget(m_callPanel);
    layout->addWidget(new QLabel(tr("Timeline")));
    layout->addWidget(m_timelineView, 1);

    connect(m_call, &QPushButton::clicked, this, &LeadCard::dialRequested);
    connect(m_mail, &QPushButton::clicked, this, [this] {
        if (!m_email.isEmpty())
            DesktopLinks::open(QUrl(QStringLiteral("mailto:") + m_email));
    });
    connect(m_details, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("tel:")))
            emit dialRequested();
        else
            DesktopLinks::open(QUrl(link));
    });
    showLead(0);
}

void LeadCard::setStore(const Store* store)
{
    m_store = store;
    m_timeline->setStore(store);
    showLead(0);
}

void LeadCard::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LeadCard::showLead(qint64 leadId)
{
    m_leadId = leadId;
    const std::optional<Lead> lead =
        (m_store && leadId > 0) ? LeadRepository(*m_store).find(leadId) : std::nullopt;
    m_timeline->setLead(lead ? leadId : 0);
    m_call->setEnabled(lead && !lead->phone.isEmpty() && !lead->doNotCall);
    m_mail->setEnabled(lead && !lead->email.isEmpty() && !lead->doNotEmail);
    m_email = lead ? lead->email : QString();
    if (!lead) {
        m_leadId = 0;
        m_title->setText(tr("No lead selected"));
        m_details->setText(tr("Press F8 for the next lead, or choose one from the queue."));
        setNotice({});
        return;
    }
    m_title->setText(lead->displayName());
    showDetails(*lead);
}

void LeadCard::showDetails(const Lead& lead)
{
    auto row = [](const QString& label, const QString& value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                     .arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Position"), lead.title.toHtmlEscaped());
    html += row(tr("Company"), lead.company.toHtmlEscaped());
    if (!lead.phone.isEmpty())
        html +=
            row(tr("Phone"), lead.doNotCall
                                 ? tr("%1 (do not call)").arg(lead.phone.toHtmlEscaped())
                                 : QStringLiteral("<a href=\"tel:%1\">%2</a>")
                                       .arg(lead.phoneE164.isEmpty() ? lead.phone : lead.phoneE164,
                                            lead.phone.toHtmlEscaped()));
    if (!lead.email.isEmpty())
        html += row(tr("E-mail"),
                    QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(lead.email.toHtmlEscaped()));
    html += row(tr("Location"),
                QStringList{lead.city, lead.country}.join(QStringLiteral(", ")).toHtmlEscaped());
    html += row(tr("Company size"),
                lead.employees ? tr("%n employee(s)", nullptr, *lead.employees) : QString());
    html += row(tr("Industry"),
                lead.industry == Industry::Unknown ? QString() : labelOf(lead.industry));
    html += row(tr("Stage"), labelOf(lead.stage));
    html += row(tr("Source"), labelOf(lead.source) +
                                  (lead.campaign.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" · ") + lead.campaign.toHtmlEscaped()));
    if (!lead.grade.isEmpty())
        html += row(tr("Score"), tr("%1 (grade %2)").arg(lead.totalScore).arg(lead.grade));
    html += row(tr("Calls"),
                lead.callCount > 0
                    ? tr("%1 (%2 unreached in a row)").arg(lead.callCount).arg(lead.attempts)
                    : QString());
    html += QStringLiteral("</table>");
    m_details->setText(html);
}
