#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "import/ActivityColumns.h"
#include "import/ActivityImport.h"
#include "import/MappingMemory.h"
#include "leads/LeadMerge.h"
#include "scoring/LeadScores.h"
#include "support/AppSettings.h"
#include "support/Clock.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <xlsxwriter.h>

/// Activity import: rows of a marketing tool's export become interest events of the matching
/// leads, which are rescored in the same transaction; unmatched and bad rows are reported with
/// row, column and reason.
class TestActivityImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    qint64 m_anna = 0;
    qint64 m_bernd = 0;

    QString write(const QByteArray& content)
    {
        const QString path = m_fixture->dir() + QStringLiteral("/activities.csv");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

    qint64 events(qint64 lead)
    {
        return Sql::scalar(m_fixture->store().db(),
                           QStringLiteral("SELECT count(*) FROM interest_events WHERE lead_id = ?"),
                           {lead})
            .toLongLong();
    }

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc()));
        m_fixture = std::make_unique<TestStore>();
        LeadRepository leads(m_fixture->store());
        m_anna = leads.create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                         QStringLiteral("Becker GmbH")),
                              QStringLiteral("mara"));
        m_bernd = leads.create(
            sampleLead(QStringLiteral("Bernd"), QStringLiteral("Kurz"), QStringLiteral("Kurz KG")),
            QStringLiteral("mara"));
    }
    void cleanup()
    {
        m_fixture.reset();
        Clock::reset();
    }

    void mapsEnglishAndGermanHeadersAndKinds()
    {
        using namespace ActivityColumns;
        const Mapping english =
            map({QStringLiteral("Email Address"), QStringLiteral("Activity Type"),
                 QStringLiteral("Timestamp"), QStringLiteral("Title")});
        QCOMPARE(english.email, 0);
        QCOMPARE(english.kind, 1);
        QCOMPARE(english.time, 2);
        QCOMPARE(english.title, 3);
        const Mapping german =
            map({QStringLiteral("Titel"), QStringLiteral("Zeitpunkt"), QStringLiteral("Aktivität"),
                 QStringLiteral("E-Mail-Adresse"), QStringLiteral("Lead-ID")});
        QCOMPARE(german.title, 0);
        QCOMPARE(german.time, 1);
        QCOMPARE(german.kind, 2);
        QCOMPARE(german.email, 3);
        QCOMPARE(german.leadId, 4);
        QCOMPARE(kindOf(QStringLiteral("Webinar-Teilnahme")), InterestKind::Webinar);
        QCOMPARE(kindOf(QStringLiteral("email_click")), InterestKind::EmailClick);
        QCOMPARE(kindOf(QStringLiteral("Form submission")), InterestKind::LandingPageVisit);
        QCOMPARE(kindOf(QStringLiteral("Whitepaper Download")), InterestKind::Download);
        QCOMPARE(kindOf(QStringLiteral("Messebesuch")), InterestKind::Event);
        QCOMPARE(kindOf(QStringLiteral("Gefällt mir")), InterestKind::SocialReaction);
        QVERIFY(!kindOf(QStringLiteral("Newsletter unsubscribed")));
    }

    void aWebinarRaisesTheLeadsInterest()
    {
        const int before = LeadScores::find(m_fixture->store(), m_anna)->interest;
        const QString path = write("E-Mail;Aktivit\xC3\xA4t;Datum;Titel\n"
                                   "ANNA.BECKER@example.com ;Webinar-Teilnahme;20.11.2026 14:30;"
                                   "Cloud-Migration\n"
                                   "anna.becker@example.com;Download;21.11.2026;Checkliste\n");
        const ActivityReport report = ActivityImport(m_fixture->store()).importFile(path, false);
        QCOMPARE(report.rows, 2);
        QCOMPARE(report.imported, 2);
        QVERIFY(report.unmatched.isEmpty());
        QVERIFY(report.rejected.isEmpty());
        QCOMPARE(report.leads, QList<qint64>{m_anna});
        QCOMPARE(events(m_anna), 2);
        QVERIFY(LeadScores::find(m_fixture->store(), m_anna)->interest > before);
        QCOMPARE(LeadScores::find(m_fixture->store(), m_anna)->scoredAt, Clock::nowSecs());
        QCOMPARE(
            Sql::scalar(m_fixture->store().db(),
                        QStringLiteral("SELECT occurred_at FROM interest_events WHERE kind ="
                                       " 'webinar'"))
                .toLongLong(),
            QDateTime(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::utc()).toSecsSinceEpoch());

        // The same file again adds nothing.
        const ActivityReport again = ActivityImport(m_fixture->store()).importFile(path, false);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.known, 2);
        QCOMPARE(events(m_anna), 2);
    }

    void unmatchedAndBadRowsAreReportedWithRowAndColumn()
    {
        const QString path =
            write("Email,Activity,Time,Title\n"
                  "nobody@example.com,webinar,2026-11-20,X\n"
                  "anna.becker@example.com,newsletter unsubscribed,2026-11-20,X\n"
                  "anna.becker@example.com,download,someday,X\n"
                  "bernd.kurz@example.com,email click,2026-11-21T09:00:00Z,Mail\n");
        const ActivityReport report = ActivityImport(m_fixture->store()).importFile(path, false);
        QCOMPARE(report.rows, 4);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.unmatched.size(), 1);
        QCOMPARE(report.unmatched.first().row, 2);
        QCOMPARE(report.unmatched.first().column, QStringLiteral("Email"));
        QCOMPARE(report.rejected.size(), 2);
        QCOMPARE(report.rejected.at(0).row, 3);
        QCOMPARE(report.rejected.at(0).column, QStringLiteral("Activity"));
        QVERIFY(report.rejected.at(0).reason.contains(QStringLiteral("newsletter unsubscribed")));
        QCOMPARE(report.rejected.at(1).row, 4);
        QCOMPARE(report.rejected.at(1).column, QStringLiteral("Time"));
        QCOMPARE(events(m_bernd), 1);
        QCOMPARE(events(m_anna), 0);
        QVERIFY(report.describe().contains(QStringLiteral("Row 3, column Activity")));
    }

    void aDryRunStoresNothing()
    {
        const QString path = write("Lead ID,Type,Date\n" + QByteArray::number(m_bernd) +
                                   ",webinar,2026-11-20\n999,webinar,2026-11-20\n");
        const int before = LeadScores::find(m_fixture->store(), m_bernd)->interest;
        const ActivityReport report = ActivityImport(m_fixture->store()).importFile(path, true);
        QVERIFY(report.dryRun);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.unmatched.size(), 1);
        QCOMPARE(report.unmatched.first().column, QStringLiteral("Lead ID"));
        QCOMPARE(events(m_bernd), 0);
        QCOMPARE(LeadScores::find(m_fixture->store(), m_bernd)->interest, before);
    }

    void anAlternateAddressOfAMergedLeadMatches()
    {
        Sql::exec(m_fixture->store().db(),
                  QStringLiteral("UPDATE leads SET email = 'a.becker@old.example', email_norm ="
                                 " 'a.becker@old.example' WHERE id = ?"),
                  {m_bernd});
        LeadMerge(m_fixture->store()).merge({m_anna, {m_bernd}, {}, {}});
        const QString path =
            write("Email,Activity,Time\na.becker@old.example,download,2026-11-20\n");
        const ActivityReport report = ActivityImport(m_fixture->store()).importFile(path, false);
        QCOMPARE(report.imported, 1);
        QCOMPARE(events(m_anna), 1);
    }

    void readsAnXlsxExportWithRealDates()
    {
        const QString path = m_fixture->dir() + QStringLiteral("/activities.xlsx");
        lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet* sheet = workbook_add_worksheet(book, "Aktivitäten");
        lxw_format* stamp = workbook_add_format(book);
        format_set_num_format(stamp, "dd.mm.yyyy hh:mm");
        const char* header[] = {"E-Mail-Adresse", "Aktivitätstyp", "Zeitpunkt", "Titel"};
        for (lxw_col_t c = 0; c < 4; ++c)
            worksheet_write_string(sheet, 0, c, header[c], nullptr);
        worksheet_write_string(sheet, 1, 0, "bernd.kurz@example.com", nullptr);
        worksheet_write_string(sheet, 1, 1, "Veranstaltung besucht", nullptr);
        lxw_datetime when{2026, 11, 19, 16, 45, 0};
        worksheet_write_datetime(sheet, 1, 2, &when, stamp);
        worksheet_write_string(sheet, 1, 3, "Hausmesse", nullptr);
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        const ActivityReport report = ActivityImport(m_fixture->store()).importFile(path, false);
        QCOMPARE(report.imported, 1);
        QVERIFY(report.rejected.isEmpty());
        QSqlQuery event = Sql::exec(
            m_fixture->store().db(),
            QStringLiteral(
                "SELECT kind, occurred_at, detail FROM interest_events WHERE lead_id = ?"),
            {m_bernd});
        QVERIFY(event.next());
        QCOMPARE(event.value(0).toString(), QStringLiteral("event"));
        QCOMPARE(
            event.value(1).toLongLong(),
            QDateTime(QDate(2026, 11, 19), QTime(16, 45), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(event.value(2).toString(), QStringLiteral("Hausmesse"));
    }

    void aCorrectedMappingReadsAColumnTheHeadersDoNotName()
    {
        // "Spalte B" names nothing; the rep says it holds the activity, and that "Notiz" (no
        // header of ours either) is the title.
        const QString path = write("Mail|Spalte B|Datum|Notiz\n"
                                   "anna.becker@example.com|Webinar|20.11.2026 14:30|Cloud\n"
                                   "bernd.kurz@example.com|Download|21.11.2026|Guide\n"
                                   "nobody@example.com|Download|21.11.2026|Guide\n");
        ActivityImportOptions options;
        options.file.path = path;
        options.file.delimiter = QLatin1Char('|');
        QVERIFY_THROWS_EXCEPTION(StoreError, ActivityImport(m_fixture->store()).import(options));
        ActivityColumns::Mapping mapping =
            ActivityColumns::map({QStringLiteral("Mail"), QStringLiteral("Spalte B"),
                                  QStringLiteral("Datum"), QStringLiteral("Notiz")});
        QCOMPARE(mapping.kind, -1);
        mapping.set(ActivityColumns::Column::Kind, 1);
        mapping.set(ActivityColumns::Column::Title, 3);
        options.mapping = mapping;
        const int annaBefore = LeadScores::find(m_fixture->store(), m_anna)->interest;
        const int berndBefore = LeadScores::find(m_fixture->store(), m_bernd)->interest;
        const ActivityReport report = ActivityImport(m_fixture->store()).import(options);
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.unmatched.size(), 1);
        QCOMPARE(report.unmatched.first().row, 4);
        QCOMPARE(report.columns.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("Spalte B"));
        QVERIFY(LeadScores::find(m_fixture->store(), m_anna)->interest > annaBefore);
        QVERIFY(LeadScores::find(m_fixture->store(), m_bernd)->interest > berndBefore);
        QCOMPARE(Sql::scalar(m_fixture->store().db(),
                             QStringLiteral("SELECT detail FROM interest_events WHERE lead_id = ?"),
                             {m_anna})
                     .toString(),
                 QStringLiteral("Cloud"));
    }

    void anAttendeeListGetsOneKindAndTimeForEveryRow()
    {
        const QString path = write("Teilnehmer;Firma\n"
                                   "anna.becker@example.com;Becker GmbH\n"
                                   "bernd.kurz@example.com;Kurz KG\n");
        ActivityImportOptions options;
        options.file.path = path;
        options.mapping = ActivityColumns::Mapping{};
        options.mapping->set(ActivityColumns::Column::Email, 0);
        options.kind = InterestKind::Webinar;
        options.time = ActivityColumns::readTime(QStringLiteral("2026-11-20 14:00"));
        QCOMPARE(*options.time,
                 QDateTime(QDate(2026, 11, 20), QTime(14, 0), QTimeZone::utc()).toSecsSinceEpoch());
        const ActivityReport report = ActivityImport(m_fixture->store()).import(options);
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.leads, (QList<qint64>{m_anna, m_bernd}));
        QCOMPARE(Sql::scalar(m_fixture->store().db(),
                             QStringLiteral("SELECT count(*) FROM interest_events WHERE kind ="
                                            " 'webinar' AND occurred_at = ?"),
                             {*options.time})
                     .toInt(),
                 2);
        // A fixed kind wins over a column the file has: the rep chose it for the whole file.
        QCOMPARE(ActivityImport::mappingFor({QStringLiteral("Email"), QStringLiteral("Activity")},
                                            options)
                     .kind,
                 -1);
    }

    void namesAndTimesAsPeopleWriteThem()
    {
        using namespace ActivityColumns;
        QCOMPARE(kindNamed(QStringLiteral("webinar")), InterestKind::Webinar);
        QCOMPARE(kindNamed(QStringLiteral("email_click")), InterestKind::EmailClick);
        QCOMPARE(kindNamed(QStringLiteral("Webinar-Teilnahme")), InterestKind::Webinar);
        QVERIFY(!kindNamed(QStringLiteral("pigeon")));
        QVERIFY(!kindNamed(QStringLiteral("reply"))); // a kind the scoring knows, no import makes
        QVERIFY(!kindNamed(QStringLiteral("email_open")));
        QVERIFY(importableKinds().contains(InterestKind::Download));
        QCOMPARE(columnFromKey(QStringLiteral("lead-id")), Column::LeadId);
        QVERIFY(!columnFromKey(QStringLiteral("owner")));
        QCOMPARE(
            readTime(QStringLiteral("20.11.2026 14:30")),
            QDateTime(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(
            readTime(QStringLiteral("2026-11-20T14:30:00+01:00")),
            QDateTime(QDate(2026, 11, 20), QTime(13, 30), QTimeZone::utc()).toSecsSinceEpoch());
        QVERIFY(!readTime(QStringLiteral("yesterday")));
        Mapping mapping;
        mapping.set(Column::Kind, 2);
        mapping.set(Column::Time, 2); // one column holds one thing
        QCOMPARE(mapping.kind, -1);
        QCOMPARE(mapping.time, 2);
        QCOMPARE(mapping.fieldAt(2), Column::Time);
        QCOMPARE(missing(mapping, false, false).size(), 2);
        QCOMPARE(missing(mapping, true, false).size(), 1);
    }

    void theMappingIsRememberedPerHeaderSet()
    {
        AppSettings settings(m_fixture->dir() + QStringLiteral("/settings.ini"));
        MappingMemory memory(settings);
        const QStringList headers{QStringLiteral("Mail"), QStringLiteral("Spalte B"),
                                  QStringLiteral("Datum")};
        QVERIFY(!memory.recallActivities(headers));
        ActivityColumns::Mapping mapping = ActivityColumns::map(headers);
        mapping.set(ActivityColumns::Column::Kind, 1);
        memory.rememberActivities(headers, mapping);
        QCOMPARE(memory.recallActivities(headers), mapping);
        // The same headers in another order: the same columns by name.
        const QStringList moved{QStringLiteral("Spalte B"), QStringLiteral("Datum"),
                                QStringLiteral("Mail")};
        const auto recalled = memory.recallActivities(moved);
        QVERIFY(recalled);
        QCOMPARE(recalled->kind, 0);
        QCOMPARE(recalled->email, 2);
        // A lead file with the same headers keeps its own memory.
        QVERIFY(!memory.recall(headers));
    }

    void aFileWithoutTheNeededColumnsIsRefused()
    {
        const QString path = write("Name,Company\nAnna,Becker GmbH\n");
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 ActivityImport(m_fixture->store()).importFile(path, false));
    }
};

QTEST_GUILESS_MAIN(TestActivityImport)
#include "tst_activityimport.moc"
