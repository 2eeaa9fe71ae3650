#include "MergeDialog.h"

#include "Prompts.h"
#include "domain/LeadRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QString leadText(const Lead& lead)
{
    const QString name = lead.displayName();
    return lead.company.isEmpty()
               ? MergeDialog::tr("Lead %1: %2").arg(lead.id).arg(name)
               : MergeDialog::tr("Lead %1: %2 (%3)").arg(lead.id).arg(name, lead.company);
}

} // namespace

MergeDialog::MergeDialog(const Store& store, QList<qint64> leadIds, QString repName,
                         QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_leadIds(std::move(leadIds))
    , m_repName(std::move(repName))
    , m_survivor(new QComboBox)
    , m_fields(new QFormLayout)
    , m_agreeing(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Leads"));
    m_survivor->setObjectName(QStringLiteral("mergeSurvivorCombo"));
    const LeadRepository repository(store);
    for (const qint64 id : m_leadIds)
        if (const std::optional<Lead> lead = repository.find(id))
            m_survivor->addItem(leadText(*lead), id);
    m_buttons->setObjectName(QStringLiteral("mergeButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);

    auto* intro = new QLabel(
        tr("These leads become one. Choose the lead that stays and, for each detail in which "
           "they differ, the value it keeps. Calls, history, qualification, interest, nurture "
           "plans and handoffs of all of them stay with it; the other e-mail addresses and "
           "phone numbers are kept as alternates. The merge can be undone."));
    intro->setWordWrap(true);
    auto* keep = new QFormLayout;
    auto* keepLabel = new QLabel(tr("&Keep lead:"));
    keepLabel->setBuddy(m_survivor);
    keep->addRow(keepLabel, m_survivor);
    auto* fieldsWidget = new QWidget;
    fieldsWidget->setLayout(m_fields);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(fieldsWidget);
    scroll->setFrameShape(QFrame::NoFrame);
    m_agreeing->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(keep);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_agreeing);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true); // once in the dialog
    resize(640, 480);
    connect(m_survivor, &QComboBox::currentIndexChanged, this, &MergeDialog::rebuildFields);
    rebuildFields();
    m_survivor->setFocus();
}

qint64 MergeDialog::survivorId() const
{
    return m_survivor->currentData().toLongLong();
}

QList<qint64> MergeDialog::othersOf(qint64 survivor) const
{
    QList<qint64> others = m_leadIds;
    others.removeAll(survivor);
    return others;
}

void MergeDialog::rebuildFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_choices.clear();
    const qint64 survivor = survivorId();
    LeadMerge merge(m_store);
    if (const QString why = merge.refusal(survivor, othersOf(survivor)); !why.isEmpty()) {
        m_agreeing->setText(why);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const QList<MergeField> fields = merge.differingFields(survivor, othersOf(survivor));
    const QMap<LeadField, qint64> defaults = merge.defaultChoices(survivor, othersOf(survivor));
    for (const MergeField& field : fields) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mergeChoice_") + LeadFields::key(field.field));
        for (qsizetype i = 0; i < field.leadIds.size(); ++i)
            if (!field.isBlank(i)) // a blank is never offered
                combo->addItem(tr("%1 (lead %2)").arg(field.shown.at(i)).arg(field.leadIds.at(i)),
                               field.leadIds.at(i));
        combo->setCurrentIndex(std::max(0, combo->findData(defaults.value(field.field))));
        auto* label = new QLabel(LeadFields::label(field.field) + QLatin1Char(':'));
        label->setBuddy(combo);
        m_fields->addRow(label, combo);
        m_choices.append({field.field, combo});
    }
    m_agreeing->setText(fields.isEmpty()
                            ? tr("The leads do not differ in any detail the lead that stays "
                                 "lacks.")
                            : tr("Details not listed are the same in all leads, or only the lead "
                                 "that stays has them."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void MergeDialog::accept()
{
    LeadMerge::Request request;
    request.survivorId = survivorId();
    request.mergedIds = othersOf(request.survivorId);
    request.repName = m_repName;
    for (const auto& [field, combo] : m_choices)
        request.choices.insert(field, combo->currentData().toLongLong());
    try {
        m_result = LeadMerge(m_store).merge(request);
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Merge Leads"), error.message());
        rebuildFields();
        return;
    }
    emit merged(m_result);
    QDialog::accept();
}
