#include "NewLeadDialog.h"

#include "LeadFieldForm.h"
#include "Prompts.h"
#include "domain/LeadRepository.h"
#include "leads/DuplicateFinder.h"
#include "leads/LeadEditor.h"
#include "leads/Suppressions.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NewLeadDialog::NewLeadDialog(const Store& store, QString repName, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_repName(std::move(repName))
    , m_form(new LeadFieldForm(LeadFieldForm::Arrangement::Columns))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("newLeadDialog"));
    setWindowTitle(tr("New Lead"));
    m_buttons->setObjectName(QStringLiteral("newLeadButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewLeadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewLeadDialog::reject);

    m_form->setOwnerNames(Reps::names(store));
    m_form->setText(LeadField::Source, keyOf(SourceChannel::InboundCall));
    m_form->setText(LeadField::Owner, m_repName);
    connect(m_form, &LeadFieldForm::fieldEdited, this, &NewLeadDialog::checkField);

    auto* hint = new QLabel(tr("Enter at least an e-mail address or a phone number. Press Enter "
                               "to save."));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(hint);
    layout->addWidget(m_form);
    layout->addWidget(m_buttons);
    m_form->focusField(LeadField::FirstName);
}

Lead NewLeadDialog::leadFromForm(QList<FieldProblem>& problems) const
{
    Lead lead;
    for (const LeadField field : LeadFields::all()) {
        if (field == LeadField::Owner)
            continue; // resolved to a rep id when saving
        if (const QString error = LeadFields::setText(lead, field, m_form->text(field));
            !error.isEmpty())
            problems.append({field, error});
    }
    return lead;
}

void NewLeadDialog::checkField(LeadField field)
{
    // Only what the rep has typed is judged on the way; "nothing to reach them by" waits for Save.
    QList<FieldProblem> problems;
    Lead lead = leadFromForm(problems);
    const LeadValidator validator = LeadValidator::forStore(m_store);
    validator.normalise(lead);
    if (!m_form->text(field).trimmed().isEmpty())
        problems += validator.validateField(lead, field);
    if (field == LeadField::Owner)
        problems += ownerProblems();
    m_form->showProblems(field, problems);
    if (field == LeadField::Country && !m_form->text(LeadField::Phone).isEmpty())
        m_form->showProblems(LeadField::Phone, validator.validateField(lead, LeadField::Phone));
    growToFit();
}

void NewLeadDialog::growToFit()
{
    // Messages under the fields wrap: the dialog grows until every line shows.
    layout()->activate();
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height > this->height())
        resize(width(), height);
}

void NewLeadDialog::accept()
{
    QList<FieldProblem> problems;
    Lead lead = leadFromForm(problems);
    const LeadValidator validator = LeadValidator::forStore(m_store);
    validator.normalise(lead);
    problems += validator.validate(lead);
    problems += ownerProblems();
    m_form->showProblems(problems);
    growToFit();
    if (!problems.isEmpty()) {
        m_form->focusField(problems.first().field);
        return;
    }
    std::optional<SuppressionHit> hit;
    try {
        hit = Suppressions(m_store).check(lead.email, lead.phoneE164);
        if (hit && hit->isSamePerson() && !confirmSuppressed(*hit))
            return;
        if (!confirmDuplicates(DuplicateFinder(m_store).find(lead)))
            return;
        validator.fillDerived(lead);
        lead.ownerId = ownerId();
        m_createdId = LeadRepository(m_store).create(lead, m_repName);
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("The lead was not saved"), error.message());
        return;
    }
    if (hit && !hit->isSamePerson())
        Prompts::information(this, tr("Erased on request"),
                             hit->message() + QStringLiteral("\n\n") +
                                 tr("The lead was saved: a phone number may now reach someone "
                                    "else. If this is the person who was erased, they must have "
                                    "asked to be contacted again; otherwise erase this lead."));
    emit leadCreated(m_createdId);
    QDialog::accept();
}

QList<FieldProblem> NewLeadDialog::ownerProblems() const
{
    const QString owner = m_form->text(LeadField::Owner).trimmed();
    if (owner.isEmpty() || owner == m_repName.trimmed() || Reps::names(m_store).contains(owner))
        return {};
    return {{LeadField::Owner, LeadEditor::unknownOwnerMessage(owner)}};
}

std::optional<qint64> NewLeadDialog::ownerId() const
{
    const QString owner = m_form->text(LeadField::Owner).trimmed();
    return owner.isEmpty() ? std::nullopt : Reps::ownerId(m_store, owner, m_repName);
}

bool NewLeadDialog::confirmSuppressed(const SuppressionHit& hit)
{
    const QString text =
        tr("%1 Their data was erased at their request; save them again only if they have asked "
           "to be contacted.\n\nSave this lead anyway?")
            .arg(hit.message());
    return Prompts::question(this, tr("Erased on request"), text,
                             QMessageBox::Save | QMessageBox::Cancel,
                             QMessageBox::Cancel) == QMessageBox::Save;
}

bool NewLeadDialog::confirmDuplicates(const QList<DuplicateMatch>& matches)
{
    if (matches.isEmpty())
        return true;
    QStringList lines;
    for (const DuplicateMatch& match : matches)
        lines.append(QStringLiteral("• ") + match.describe());
    const QString text =
        tr("This lead is probably already in the store:\n%1\n\nOpen the existing lead instead? "
           "Choose Open to go to it, Save to save the new lead anyway, or Cancel to go back to "
           "the form.")
            .arg(lines.join(QLatin1Char('\n')));
    // Enter opens the existing lead: saving a duplicate takes a deliberate choice.
    const QMessageBox::StandardButton answer = Prompts::question(
        this, tr("Likely duplicate"), text,
        QMessageBox::Open | QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Open);
    if (answer == QMessageBox::Open) {
        m_openedId = matches.first().leadId;
        emit openLeadRequested(m_openedId);
        QDialog::reject();
        return false;
    }
    return answer == QMessageBox::Save;
}
