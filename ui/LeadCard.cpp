#include "LeadCard.h"

#include "LeadDetailsEditor.h"
#include "NurturePlanSummary.h"
#include "ThemeColours.h"
#include "domain/LeadRepository.h"
#include "items/TimelineModel.h"
#include "queue/CallPanel.h"
#include "queue/DesktopLinks.h"
#include "store/Store.h"

#include <QEvent>
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
    , m_queueReason(new QLabel)
    , m_editor(new LeadDetailsEditor)
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
    m_title->setWordWrap(true); // long double names on a narrow card
    m_call->setObjectName(QStringLiteral("callButton"));
    m_mail->setObjectName(QStringLiteral("mailButton"));
    m_details->setObjectName(QStringLiteral("leadDetailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_queueReason->setObjectName(QStringLiteral("queueReasonLabel"));
    m_queueReason->setWordWrap(true);
    m_queueReason->setTextFormat(Qt::PlainText);
    m_queueReason->hide();
    m_plan = new QLabel;
    m_plan->setObjectName(QStringLiteral("nurturePlanLabel"));
    m_plan->setWordWrap(true);
    m_plan->hide();
    m_editPlan = new QPushButton(tr("Edit plan…"));
    m_editPlan->setObjectName(QStringLiteral("leadCardEditPlanButton"));
    m_editPlan->setToolTip(tr("Move, skip, add or remove this lead's nurture steps"));
    m_editPlan->hide();
    connect(m_editPlan, &QPushButton::clicked, this, [this] { emit editPlanRequested(m_leadId); });
    m_notice->setObjectName(QStringLiteral("claimNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(ThemeColours::noticeStyle());
    m_timelineView->setObjectName(QStringLiteral("timelineTableView"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_call->setAccessibleDescription(tr("Call the lead's phone number"));
    m_mail->setAccessibleDescription(tr("Write to the lead's e-mail address"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Wrapped rows: on a narrow card the event and its details are read whole, not elided.
    m_timelineView->setWordWrap(true);
    m_timelineView->setTextElideMode(Qt::ElideNone);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineView->installEventFilter(this);
    arrangeTimelineColumns();

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_call);
    header->addWidget(m_mail);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_details);
    layout->addWidget(m_queueReason);
    auto* plan = new QHBoxLayout;
    plan->addWidget(m_plan, 1);
    plan->addWidget(m_editPlan, 0, Qt::AlignTop);
    layout->addLayout(plan);
    layout->addWidget(m_editor, 3);
    layout->addWidget(m_notice);
    layout->addWidget(m_callPanel);
    layout->addWidget(new QLabel(tr("Timeline")));
    layout->addWidget(m_timelineView, 2);

    connect(m_call, &QPushButton::clicked, this, &LeadCard::dialRequested);
    // Title, buttons (do not call…) and the timeline follow the change through the store's
    // announcement; the window hears of it for its status line.
    connect(m_editor, &LeadDetailsEditor::leadChanged, this, &LeadCard::leadChanged);
    connect(m_mail, &QPushButton::clicked, this, [this] {
        if (!m_email.isEmpty())
            DesktopLinks::open(QUrl(QStringLiteral("mailto:") + m_email));
    });
    showLead(0);
}

void LeadCard::arrangeTimelineColumns()
{
    // Details (the note, the changed value) takes the room that is left: it is the longest text.
    // When and event stay compact, and "by" gives way when the card is narrow (laptop).
    QHeaderView* header = m_timelineView->horizontalHeader();
    header->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);
    header->setSectionResizeMode(TimelineModel::When, QHeaderView::ResizeToContents);
    const int digit = m_timelineView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_timelineView->setColumnWidth(TimelineModel::Event, 13 * digit);
    m_timelineView->setColumnWidth(TimelineModel::By, 9 * digit);
    m_timelineView->setColumnHidden(TimelineModel::By, m_timelineView->width() < 60 * digit);
}

bool LeadCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_timelineView && event->type() == QEvent::Resize)
        arrangeTimelineColumns();
    return QWidget::eventFilter(watched, event);
}

void LeadCard::setStore(const Store* store)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = store ? store->events() : nullptr;
    if (m_events) {
        connect(m_events, &StoreEvents::leadChanged, this, [this](qint64 id) {
            if (id == m_leadId && id > 0)
                refresh();
        });
        connect(m_events, &StoreEvents::leadsChanged, this, [this] {
            if (m_leadId > 0)
                refresh();
        });
    }
    m_store = store;
    m_timeline->setStore(store);
    m_editor->setStore(store);
    showLead(0);
}

void LeadCard::setQueueReason(const QString& reason)
{
    m_queueReason->setText(reason.isEmpty() ? QString() : tr("In the queue: %1").arg(reason));
    m_queueReason->setVisible(!reason.isEmpty() && m_leadId > 0);
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
    m_editor->showLead(lead ? leadId : 0);
    m_call->setEnabled(lead && !lead->phone.isEmpty() && !lead->doNotCall && !lead->wrongNumber);
    m_mail->setEnabled(lead && !lead->email.isEmpty() && !lead->doNotEmail);
    m_email = lead ? lead->email : QString();
    m_plan->setText(lead ? NurturePlanSummary::text(*m_store, leadId) : QString());
    m_plan->setVisible(!m_plan->text().isEmpty());
    m_editPlan->setVisible(m_plan->isVisibleTo(this));
    if (!lead) {
        m_leadId = 0;
        m_title->setText(tr("No lead selected"));
        m_details->setText(tr("Press F8 for the next lead, or choose one from the queue."));
        setNotice({});
        setQueueReason({});
        emit leadShown(0);
        return;
    }
    m_title->setText(lead->displayName());
    showDetails(*lead);
    emit leadShown(leadId);
}

void LeadCard::showDetails(const Lead& lead)
{
    // Contact, company and origin are in the editor below; this line says where the lead stands.
    QStringList parts{tr("Stage: %1").arg(labelOf(lead.stage))};
    if (!lead.grade.isEmpty())
        parts.append(tr("Score: %1 (grade %2)").arg(lead.totalScore).arg(lead.grade));
    if (lead.callCount > 0)
        parts.append(
            tr("Calls: %1 (%2 unreached in a row)").arg(lead.callCount).arg(lead.attempts));
    if (lead.doNotCall)
        parts.append(tr("do not call"));
    if (lead.wrongNumber)
        parts.append(tr("wrong number"));
    if (lead.doNotEmail)
        parts.append(tr("do not e-mail"));
    m_details->setText(parts.join(QStringLiteral(" · ")));
}
