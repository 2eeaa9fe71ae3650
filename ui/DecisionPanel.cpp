#include "DecisionPanel.h"

#include "NurtureTrackChooser.h"
#include "ThemeColours.h"
#include "qualification/QualificationEntry.h"
#include "support/Clock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QDate today()
{
    return Clock::now().toLocalTime().date();
}

constexpr int defaultNurtureDays = 90;

} // namespace

DecisionPanel::DecisionPanel(QWidget* parent)
    : QWidget(parent)
    , m_reason(new QLineEdit)
    , m_disqualifyReason(new QComboBox)
    , m_nurtureUntil(new QLineEdit)
    , m_nurtureRead(new QLabel)
    , m_hint(new QLabel)
    , m_message(new QLabel)
    , m_track(new NurtureTrackChooser)
{
    setObjectName(QStringLiteral("decisionPanelWidget"));
    auto* box = new QGroupBox(tr("Decision"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    m_reason->setObjectName(QStringLiteral("decisionReasonLineEdit"));
    m_reason->setPlaceholderText(tr("Override reason, or a note for the decision"));
    m_reason->setClearButtonEnabled(true);
    m_disqualifyReason->setObjectName(QStringLiteral("disqualifyReasonComboBox"));
    m_disqualifyReason->addItem(tr("Choose a reason…"), QString());
    for (DisqualifyReason reason : allValues<DisqualifyReason>())
        m_disqualifyReason->addItem(labelOf(reason), keyOf(reason));
    m_nurtureUntil->setObjectName(QStringLiteral("nurtureUntilLineEdit"));
    // Empty until the rep chooses: Nurture then asks for the day (no silent default).
    m_nurtureUntil->setPlaceholderText(tr("empty: asked on Nurture"));
    m_nurtureUntil->setToolTip(tr("The day the lead comes back into the queue, e.g. %1")
                                   .arg(today().addDays(defaultNurtureDays).toString(Qt::ISODate)));
    m_nurtureUntil->setClearButtonEnabled(true);
    m_nurtureRead->setObjectName(QStringLiteral("nurtureUntilReadLabel"));
    m_nurtureRead->setWordWrap(true);
    connect(m_nurtureUntil, &QLineEdit::textChanged, this, &DecisionPanel::showNurtureRead);
    m_hint->setObjectName(QStringLiteral("decisionHintLabel"));
    m_hint->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("decisionMessageLabel"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("R&eason / note"), m_reason);
    form->addRow(tr("Dis&qualify because"), m_disqualifyReason);
    form->addRow(tr("Nurture &until"), m_nurtureUntil);
    form->addRow(QString(), m_nurtureRead);

    auto* buttons = new QGridLayout;
    buttons->addWidget(button(Decision::SalesReady, QStringLiteral("salesReadyButton")), 0, 0);
    buttons->addWidget(button(Decision::MarketingQualified, QStringLiteral("mqlButton")), 0, 1);
    // Two a row: the form pane shares the window with the queue and the lead card.
    buttons->addWidget(button(Decision::Nurture, QStringLiteral("nurtureButton")), 1, 0);
    buttons->addWidget(button(Decision::Disqualify, QStringLiteral("disqualifyButton")), 1, 1);
    buttons->addWidget(button(Decision::Reopen, QStringLiteral("reopenButton")), 2, 0);

    auto* inner = new QVBoxLayout(box);
    inner->addLayout(form);
    inner->addWidget(m_track);
    inner->addLayout(buttons);
    inner->addWidget(m_hint);
    inner->addWidget(m_message);
    reset();
    showNurtureRead();
    setLeadPresent(false);
}

QPushButton* DecisionPanel::button(Decision decision, const QString& name)
{
    auto* b = new QPushButton(StageDecisions::label(decision));
    b->setObjectName(name);
    connect(b, &QPushButton::clicked, this, [this, decision] { emit decisionRequested(decision); });
    m_buttons.insert(int(decision), b);
    return b;
}

void DecisionPanel::setLeadPresent(bool present)
{
    for (QPushButton* b : m_buttons)
        b->setEnabled(present);
    m_reason->setEnabled(present);
    m_disqualifyReason->setEnabled(present);
    m_nurtureUntil->setEnabled(present);
    m_track->setEnabled(present);
    if (!present) {
        m_hint->clear();
        m_message->clear();
    }
}

bool DecisionPanel::isPossible(Decision decision) const
{
    return m_possible.value(int(decision));
}

void DecisionPanel::setAvailability(Stage stage, const ScoreResult& score,
                                    const ScoringRules& rules)
{
    QStringList hints;
    for (Decision decision : {Decision::SalesReady, Decision::MarketingQualified, Decision::Nurture,
                              Decision::Disqualify, Decision::Reopen}) {
        const DecisionCheck check = StageDecisions::assess(stage, decision, score, rules);
        m_possible.insert(int(decision), check.possible);
        QPushButton* b = m_buttons.value(int(decision));
        b->setEnabled(check.possible && !check.blocked);
        b->setText(check.needsOverride ? tr("%1 (override)").arg(StageDecisions::label(decision))
                                       : StageDecisions::label(decision));
        if (check.possible && check.blocked)
            hints.append(
                tr("%1 is not possible: %2")
                    .arg(StageDecisions::label(decision), check.gaps.join(QLatin1Char(' '))));
        else if (check.possible && check.needsOverride)
            hints.append(
                tr("%1 needs a written override reason: %2")
                    .arg(StageDecisions::label(decision), check.gaps.join(QLatin1Char(' '))));
    }
    m_hint->setText(hints.join(QLatin1Char('\n')));
    if (m_disqualifyReason->currentIndex() == 0 && !score.proposedDisqualifyReason.isEmpty())
        m_disqualifyReason->setCurrentIndex(
            m_disqualifyReason->findData(score.proposedDisqualifyReason));
}

DecisionRequest DecisionPanel::request(Decision decision) const
{
    DecisionRequest request;
    request.decision = decision;
    // One line for both: the reason an override needs, or the decision's note.
    const QString text = m_reason->text().trimmed();
    if (decision == Decision::SalesReady || decision == Decision::MarketingQualified)
        request.overrideReason = text;
    request.note = text;
    request.disqualifyReason =
        fromKey<DisqualifyReason>(m_disqualifyReason->currentData().toString());
    request.nurtureUntil = typedNurtureDate();
    return request;
}

void DecisionPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(error ? ThemeColours::errorText() : ThemeColours::successText()));
}

void DecisionPanel::reset()
{
    m_reason->clear();
    m_disqualifyReason->setCurrentIndex(0);
    m_nurtureUntil->clear();
}

QDate DecisionPanel::typedNurtureDate() const
{
    return EntryParser::parseDate(m_nurtureUntil->text(), QLocale());
}

void DecisionPanel::showNurtureRead()
{
    const QString text = m_nurtureUntil->text().trimmed();
    const QDate date = typedNurtureDate();
    m_nurtureRead->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_nurtureRead->clear();
    else if (!date.isValid())
        m_nurtureRead->setText(tr("\"%1\" is not a date. Write it as YYYY-MM-DD.").arg(text));
    else if (date <= today())
        m_nurtureRead->setText(
            tr("%1 is not after today.").arg(QLocale().toString(date, QLocale::LongFormat)));
    else
        m_nurtureRead->setText(
            tr("Comes back on %1.").arg(QLocale().toString(date, QLocale::LongFormat)));
}

bool DecisionPanel::nurtureDateChosen() const
{
    return !m_nurtureUntil->text().trimmed().isEmpty();
}

QDate DecisionPanel::nurtureDate() const
{
    const QDate typed = typedNurtureDate();
    return typed.isValid() && typed > today() ? typed : today().addDays(defaultNurtureDays);
}

void DecisionPanel::setNurtureDate(const QDate& date)
{
    m_nurtureUntil->setText(date.toString(Qt::ISODate));
}

void DecisionPanel::showNurtureUntil(std::optional<qint64> until)
{
    if (until && !nurtureDateChosen())
        setNurtureDate(Clock::fromSecs(*until).toLocalTime().date());
}

QWidget* DecisionPanel::messageLabel() const
{
    return m_message;
}

void DecisionPanel::focusInput(Decision decision)
{
    if (decision == Decision::Disqualify && m_disqualifyReason->currentIndex() == 0)
        m_disqualifyReason->setFocus(Qt::OtherFocusReason);
    else if (decision == Decision::Nurture &&
             !(typedNurtureDate().isValid() && typedNurtureDate() > today()))
        m_nurtureUntil->setFocus(Qt::OtherFocusReason);
    else
        m_reason->setFocus(Qt::OtherFocusReason);
}
