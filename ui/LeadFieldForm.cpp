#include "LeadFieldForm.h"

#include "ThemeColours.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

namespace {

// "first_name" → "firstName", for object names tests can find.
QString camelName(LeadField field)
{
    const QStringList parts = LeadFields::key(field).split(QLatin1Char('_'));
    QString name = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        name += parts[i].left(1).toUpper() + parts[i].mid(1);
    return name;
}

template <typename E> void fillCombo(QComboBox* box)
{
    for (const E value : allValues<E>())
        box->addItem(labelOf(value), keyOf(value));
}

const QList<LeadField> contactFields{LeadField::FirstName, LeadField::LastName,  LeadField::Title,
                                     LeadField::Seniority, LeadField::Email,     LeadField::Phone,
                                     LeadField::DoNotCall, LeadField::DoNotEmail};
const QList<LeadField> companyFields{
    LeadField::Company,   LeadField::Website,       LeadField::Industry,
    LeadField::Employees, LeadField::AnnualRevenue, LeadField::RevenueCurrency,
    LeadField::Country,   LeadField::City,          LeadField::TimeZone};
const QList<LeadField> originFields{LeadField::Source, LeadField::Campaign, LeadField::Owner};

} // namespace

LeadFieldForm::LeadFieldForm(Arrangement arrangement, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("leadFieldFormWidget"));
    QBoxLayout* outer = arrangement == Arrangement::Columns
                            ? static_cast<QBoxLayout*>(new QHBoxLayout(this))
                            : static_cast<QBoxLayout*>(new QVBoxLayout(this));
    outer->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QList<LeadField>>> groups{
        {tr("Contact"), contactFields},
        {tr("Company and fit"), companyFields},
        {tr("Origin and owner"), originFields}};
    for (const auto& [title, fields] : groups) {
        auto* group = new QGroupBox(title);
        auto* layout = new QFormLayout(group);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        layout->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow card: labels on top
        for (const LeadField field : fields)
            addRow(layout, field);
        outer->addWidget(group, 0, Qt::AlignTop);
    }
    if (arrangement == Arrangement::Stacked)
        outer->addStretch(1);
}

void LeadFieldForm::addRow(QFormLayout* layout, LeadField field)
{
    QWidget* input = createInput(field);
    input->setObjectName(camelName(field) + QLatin1String(input->metaObject()->className()).mid(1));
    auto* problem = new QLabel;
    problem->setObjectName(camelName(field) + QStringLiteral("ErrorLabel"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColours::errorText()));
    if (qobject_cast<QCheckBox*>(input))
        layout->addRow(QString(), input);
    else
        layout->addRow(LeadFields::label(field) + QLatin1Char(':'), input);
    layout->addRow(QString(), problem);
    layout->setRowVisible(problem, false);
    m_inputs.insert(field, input);
    m_problems.insert(field, problem);
    m_layouts.insert(field, layout);
}

QWidget* LeadFieldForm::createInput(LeadField field)
{
    switch (field) {
    case LeadField::Seniority:
    case LeadField::Industry:
    case LeadField::Source:
    case LeadField::Owner:
        return createComboBox(field);
    case LeadField::DoNotCall:
    case LeadField::DoNotEmail:
        return createCheckBox(field);
    case LeadField::Email:
        return createLineEdit(field, tr("e.g. name@company.example"));
    case LeadField::Phone:
        return createLineEdit(field, tr("e.g. +49 30 901820"));
    case LeadField::AnnualRevenue:
        return createLineEdit(field, tr("e.g. 2500000"));
    case LeadField::RevenueCurrency:
        return createLineEdit(field, tr("e.g. EUR"));
    case LeadField::Country:
        return createLineEdit(field, tr("e.g. DE"));
    case LeadField::TimeZone:
        return createLineEdit(field, tr("e.g. Europe/Berlin"));
    default:
        return createLineEdit(field, QString());
    }
}

QLineEdit* LeadFieldForm::createLineEdit(LeadField field, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(false);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
        if (edit->isModified()) {
            edit->setModified(false);
            emit fieldEdited(field);
        }
    });
    return edit;
}

QComboBox* LeadFieldForm::createComboBox(LeadField field)
{
    auto* box = new QComboBox;
    if (field == LeadField::Seniority)
        fillCombo<Seniority>(box);
    else if (field == LeadField::Industry)
        fillCombo<Industry>(box);
    else if (field == LeadField::Source)
        fillCombo<SourceChannel>(box);
    else
        box->setEditable(true); // owner: a rep's name, typed or chosen; only the team's reps
    if (field == LeadField::Owner)
        connect(box->lineEdit(), &QLineEdit::editingFinished, this, [this, box, field] {
            if (box->lineEdit()->isModified()) {
                box->lineEdit()->setModified(false);
                emit fieldEdited(field);
            }
        });
    connect(box, &QComboBox::activated, this, [this, field] { emit fieldEdited(field); });
    return box;
}

QCheckBox* LeadFieldForm::createCheckBox(LeadField field)
{
    auto* box = new QCheckBox(field == LeadField::DoNotCall ? tr("Do not call this person")
                                                            : tr("Do not e-mail this person"));
    connect(box, &QCheckBox::clicked, this, [this, field] { emit fieldEdited(field); });
    return box;
}

void LeadFieldForm::setOwnerNames(const QStringList& names)
{
    auto* box = qobject_cast<QComboBox*>(m_inputs.value(LeadField::Owner));
    const QString current = box->currentText();
    const bool typing = box->lineEdit()->isModified(); // a refresh must not end the typing
    box->clear();
    box->addItem(QString());
    box->addItems(names);
    box->setCurrentText(current);
    box->lineEdit()->setModified(typing);
}

QString LeadFieldForm::text(LeadField field) const
{
    QWidget* input = m_inputs.value(field);
    if (auto* edit = qobject_cast<QLineEdit*>(input))
        return edit->text();
    if (auto* box = qobject_cast<QCheckBox*>(input))
        return LeadFields::flagText(box->isChecked());
    auto* combo = qobject_cast<QComboBox*>(input);
    return combo->isEditable() ? combo->currentText() : combo->currentData().toString();
}

void LeadFieldForm::setText(LeadField field, const QString& text)
{
    QWidget* input = m_inputs.value(field);
    if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        edit->setText(text);
        edit->setModified(false);
    } else if (auto* box = qobject_cast<QCheckBox*>(input)) {
        box->setChecked(text == LeadFields::flagText(true));
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        if (combo->isEditable())
            combo->setCurrentText(text);
        else
            combo->setCurrentIndex(std::max(0, combo->findData(text)));
    }
}

void LeadFieldForm::showProblems(const QList<FieldProblem>& problems)
{
    for (const LeadField field : m_inputs.keys())
        showProblems(field, problems);
}

void LeadFieldForm::showProblems(LeadField field, const QList<FieldProblem>& problems)
{
    QStringList messages;
    for (const FieldProblem& problem : problems)
        if (problem.field == field && !messages.contains(problem.message))
            messages.append(problem.message);
    QLabel* label = m_problems.value(field);
    label->setText(messages.join(QLatin1Char('\n')));
    m_layouts.value(field)->setRowVisible(label, !messages.isEmpty());
}

bool LeadFieldForm::hasProblem(LeadField field) const
{
    return !m_problems.value(field)->text().isEmpty();
}

QString LeadFieldForm::problemText(LeadField field) const
{
    return m_problems.value(field)->text();
}

QList<LeadField> LeadFieldForm::takeUnfinishedFields()
{
    QList<LeadField> fields;
    for (const LeadField field : LeadFields::all()) {
        QWidget* input = m_inputs.value(field);
        auto* edit = qobject_cast<QLineEdit*>(input);
        if (auto* box = qobject_cast<QComboBox*>(input))
            edit = box->lineEdit();
        if (edit && edit->isModified()) {
            edit->setModified(false);
            fields.append(field);
        }
    }
    return fields;
}

bool LeadFieldForm::isModified(LeadField field) const
{
    QWidget* input = m_inputs.value(field);
    auto* edit = qobject_cast<QLineEdit*>(input);
    if (auto* box = qobject_cast<QComboBox*>(input))
        edit = box->lineEdit();
    return edit && edit->isModified();
}

void LeadFieldForm::markUnfinished(LeadField field)
{
    QWidget* input = m_inputs.value(field);
    auto* edit = qobject_cast<QLineEdit*>(input);
    if (auto* box = qobject_cast<QComboBox*>(input))
        edit = box->lineEdit();
    if (edit)
        edit->setModified(true);
}

void LeadFieldForm::focusField(LeadField field)
{
    if (QWidget* input = m_inputs.value(field))
        input->setFocus(Qt::OtherFocusReason);
}
