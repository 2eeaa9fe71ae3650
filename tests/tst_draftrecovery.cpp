// Kills the application while the rep is typing, then reopens the store and finds the draft.
// The same binary plays the application: started with --type-into STORE LEAD, it shows the
// qualification form on that lead and types into the notes until it is killed with SIGKILL.
#include "QualificationForm.h"
#include "TestStore.h"
#include "domain/Lead.h"
#include "domain/LeadRepository.h"
#include "qualification/DraftSaver.h"
#include "qualification/QualificationDrafts.h"
#include "support/AppSettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

namespace {

const QString typed = QStringLiteral(
    "Spoke with the head of purchasing. Budget is planned for Q3, the CFO signs everything above "
    "fifty thousand euros. They compare us with two other vendors and want a reference customer "
    "from the automotive industry before the board meeting in May. Follow up with a case study.");

/// The "application": the form on one lead, typing one character every 40 ms, forever.
int typeIntoForm(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir home;
    AppSettings settings(home.filePath(QStringLiteral("settings.ini")));
    settings.setValue(AppSettings::Key::RepName, QStringLiteral("mara"));
    auto store = Store::open(QString::fromLocal8Bit(argv[2]));
    QualificationForm form(settings);
    form.setStore(store.get());
    form.showLead(QByteArray(argv[3]).toLongLong());
    form.show();
    auto* notes = form.findChild<QPlainTextEdit*>(QStringLiteral("notesPlainTextEdit"));
    notes->setFocus();
    int next = 0;
    QTimer keys;
    QObject::connect(&keys, &QTimer::timeout, notes, [&] {
        QTest::keyClick(notes, typed.at(next % typed.size()).toLatin1());
        if (++next == 1) {
            std::puts("typing");
            std::fflush(stdout);
        }
    });
    keys.start(40);
    return app.exec();
}

} // namespace

class TestDraftRecovery : public QObject
{
    Q_OBJECT

private slots:
    void draftSurvivesAKillMidTyping()
    {
        TestStore fixture;
        const qint64 lead = LeadRepository(fixture.store())
                                .create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                                   QStringLiteral("Becker GmbH")),
                                        QStringLiteral("mara"));
        fixture.close();

        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--type-into"), fixture.path(), QString::number(lead)});
        QVERIFY(app.waitForStarted(10000));
        QByteArray output;
        while (!output.contains("typing") && app.waitForReadyRead(20000))
            output += app.readAll();
        QVERIFY2(output.contains("typing"), output.constData());
        QElapsedTimer typing;
        typing.start();
        QTest::qWait(3500); // still typing: no pause, no focus change, no close
        app.kill();         // SIGKILL: no clean-up of any kind
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        const qint64 typedMs = typing.elapsed();

        Store& store = fixture.reopen();
        QCOMPARE(Sql::scalar(store.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        const std::optional<QualificationDraft> draft = QualificationDrafts::load(store, lead);
        QVERIFY2(draft, "no draft after the kill");
        const QString notes = draft->entry.notes;
        QVERIFY2(typed.startsWith(notes), qPrintable(notes));
        // Written at least every second while typing: at most about a second of typing lost
        // (plus the time one write takes on a busy machine).
        const qint64 atLeast = (typedMs - DraftSaver::maxWaitMs - 800) / 40;
        QVERIFY2(
            notes.size() >= atLeast,
            qPrintable(
                QStringLiteral("%1 characters kept, %2 expected").arg(notes.size()).arg(atLeast)));
        QCOMPARE(draft->repName, QStringLiteral("mara"));
        qInfo("killed after %lld ms of typing; the draft kept %d characters", typedMs,
              int(notes.size()));

        // Reopening the lead in the form restores what was typed.
        QTemporaryDir home;
        AppSettings settings(home.filePath(QStringLiteral("settings.ini")));
        QualificationForm form(settings);
        form.setStore(&store);
        form.showLead(lead);
        QCOMPARE(
            form.findChild<QPlainTextEdit*>(QStringLiteral("notesPlainTextEdit"))->toPlainText(),
            notes);
        QVERIFY(form.hasUnsavedChanges());
        form.setStore(nullptr);
    }
};

int main(int argc, char** argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--type-into") == 0)
        return typeIntoForm(argc, argv);
    QApplication app(argc, argv);
    TestDraftRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftrecovery.moc"
