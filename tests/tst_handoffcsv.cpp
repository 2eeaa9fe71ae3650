#include "HandoffExpectations.h"
#include "HandoffFixture.h"
#include "StrictCsvReader.h"
#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "domain/TeamSettings.h"
#include "export/CsvWriter.h"
#include "export/TextSafety.h"
#include "handoff/HandoffColumns.h"
#include "handoff/HandoffService.h"
#include "support/Clock.h"

#include <QFile>
#include <QTest>

/// A handoff written as CSV, read back with the tests' strict RFC 4180 reader and compared cell
/// by cell with what the store holds.
class TestHandoffCsv : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

    static QByteArray fileBytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static StrictCsvReader::Result readStrict(const QString& path, QChar delimiter)
    {
        StrictCsvReader::Options options;
        options.delimiter = delimiter;
        options.requireBom = true;
        options.requireCrlf = true;
        return StrictCsvReader::parseFile(path, options);
    }

    // Every cell of every row against the store; formula-looking text must carry the apostrophe.
    static void compareWithStore(const Store& store, const StrictCsvReader::Result& csv,
                                 const QList<qint64>& ids, const QStringList& keys, QChar delimiter,
                                 qint64 handedOffAt)
    {
        QCOMPARE(csv.records.size(), ids.size() + 1);
        for (qsizetype r = 0; r < ids.size(); ++r) {
            const auto expected = HandoffExpectations::cells(store, ids.at(r), handedOffAt);
            const QStringList& record = csv.records.at(r + 1);
            QCOMPARE(record.size(), keys.size());
            for (qsizetype c = 0; c < keys.size(); ++c) {
                const QJsonValue value = expected.value(keys.at(c));
                // Control characters come out as U+FFFD (issue 25), tabs and line breaks as data.
                QString want =
                    TextSafety::forCsv(HandoffExpectations::csvText(keys.at(c), value, delimiter));
                if (!value.isDouble() && keys.at(c) != QLatin1String("budget_amount") &&
                    CsvWriter::looksLikeFormula(want))
                    want.prepend(QLatin1Char('\''));
                QVERIFY2(record.at(c) == want,
                         qPrintable(QStringLiteral("lead %1, column %2: \"%3\" instead of \"%4\"")
                                        .arg(ids.at(r))
                                        .arg(keys.at(c), record.at(c), want)));
            }
        }
    }

private slots:
    void init() { Clock::setFixed(m_now); }
    void cleanup() { Clock::reset(); }

    void everyCellMatchesTheStore_data()
    {
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << ",";
        QTest::newRow("semicolon") << ";";
    }

    void everyCellMatchesTheStore()
    {
        QFETCH(QString, delimiter);
        TestStore fixture;
        QList<ReadyLead> leads;
        for (int i = 0; i < 12; ++i)
            leads.append(HandoffFixture::varied(i));
        const QList<qint64> ids = HandoffFixture::addReadyLeads(fixture.store(), leads);
        // Not ready: an MQL lead stays out of the file.
        const qint64 mql = LeadRepository(fixture.store())
                               .create(sampleLead(QStringLiteral("Not"), QStringLiteral("Ready"),
                                                  QStringLiteral("Later AG")),
                                       QStringLiteral("mara"));
        LeadRepository(fixture.store()).changeStage(mql, Stage::Mql, QStringLiteral("mara"));

        const QString path = fixture.dir() + QStringLiteral("/handoff.csv");
        HandoffService service(fixture.store());
        QCOMPARE(service.readyLeadIds(), ids);
        const HandoffResult result = service.handOff(
            {path, {HandoffFormat::Csv, delimiter.at(0)}, {}, false, QStringLiteral("lena")});
        QCOMPARE(result.leadCount, 12);
        QVERIFY(result.batchId > 0);
        QVERIFY(result.batchCode.startsWith(QLatin1String("HO-20261123-")));

        const auto csv = readStrict(path, delimiter.at(0));
        QVERIFY2(csv.ok, qPrintable(csv.error));
        QStringList headers;
        for (HandoffColumn column : HandoffColumns::all())
            headers.append(HandoffColumns::headerOf(column));
        QCOMPARE(csv.records.first(), headers);
        QCOMPARE(csv.records.first().first(), QStringLiteral("Lead ID"));
        compareWithStore(fixture.store(), csv, ids, HandoffColumns::allKeys(), delimiter.at(0),
                         m_now.toSecsSinceEpoch());
        QCOMPARE(LeadRepository(fixture.store()).find(mql)->stage, Stage::Mql);
    }

    void formulaCellsAreNeutralised()
    {
        TestStore fixture;
        HandoffFixture::addReadyLeads(fixture.store(),
                                      {HandoffFixture::varied(0), HandoffFixture::varied(1),
                                       HandoffFixture::varied(2), HandoffFixture::varied(3)});
        const QString path = fixture.dir() + QStringLiteral("/formulas.csv");
        HandoffService(fixture.store()).handOff({path, {}, {}, false, QStringLiteral("lena")});
        const QByteArray bytes = fileBytes(path);
        // The raw bytes never hold a cell that starts with a formula character.
        for (const char* danger :
             {",=", ",+", ",@", ",\t", ",-", "\n=", "\n+", "\n@", ",\"=", ",\"+", ",\"\r"})
            QVERIFY2(!bytes.contains(danger), danger);
        QVERIFY(bytes.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\","));
        QVERIFY(bytes.contains(",'+SUM(A1:A9),"));
        QVERIFY(bytes.contains(",'@Acme Ltd,"));
        QVERIFY(bytes.contains(",\"'\tTabbed title\","));
        // E.164 numbers keep their plus sign behind the apostrophe: '+4930901820.
        QVERIFY(bytes.contains(",'+4930901820,'+49 30 901820,"));
        // Negative scores are numbers the program wrote, not formulas.
        const auto csv = readStrict(path, QLatin1Char(','));
        QVERIFY2(csv.ok, qPrintable(csv.error));
        const int scoreColumn = int(HandoffColumns::allKeys().indexOf(QStringLiteral("score")));
        QCOMPARE(csv.records.at(1).at(scoreColumn),
                 QString::number(HandoffFixture::varied(0).totalScore));
    }

    void doNotCallAndDoNotEmailLeaveTheirCellsEmpty()
    {
        TestStore fixture;
        ReadyLead noCall = HandoffFixture::plain(1);
        noCall.lead.doNotCall = true;
        noCall.lead.phone = QStringLiteral("0171 5550001");
        noCall.lead.phoneE164 = QStringLiteral("+491715550001");
        ReadyLead noEmail = HandoffFixture::plain(2);
        noEmail.lead.doNotEmail = true;
        noEmail.lead.email = QStringLiteral("private.person@example.org");
        HandoffFixture::addReadyLeads(fixture.store(), {noCall, noEmail, HandoffFixture::plain(3)});
        const QString path = fixture.dir() + QStringLiteral("/flags.csv");
        HandoffService(fixture.store()).handOff({path, {}, {}, false, QStringLiteral("lena")});
        const auto csv = readStrict(path, QLatin1Char(','));
        QVERIFY2(csv.ok, qPrintable(csv.error));
        const QStringList keys = HandoffColumns::allKeys();
        auto cell = [&](int row, const char* key) {
            return csv.records.at(row).at(keys.indexOf(QLatin1String(key)));
        };
        QCOMPARE(cell(1, "do_not_call"), QStringLiteral("Yes"));
        QCOMPARE(cell(1, "phone"), QString());
        QCOMPARE(cell(1, "phone_e164"), QString());
        QCOMPARE(cell(1, "email"), QStringLiteral("lead1@example.com"));
        QCOMPARE(cell(2, "do_not_email"), QStringLiteral("Yes"));
        QCOMPARE(cell(2, "email"), QString());
        QCOMPARE(cell(2, "phone_e164"), QStringLiteral("'+4930") + QString::number(9000002));
        QCOMPARE(cell(3, "do_not_call"), QStringLiteral("No"));
        QCOMPARE(cell(3, "do_not_email"), QStringLiteral("No"));
        // Nowhere in the file, and not in the batch's snapshots either.
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.contains("5550001"));
        QVERIFY(!bytes.contains("private.person"));
        QString snapshots;
        for (QSqlQuery query =
                 Sql::exec(fixture->db(), QStringLiteral("SELECT snapshot FROM handoff_items"));
             query.next();)
            snapshots += query.value(0).toString();
        QCOMPARE(snapshots.count(QLatin1String("\"do_not_call\"")), 3);
        QVERIFY(!snapshots.contains(QLatin1String("5550001")));
        QVERIFY(!snapshots.contains(QLatin1String("private.person")));
    }

    void theTeamChoosesAndOrdersTheColumns()
    {
        TestStore fixture;
        TeamSettings settings(fixture.store());
        HandoffColumns::setChosen(settings, {HandoffColumn::Company, HandoffColumn::Name,
                                             HandoffColumn::Score, HandoffColumn::HandedOffAt});
        QCOMPARE(settings.handoffColumns(),
                 QStringList({QStringLiteral("company"), QStringLiteral("name"),
                              QStringLiteral("score"), QStringLiteral("handed_off_at")}));
        const QList<qint64> ids = HandoffFixture::addReadyLeads(
            fixture.store(), {HandoffFixture::plain(1), HandoffFixture::plain(2)});
        const QString path = fixture.dir() + QStringLiteral("/chosen.csv");
        HandoffService(fixture.store()).handOff({path, {}, {}, false, QStringLiteral("lena")});
        const auto csv = readStrict(path, QLatin1Char(','));
        QVERIFY2(csv.ok, qPrintable(csv.error));
        QCOMPARE(csv.records.first(),
                 QStringList({QStringLiteral("Company"), QStringLiteral("Name"),
                              QStringLiteral("Score"), QStringLiteral("Handed off")}));
        compareWithStore(fixture.store(), csv, ids,
                         {QStringLiteral("company"), QStringLiteral("name"),
                          QStringLiteral("score"), QStringLiteral("handed_off_at")},
                         QLatin1Char(','), m_now.toSecsSinceEpoch());
        QCOMPARE(csv.records.at(1).at(3),
                 QStringLiteral("2026-11-23 ") +
                     m_now.toLocalTime().toString(QStringLiteral("HH:mm")));
    }

    void badColumnChoicesAreRefused()
    {
        QVERIFY(HandoffColumns::validate({}).contains(QLatin1String("at least one")));
        QVERIFY(HandoffColumns::validate({QStringLiteral("name"), QStringLiteral("shoe_size")})
                    .contains(QLatin1String("\"shoe_size\" is not a handoff column")));
        QVERIFY(HandoffColumns::validate({QStringLiteral("name"), QStringLiteral("name")})
                    .contains(QLatin1String("chosen twice")));
        QVERIFY(HandoffColumns::validate(HandoffColumns::allKeys()).isEmpty());
        TestStore fixture;
        TeamSettings settings(fixture.store());
        QVERIFY_THROWS_EXCEPTION(StoreError, HandoffColumns::setChosen(settings, {}));
        QCOMPARE(HandoffColumns::chosen(settings), HandoffColumns::all());
        // Unknown keys in a stored setting (say, from a newer version) are skipped.
        settings.setHandoffColumns({QStringLiteral("future_column"), QStringLiteral("email")});
        QCOMPARE(HandoffColumns::chosen(settings), QList<HandoffColumn>{HandoffColumn::Email});
    }
};

QTEST_GUILESS_MAIN(TestHandoffCsv)
#include "tst_handoffcsv.moc"
