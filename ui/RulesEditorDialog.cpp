#include "RulesEditorDialog.h"

#include "Prompts.h"
#include "RescoreRunner.h"
#include "ThemeColours.h"
#include "domain/LeadRepository.h"
#include "items/RuleWeightsModel.h"
#include "scoring/ScoreExplanation.h"
#include "store/Store.h"
#include "support/AppSettings.h"
#include "support/BackgroundJob.h"
#include "support/Clock.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString personaKey(bool negative, const QString& id)
{
    return (negative ? QStringLiteral("negative:") : QStringLiteral("flag:")) + id;
}

QStringList valuesFrom(const QPlainTextEdit* edit)
{
    QStringList values;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n')))
        if (const QString value = line.trimmed().toLower(); !value.isEmpty())
            values.append(value);
    return values;
}

} // namespace

RulesEditorDialog::RulesEditorDialog(const Store& store, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_settings(settings)
    , m_active(ScoringRulesRepository(store).active())
    , m_weights(new RuleWeightsModel(this))
    , m_version(new QLabel)
    , m_note(new QLineEdit)
    , m_problem(new QLabel)
    , m_preview(new QPushButton(tr("&Preview")))
    , m_previewProgress(new QProgressBar)
    , m_previewResult(new QLabel)
    , m_save(new QPushButton(tr("&Save as New Version and Rescore")))
{
    setObjectName(QStringLiteral("rulesEditorDialog"));
    setWindowTitle(tr("Scoring rules"));
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("rulesTabWidget"));
    tabs->addTab(buildWeightsPage(), tr("&Weights"));
    tabs->addTab(buildThresholdsPage(), tr("&Thresholds"));
    tabs->addTab(buildPersonaPage(), tr("&Exclusions and flags"));

    const RuleVersion current = ScoringRulesRepository(store).versions().value(0);
    m_version->setObjectName(QStringLiteral("activeVersionLabel"));
    m_version->setText(
        tr("Active: version %1, saved %2%3")
            .arg(m_active.version)
            .arg(QLocale().toString(Clock::fromSecs(current.createdAt).toLocalTime(),
                                    QLocale::ShortFormat))
            .arg(current.repName.isEmpty() ? QString() : tr(" by %1").arg(current.repName)));
    m_note->setObjectName(QStringLiteral("versionNoteLineEdit"));
    m_note->setPlaceholderText(tr("What changed and why (agreed with sales on …)"));
    m_problem->setObjectName(QStringLiteral("rulesProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColours::errorText()));
    m_problem->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_previewProgress->setObjectName(QStringLiteral("previewProgressBar"));
    m_previewProgress->hide();
    m_previewResult->setObjectName(QStringLiteral("previewLabel"));
    m_previewResult->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveRulesButton"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &RulesEditorDialog::startPreview);
    connect(m_save, &QPushButton::clicked, this, &RulesEditorDialog::saveAndRescore);
    connect(m_weights, &QAbstractItemModel::dataChanged, this, &RulesEditorDialog::onChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_version);
    layout->addWidget(tabs, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Note for this version"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview);
    previewRow->addWidget(m_previewProgress, 1);
    layout->addLayout(previewRow);
    layout->addWidget(m_previewResult);
    layout->addWidget(buttons);
    loadRules(m_active.rules);
    resize(760, 640);
}

RulesEditorDialog::~RulesEditorDialog() = default;

QWidget* RulesEditorDialog::buildWeightsPage()
{
    m_weightsView = new QTableView;
    m_weightsView->setObjectName(QStringLiteral("weightsTableView"));
    m_weightsView->setModel(m_weights);
    m_weightsView->verticalHeader()->hide();
    m_weightsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_weightsView->horizontalHeader()->setStretchLastSection(true);
    m_weightsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_weightsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    return m_weightsView;
}

QSpinBox* RulesEditorDialog::spin(const QString& name, int value, int minimum, int maximum)
{
    auto* box = new QSpinBox;
    box->setObjectName(name + QStringLiteral("SpinBox"));
    box->setRange(minimum, maximum);
    box->setValue(value);
    connect(box, &QSpinBox::valueChanged, this, &RulesEditorDialog::onChanged);
    m_spins.insert(name, box);
    return box;
}

QWidget* RulesEditorDialog::buildThresholdsPage()
{
    const ScoringRules& r = m_active.rules;
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(tr("High fit from"), spin(QStringLiteral("highFit"), r.highFit));
    form->addRow(tr("High interest from"), spin(QStringLiteral("highInterest"), r.highInterest));
    form->addRow(tr("Marketing-qualified from (total)"),
                 spin(QStringLiteral("mql"), r.mqlThreshold));
    form->addRow(tr("Sales-ready from (total)"), spin(QStringLiteral("sql"), r.sqlThreshold));
    m_sqlNeedsDecisionMaker = new QCheckBox(tr("Sales-ready needs a confirmed decision authority"));
    m_sqlNeedsDecisionMaker->setObjectName(QStringLiteral("sqlNeedsDecisionMakerCheckBox"));
    connect(m_sqlNeedsDecisionMaker, &QCheckBox::toggled, this, &RulesEditorDialog::onChanged);
    form->addRow(QString(), m_sqlNeedsDecisionMaker);
    for (const QString& grade :
         {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        form->addRow(tr("Grade %1 from").arg(grade), spin(QStringLiteral("grade") + grade, 0));
    m_halfLife = new QDoubleSpinBox;
    m_halfLife->setObjectName(QStringLiteral("halfLifeSpinBox"));
    m_halfLife->setRange(0.5, 3650);
    m_halfLife->setSuffix(tr(" days"));
    connect(m_halfLife, &QDoubleSpinBox::valueChanged, this, &RulesEditorDialog::onChanged);
    form->addRow(tr("Interest half-life"), m_halfLife);
    form->addRow(tr("Interest counts for (days)"), spin(QStringLiteral("maxAge"), 0, 1, 3650));
    form->addRow(tr("Fit at most"), spin(QStringLiteral("fitMax"), 0, 1));
    form->addRow(tr("Interest at most"), spin(QStringLiteral("interestMax"), 0, 1));
    form->addRow(tr("BANT at most"), spin(QStringLiteral("bantMax"), 0, 1));
    return page;
}

QWidget* RulesEditorDialog::buildPersonaPage()
{
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto add = [&](const PersonaRule& rule, bool negative) {
        const QString what =
            negative
                ? (rule.exclude ? tr("excludes") : tr("subtracts %1 fit points").arg(-rule.points))
                : tr("flags, does not exclude");
        auto* box = new QGroupBox(tr("%1 — %2, %3")
                                      .arg(ScoreExplanation::personaName(rule.id, m_active.rules),
                                           PersonaMatches::labelOf(rule.match), what));
        auto* layout = new QVBoxLayout(box);
        auto* values = new QPlainTextEdit;
        values->setObjectName(rule.id + QStringLiteral("ValuesPlainTextEdit"));
        values->setTabChangesFocus(true);
        values->setPlaceholderText(tr("One value per line"));
        values->setMaximumHeight(90);
        connect(values, &QPlainTextEdit::textChanged, this, &RulesEditorDialog::onChanged);
        layout->addWidget(values);
        m_personaValues.insert(personaKey(negative, rule.id), values);
        if (negative && rule.exclude) {
            auto* exclude = new QCheckBox(tr("Exclude the lead (total 0, grade E)"));
            exclude->setObjectName(rule.id + QStringLiteral("ExcludeCheckBox"));
            connect(exclude, &QCheckBox::toggled, this, &RulesEditorDialog::onChanged);
            layout->addWidget(exclude);
            m_personaExclude.insert(rule.id, exclude);
        }
        column->addWidget(box);
    };
    for (const PersonaRule& rule : m_active.rules.negativePersona)
        add(rule, true);
    for (const PersonaRule& rule : m_active.rules.flags)
        add(rule, false);
    column->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    return scroll;
}

void RulesEditorDialog::loadRules(const ScoringRules& r)
{
    m_weights->setRules(r);
    const QList<std::pair<QString, int>> values{{QStringLiteral("highFit"), r.highFit},
                                                {QStringLiteral("highInterest"), r.highInterest},
                                                {QStringLiteral("mql"), r.mqlThreshold},
                                                {QStringLiteral("sql"), r.sqlThreshold},
                                                {QStringLiteral("gradeA"), r.gradeA},
                                                {QStringLiteral("gradeB"), r.gradeB},
                                                {QStringLiteral("gradeC"), r.gradeC},
                                                {QStringLiteral("gradeD"), r.gradeD},
                                                {QStringLiteral("maxAge"), r.maxAgeDays},
                                                {QStringLiteral("fitMax"), r.fitMax},
                                                {QStringLiteral("interestMax"), r.interestMax},
                                                {QStringLiteral("bantMax"), r.bantMax}};
    for (const auto& [name, value] : values)
        m_spins.value(name)->setValue(value);
    m_halfLife->setValue(r.halfLifeDays);
    m_sqlNeedsDecisionMaker->setChecked(r.sqlRequires.decisionMakerConfirmed);
    for (const PersonaRule& rule : r.negativePersona) {
        m_personaValues.value(personaKey(true, rule.id))
            ->setPlainText(rule.values.join(QLatin1Char('\n')));
        if (QCheckBox* exclude = m_personaExclude.value(rule.id))
            exclude->setChecked(rule.exclude);
    }
    for (const PersonaRule& rule : r.flags)
        m_personaValues.value(personaKey(false, rule.id))
            ->setPlainText(rule.values.join(QLatin1Char('\n')));
    onChanged();
}

ScoringRules RulesEditorDialog::editedRules() const
{
    ScoringRules r = m_weights->rules();
    const auto value = [this](const char* name) {
        return m_spins.value(QLatin1String(name))->value();
    };
    r.highFit = value("highFit");
    r.highInterest = value("highInterest");
    r.mqlThreshold = value("mql");
    r.sqlThreshold = value("sql");
    r.gradeA = value("gradeA");
    r.gradeB = value("gradeB");
    r.gradeC = value("gradeC");
    r.gradeD = value("gradeD");
    r.maxAgeDays = value("maxAge");
    r.fitMax = value("fitMax");
    r.interestMax = value("interestMax");
    r.bantMax = value("bantMax");
    r.halfLifeDays = m_halfLife->value();
    r.sqlRequires.decisionMakerConfirmed = m_sqlNeedsDecisionMaker->isChecked();
    for (PersonaRule& rule : r.negativePersona) {
        rule.values = valuesFrom(m_personaValues.value(personaKey(true, rule.id)));
        if (QCheckBox* exclude = m_personaExclude.value(rule.id))
            rule.exclude = exclude->isChecked();
    }
    for (PersonaRule& rule : r.flags)
        rule.values = valuesFrom(m_personaValues.value(personaKey(false, rule.id)));
    return r;
}

void RulesEditorDialog::onChanged()
{
    if (!m_halfLife || m_spins.size() < 12)
        return; // still building
    const ScoringRules rules = editedRules();
    const QString problem = rules.validate();
    const bool changed = !(rules == m_active.rules);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty() && changed && !m_previewJob && !m_rescoring);
    m_preview->setEnabled((problem.isEmpty() || m_previewJob) && !m_rescoring);
    m_previewResult->setText(changed ? QString() : tr("No change to the active rules yet."));
}

void RulesEditorDialog::startPreview()
{
    if (m_previewJob) {
        m_previewJob->cancel();
        return;
    }
    const ScoringRules current = m_active.rules;
    const ScoringRules proposed = editedRules();
    auto result = std::make_shared<BulkScoring::Preview>();
    m_previewJob = new BackgroundJob(
        m_store,
        [result, current, proposed](const Store& own, BackgroundJob& job) {
            *result = BulkScoring::preview(own, current, proposed, [&job](qint64 d, qint64 t) {
                job.setProgress(d, t);
                return !job.isCancelled();
            });
            return result->completed;
        },
        this);
    connect(m_previewJob, &BackgroundJob::progressed, this, [this](qint64 d, qint64 total) {
        m_previewProgress->setRange(0, 1000);
        m_previewProgress->setValue(total > 0 ? int(d * 1000 / total) : 0);
    });
    connect(m_previewJob, &BackgroundJob::finished, this,
            [this, result](bool completed, const QString& error) {
                m_previewJob->deleteLater();
                m_previewJob = nullptr;
                m_previewProgress->hide();
                m_preview->setText(tr("&Preview"));
                onChanged();
                if (!error.isEmpty())
                    m_previewResult->setText(tr("The preview failed: %1").arg(error));
                else if (!completed)
                    m_previewResult->setText(tr("Preview cancelled."));
                else
                    showPreview(*result);
            });
    m_preview->setText(tr("Cancel &Preview"));
    m_previewProgress->setRange(0, 0);
    m_previewProgress->show();
    m_save->setEnabled(false);
    m_previewResult->setText(tr("Scoring every lead with both rule sets…"));
    m_previewJob->start();
}

void RulesEditorDialog::showPreview(const BulkScoring::Preview& preview)
{
    QStringList moves;
    const QList<Grade> grades = allValues<Grade>();
    for (Grade from : grades)
        for (Grade to : grades)
            if (from != to && preview.grades[vocabIndex(from)][vocabIndex(to)] > 0)
                moves.append(tr("%1→%2: %3")
                                 .arg(keyOf(from), keyOf(to))
                                 .arg(preview.grades[vocabIndex(from)][vocabIndex(to)]));
    QString text = tr("Of %1 leads, %2 would change grade and %3 their stage band (below "
                      "marketing-qualified, marketing-qualified, sales-ready).")
                       .arg(preview.leads)
                       .arg(preview.gradeChanges)
                       .arg(preview.bandChanges);
    if (!moves.isEmpty())
        text += QLatin1Char(' ') + moves.join(QStringLiteral(", ")) + QLatin1Char('.');
    m_previewResult->setText(text);
}

void RulesEditorDialog::saveAndRescore()
{
    const ScoringRules rules = editedRules();
    if (const QString problem = rules.validate(); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    const qint64 leads = LeadRepository(m_store).count();
    if (Prompts::question(this, tr("Save scoring rules"),
                          tr("Save these rules as a new version and rescore all %n lead(s) now? "
                             "Until you do, every score keeps its current version.",
                             nullptr, int(leads))) != QMessageBox::Yes)
        return;
    const qint64 repId = Reps::idFor(m_store, m_settings.repName());
    m_rescoring = true;
    onChanged();
    RescoreRunner::start(
        this, m_store, rules, repId, m_note->text().trimmed(),
        [this](const BulkScoring::RescoreOutcome& outcome, const QString& error) {
            m_rescoring = false;
            onChanged();
            if (!error.isEmpty()) {
                Prompts::critical(
                    this, tr("Rules not saved"),
                    tr("%1\nNothing was saved; every score is as it was.").arg(error));
            } else if (!outcome.completed && outcome.rulesSaved) {
                // A server commits the rules before rescoring in batches: they are saved.
                m_savedVersion = outcome.version;
                Prompts::information(this, tr("Rules saved"),
                                     RescoreRunner::cancelledText(outcome));
                accept();
            } else if (!outcome.completed) {
                Prompts::information(this, tr("Rules not saved"),
                                     tr("Cancelled: nothing was saved, and every score is as it "
                                        "was."));
            } else {
                m_savedVersion = outcome.version;
                Prompts::information(
                    this, tr("Rules saved"),
                    tr("Saved as version %1; %n lead(s) rescored.", nullptr, int(outcome.leads))
                        .arg(outcome.version));
                accept();
            }
        });
}
