#include "QueueFixtures.h"
#include "items/QueueModel.h"
#include "items/TimelineModel.h"
#include "queue/CallLog.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace QueueFixtures;

namespace {

QStringList column(const QueueModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void fetchAll(QueueModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QStringList plan(Store& store, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = Sql::exec(store.db(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql, binds);
    QStringList lines;
    while (query.next())
        lines.append(query.value(3).toString());
    return lines;
}

/// A plan that reads leads only through an index, never by scanning the table or sorting it.
bool usesIndexesOnly(const QStringList& lines)
{
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("SCAN l")) && !line.contains(QLatin1String("INDEX")))
            return false;
        if (line.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")))
            return false;
    }
    return true;
}

} // namespace

/// The lazy queue model (pages, sorting, filters, search without a table scan) and the lead's
/// timeline model.
class TestQueueModel : public QObject
{
    Q_OBJECT

    QList<qint64> m_ids;

    void fill(Store& store, int count)
    {
        static const QStringList firsts{QStringLiteral("Anna"), QStringLiteral("Jonas"),
                                        QStringLiteral("Özlem"), QStringLiteral("Ben"),
                                        QStringLiteral("Clara")};
        static const QStringList lasts{QStringLiteral("Becker"), QStringLiteral("Müller"),
                                       QStringLiteral("Weber"), QStringLiteral("Öztürk"),
                                       QStringLiteral("Schmidt")};
        WriteTransaction transaction(store);
        LeadRepository leads(store);
        const qint64 rep = Reps::idFor(store, QStringLiteral("mara"));
        m_ids.clear();
        for (int i = 0; i < count; ++i) {
            Lead lead = sampleLead(firsts.at(i % 5), lasts.at((i / 5) % 5),
                                   QStringLiteral("Firma %1").arg(i % 7));
            lead.email = QStringLiteral("lead%1@example.com").arg(i);
            lead.phone = QStringLiteral("+49 30 %1").arg(900000 + i);
            lead.phoneE164 = QStringLiteral("+4930%1").arg(900000 + i);
            lead.source = i % 2 ? SourceChannel::Webinar : SourceChannel::WebForm;
            lead.stage = i % 3 ? Stage::Working : Stage::New;
            m_ids.append(leads.createInTransaction(lead, rep));
            set(store, m_ids.last(), QStringLiteral("total_score = ?, grade = ?"),
                {i % 10, i % 4 ? QVariant(QStringLiteral("ABCDE").mid(i % 5, 1)) : QVariant()});
        }
        transaction.commit();
    }

private slots:
    void init() { Clock::setFixed(tuesdayMorning()); }
    void cleanup() { Clock::reset(); }

    void pagesAndPassesTheModelTester()
    {
        TestStore fixture;
        fill(fixture.store(), 250);
        QueueModel model(fixture.store());
        QCOMPARE(model.rowCount(), QueueModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, QueueModel::Stage).data().toString(), QStringLiteral("New"));
        QVERIFY(model.index(0, QueueModel::NextAction)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("New, waiting")));
        QVERIFY(model.index(0, QueueModel::LocalTime)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Tue 11:00")));
        QCOMPARE(model.headerData(QueueModel::Waited, Qt::Horizontal).toString(),
                 QStringLiteral("Waited"));
        QCOMPARE(model.rowOfLead(model.leadId(42)), 42);
        model.refresh();
        QVERIFY(model.rowCount() >= QueueModel::pageSize);
    }

    void sortsThroughTheQuery_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (const int column :
             {int(QueueModel::Name), int(QueueModel::Company), int(QueueModel::Stage),
              int(QueueModel::Grade), int(QueueModel::Score)})
            for (const int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
                QTest::addRow("%d-%d", column, order) << column << order;
    }

    void sortsThroughTheQuery()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        TestStore fixture;
        fill(fixture.store(), 230);
        QueueModel model(fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, Qt::SortOrder(order));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 230);
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row)
            seen.insert(model.leadId(row));
        QCOMPARE(seen.size(), 230); // pages neither repeat nor skip rows with equal keys
        const QStringList values = ::column(model, column);
        for (int row = 1; row < values.size(); ++row) {
            const QString a = values.at(row - 1), b = values.at(row);
            const int cmp = column == QueueModel::Score
                                ? a.toInt() - b.toInt()
                                : QString::compare(a.toLower(), b.toLower());
            if (column == QueueModel::Stage || column == QueueModel::Grade)
                continue; // ordered by key; labels and empty grades compare differently
            QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                     qPrintable(QStringLiteral("%1 before %2").arg(a, b)));
        }
    }

    void filtersNarrowTheQueue()
    {
        TestStore fixture;
        fill(fixture.store(), 120);
        QueueModel model(fixture.store());
        QueueFilter filter;
        filter.source = SourceChannel::Webinar;
        filter.stage = Stage::Working;
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 40); // odd i, i % 3 != 0
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, QueueModel::Stage).data().toString(),
                     QStringLiteral("Working"));
        filter = {};
        filter.grade = QStringLiteral("-");
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 30);
        filter.grade = QStringLiteral("B");
        model.setFilter(filter);
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, QueueModel::Grade).data().toString(), QStringLiteral("B"));
        filter = {};
        filter.ownerId = 0;
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 120);
        filter.stage = Stage::Disqualified;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
    }

    void searchFindsByNameCompanyEmailAndPhone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("first name") << QStringLiteral("anna") << 50;
        QTest::newRow("full name") << QStringLiteral("Anna Bec") << 10;
        QTest::newRow("last name") << QStringLiteral("WEBER") << 50;
        QTest::newRow("umlaut, lower") << QStringLiteral("müll") << 50;
        QTest::newRow("umlaut, capital") << QStringLiteral("öztü") << 50;
        QTest::newRow("company") << QStringLiteral("firma 3") << 36;
        QTest::newRow("e-mail") << QStringLiteral("Lead17@") << 1;
        QTest::newRow("phone, national") << QStringLiteral("030 900 017") << 1;
        QTest::newRow("phone, international") << QStringLiteral("+49 30 90001") << 10;
        QTest::newRow("nothing") << QStringLiteral("zz") << 0;
    }

    void searchFindsByNameCompanyEmailAndPhone()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        TestStore fixture;
        fill(fixture.store(), 250);
        Sql::exec(fixture->db(),
                  QStringLiteral("UPDATE leads SET stage = 'disqualified' WHERE id = ?"),
                  {m_ids.at(17)}); // search finds leads out of the queue too
        QueueModel model(fixture.store());
        QueueFilter filter;
        filter.search = text;
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected);
    }

    void searchAndPagesUseIndexes()
    {
        SKIP_ON_POSTGRES("reads SQLite's query plans");
        TestStore fixture;
        Store& store = fixture.store();
        fill(store, 300);
        Sql::exec(store.db(), QStringLiteral("ANALYZE"));
        QueueQuery query(store, QueueContext::build(store, QStringLiteral("mara"), {}));
        QueueFilter filter;
        filter.search = QStringLiteral("Müller 030");
        query.setFilter(filter);
        const auto [searchSql, searchBinds] = query.pageSql(QueueQuery::Section::All, {}, 100);
        const QStringList searchPlan = plan(store, searchSql, searchBinds);
        QVERIFY2(searchPlan.join(QLatin1Char('\n')).contains(QLatin1String("MULTI-INDEX OR")),
                 qPrintable(searchPlan.join(QLatin1Char('\n'))));
        for (const QString& line : searchPlan)
            QVERIFY2(!line.startsWith(QLatin1String("SCAN l")), qPrintable(line));

        query.setFilter({});
        for (const auto section : {QueueQuery::Section::CallbackDue, QueueQuery::Section::NewLead,
                                   QueueQuery::Section::ByScore}) {
            QueueQuery::Cursor cursor;
            const auto [sql, binds] = query.pageSql(section, cursor, 100);
            const QStringList lines = plan(store, sql, binds);
            QVERIFY2(usesIndexesOnly(lines), qPrintable(lines.join(QLatin1Char('\n'))));
            cursor.started = true;
            cursor.lastKey = 5;
            cursor.lastId = 7;
            const auto [nextSql, nextBinds] = query.pageSql(section, cursor, 100);
            const QStringList next = plan(store, nextSql, nextBinds);
            QVERIFY2(usesIndexesOnly(next), qPrintable(next.join(QLatin1Char('\n'))));
        }
        for (const QueueSort sort : {QueueSort::Name, QueueSort::Company, QueueSort::Score,
                                     QueueSort::Waited, QueueSort::Grade, QueueSort::Stage}) {
            query.setSort(sort, Qt::DescendingOrder);
            const auto [sql, binds] = query.pageSql(QueueQuery::Section::All, {}, 100);
            const QStringList lines = plan(store, sql, binds);
            QVERIFY2(usesIndexesOnly(lines), qPrintable(lines.join(QLatin1Char('\n'))));
        }
    }

    void aRareGradeIsReadThroughTheGradeIndex_data()
    {
        QTest::addColumn<QString>("grade");
        QTest::addColumn<bool>("heldBack"); // a stage outside the queue: through the full index
        for (const char* grade : {"A", "B", "-"}) {
            QTest::addRow("%s in queue", grade) << QString::fromLatin1(grade) << false;
            QTest::addRow("%s disqualified", grade) << QString::fromLatin1(grade) << true;
        }
    }

    void aRareGradeIsReadThroughTheGradeIndex()
    {
        QFETCH(QString, grade);
        QFETCH(bool, heldBack);
        TestStore fixture;
        Store& store = fixture.store();
        fill(store, 300);
        Sql::exec(store.db(),
                  QStringLiteral("UPDATE leads SET stage = 'disqualified' WHERE id % 7 = 0"));
        QueueFilter filter;
        filter.grade = grade;
        if (heldBack)
            filter.stage = Stage::Disqualified;
        // The same rows in the same order, whichever index drives the query.
        QueueQuery::setRareGradeLimit(0);
        QueueModel throughSections(store);
        throughSections.setFilter(filter);
        fetchAll(throughSections);
        QueueQuery::setRareGradeLimit(20000);
        QueueModel throughGrade(store);
        throughGrade.setFilter(filter);
        fetchAll(throughGrade);
        QVERIFY(throughGrade.rowCount() > 0);
        QCOMPARE(column(throughGrade, QueueModel::Name), column(throughSections, QueueModel::Name));
        QList<qint64> sectionIds, gradeIds;
        for (int row = 0; row < throughGrade.rowCount(); ++row) {
            sectionIds.append(throughSections.leadId(row));
            gradeIds.append(throughGrade.leadId(row));
        }
        QCOMPARE(gradeIds, sectionIds);
        const QString expectedGrade = grade == QLatin1String("-") ? QString() : grade;
        for (int row = 0; row < throughGrade.rowCount(); ++row)
            QCOMPARE(throughGrade.index(row, QueueModel::Grade).data().toString(), expectedGrade);

        // The rest reads SQLite's plans, which the store steers with INDEXED BY; PostgreSQL
        // plans from its own statistics.
        if (!store.isSqlite())
            return;
        // Every page of every section reads the grade's leads through a grade index: never a
        // walk through the table or a section's index.
        QueueQuery query(store, QueueContext::build(store, QStringLiteral("mara"), {}));
        query.setFilter(filter);
        const QString index = heldBack ? QStringLiteral("idx_leads_grade_key")
                                       : QStringLiteral("idx_leads_queue_grade");
        for (const auto section : {QueueQuery::Section::CallbackDue, QueueQuery::Section::NewLead,
                                   QueueQuery::Section::ByScore, QueueQuery::Section::Rest}) {
            const auto [sql, binds] = query.pageSql(section, {}, 100);
            const QString lines = plan(store, sql, binds).join(QLatin1Char('\n'));
            const bool queueSection = section != QueueQuery::Section::Rest;
            QVERIFY2(lines.contains(queueSection ? QStringLiteral("idx_leads_queue_grade") : index),
                     qPrintable(lines));
            QVERIFY2(!lines.contains(QLatin1String("SCAN l")), qPrintable(lines));
        }
    }

    void knowsWhenTheNextLeadComesDue()
    {
        TestStore fixture;
        Store& store = fixture.store();
        fill(store, 150); // more callable leads than a page: the callback is not among them
        const qint64 now = Clock::nowSecs();
        set(store, m_ids.at(149),
            QStringLiteral("next_action_kind = 'callback', next_action_at = ?"), {now + 3 * 3600});
        set(store, m_ids.at(148),
            QStringLiteral("stage = 'disqualified', next_action_kind = 'callback',"
                           " next_action_at = ?"),
            {now + 600}); // out of the queue: never comes due
        QueueModel model(store);
        QCOMPARE(model.rowCount(), QueueModel::pageSize);
        QVERIFY(model.rowOfLead(m_ids.at(149)) < 0);
        QCOMPARE(model.nextChangeAt(), std::optional<qint64>(now + 3 * 3600));

        // A retry on a held-back lead the model has read comes due earlier.
        Sql::exec(store.db(), QStringLiteral("DELETE FROM leads WHERE id < ?"), {m_ids.at(140)});
        set(store, m_ids.at(140), QStringLiteral("next_action_kind = 'retry', next_action_at = ?"),
            {now + 3600});
        model.refresh();
        QVERIFY(model.rowOfLead(m_ids.at(140)) >= 0);
        QCOMPARE(model.nextChangeAt(), std::optional<qint64>(now + 3600));
        Clock::advance(2 * 3600);
        model.refresh();
        QCOMPARE(model.nextChangeAt(), std::optional<qint64>(now + 3 * 3600));
        Clock::advance(2 * 3600);
        model.refresh();
        QVERIFY(!model.nextChangeAt());
    }

    void leadsTimeAndHoldTextsUseTheLocalesDayNames()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 berlin = addLead(store, QStringLiteral("Anna"), QStringLiteral("Berlin"));
        const qint64 newYork = addLead(store, QStringLiteral("Ned"), QStringLiteral("York"));
        set(store, newYork, QStringLiteral("time_zone = ?, call_zone = ?"),
            {QStringLiteral("America/New_York"), QStringLiteral("America/New_York")});
        const QLocale german(QLocale::German, QLocale::Germany);
        QueueModel model(store);
        const QString tuesday = german.dayName(2, QLocale::ShortFormat);
        QVERIFY(tuesday != QLatin1String("Tue"));
        const int berlinRow = model.rowOfLead(berlin);
        const int newYorkRow = model.rowOfLead(newYork);
        QVERIFY(berlinRow >= 0 && newYorkRow >= 0);
        QLocale::setDefault(german);
        const QString berlinTime = model.index(berlinRow, QueueModel::LocalTime).data().toString();
        const QString nyTime = model.index(newYorkRow, QueueModel::LocalTime).data().toString();
        const QString nyReason = model.index(newYorkRow, QueueModel::NextAction).data().toString();
        QLocale::setDefault(QLocale::c());
        QVERIFY2(berlinTime.startsWith(tuesday + QStringLiteral(" 11:00")), qPrintable(berlinTime));
        QVERIFY2(nyTime.startsWith(tuesday + QStringLiteral(" 05:00")), qPrintable(nyTime));
        QVERIFY2(nyReason.contains(tuesday + QStringLiteral(" 09:00")), qPrintable(nyReason));
    }

    void timelineShowsEverythingNewestFirst()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const qint64 lead = addLead(store, QStringLiteral("Anna"), QStringLiteral("Becker"));
        Clock::advance(600);
        CallDraft draft;
        draft.outcome = CallOutcome::Voicemail;
        draft.durationSecs = 75;
        draft.note = QStringLiteral("left a message");
        CallLog(store).log(lead, draft, QStringLiteral("mara"));
        Clock::advance(60);
        Sql::exec(store.db(),
                  QStringLiteral("INSERT INTO interest_events (lead_id, kind, occurred_at, detail)"
                                 " VALUES (?, 'download', ?, 'ROI whitepaper')"),
                  {lead, Clock::nowSecs()});
        Clock::advance(60);
        Sql::exec(
            store.db(),
            QStringLiteral("INSERT INTO lead_field_changes (lead_id, field, old_value, new_value,"
                           " changed_at) VALUES (?, 'company', 'Acme', 'Acme GmbH', ?)"),
            {lead, Clock::nowSecs()});
        Clock::advance(60);
        const qint64 plan = Sql::insertId(
            store.db(),
            QStringLiteral(
                "INSERT INTO nurture_plans (lead_id, track, started_at) VALUES (?, 't', ?)"
                " RETURNING id"),
            {lead, Clock::nowSecs()});
        Clock::advance(60); // the plan's start shows before its first step
        Sql::exec(
            store.db(),
            QStringLiteral("INSERT INTO nurture_steps (plan_id, lead_id, position, content_kind,"
                           " channel, due_at) VALUES (?, ?, 1, 'case_study', 'email', ?)"),
            {plan, lead, Clock::nowSecs()});

        TimelineModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLead(lead);
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds.append(model.index(row, 0).data(TimelineModel::KindRole).toString());
        QCOMPARE(kinds, (QStringList{QStringLiteral("nurture"), QStringLiteral("plan_start"),
                                     QStringLiteral("field"), QStringLiteral("interest"),
                                     QStringLiteral("stage"), QStringLiteral("call"),
                                     QStringLiteral("created")}));
        QCOMPARE(model.index(5, TimelineModel::Event).data().toString(),
                 QStringLiteral("Call: Voicemail left"));
        QCOMPARE(model.index(5, TimelineModel::Details).data().toString(),
                 QStringLiteral("1:15 min · left a message"));
        QCOMPARE(model.index(5, TimelineModel::By).data().toString(), QStringLiteral("mara"));
        QCOMPARE(model.index(4, TimelineModel::Event).data().toString(),
                 QStringLiteral("Stage: New → Working"));
        QCOMPARE(model.index(2, TimelineModel::Details).data().toString(),
                 QStringLiteral("Acme → Acme GmbH"));
        QVERIFY(model.index(0, TimelineModel::Event)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Nurture step: Case study")));
        QCOMPARE(model.index(6, TimelineModel::Event).data().toString(),
                 QStringLiteral("Lead created"));
        model.setLead(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
