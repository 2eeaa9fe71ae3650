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
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

using ActivityColumns::Column;

namespace {

constexpr int sampleCount = 3;
constexpr qsizetype sampleLength = 40;

/// A few values of a column on one line: a long value (a title, a URL) or one with line breaks
/// does not widen the page past the screen; the whole values are in the tooltip.
QString sampleLine(const QStringList& values)
{
    QStringList shown;
    for (const QString& value : values) {
        const QString line = value.simplified();
        shown.append(line.size() > sampleLength ? line.left(sampleLength - 1) + QChar(0x2026)
                                                : line);
    }
    return shown.join(QStringLiteral(" · "));
}

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
    // A file of a few columns lists them at the top, not spread over the page's height.
    m_grid->setAlignment(Qt::AlignTop);
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
    m_time->setDateTimeRange(
        QDateTime::fromSecsSinceEpoch(ActivityColumns::earliestTime(), QTimeZone::utc()),
        QDateTime::fromSecsSinceEpoch(ActivityColumns::latestTime(), QTimeZone::utc()));
    m_time->setDateTime(QDateTime::currentDateTimeUtc());
    auto* fixed = new QFormLayout;
    fixed->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
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
        // The file's header as written: an '&' in it ("Q&A") is no mnemonic of the page.
        auto* header = new QLabel(
            QString(state.header.at(column)).replace(QLatin1Char('&'), QLatin1String("&&")));
        header->setTextFormat(Qt::PlainText);
        header->setBuddy(box);
        auto* sample = new QLabel(sampleLine(values.value(column)));
        sample->setTextFormat(Qt::PlainText);
        sample->setToolTip(Qt::convertFromPlainText(values.value(column).join(u'\n')));
        sample->setMinimumWidth(100);
        m_grid->addWidget(header, column + 1, 0);
        m_grid->addWidget(box, column + 1, 1);
        m_grid->addWidget(sample, column + 1, 2);
        m_boxes.append(box);
        connect(box, &QComboBox::activated, this, &ImportActivityMappingPage::choose);
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

void ImportActivityMappingPage::choose()
{
    // The combos decide; a field chosen for two columns is said, not taken from the other one
    // (stepping through a closed combo with the arrow keys passes every field on the way).
    ActivityColumns::Mapping mapping;
    m_twice.clear();
    for (int column = 0; column < m_boxes.size(); ++column) {
        const auto field =
            ActivityColumns::columnFromKey(m_boxes.at(column)->currentData().toString());
        if (!field)
            continue;
        if (mapping.of(*field) >= 0) {
            if (!m_twice.contains(ActivityColumns::label(*field)))
                m_twice.append(ActivityColumns::label(*field));
            continue;
        }
        mapping.set(*field, column);
    }
    m_wizard.state().activityMapping = mapping;
    showFixed();
}

void ImportActivityMappingPage::showMapping()
{
    const ActivityColumns::Mapping& mapping = m_wizard.state().activityMapping;
    for (int column = 0; column < m_boxes.size(); ++column) {
        const auto field = mapping.fieldAt(column);
        QComboBox* box = m_boxes.at(column);
        box->setCurrentIndex(field ? box->findData(ActivityColumns::keyOf(*field)) : 0);
    }
    m_twice.clear();
    showFixed();
}

void ImportActivityMappingPage::showFixed()
{
    const ActivityColumns::Mapping& mapping = m_wizard.state().activityMapping;
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
    if (!m_twice.isEmpty())
        return tr("Each column holds one thing, each thing comes from one column: %1 is chosen "
                  "for more than one column.")
            .arg(m_twice.join(QStringLiteral(", ")));
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
