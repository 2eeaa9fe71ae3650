#include "ImportMappingPage.h"

#include "ImportWizard.h"
#include "import/MappingMemory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

constexpr int sampleCount = 3;

QString qualityText(const ColumnMapping& column)
{
    if (column.lostConflict())
        return ImportMappingPage::tr("wanted %1, which column %2 takes")
            .arg(column.wanted.label())
            .arg(column.lostTo + 1);
    switch (column.quality) {
    case MappingQuality::Unmatched:
        return ImportMappingPage::tr("not recognised");
    case MappingQuality::Keyword:
        return ImportMappingPage::tr("guessed from a word — please check");
    case MappingQuality::Known:
        return ImportMappingPage::tr("recognised");
    case MappingQuality::Chosen:
        return ImportMappingPage::tr("chosen");
    }
    return {};
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_rows(new QWidget)
    , m_grid(new QGridLayout(m_rows))
    , m_message(new QLabel)
    , m_remember(new QCheckBox(tr("&Remember this mapping for files with the same columns")))
    , m_keepAsNote(new QCheckBox(tr("&Keep ignored columns as a note on the lead")))
{
    setTitle(tr("Map the columns"));
    m_grid->setColumnStretch(2, 1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("importMappingRows"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rows);
    m_message->setObjectName(QStringLiteral("importMappingMessage"));
    m_message->setWordWrap(true);
    m_remember->setObjectName(QStringLiteral("importRememberMapping"));
    m_remember->setChecked(true);
    m_keepAsNote->setObjectName(QStringLiteral("importKeepAsNote"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_keepAsNote);
    layout->addWidget(m_remember);
}

void ImportMappingPage::clearRows()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_boxes.clear();
    m_qualities.clear();
}

void ImportMappingPage::initializePage()
{
    ImportWizardState& state = m_wizard.state();
    // Back and Next again keep the rep's corrections; another file is mapped afresh.
    if (state.header == m_shownHeader && !m_grid->isEmpty())
        return;
    clearRows();
    m_shownHeader = state.header;
    const QList<QStringList> values = ImportWizard::samples(state, sampleCount);
    m_grid->addWidget(new QLabel(tr("<b>Column of the file</b>")), 0, 0);
    m_grid->addWidget(new QLabel(tr("<b>Goes to</b>")), 0, 1);
    m_grid->addWidget(new QLabel(tr("<b>Values in the first rows</b>")), 0, 2);
    setSubTitle(tr("Each column goes to a lead field, or is ignored. Columns marked "
                   "\"please check\" were guessed from a word of their header."));
    const std::optional<HeaderMapping> remembered =
        MappingMemory(m_wizard.settings()).recall(state.header);
    state.mapping = remembered ? *remembered : HeaderMapping::guess(state.header);
    addLeadRows(values);
    if (remembered)
        setSubTitle(tr("The mapping you used for a file with the same columns is filled in."));
    emit completeChanged();
}

void ImportMappingPage::addLeadRows(const QList<QStringList>& values)
{
    const ImportWizardState& state = m_wizard.state();
    const QList<ImportTarget> targets = ImportTarget::all();
    QWidget* previous = nullptr;
    for (int column = 0; column < state.mapping.size(); ++column) {
        auto* box = new QComboBox;
        box->setObjectName(QStringLiteral("importTarget_%1").arg(column));
        for (const ImportTarget& target : targets)
            box->addItem(target.label(), target.key());
        auto* header = new QLabel(state.header.value(column).toHtmlEscaped());
        header->setTextFormat(Qt::RichText);
        header->setBuddy(box);
        auto* sample = new QLabel(values.value(column).join(QStringLiteral(" · ")));
        sample->setTextFormat(Qt::PlainText);
        sample->setMinimumWidth(100);
        auto* quality = new QLabel;
        quality->setObjectName(QStringLiteral("importQuality_%1").arg(column));
        m_grid->addWidget(header, column + 1, 0);
        m_grid->addWidget(box, column + 1, 1);
        m_grid->addWidget(sample, column + 1, 2);
        m_grid->addWidget(quality, column + 1, 3);
        m_boxes.append(box);
        m_qualities.append(quality);
        showTarget(column);
        connect(box, &QComboBox::activated, this,
                [this, column](int index) { choose(column, index); });
        if (previous)
            setTabOrder(previous, box);
        previous = box;
    }
    if (previous) {
        setTabOrder(previous, m_keepAsNote);
        setTabOrder(m_keepAsNote, m_remember);
    }
    m_keepAsNote->setChecked(state.options.keepUnmappedAsNote);
}

void ImportMappingPage::choose(int column, int index)
{
    const auto target = ImportTarget::fromKey(m_boxes.at(column)->itemData(index).toString());
    if (!target)
        return;
    const qsizetype gaveUp = m_wizard.state().mapping.setTarget(column, *target);
    showTarget(column);
    if (gaveUp >= 0)
        showTarget(int(gaveUp));
    emit completeChanged();
}

void ImportMappingPage::showTarget(int column)
{
    const ColumnMapping& mapping = m_wizard.state().mapping.column(column);
    QComboBox* box = m_boxes.at(column);
    box->setCurrentIndex(box->findData(mapping.target.key()));
    m_qualities.at(column)->setText(qualityText(mapping));
}

QString ImportMappingPage::missing() const
{
    const ImportWizardState& state = m_wizard.state();
    for (const ImportTarget& target :
         {ImportTarget::field(LeadField::Email), ImportTarget::field(LeadField::Phone),
          ImportTarget::extra(ImportTarget::Kind::AlternateEmail),
          ImportTarget::extra(ImportTarget::Kind::AlternatePhone)})
        if (state.mapping.columnOf(target) >= 0)
            return {};
    return tr("Map a column to E-mail or Phone: a lead without a way to reach them is not "
              "imported.");
}

bool ImportMappingPage::isComplete() const
{
    const QString why = missing();
    m_message->setText(why);
    return why.isEmpty();
}

bool ImportMappingPage::validatePage()
{
    ImportWizardState& state = m_wizard.state();
    if (!isComplete())
        return false;
    state.options.keepUnmappedAsNote = m_keepAsNote->isChecked();
    state.rememberMapping = m_remember->isChecked();
    if (state.rememberMapping)
        MappingMemory(m_wizard.settings()).remember(state.mapping);
    return true;
}
