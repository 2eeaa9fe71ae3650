#include "LeadDetailsEditor.h"

#include "LeadFieldForm.h"
#include "Prompts.h"
#include "domain/LeadRepository.h"
#include "leads/LeadEditor.h"
#include "store/Store.h"

#include <QBoxLayout>
#include <QScrollArea>
#include <QToolButton>

LeadDetailsEditor::LeadDetailsEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new LeadFieldForm(LeadFieldForm::Arrangement::Stacked))
    , m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("leadDetailsEditor"));
    connect(m_form, &LeadFieldForm::fieldEdited, this, &LeadDetailsEditor::saveField);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("leadDetailsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    m_actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_actions);
    layout->addWidget(scroll, 1);
    setEnabled(false);
}

void LeadDetailsEditor::setStore(const Store* store)
{
    m_store = store;
    showLead(0);
}

void LeadDetailsEditor::setRepName(const QString& repName)
{
    m_repName = repName;
}

void LeadDetailsEditor::addRecordAction(QAction* action)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setObjectName(action->objectName() + QStringLiteral("ToolButton"));
    m_actions->insertWidget(m_actions->count() - 1, button);
}

void LeadDetailsEditor::showLead(qint64 leadId)
{
    const bool same = leadId == m_leadId && leadId > 0;
    m_leadId = leadId;
    const std::optional<Lead> lead =
        (m_store && leadId > 0) ? LeadRepository(*m_store).find(leadId) : std::nullopt;
    setEnabled(lead.has_value());
    if (m_store)
        m_form->setOwnerNames(Reps::names(*m_store));
    fill(lead.value_or(Lead{}), same);
}

void LeadDetailsEditor::fill(const Lead& lead, bool keepRefused)
{
    std::optional<LeadEditor> editor;
    if (m_store && lead.id > 0)
        editor.emplace(*m_store);
    for (const LeadField field : LeadFields::all()) {
        if (keepRefused && m_form->hasProblem(field))
            continue;
        m_form->setText(field, editor ? editor->currentText(lead, field) : QString());
        m_form->showProblems(field, {});
    }
}

void LeadDetailsEditor::saveField(LeadField field)
{
    if (!m_store || m_leadId <= 0)
        return;
    LeadEditor::Result result;
    try {
        result = LeadEditor(*m_store).setField(m_leadId, field, m_form->text(field), m_repName);
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("The change was not saved"), error.message());
        return;
    }
    m_form->showProblems(field, result.problems);
    if (!result.problems.isEmpty())
        return;
    showLead(m_leadId); // the stored form of the value (trimmed, upper-case codes…)
    if (result.changed)
        emit leadChanged(m_leadId);
}
