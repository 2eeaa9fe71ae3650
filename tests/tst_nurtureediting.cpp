#include "NurtureFixture.h"
#include "domain/TeamSettings.h"
#include "nurture/DueDates.h"
#include "nurture/HolidayRegions.h"
#include "nurture/NurtureMail.h"
#include "nurture/PlanEndings.h"
#include "nurture/StepCompletion.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

/// Issue 20's finishing work on a real store: one lead's plan changed by the rep (a step moved,
/// noted, skipped, added, removed), the team's German state for the holidays that due dates skip,
/// and the mailto: URL an e-mail step hands to the mail program.
class TestNurtureEditing : public QObject
{
    Q_OBJECT

    std::unique_ptr<NurtureFixture> f;
    const Store& store() { return f->store(); }
    const QString& rep() { return NurtureFixture::rep; }

    static QDate localDue(qint64 dueAt)
    {
        return DueDates::localDay(dueAt, QTimeZone("Europe/Berlin"));
    }
    QDate dueOf(qint64 stepId) { return localDue(NurturePlans(store()).step(stepId)->dueAt); }
    StepEdit editOf(qint64 stepId) { return StepEdit::of(*NurturePlans(store()).step(stepId)); }

    static NurtureMail::Message message(const QString& title, const QString& link = {})
    {
        return {QStringLiteral("jürgen.weiß@example.com"),
                QStringLiteral("Jürgen"),
                QStringLiteral("Weiß"),
                title,
                link,
                QStringLiteral("Mara Öztürk")};
    }

private slots:
    void init() { f = std::make_unique<NurtureFixture>(); }
    void cleanup() { f.reset(); }

    void aRepChangesOneLeadsPlan()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-develop"));
        const NurturePlan plan = *NurturePlans(store()).plan(planId);
        QVERIFY(plan.steps.size() >= 3);
        const qint64 first = plan.steps.at(0).id;
        const qint64 second = plan.steps.at(1).id;
        QSignalSpy changed(store().events(), &StoreEvents::leadChanged);

        // Moved to a Saturday with a note: due on the next working day, the rest kept.
        StepEdit moved = editOf(second);
        moved.dueDay = QDate(2026, 4, 4); // Saturday; Monday 6 April is Easter Monday
        moved.note = QStringLiteral("Mention the trade fair");
        NurturePlans(store()).editStep(second, moved);
        const PlanStep after = *NurturePlans(store()).step(second);
        QCOMPARE(localDue(after.dueAt), QDate(2026, 4, 7));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(after.dueAt, QTimeZone("Europe/Berlin")).time(),
                 QTime(DueDates::dueHour, 0));
        QCOMPARE(after.note, QStringLiteral("Mention the trade fair"));
        QCOMPARE(after.kind, plan.steps.at(1).kind);
        QCOMPARE(after.contentId, plan.steps.at(1).contentId);
        QVERIFY(changed.contains(QVariantList{lead}));

        // An edit without a note or day keeps both.
        StepEdit channel = editOf(second);
        channel.note.reset();
        channel.channel = NurtureChannel::Phone;
        NurturePlans(store()).editStep(second, channel);
        QCOMPARE(NurturePlans(store()).step(second)->note,
                 QStringLiteral("Mention the trade fair"));
        QCOMPARE(NurturePlans(store()).step(second)->dueAt, after.dueAt);
        QCOMPARE(NurturePlans(store()).step(second)->channel, NurtureChannel::Phone);

        // Skipped with the rep's reason: no interest event, the step cannot change any more.
        const StepResult skipped = StepCompletion(store()).record(
            first, {true, std::nullopt, QStringLiteral("Out of office until May"), {}}, rep());
        QCOMPARE(skipped.interestEventId, 0);
        QCOMPARE(NurturePlans(store()).step(first)->status, StepStatus::Skipped);
        QCOMPARE(NurturePlans(store()).step(first)->note,
                 QStringLiteral("Out of office until May"));
        QVERIFY_THROWS_EXCEPTION(StoreError, NurturePlans(store()).editStep(first, editOf(first)));

        // Added with its own note, then removed again.
        StepEdit added;
        added.kind = ContentKind::CaseStudy;
        added.channel = NurtureChannel::Letter;
        added.purpose = StepPurpose::FillTiming;
        added.dueDay = QDate(2026, 5, 1); // Labour Day: the next working day
        added.note = QStringLiteral("Printed case study");
        const qint64 addedId = NurturePlans(store()).addStep(planId, added);
        QCOMPARE(dueOf(addedId), QDate(2026, 5, 4));
        QCOMPARE(NurturePlans(store()).step(addedId)->note, QStringLiteral("Printed case study"));
        QCOMPARE(NurturePlans(store()).plan(planId)->steps.size(), plan.steps.size() + 1);
        NurturePlans(store()).removeStep(addedId);
        QVERIFY(!NurturePlans(store()).step(addedId));
        QVERIFY_THROWS_EXCEPTION(StoreError, NurturePlans(store()).removeStep(first));

        // Once the plan has ended, nothing of it changes.
        PlanEndings(store()).complete(planId, {}, rep());
        QVERIFY_THROWS_EXCEPTION(StoreError, NurturePlans(store()).editStep(second, moved));
        QVERIFY_THROWS_EXCEPTION(StoreError, NurturePlans(store()).addStep(planId, added));
    }

    void theTeamsStateMovesDueDatesAcrossItsHolidays()
    {
        // Corpus Christi (Fronleichnam), Thursday 4 June 2026: a holiday in Bavaria, not in
        // Hamburg.
        QVERIFY(!HolidayCalendar(QStringLiteral("DE"), QStringLiteral("BY"))
                     .isWorkday(QDate(2026, 6, 4)));
        QVERIFY(HolidayCalendar(QStringLiteral("DE"), QStringLiteral("HH"))
                    .isWorkday(QDate(2026, 6, 4)));
        QCOMPARE(HolidayRegions::germanStates().size(), 16);
        QCOMPARE(HolidayRegions::teamRegion(TeamSettings(store())), QString());

        // A plan started on the national holidays follows the team into Hamburg.
        const qint64 anna = f->addLead(QStringLiteral("Anna"));
        const qint64 hamburg = f->nurture(anna, QStringLiteral("awareness-develop"));
        QCOMPARE(NurturePlans(store()).plan(hamburg)->region, QString());
        HolidayRegions::setTeamRegion(store(), QStringLiteral("hh"));
        QCOMPARE(HolidayRegions::teamRegion(TeamSettings(store())), QStringLiteral("HH"));
        QCOMPARE(NurturePlans(store()).plan(hamburg)->region, QStringLiteral("HH"));
        StepEdit onThursday;
        onThursday.dueDay = QDate(2026, 6, 4);
        const qint64 step = NurturePlans(store()).addStep(hamburg, onThursday);
        QCOMPARE(dueOf(step), QDate(2026, 6, 4));
        // A lead whose state is known keeps its own.
        const qint64 ben = f->addLead(QStringLiteral("Ben"));
        const qint64 saxony =
            f->nurture(ben, QStringLiteral("awareness-develop"), QStringLiteral("SN"));
        const qint64 saxonStep = NurturePlans(store()).addStep(saxony, onThursday);

        // The team moves to Bavaria: the Hamburg-calendar plan follows, its step leaves the
        // holiday for Friday; Saxony's plan stays as it was.
        QSignalSpy changed(store().events(), &StoreEvents::leadChanged);
        QCOMPARE(HolidayRegions::setTeamRegion(store(), QStringLiteral("BY")), 1);
        QCOMPARE(NurturePlans(store()).plan(hamburg)->region, QStringLiteral("BY"));
        QCOMPARE(dueOf(step), QDate(2026, 6, 5));
        QCOMPARE(NurturePlans(store()).plan(saxony)->region, QStringLiteral("SN"));
        QCOMPARE(dueOf(saxonStep), QDate(2026, 6, 4));
        QVERIFY(changed.contains(QVariantList{anna}));
        QVERIFY(!changed.contains(QVariantList{ben}));
        // New steps and new plans follow Bavaria.
        QCOMPARE(dueOf(NurturePlans(store()).addStep(hamburg, onThursday)), QDate(2026, 6, 5));
        const qint64 cora = f->addLead(QStringLiteral("Cora"));
        QCOMPARE(NurturePlans(store())
                     .plan(f->nurture(cora, QStringLiteral("awareness-develop")))
                     ->region,
                 QStringLiteral("BY"));

        // Back to national holidays only: a step is never moved earlier (the rep moves it).
        QCOMPARE(HolidayRegions::setTeamRegion(store(), QString()), 0);
        QCOMPARE(dueOf(step), QDate(2026, 6, 5));
        QCOMPARE(NurturePlans(store()).plan(hamburg)->region, QString());
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 HolidayRegions::setTeamRegion(store(), QStringLiteral("XX")));
        QCOMPARE(HolidayRegions::teamRegion(TeamSettings(store())), QString());
    }

    void theMailtoUrlCarriesEveryCharacter()
    {
        const QString title = QStringLiteral("Studie: Wärme & Kälte? 100% + mehr #1");
        const QUrl url = NurtureMail::mailto(
            message(title, QStringLiteral("https://example.com/s.pdf?a=1&b=ä")));
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.startsWith("mailto:j%C3%BCrgen.wei%C3%9F@example.com?subject="),
                 encoded.constData());
        // Umlauts as UTF-8, and nothing that would end the subject or the body early.
        const QByteArray subject = encoded.mid(encoded.indexOf("subject=") + 8);
        QVERIFY2(subject.startsWith("Studie%3A%20W%C3%A4rme%20%26%20K%C3%A4lte%3F%20100%25%20%2B%20"
                                    "mehr%20%231&body="),
                 subject.constData());
        QCOMPARE(encoded.count('?'), 1);
        QCOMPARE(encoded.count('&'), 1);
        QVERIFY(!encoded.contains('#') && !encoded.contains(' ') && !encoded.contains('\n'));
        // Line breaks as CRLF.
        QVERIFY(encoded.contains("Hallo") || encoded.contains("Hello"));
        QVERIFY(encoded.contains("%0D%0A%0D%0A"));
        QVERIFY(!encoded.contains("%0A%0A"));
        // What the mail program reads back is the text itself.
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), title);
        const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY(body.startsWith(QStringLiteral("Hello Jürgen Weiß,\r\n\r\n")));
        QVERIFY(body.contains(QStringLiteral("\"%1\"").arg(title)));
        QVERIFY(body.contains(QStringLiteral("\r\nhttps://example.com/s.pdf?a=1&b=ä\r\n")));
        QVERIFY(body.endsWith(QStringLiteral("\r\nMara Öztürk")));
        QCOMPARE(url.path(), QStringLiteral("jürgen.weiß@example.com"));
    }

    void aLongMessageIsShortenedInTheTitleOnly()
    {
        QString title;
        while (title.size() < 3000)
            title += QStringLiteral("Übersicht für Entscheider & Anwender; ");
        const QString link = QStringLiteral("https://example.com/library/overview.pdf?lang=de");
        const QUrl url = NurtureMail::mailto(message(title, link));
        QVERIFY2(url.toEncoded().size() <= NurtureMail::maxUrlLength,
                 qPrintable(QString::number(url.toEncoded().size())));
        QVERIFY(url.toEncoded().size() > NurtureMail::maxUrlLength - 100); // as much as fits
        const QUrlQuery query(url);
        const QString subject = query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded);
        QVERIFY(subject.endsWith(QChar(0x2026)));
        QVERIFY(title.startsWith(subject.chopped(1)));
        const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY(body.contains(subject));
        QVERIFY(body.contains(link));
        QVERIFY(body.endsWith(QStringLiteral("Mara Öztürk")));
        QCOMPARE(url.path(), QStringLiteral("jürgen.weiß@example.com"));
        // A short message is left whole.
        const QUrl shortUrl = NurtureMail::mailto(message(QStringLiteral("ROI-Rechner"), link));
        QCOMPARE(QUrlQuery(shortUrl).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("ROI-Rechner"));
    }

    void theStoredStepMakesTheMessage()
    {
        const qint64 lead = f->addLead(QStringLiteral("Anna"));
        const qint64 planId = f->nurture(lead, QStringLiteral("awareness-develop"));
        const PlanStep first = NurturePlans(store()).plan(planId)->steps.first();
        const NurtureMail::Message m = NurtureMail::forStep(store(), first.id, rep());
        QVERIFY(!m.to.isEmpty());
        QCOMPARE(m.firstName, QStringLiteral("Anna"));
        QCOMPARE(m.contentTitle, first.contentTitle);
        QCOMPARE(m.repName, rep());
        const QUrlQuery query(NurtureMail::mailto(m));
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 first.contentTitle.simplified());
    }
};

QTEST_GUILESS_MAIN(TestNurtureEditing)
#include "tst_nurtureediting.moc"
