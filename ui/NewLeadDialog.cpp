#include "NewLeadDialog.h"

#include "LeadFieldForm.h"
#include "Prompts.h"
#include "domain/LeadRepository.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NewLeadDialog::NewLeadDialog(const Store& store, QString repName, QWidget* parent)
    : QDialog(parent)
    , m_intake(store, repName)
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
    m_form->setText(LeadField::Owner, repName);
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

LeadDraft NewLeadDialog::draftFromForm() const
{
    LeadDraft draft;
    for (const LeadField field : LeadFields::all())
        draft.set(field, m_form->text(field));
    return draft;
}

void NewLeadDialog::checkField(LeadField field)
{
    const LeadDraft draft = draftFromForm();
    m_form->showProblems(field, m_intake.checkField(draft, field));
    // A country changes how a local number is dialled.
    if (field == LeadField::Country && !m_form->text(LeadField::Phone).isEmpty())
        m_form->showProblems(LeadField::Phone, m_intake.checkField(draft, LeadField::Phone));
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
    const LeadDraft draft = draftFromForm();
    IntakeOptions options;
    IntakeResult result;
    try {
        result = m_intake.create(draft, options);
        while (!result.created() && confirmed(result, options))
            result = m_intake.create(draft, options);
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("The lead was not saved"), error.message());
        return;
    }
    if (!result.created())
        return;
    m_createdId = result.leadId;
    if (result.check.hasErasedNumber())
        Prompts::information(this, tr("Erased on request"),
                             result.check.erased->message() + QStringLiteral("\n\n") +
                                 tr("The lead was saved: a phone number may now reach someone "
                                    "else. If this is the person who was erased, they must have "
                                    "asked to be contacted again; otherwise erase this lead."));
    emit leadCreated(m_createdId);
    QDialog::accept();
}

bool NewLeadDialog::confirmed(const IntakeResult& result, IntakeOptions& options)
{
    m_form->showProblems(result.check.problems);
    growToFit();
    switch (result.outcome) {
    case IntakeResult::Outcome::Invalid:
        m_form->focusField(result.check.problems.first().field);
        return false;
    case IntakeResult::Outcome::ErasedPerson:
        return options.allowErased = confirmSuppressed(*result.check.erased);
    case IntakeResult::Outcome::Duplicate:
        return options.allowDuplicate = confirmDuplicates(result.check.duplicates);
    default:
        return false;
    }
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

void NewLeadDialog::setPhone(const QString& phone)
{
    m_form->setText(LeadField::Phone, phone);
}
