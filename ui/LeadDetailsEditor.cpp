#include "LeadDetailsEditor.h"

#include "LeadFieldForm.h"
#include "Prompts.h"
#include "domain/LeadRepository.h"
#include "leads/LeadEditor.h"
#include "leads/LeadVersion.h"
#include "store/Store.h"

#include <QApplication>
#include <QBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>

LeadDetailsEditor::LeadDetailsEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new LeadFieldForm(LeadFieldForm::Arrangement::Stacked))
    , m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("leadDetailsEditor"));
    connect(m_form, &LeadFieldForm::fieldEdited, this,
            [this](LeadField field) { saveField(field); });
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
    // Shortcuts are delivered to their actions, not to the focused input: only the application
    // sees them before they act.
    qApp->installEventFilter(this);
}

bool LeadDetailsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Shortcut && m_leadId > 0 && !commitPending())
        return true;
    return QWidget::eventFilter(watched, event);
}

bool LeadDetailsEditor::commitPending()
{
    bool saved = true;
    for (const LeadField field : m_form->takeUnfinishedFields())
        saved = saveField(field) && saved;
    return saved;
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
    // One button with a menu: the long names (in German especially) must not widen the card.
    if (!m_recordButton) {
        m_recordButton = new QPushButton(tr("Data protection"));
        m_recordButton->setObjectName(QStringLiteral("recordActionsButton"));
        m_recordButton->setToolTip(tr("Disclose or erase everything stored about this person"));
        m_recordButton->setAutoDefault(false);
        m_recordButton->setMenu(new QMenu(m_recordButton));
        m_actions->insertWidget(m_actions->count() - 1, m_recordButton);
    }
    m_recordButton->menu()->addAction(action);
}

void LeadDetailsEditor::showLead(qint64 leadId)
{
    const bool same = leadId == m_leadId && leadId > 0;
    if (!same && m_leadId > 0) {
        // Leaving a lead with a correction still being typed: keep it, or say why not.
        for (const LeadField field : m_form->takeUnfinishedFields())
            if (!saveField(field, true))
                Prompts::critical(
                    this, tr("The change was not saved"),
                    tr("Lead %1: %2 was not changed to \"%3\".")
                            .arg(m_leadId)
                            .arg(LeadFields::label(field), m_form->text(field).trimmed()) +
                        QLatin1Char('\n') + m_form->problemText(field));
    }
    m_leadId = leadId;
    // The version first: a change between the two reads then counts as one made after.
    m_rowVersion = (m_store && leadId > 0) ? LeadVersion::of(*m_store, leadId).value_or(0) : 0;
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
        const QString stored = editor ? editor->currentText(lead, field) : QString();
        // A refused value stays to be corrected; a message about a stored value that another
        // field's change would have broken goes once that value is shown again.
        if (keepRefused && m_form->hasProblem(field) && m_form->text(field) != stored)
            continue;
        // A refresh (a change announced by the store) never takes what the rep is typing.
        if (keepRefused && m_form->isModified(field))
            continue;
        m_form->setText(field, stored);
        m_loaded.insert(field, stored);
        m_form->showProblems(field, {});
    }
}

bool LeadDetailsEditor::saveField(LeadField field, bool quietly)
{
    if (!m_store || m_leadId <= 0)
        return true;
    LeadEditor::Result result;
    try {
        result = LeadEditor(*m_store).setField(
            m_leadId, field, m_form->text(field), m_repName,
            LeadEditor::Expected{m_rowVersion, m_loaded.value(field)});
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("The change was not saved"), error.message());
        return false;
    }
    if (!result.problems.isEmpty()) {
        showRefusal(field, result.problems);
        return false;
    }
    if (result.conflict) {
        showConflict(field, *result.conflict);
        return false;
    }
    if (quietly)
        return true;
    showLead(m_leadId); // the stored form of the value (trimmed, upper-case codes…)
    if (result.changed)
        emit leadChanged(m_leadId);
    return true;
}

void LeadDetailsEditor::showRefusal(LeadField field, const QList<FieldProblem>& problems)
{
    // Every reason under the field that was changed, and each also under the field it is about
    // (a new country can make the stored phone number undialable).
    QList<FieldProblem> here;
    QList<LeadField> others;
    for (const FieldProblem& problem : problems) {
        here.append({field, problem.message});
        if (problem.field != field && !others.contains(problem.field))
            others.append(problem.field);
    }
    m_form->showProblems(field, here);
    for (const LeadField other : others)
        m_form->showProblems(other, problems);
}

void LeadDetailsEditor::showConflict(LeadField field, const FieldConflict& conflict)
{
    // Saving again means "mine": from now on the typing is measured against the value found.
    m_loaded.insert(field, conflict.theirs);
    m_rowVersion = LeadVersion::of(*m_store, m_leadId).value_or(m_rowVersion);
    const auto shown = [field](const QString& text) {
        return FieldChange::displayValue(LeadFields::key(field), text);
    };
    m_form->showProblems(
        field, {{field, tr("Someone else changed this to \"%1\" while you edited it. Confirm "
                           "yours (\"%2\") to keep it, or enter theirs.")
                            .arg(shown(conflict.theirs), shown(conflict.mine))}});
    m_form->markUnfinished(field); // Enter (or leaving the field) keeps the rep's value
}
