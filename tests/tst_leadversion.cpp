#include "TestStore.h"
#include "decisions/StageDecisions.h"
#include "domain/LeadRepository.h"
#include "leads/LeadContactability.h"
#include "leads/LeadEditor.h"
#include "leads/LeadVersion.h"

#include <QProcess>
#include <QTest>

namespace {

const QString me = QStringLiteral("Anna Rep");

qint64 createLead(Store& store)
{
    return LeadRepository(store).create(
        sampleLead(QStringLiteral("Jonas"), QStringLiteral("Weber"), QStringLiteral("Weber AG")),
        me);
}

QString textOf(Store& store, qint64 leadId, LeadField field)
{
    const LeadEditor editor(store);
    return editor.currentText(*LeadRepository(store).find(leadId), field);
}

/// Runs lead_saver (another process, its own connection); its one line of output.
QString saveInAnotherProcess(const QString& location, qint64 leadId, LeadField field,
                             const QString& text, qint64 version, const QString& loaded)
{
    QProcess process;
    process.start(QStringLiteral(LEAD_SAVER),
                  {location, QString::number(leadId), LeadFields::key(field), text,
                   QString::number(version), loaded});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

/// Two reps saving the same lead: the second gets the conflict with both values, nothing is lost.
class TestLeadVersion : public QObject
{
    Q_OBJECT

private slots:
    void everyWriteToTheRowCountsOnce()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = createLead(store);
        const qint64 start = *LeadVersion::of(store, id);
        LeadEditor(store).setField(id, LeadField::City, QStringLiteral("Köln"), me);
        QCOMPARE(*LeadVersion::of(store, id), start + 1);
        {
            WriteTransaction transaction(store);
            LeadContactability(store).setInTransaction(id, ContactFlag::DoNotEmail, true, 0, 1);
            transaction.commit();
        }
        QCOMPARE(*LeadVersion::of(store, id), start + 2);
        LeadRepository(store).changeStage(id, Stage::Working, me);
        QCOMPARE(*LeadVersion::of(store, id), start + 3);
        // Raw SQL counts too: the version is kept by the store, not by each writer.
        Sql::exec(store.db(), QStringLiteral("UPDATE leads SET campaign = 'x' WHERE id = ?"), {id});
        QCOMPARE(*LeadVersion::of(store, id), start + 4);
        QVERIFY(!LeadVersion::of(store, id + 1000));
    }

    void theSecondSaveOfTheSameFieldGetsTheConflict()
    {
        TestStore fixture;
        Store& mine = fixture.store();
        const std::unique_ptr<Store> theirs = Store::open(fixture.path());
        const qint64 id = createLead(mine);
        const qint64 version = *LeadVersion::of(mine, id);
        const QString loaded = textOf(mine, id, LeadField::Title);
        const LeadEditor::Expected expected{version, loaded};

        const LeadEditor::Result first = LeadEditor(*theirs).setField(
            id, LeadField::Title, QStringLiteral("CTO"), QStringLiteral("Ben"), expected);
        QVERIFY(first.changed);
        QVERIFY(!first.conflict);
        const LeadEditor::Result second =
            LeadEditor(mine).setField(id, LeadField::Title, QStringLiteral("CFO"), me, expected);
        QVERIFY(!second.changed);
        QVERIFY(second.conflict);
        QCOMPARE(second.conflict->field, LeadFields::key(LeadField::Title));
        QCOMPARE(second.conflict->mine, QStringLiteral("CFO"));
        QCOMPARE(second.conflict->theirs, QStringLiteral("CTO"));
        QCOMPARE(textOf(mine, id, LeadField::Title), QStringLiteral("CTO")); // nothing lost

        // Choosing "mine" saves against what was found.
        const LeadEditor::Result kept = LeadEditor(mine).setField(
            id, LeadField::Title, QStringLiteral("CFO"), me,
            LeadEditor::Expected{*LeadVersion::of(mine, id), second.conflict->theirs});
        QVERIFY(kept.changed);
        QCOMPARE(textOf(*theirs, id, LeadField::Title), QStringLiteral("CFO"));
    }

    void aChangeOfAnotherFieldIsNoConflict()
    {
        TestStore fixture;
        Store& mine = fixture.store();
        const std::unique_ptr<Store> theirs = Store::open(fixture.path());
        const qint64 id = createLead(mine);
        const LeadEditor::Expected expected{*LeadVersion::of(mine, id),
                                            textOf(mine, id, LeadField::Title)};
        LeadEditor(*theirs).setField(id, LeadField::City, QStringLiteral("Bonn"),
                                     QStringLiteral("Ben"));
        const LeadEditor::Result result =
            LeadEditor(mine).setField(id, LeadField::Title, QStringLiteral("CFO"), me, expected);
        QVERIFY(result.changed);
        QVERIFY(!result.conflict);
        QCOMPARE(textOf(mine, id, LeadField::City), QStringLiteral("Bonn"));
        QCOMPARE(textOf(mine, id, LeadField::Title), QStringLiteral("CFO"));
    }

    void twoProcessesSavingTheSameLead()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 id = createLead(store);
        const qint64 version = *LeadVersion::of(store, id);
        const QString loaded = textOf(store, id, LeadField::Company);
        QCOMPARE(saveInAnotherProcess(fixture.path(), id, LeadField::Company,
                                      QStringLiteral("Weber Holding"), version, loaded),
                 QStringLiteral("saved"));
        QCOMPARE(saveInAnotherProcess(fixture.path(), id, LeadField::Company,
                                      QStringLiteral("Weber GmbH"), version, loaded),
                 QStringLiteral("conflict\tWeber GmbH\tWeber Holding"));
        QCOMPARE(textOf(store, id, LeadField::Company), QStringLiteral("Weber Holding"));
        QCOMPARE(*LeadVersion::of(store, id), version + 1);
    }

    void aDecisionOnALeadMovedElsewhereIsRefused()
    {
        TestStore fixture;
        Store& mine = fixture.store();
        const std::unique_ptr<Store> theirs = Store::open(fixture.path());
        const qint64 id = createLead(mine);
        LeadRepository(mine).changeStage(id, Stage::Working, me);
        const DecisionBasis basis{*LeadVersion::of(mine, id), Stage::Working};
        LeadRepository(*theirs).changeStage(id, Stage::Nurture, QStringLiteral("Ben"));
        DecisionRequest request;
        request.decision = Decision::Disqualify;
        request.disqualifyReason = DisqualifyReason::NoBudget;
        try {
            StageDecisions(mine).apply(id, request, me, basis);
            QFAIL("a decision on a lead moved elsewhere must be refused");
        } catch (const LeadConflict& conflict) {
            QCOMPARE(conflict.conflicts().size(), 1);
            QCOMPARE(conflict.conflicts().first().mine, keyOf(Stage::Disqualified));
            QCOMPARE(conflict.conflicts().first().theirs, keyOf(Stage::Nurture));
        }
        QCOMPARE(LeadRepository(mine).find(id)->stage, Stage::Nurture);
    }
};

QTEST_GUILESS_MAIN(TestLeadVersion)
#include "tst_leadversion.moc"
