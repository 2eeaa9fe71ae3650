#include "IntakeCases.h"
#include "LeadFieldForm.h"
#include "NewLeadDialog.h"
#include "Prompts.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using Outcome = IntakeResult::Outcome;

/// The shared intake cases typed into the new-lead dialog and saved with its Save button: the
/// dialog must come to what the use case says.
class TestIntakeGui : public QObject
{
    Q_OBJECT

    struct Run
    {
        IntakeCases::Seen seen;
        QList<Prompts::Question> asked;
    };

    // Types the draft into a fresh dialog, presses Save, and answers a question with `answer`.
    Run enter(const LeadDraft& draft, QMessageBox::StandardButton answer)
    {
        NewLeadDialog dialog(m_fixture->store(), IntakeCases::repName());
        dialog.show();
        auto* form = dialog.findChild<LeadFieldForm*>();
        for (auto it = draft.texts.cbegin(); it != draft.texts.cend(); ++it)
            form->setText(it.key(), it.value());
        Prompts::queueAnswer(answer);
        dialog.findChild<QDialogButtonBox*>(QStringLiteral("newLeadButtonBox"))
            ->button(QDialogButtonBox::Save)
            ->click();
        Run run;
        run.asked = Prompts::takeQuestions();
        if (run.asked.isEmpty()) { // nothing asked: use up the answer queued for nothing
            Prompts::question(nullptr, QString(), QString());
            Prompts::takeQuestions();
        }
        run.seen = seenIn(dialog, *form, run.asked);
        return run;
    }

    static IntakeCases::Seen seenIn(const NewLeadDialog& dialog, const LeadFieldForm& form,
                                    const QList<Prompts::Question>& asked)
    {
        IntakeCases::Seen seen;
        seen.erasedNumber = Prompts::takeShownMessages().join(u'\n').contains(
            QLatin1String("had this phone number"));
        const QString question = asked.isEmpty() ? QString() : asked.last().title;
        if (dialog.createdLeadId() != 0) {
            seen.outcome = Outcome::Created;
        } else if (question == QLatin1String("Erased on request")) {
            seen.outcome = Outcome::ErasedPerson;
        } else if (question == QLatin1String("Likely duplicate")) {
            seen.outcome = Outcome::Duplicate;
            const QString text = asked.last().text;
            seen.reason = text.contains(QLatin1String("same phone number and name"))
                              ? DuplicateMatch::Reason::SamePhoneAndName
                              : DuplicateMatch::Reason::SameEmail;
            seen.duplicateOf = QRegularExpression(QStringLiteral("lead (\\d+)"))
                                   .match(text)
                                   .captured(1)
                                   .toLongLong();
        } else {
            seen.outcome = Outcome::Invalid;
            for (const LeadField field : LeadFields::all())
                if (!seen.field && form.hasProblem(field))
                    seen.field = field;
        }
        return seen;
    }

    std::unique_ptr<TestStore> m_fixture;

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        Prompts::takeShownMessages();
        Prompts::takeQuestions();
        m_fixture = IntakeCases::seededStore();
    }

    void cleanup() { m_fixture.reset(); }

    void sharedCases_data() { IntakeCases::addRows(); }

    void sharedCases()
    {
        const IntakeCases::Case expected = IntakeCases::current();
        const Run run = enter(expected.draft, QMessageBox::Cancel);
        IntakeCases::verify(expected, run.seen);
        QCOMPARE(LeadRepository(m_fixture->store()).count(),
                 expected.outcome == Outcome::Created ? 2 : 1);
        if (expected.outcome == Outcome::Duplicate) // Enter opens the existing lead
            QCOMPARE(run.asked.last().defaultButton, QMessageBox::Open);
        if (expected.outcome == Outcome::ErasedPerson) // Enter does not bring them back
            QCOMPARE(run.asked.last().defaultButton, QMessageBox::Cancel);
    }

    void confirmedRefusalsAreCreated_data() { IntakeCases::addRows(); }

    void confirmedRefusalsAreCreated()
    {
        const IntakeCases::Case expected = IntakeCases::current();
        if (!IntakeCases::needsConfirming(expected))
            QSKIP("nothing to confirm");
        const Run run = enter(expected.draft, QMessageBox::Save);
        QCOMPARE(int(run.seen.outcome), int(Outcome::Created));
        QCOMPARE(run.asked.size(), 1);
        QCOMPARE(LeadRepository(m_fixture->store()).count(), 2);
    }
};

QTEST_MAIN(TestIntakeGui)
#include "tst_intakegui.moc"
