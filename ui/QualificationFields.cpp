#include "QualificationFields.h"

#include "ThemeColours.h"
#include "domain/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

void select(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString keyIn(const QComboBox* combo)
{
    return combo->currentData().toString();
}

} // namespace

QualificationFields::QualificationFields(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qualificationFieldsWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildBant());
    layout->addWidget(buildFit());

    auto* notesBox = new QGroupBox(tr("Notes"));
    auto* notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What the lead said, in their words"));
    m_notes->setMinimumHeight(70);
    notesLayout->addWidget(m_notes);
    layout->addWidget(notesBox);
    watch(m_notes);
    m_fields.insert(QStringLiteral("notes"), m_notes);
    m_order.append(QStringLiteral("notes"));
    // Tab walks the form top to bottom (the fields are all in this widget by now).
    QWidget* previous = nullptr;
    for (const QString& key : m_order) {
        QWidget* field = m_fields.value(key);
        if (previous)
            setTabOrder(previous, field);
        previous = field;
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

template <typename E> QComboBox* QualificationFields::combo(const QString& name)
{
    auto* box = new QComboBox;
    box->setObjectName(name);
    // Narrow panes: the box may be narrower than its longest item (the popup shows it whole).
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    for (E value : allValues<E>())
        box->addItem(labelOf(value), keyOf(value));
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    watch(box);
    return box;
}

QLineEdit* QualificationFields::line(const QString& name, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this, &QualificationFields::edited);
    watch(edit);
    return edit;
}

void QualificationFields::watch(QWidget* field)
{
    field->installEventFilter(this);
}

bool QualificationFields::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        emit focusLeft();
    return QWidget::eventFilter(watched, event);
}

void QualificationFields::addRow(QFormLayout* form, const QString& label, QWidget* field,
                                 const QString& key)
{
    auto* cell = new QWidget;
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    if (field->focusPolicy() != Qt::NoFocus)
        cell->setFocusProxy(field); // the label's shortcut reaches the field
    auto* problem = new QLabel;
    problem->setObjectName(key + QStringLiteral("ProblemLabel"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColours::errorText()));
    problem->hide();
    column->addWidget(problem);
    m_problemLabels.insert(key, problem);
    form->addRow(label, cell);
}

QWidget* QualificationFields::buildBant()
{
    auto* box = new QGroupBox(tr("BANT and buying phase"));
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // narrow pane: the label goes on top

    m_budget = combo<BudgetStatus>(QStringLiteral("budgetComboBox"));
    m_budgetAmount = line(QStringLiteral("budgetAmountLineEdit"), tr("Amount, e.g. 25000"));
    m_budgetCurrency = line(QStringLiteral("budgetCurrencyLineEdit"), tr("e.g. EUR"));
    m_budgetCurrency->setMaximumWidth(90);
    auto* money = new QWidget;
    auto* moneyRow = new QHBoxLayout(money);
    moneyRow->setContentsMargins(0, 0, 0, 0);
    moneyRow->addWidget(m_budgetAmount, 1);
    moneyRow->addWidget(m_budgetCurrency);
    form->addRow(tr("&Budget"), m_budget);
    addRow(form, tr("Budget amount"), money, QStringLiteral("budgetAmount"));
    m_problemLabels.insert(QStringLiteral("budgetCurrency"),
                           m_problemLabels.value(QStringLiteral("budgetAmount")));

    m_authority = combo<AuthorityLevel>(QStringLiteral("authorityComboBox"));
    m_buyingRole = combo<BuyingRole>(QStringLiteral("buyingRoleComboBox"));
    m_decisionMaker = new QCheckBox(tr("Decision authority &confirmed"));
    m_decisionMaker->setObjectName(QStringLiteral("decisionMakerCheckBox"));
    connect(m_decisionMaker, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            emit edited();
    });
    watch(m_decisionMaker);
    form->addRow(tr("&Authority"), m_authority);
    form->addRow(tr("Buying-center &role"), m_buyingRole);
    addRow(form, QString(), m_decisionMaker, QStringLiteral("decisionMakerConfirmed"));

    m_need = combo<NeedLevel>(QStringLiteral("needComboBox"));
    m_needText = line(QStringLiteral("needTextLineEdit"), tr("The pain in the lead's words"));
    form->addRow(tr("Nee&d"), m_need);
    form->addRow(tr("Pain"), m_needText);

    m_timing = combo<Timing>(QStringLiteral("timingComboBox"));
    m_decisionDate = line(QStringLiteral("decisionDateLineEdit"), tr("YYYY-MM-DD"));
    form->addRow(tr("Ti&ming"), m_timing);
    addRow(form, tr("Decision date"), m_decisionDate, QStringLiteral("decisionDate"));

    m_phase = combo<BuyingPhase>(QStringLiteral("buyingPhaseComboBox"));
    form->addRow(tr("Buying &phase"), m_phase);
    return box;
}

QWidget* QualificationFields::buildFit()
{
    auto* box = new QGroupBox(tr("Fit"));
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_employees = line(QStringLiteral("employeesLineEdit"), tr("Head count"));
    m_companySize = new QLabel;
    m_companySize->setObjectName(QStringLiteral("companySizeLabel"));
    auto* people = new QWidget;
    auto* peopleRow = new QHBoxLayout(people);
    peopleRow->setContentsMargins(0, 0, 0, 0);
    peopleRow->addWidget(m_employees, 1);
    peopleRow->addWidget(m_companySize);
    addRow(form, tr("Emplo&yees"), people, QStringLiteral("employees"));

    m_revenue = line(QStringLiteral("annualRevenueLineEdit"), tr("Annual revenue"));
    m_revenueCurrency = line(QStringLiteral("revenueCurrencyLineEdit"), tr("e.g. EUR"));
    m_revenueCurrency->setMaximumWidth(90);
    auto* revenue = new QWidget;
    auto* revenueRow = new QHBoxLayout(revenue);
    revenueRow->setContentsMargins(0, 0, 0, 0);
    revenueRow->addWidget(m_revenue, 1);
    revenueRow->addWidget(m_revenueCurrency);
    addRow(form, tr("A&nnual revenue"), revenue, QStringLiteral("annualRevenue"));
    m_problemLabels.insert(QStringLiteral("revenueCurrency"),
                           m_problemLabels.value(QStringLiteral("annualRevenue")));

    m_industry = combo<Industry>(QStringLiteral("industryComboBox"));
    m_title = line(QStringLiteral("titleLineEdit"), tr("Position as the lead calls it"));
    m_seniority = combo<Seniority>(QStringLiteral("seniorityComboBox"));
    addRow(form, tr("&Industry"), m_industry, QStringLiteral("industry"));
    addRow(form, tr("P&osition"), m_title, QStringLiteral("title"));
    addRow(form, tr("Seniority"), m_seniority, QStringLiteral("seniority"));

    const QList<std::pair<QString, QWidget*>> fields{
        {QStringLiteral("budget"), m_budget},
        {QStringLiteral("budgetAmount"), m_budgetAmount},
        {QStringLiteral("budgetCurrency"), m_budgetCurrency},
        {QStringLiteral("authority"), m_authority},
        {QStringLiteral("buyingRole"), m_buyingRole},
        {QStringLiteral("decisionMakerConfirmed"), m_decisionMaker},
        {QStringLiteral("need"), m_need},
        {QStringLiteral("needText"), m_needText},
        {QStringLiteral("timing"), m_timing},
        {QStringLiteral("decisionDate"), m_decisionDate},
        {QStringLiteral("buyingPhase"), m_phase},
        {QStringLiteral("employees"), m_employees},
        {QStringLiteral("annualRevenue"), m_revenue},
        {QStringLiteral("revenueCurrency"), m_revenueCurrency},
        {QStringLiteral("industry"), m_industry},
        {QStringLiteral("title"), m_title},
        {QStringLiteral("seniority"), m_seniority}};
    for (const auto& [key, widget] : fields) {
        m_fields.insert(key, widget);
        m_order.append(key);
    }
    return box;
}

QualificationEntry QualificationFields::entry() const
{
    QualificationEntry e;
    e.budget = keyIn(m_budget);
    e.budgetAmount = m_budgetAmount->text();
    e.budgetCurrency = m_budgetCurrency->text();
    e.authority = keyIn(m_authority);
    e.buyingRole = keyIn(m_buyingRole);
    e.decisionMakerConfirmed = m_decisionMaker->isChecked();
    e.need = keyIn(m_need);
    e.needText = m_needText->text();
    e.timing = keyIn(m_timing);
    e.decisionDate = m_decisionDate->text();
    e.buyingPhase = keyIn(m_phase);
    e.notes = m_notes->toPlainText();
    e.employees = m_employees->text();
    e.annualRevenue = m_revenue->text();
    e.revenueCurrency = m_revenueCurrency->text();
    e.industry = keyIn(m_industry);
    e.title = m_title->text();
    e.seniority = keyIn(m_seniority);
    return e;
}

void QualificationFields::setEntry(const QualificationEntry& e)
{
    m_loading = true;
    select(m_budget, e.budget);
    m_budgetAmount->setText(e.budgetAmount);
    m_budgetCurrency->setText(e.budgetCurrency);
    select(m_authority, e.authority);
    select(m_buyingRole, e.buyingRole);
    m_decisionMaker->setChecked(e.decisionMakerConfirmed);
    select(m_need, e.need);
    m_needText->setText(e.needText);
    select(m_timing, e.timing);
    m_decisionDate->setText(e.decisionDate);
    select(m_phase, e.buyingPhase);
    if (m_notes->toPlainText() != e.notes)
        m_notes->setPlainText(e.notes);
    m_employees->setText(e.employees);
    m_revenue->setText(e.annualRevenue);
    m_revenueCurrency->setText(e.revenueCurrency);
    select(m_industry, e.industry);
    m_title->setText(e.title);
    select(m_seniority, e.seniority);
    m_loading = false;
}

void QualificationFields::showProblems(const QList<EntryProblem>& problems)
{
    QHash<QLabel*, QStringList> texts;
    for (const EntryProblem& problem : problems)
        if (QLabel* label = m_problemLabels.value(problem.field))
            texts[label].append(problem.message);
    for (QLabel* label : m_problemLabels) {
        const QString text = texts.value(label).join(QLatin1Char('\n'));
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        bool bad = false;
        for (const EntryProblem& problem : problems)
            bad |= problem.field == it.key();
        it.value()->setProperty("invalid", bad);
        it.value()->setStyleSheet(
            bad ? QStringLiteral("border: 1px solid %1;").arg(ThemeColours::errorText())
                : QString());
    }
}

void QualificationFields::showCompanySize(const QString& size)
{
    m_companySize->setText(size);
}

QWidget* QualificationFields::firstProblemField() const
{
    for (const QString& key : m_order)
        if (QWidget* field = m_fields.value(key); field && field->property("invalid").toBool())
            return field;
    return nullptr;
}

QWidget* QualificationFields::firstField() const
{
    return m_budget;
}

QWidget* QualificationFields::lastField() const
{
    return m_notes;
}
