#include "ImportActivityMappingPage.h"

#include "ImportWizard.h"
#include "import/MappingMemory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using ActivityColumns::Column;

namespace {

constexpr int sampleCount = 3;

} // namespace

ImportActivityMappingPage::ImportActivityMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_rows(new QWidget)
    , m_grid(new QGridLayout(m_rows))
    , m_kind(new QComboBox)
    , m_sameTime(new QCheckBox(tr("Same &time for every row (UTC):")))
    , m_time(new QDateTimeEdit)
    , m_message(new QLabel)
    , m_remember(new QCheckBox(tr("&Remember these columns for files with the same headers")))
{
    setTitle(tr("Map the activity columns"));
    setSubTitle(tr("Activities are matched to leads by e-mail address or lead id. Say what each "
                   "column holds, or ignore it."));
    m_grid->setColumnStretch(2, 1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("importActivityRows"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rows);

    m_kind->setObjectName(QStringLiteral("importActivityKind"));
    m_kind->addItem(tr("Choose…"));
    for (const InterestKind kind : ActivityColumns::importableKinds())
        m_kind->addItem(labelOf(kind), keyOf(kind));
    auto* kindLabel = new QLabel(tr("&Activity of every row:"));
    kindLabel->setBuddy(m_kind);
    m_sameTime->setObjectName(QStringLiteral("importActivitySameTime"));
    m_time->setObjectName(QStringLiteral("importActivityTime"));
    m_time->setTimeSpec(Qt::UTC);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setDateTime(QDateTime::currentDateTimeUtc());
    auto* fixed = new QFormLayout;
    fixed->addRow(kindLabel, m_kind);
    fixed->addRow(m_sameTime, m_time);

    m_message->setObjectName(QStringLiteral("importActivityMessage"));
    m_message->setWordWrap(true);
    m_remember->setObjectName(QStringLiteral("importRememberActivityMapping"));
    m_remember->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(fixed);
    layout->addWidget(m_message);
    layout->addWidget(m_remember);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            &ImportActivityMappingPage::fixedChanged);
    connect(m_sameTime, &QCheckBox::toggled, this, &ImportActivityMappingPage::fixedChanged);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this,
            &ImportActivityMappingPage::fixedChanged);
}

void ImportActivityMappingPage::clearRows()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_boxes.clear();
}

void ImportActivityMappingPage::initializePage()
{
    ImportWizardState& state = m_wizard.state();
    // Back and Next again keep the rep's corrections; another file is mapped afresh.
    if (state.header == m_shownHeader && !m_boxes.isEmpty())
        return;
    clearRows();
    m_shownHeader = state.header;
    const std::optional<ActivityColumns::Mapping> remembered =
        MappingMemory(m_wizard.settings()).recallActivities(state.header);
    state.activityMapping = remembered.value_or(ActivityColumns::map(state.header));
    m_grid->addWidget(new QLabel(tr("<b>Column of the file</b>")), 0, 0);
    m_grid->addWidget(new QLabel(tr("<b>Holds</b>")), 0, 1);
    m_grid->addWidget(new QLabel(tr("<b>Values in the first rows</b>")), 0, 2);
    addRows(ImportWizard::samples(state, sampleCount));
    if (remembered)
        setSubTitle(tr("The columns you chose for a file with the same headers are filled in."));
    showMapping();
}

void ImportActivityMappingPage::addRows(const QList<QStringList>& values)
{
    const ImportWizardState& state = m_wizard.state();
    QWidget* previous = nullptr;
    for (int column = 0; column < state.header.size(); ++column) {
        auto* box = new QComboBox;
        box->setObjectName(QStringLiteral("importActivityTarget_%1").arg(column));
        box->addItem(tr("(ignore)"));
        for (const Column field : ActivityColumns::allColumns())
            box->addItem(ActivityColumns::label(field), ActivityColumns::keyOf(field));
        auto* header = new QLabel(state.header.at(column));
        header->setTextFormat(Qt::PlainText);
        header->setBuddy(box);
        auto* sample = new QLabel(values.value(column).join(QStringLiteral(" · ")));
        sample->setTextFormat(Qt::PlainText);
        sample->setMinimumWidth(100);
        m_grid->addWidget(header, column + 1, 0);
        m_grid->addWidget(box, column + 1, 1);
        m_grid->addWidget(sample, column + 1, 2);
        m_boxes.append(box);
        connect(box, &QComboBox::activated, this,
                [this, column](int index) { choose(column, index); });
        if (previous)
            setTabOrder(previous, box);
        previous = box;
    }
    if (previous) {
        setTabOrder(previous, m_kind);
        setTabOrder(m_kind, m_sameTime);
        setTabOrder(m_sameTime, m_time);
        setTabOrder(m_time, m_remember);
    }
}

void ImportActivityMappingPage::choose(int column, int index)
{
    ActivityColumns::Mapping& mapping = m_wizard.state().activityMapping;
    if (const auto field =
            ActivityColumns::columnFromKey(m_boxes.at(column)->itemData(index).toString()))
        mapping.set(*field, column);
    else
        mapping.ignore(column);
    showMapping();
}

void ImportActivityMappingPage::showMapping()
{
    const ActivityColumns::Mapping& mapping = m_wizard.state().activityMapping;
    for (int column = 0; column < m_boxes.size(); ++column) {
        const auto field = mapping.fieldAt(column);
        QComboBox* box = m_boxes.at(column);
        box->setCurrentIndex(field ? box->findData(ActivityColumns::keyOf(*field)) : 0);
    }
    // A column for the activity or the time is read; the whole-file choice stands in for one
    // the file lacks.
    m_kind->setEnabled(mapping.kind < 0);
    m_sameTime->setEnabled(mapping.time < 0);
    fixedChanged();
}

void ImportActivityMappingPage::fixedChanged()
{
    ImportWizardState& state = m_wizard.state();
    const auto kind = fromKey<InterestKind>(m_kind->currentData().toString());
    state.activityKind = m_kind->isEnabled() ? kind : std::nullopt;
    m_time->setEnabled(m_sameTime->isEnabled() && m_sameTime->isChecked());
    state.activityTime = m_time->isEnabled()
                             ? std::optional<qint64>(m_time->dateTime().toSecsSinceEpoch())
                             : std::nullopt;
    emit completeChanged();
}

QString ImportActivityMappingPage::missing() const
{
    const ImportWizardState& state = m_wizard.state();
    const QStringList lacking = ActivityColumns::missing(
        state.activityMapping, state.activityKind.has_value(), state.activityTime.has_value());
    if (lacking.isEmpty())
        return {};
    return tr("Still missing: %1. Choose a column for it, or an activity or time for every row.")
        .arg(lacking.join(QStringLiteral(", ")));
}

bool ImportActivityMappingPage::isComplete() const
{
    const QString why = missing();
    m_message->setText(why);
    return why.isEmpty();
}

bool ImportActivityMappingPage::validatePage()
{
    if (!isComplete())
        return false;
    if (m_remember->isChecked())
        MappingMemory(m_wizard.settings())
            .rememberActivities(m_wizard.state().header, m_wizard.state().activityMapping);
    return true;
}

int ImportActivityMappingPage::nextId() const
{
    return ImportWizard::OptionsPage;
}
