#include "DashboardPage.h"

#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "charts/DashboardBoard.h"
#include "dashboard/DashboardQuery.h"
#include "dashboard/DashboardReport.h"
#include "dashboard/DashboardRollups.h"
#include "domain/Vocabulary.h"
#include "store/StoreFiles.h"
#include "support/BackgroundJob.h"
#include "support/Clock.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

// What the page's jobs hand back.
struct DashboardLoaded
{
    DashboardFigures figures;
    QHash<qint64, QString> repNames;
};

struct DashboardListed
{
    QList<qint64> ids;
    QList<DashboardLeads::Row> rows;
};

Q_DECLARE_METATYPE(DashboardLoaded)
Q_DECLARE_METATYPE(DashboardListed)

namespace {

// The list shows this many leads with their names; its count is always all of them.
constexpr int listedRows = 5000;

enum Period
{
    Last30,
    Last90,
    ThisYear,
    AllTime,
    Custom
};

// Choices of a filter sorted by their text.
void sortByText(QList<QPair<QString, QVariant>>& items)
{
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_board = new DashboardBoard;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_board);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("dashboardSplitter"));
    split->addWidget(m_scroll);
    split->addWidget(buildLeadList());
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    layout->addWidget(split, 1);
    connect(m_board, &DashboardBoard::selected, this, &DashboardPage::listLeads);
    // Tab goes through the filters, the charts in the order they are read, then the list.
    QList<QWidget*> chain{m_period, m_from,   m_to,       m_everReached, m_inOrder,
                          m_export, m_source, m_campaign, m_rep,         m_grade};
    for (ChartView* chart : m_board->charts()) {
        chain.append(chart->plot());
        // Once the card's layout has settled (its figure line just appeared).
        connect(chart, &ChartView::plotFocused, this, [this, chart] {
            QTimer::singleShot(0, chart, [this, chart] {
                // The figure line may wrap: the card and the board take their heights first.
                chart->layout()->activate();
                m_board->layout()->activate();
                m_scroll->ensureWidgetVisible(chart, 0, 0);
            });
        });
    }
    chain << m_leads << m_open;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    periodChosen();
}

DashboardPage::~DashboardPage() = default;

QWidget* DashboardPage::buildFilters()
{
    // Two rows: the period and the funnel's mode, then who and what (fits 1280 pixels in German).
    auto* box = new QWidget;
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(second);
    const auto combo = [this](const char* name) {
        auto* widget = new QComboBox;
        widget->setObjectName(QString::fromLatin1(name));
        widget->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        widget->setMinimumContentsLength(14);
        connect(widget, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
        return widget;
    };
    const auto labelled = [](QHBoxLayout* to, const QString& text, QWidget* widget) {
        auto* label = new QLabel(text);
        label->setBuddy(widget);
        to->addWidget(label);
        to->addWidget(widget);
    };
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->addItem(tr("Last 30 days"), Last30);
    m_period->addItem(tr("Last 90 days"), Last90);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Chosen days"), Custom);
    m_period->setCurrentIndex(1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChosen);
    labelled(row, tr("&Period:"), m_period);
    const auto date = [this](const char* name) {
        auto* edit = new QDateEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_period->currentData().toInt() == Custom)
                refresh();
        });
        return edit;
    };
    m_from = date("dashboardFrom");
    m_to = date("dashboardTo");
    labelled(row, tr("Fro&m:"), m_from);
    labelled(row, tr("T&o:"), m_to);
    m_source = combo("dashboardSource");
    labelled(second, tr("&Source:"), m_source);
    m_campaign = combo("dashboardCampaign");
    labelled(second, tr("&Campaign:"), m_campaign);
    m_rep = combo("dashboardRep");
    labelled(second, tr("&Rep:"), m_rep);
    m_grade = combo("dashboardGrade");
    labelled(second, tr("&Grade:"), m_grade);
    row->addSpacing(12);
    m_everReached = new QRadioButton(tr("&Ever reached"));
    m_everReached->setObjectName(QStringLiteral("dashboardEverReached"));
    m_everReached->setToolTip(tr("Funnel: a lead that skipped a step counts as having passed it"));
    m_everReached->setChecked(true);
    m_inOrder = new QRadioButton(tr("&In order"));
    m_inOrder->setObjectName(QStringLiteral("dashboardInOrder"));
    m_inOrder->setToolTip(tr("Funnel: only leads that went through every step before"));
    auto* modes = new QButtonGroup(box);
    modes->addButton(m_everReached);
    modes->addButton(m_inOrder);
    connect(m_inOrder, &QRadioButton::toggled, m_board, &DashboardBoard::setInOrder);
    row->addWidget(m_everReached);
    row->addWidget(m_inOrder);
    row->addStretch(1);
    m_export = new QPushButton(tr("E&xport"));
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_export->setMenu(buildExportMenu());
    row->addWidget(m_export);
    second->addStretch(1);
    fillChoices();
    return box;
}

QWidget* DashboardPage::buildLeadList()
{
    auto* box = new QWidget;
    box->setMinimumWidth(260);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_listTitle = new QLabel(tr("Click a bar or a funnel step (or choose it with the arrow keys "
                                "and Enter) to list its leads."));
    m_listTitle->setObjectName(QStringLiteral("dashboardListTitle"));
    m_listTitle->setWordWrap(true);
    column->addWidget(m_listTitle);
    m_leads = new QTableWidget(0, 3);
    m_leads->setObjectName(QStringLiteral("dashboardLeads"));
    m_leads->setHorizontalHeaderLabels({tr("Name"), tr("Company"), tr("Stage")});
    m_leads->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leads->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leads->setSelectionMode(QAbstractItemView::SingleSelection);
    m_leads->verticalHeader()->hide();
    m_leads->horizontalHeader()->setStretchLastSection(true);
    m_leads->setAccessibleName(tr("Leads of the chosen figure"));
    connect(m_leads, &QTableWidget::cellActivated, this, &DashboardPage::openCurrentLead);
    column->addWidget(m_leads, 1);
    m_open = new QPushButton(tr("Open Lea&d"));
    m_open->setObjectName(QStringLiteral("dashboardOpenLead"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &DashboardPage::openCurrentLead);
    connect(m_leads, &QTableWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(!m_leads->selectedItems().isEmpty()); });
    column->addWidget(m_open);
    return box;
}

void DashboardPage::fillChoices()
{
    m_filling = true;
    const auto keep = [](QComboBox* box, const QList<QPair<QString, QVariant>>& items) {
        const QVariant current = box->currentData();
        box->clear();
        box->addItem(tr("All"), QVariant());
        for (const auto& [text, value] : items)
            box->addItem(text, value);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    QList<QPair<QString, QVariant>> sources;
    for (const SourceChannel channel : allValues<SourceChannel>())
        sources.append({labelOf(channel), keyOf(channel)});
    sources.append({DashboardFigures::keyLabel({}), QStringLiteral("")});
    keep(m_source, sources);
    QList<QPair<QString, QVariant>> campaigns;
    for (const GroupFigure& group : m_figures.byCampaign)
        if (!group.key.isEmpty())
            campaigns.append({group.key, group.key});
    for (int i = 1; i < m_campaign->count(); ++i) // keep what an earlier period showed
        if (const QString key = m_campaign->itemData(i).toString(); !key.isEmpty()) {
            bool known = false;
            for (const auto& item : campaigns)
                known = known || item.second.toString() == key;
            if (!known)
                campaigns.append({key, key});
        }
    sortByText(campaigns);
    campaigns.append({DashboardFigures::keyLabel({}), QStringLiteral("")});
    keep(m_campaign, campaigns);
    QList<QPair<QString, QVariant>> reps;
    for (auto rep = m_repIds.cbegin(); rep != m_repIds.cend(); ++rep)
        reps.append({rep.key(), rep.value()});
    sortByText(reps);
    reps.append({tr("(no owner)"), qint64(0)});
    keep(m_rep, reps);
    QList<QPair<QString, QVariant>> grades;
    for (const Grade grade : allValues<Grade>())
        grades.append({labelOf(grade), keyOf(grade)});
    grades.append({DashboardFigures::keyLabel({}), QStringLiteral("")});
    keep(m_grade, grades);
    m_filling = false;
}

void DashboardPage::periodChosen()
{
    const QDate today = Clock::now().toUTC().date();
    const int period = m_period->currentData().toInt();
    m_from->setEnabled(period == Custom);
    m_to->setEnabled(period == Custom);
    if (period == Last30 || period == Last90) {
        m_from->setDate(today.addDays(period == Last30 ? -29 : -89));
        m_to->setDate(today);
    } else if (period == ThisYear) {
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(today);
    }
    refresh();
}

DashboardFilter DashboardPage::filter() const
{
    DashboardFilter filter;
    if (m_period->currentData().toInt() != AllTime) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    if (const QVariant value = m_source->currentData(); value.isValid())
        filter.source = value.toString();
    if (const QVariant value = m_campaign->currentData(); value.isValid())
        filter.campaign = value.toString();
    if (const QVariant value = m_rep->currentData(); value.isValid())
        filter.repId = value.toLongLong();
    if (const QVariant value = m_grade->currentData(); value.isValid())
        filter.grade = value.toString();
    return filter;
}

void DashboardPage::setStore(Store* store)
{
    m_store = store;
    m_repIds.clear();
    if (isVisible())
        refresh();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::refresh()
{
    if (!m_store || m_filling)
        return;
    if (m_job) {
        m_again = true;
        return;
    }
    const DashboardFilter wanted = filter();
    if (wanted.from.isValid() && wanted.to.isValid() && wanted.from > wanted.to) {
        m_message->setText(tr("The period ends before it begins."));
        return;
    }
    m_message->setText(tr("Computing the figures…"));
    m_job = new BackgroundJob(
        *m_store,
        [wanted](const Store& own, BackgroundJob& job) {
            DashboardLoaded loaded{DashboardRollups(own).figures(wanted),
                                   DashboardQuery::settings(own).repNames};
            job.setResult(QVariant::fromValue(loaded));
            return true;
        },
        this);
    connect(m_job, &BackgroundJob::finished, this, [this](bool completed, const QString& error) {
        BackgroundJob* job = m_job;
        m_job.clear();
        job->deleteLater();
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        if (!completed) {
            m_message->setText(error);
            return;
        }
        const auto loaded = job->result().value<DashboardLoaded>();
        m_figures = loaded.figures;
        m_repIds.clear();
        for (auto rep = loaded.repNames.cbegin(); rep != loaded.repNames.cend(); ++rep)
            m_repIds.insert(rep.value(), rep.key());
        m_board->setFigures(m_figures, m_repIds);
        fillChoices();
        m_message->setText(tr("%n lead(s) created in the period. Hover a bar for its figures.",
                              nullptr, int(m_figures.leads)));
        emit figuresShown();
    });
    m_job->start();
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_board->setColumns(width() >= 1700 ? 3 : 2);
}

QString DashboardPage::describe(const DashboardSelection& selection) const
{
    using Kind = DashboardSelection::Kind;
    const QString step = DashboardFigures::stepLabel(selection.step);
    const QString key = DashboardFigures::keyLabel(selection.key);
    switch (selection.kind) {
    case Kind::EverReached:
        return tr("%1, ever reached").arg(step);
    case Kind::InOrder:
        return tr("%1, reached in order").arg(step);
    case Kind::Source:
    case Kind::Campaign:
    case Kind::Week:
        return QStringLiteral("%1 · %2").arg(key, step);
    case Kind::Rep:
        return QStringLiteral("%1 · %2").arg(selection.key == QLatin1String("0")
                                                 ? tr("(no owner)")
                                                 : m_repIds.key(selection.key.toLongLong()),
                                             step);
    case Kind::Quadrant:
    case Kind::Grade:
        return key;
    case Kind::WithinSla:
        return tr("First called within the SLA");
    case Kind::OverSla:
        return tr("First called later than the SLA");
    case Kind::NotCalled:
        return tr("Not called yet");
    }
    return {};
}

void DashboardPage::listLeads(const DashboardSelection& selection)
{
    if (!m_store)
        return;
    if (m_listJob)
        m_listJob->cancel();
    const DashboardFilter shown = m_figures.filter;
    const QString what = describe(selection);
    m_listTitle->setText(tr("Listing the leads of %1…").arg(what));
    auto* job = new BackgroundJob(
        *m_store,
        [shown, selection](const Store& own, BackgroundJob& job) {
            DashboardListed listed;
            listed.ids = DashboardLeads::ids(own, shown, selection);
            if (job.isCancelled())
                return false;
            listed.rows = DashboardLeads::rows(own, listed.ids.mid(0, listedRows));
            job.setResult(QVariant::fromValue(listed));
            return true;
        },
        this);
    m_listJob = job;
    connect(job, &BackgroundJob::finished, this,
            [this, job, what](bool completed, const QString& error) {
                job->deleteLater();
                if (m_listJob != job)
                    return; // a later click replaced it
                m_listJob.clear();
                if (!completed) {
                    m_listTitle->setText(error);
                    return;
                }
                const auto listed = job->result().value<DashboardListed>();
                showLeads(what, listed.ids, listed.rows);
            });
    job->start();
}

void DashboardPage::showLeads(const QString& what, const QList<qint64>& ids,
                              const QList<DashboardLeads::Row>& rows)
{
    m_listed = ids;
    QString title = tr("%n lead(s): %1", nullptr, int(ids.size())).arg(what);
    if (rows.size() < ids.size())
        title += QLatin1Char('\n') + tr("The first %n are listed.", nullptr, int(rows.size()));
    m_listTitle->setText(title);
    m_leads->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const DashboardLeads::Row& lead = rows.at(row);
        auto* name = new QTableWidgetItem(lead.name);
        name->setData(Qt::UserRole, lead.id);
        m_leads->setItem(row, 0, name);
        m_leads->setItem(row, 1, new QTableWidgetItem(lead.company));
        const std::optional<Stage> stage = fromKey<Stage>(lead.stage);
        m_leads->setItem(row, 2, new QTableWidgetItem(stage ? labelOf(*stage) : lead.stage));
    }
    m_leads->resizeColumnsToContents();
    if (!rows.isEmpty()) {
        m_leads->selectRow(0);
        m_leads->setFocus(Qt::OtherFocusReason);
    }
    emit leadsListed();
}

void DashboardPage::openCurrentLead()
{
    const QList<QTableWidgetItem*> selected = m_leads->selectedItems();
    if (selected.isEmpty())
        return;
    emit openLeadRequested(
        m_leads->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong());
}
