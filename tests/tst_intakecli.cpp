#include "CliRun.h"
#include "IntakeCases.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Outcome = IntakeResult::Outcome;

/// The shared intake cases given to `leadscout add-lead`, the real binary: its exit code and JSON
/// must come to what the use case says.
class TestIntakeCli : public QObject
{
    Q_OBJECT

    CliRun addLead(const LeadDraft& draft, const QStringList& more = {})
    {
        QStringList arguments{QStringLiteral("add-lead"), QStringLiteral("--db"),
                              m_fixture->path(),          QStringLiteral("--rep"),
                              IntakeCases::repName(),     QStringLiteral("--json")};
        for (auto it = draft.texts.cbegin(); it != draft.texts.cend(); ++it)
            arguments << QStringLiteral("--") + LeadFields::key(it.key()).replace(u'_', u'-')
                      << it.value();
        m_fixture->close(); // the command is another program with its own connection
        return CliRun::run(arguments + more, m_home.path());
    }

    static IntakeCases::Seen seenIn(const CliRun& run)
    {
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        IntakeCases::Seen seen;
        seen.erasedNumber = json.contains(QStringLiteral("phone_of_person_erased_on_request"));
        const QJsonObject problem =
            json.value(QStringLiteral("problems")).toArray().first().toObject();
        const QJsonObject duplicate =
            json.value(QStringLiteral("duplicates")).toArray().first().toObject();
        if (run.code == 0 && json.value(QStringLiteral("added")).toBool()) {
            seen.outcome = Outcome::Created;
        } else if (!problem.isEmpty()) {
            seen.outcome = Outcome::Invalid;
            seen.field = LeadFields::fromKey(problem.value(QStringLiteral("field")).toString());
        } else if (json.contains(QStringLiteral("erased_on_request"))) {
            seen.outcome = Outcome::ErasedPerson;
        } else if (!duplicate.isEmpty()) {
            seen.outcome = Outcome::Duplicate;
            seen.reason = duplicate.value(QStringLiteral("reason")) == QLatin1String("same_email")
                              ? DuplicateMatch::Reason::SameEmail
                              : DuplicateMatch::Reason::SamePhoneAndName;
            seen.duplicateOf = duplicate.value(QStringLiteral("lead_id")).toInteger();
        } else {
            seen.outcome = Outcome::NotCreated; // nothing a case expects
        }
        return seen;
    }

    qint64 leadCount() { return LeadRepository(m_fixture->reopen()).count(); }

    QTemporaryDir m_home;
    std::unique_ptr<TestStore> m_fixture;

private slots:
    void init() { m_fixture = IntakeCases::seededStore(); }

    void cleanup() { m_fixture.reset(); }

    void sharedCases_data() { IntakeCases::addRows(); }

    void sharedCases()
    {
        const IntakeCases::Case expected = IntakeCases::current();
        const CliRun run = addLead(expected.draft);
        IntakeCases::verify(expected, seenIn(run));
        QCOMPARE(run.code, expected.outcome == Outcome::Created ? 0 : 1);
        QVERIFY2(!run.err.isEmpty() || !expected.erasedNumber, run.err.constData());
        QCOMPARE(leadCount(), expected.outcome == Outcome::Created ? 2 : 1);
    }

    void confirmedRefusalsAreCreated_data() { IntakeCases::addRows(); }

    void confirmedRefusalsAreCreated()
    {
        const IntakeCases::Case expected = IntakeCases::current();
        if (!IntakeCases::needsConfirming(expected))
            QSKIP("nothing to confirm");
        const CliRun run = addLead(expected.draft, {QStringLiteral("--allow-duplicate")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(int(seenIn(run).outcome), int(Outcome::Created));
        QVERIFY(run.errText().contains(QLatin1String("Warning: ")));
        QCOMPARE(leadCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIntakeCli)
#include "tst_intakecli.moc"
