#include "LeadRecordFixture.h"
#include "TestStore.h"
#include "leads/Disclosure.h"
#include "leads/DisclosureHtml.h"
#include "leads/LeadTables.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

/// Disclosure on request: the JSON holds everything the store holds about the lead, and only it.
class TestDisclosure : public QObject
{
    Q_OBJECT

    // What a stored value must look like in the disclosure, worked out here on its own terms.
    static QJsonValue expected(const QString& column, const QVariant& value)
    {
        if (value.isNull())
            return QJsonValue::Null;
        if ((column.endsWith(QLatin1String("_at")) || column.endsWith(QLatin1String("_until"))))
            return QDateTime::fromSecsSinceEpoch(value.toLongLong()).toUTC().toString(Qt::ISODate);
        if (column == QLatin1String("snapshot") || column == QLatin1String("payload"))
            return QJsonDocument::fromJson(value.toString().toUtf8()).object();
        if (value.typeId() == QMetaType::QString)
            return value.toString();
        return double(value.toLongLong());
    }

    static void compareRow(const QSqlQuery& query, const QJsonObject& object, const QString& where)
    {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            QVERIFY2(object.contains(column), qPrintable(where + QLatin1Char('.') + column));
            QVERIFY2(object.value(column) == expected(column, query.value(i)),
                     qPrintable(QStringLiteral("%1.%2: %3 stored, %4 disclosed")
                                    .arg(where, column, query.value(i).toString(),
                                         object.value(column).toVariant().toString())));
        }
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc())); }
    void cleanup() { Clock::reset(); }

    void holdsEverythingStoredAboutTheLead()
    {
        TestStore fixture;
        Store& store = fixture.store();
        const auto subject = LeadRecordFixture::create(
            store, QStringLiteral("Zacharias"), QStringLiteral("Quellmeyer"),
            QStringLiteral("Quellmeyer Analytik GmbH"), QStringLiteral("+49 89 21801234"),
            QStringLiteral("XQZMARKER"), QStringLiteral("HB-7"));
        const auto other = LeadRecordFixture::create(
            store, QStringLiteral("Jonas"), QStringLiteral("Weber"), QStringLiteral("Weber AG"),
            QStringLiteral("+49 30 901820"), QStringLiteral("OTHERMARKER"), QStringLiteral("HB-7"));

        const QJsonDocument document = Disclosure(store).document({subject.leadId});
        const QJsonObject root = document.object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("leadscout-disclosure"));
        QCOMPARE(root.value(QStringLiteral("generated_at")).toString(),
                 QStringLiteral("2026-11-23T10:00:00Z"));
        const QJsonArray leads = root.value(QStringLiteral("leads")).toArray();
        QCOMPARE(leads.size(), 1);
        const QJsonObject record = leads.first().toObject();

        // The lead's own row, every column.
        QSqlQuery lead = Sql::exec(store.db(), QStringLiteral("SELECT * FROM leads WHERE id = ?"),
                                   {subject.leadId});
        QVERIFY(lead.next());
        compareRow(lead, record.value(QStringLiteral("lead")).toObject(), QStringLiteral("leads"));

        // Every table that refers to a lead, every row and column, in the same order.
        const QStringList tables = LeadTables::referencing(store);
        QVERIFY(tables.size() >= 9);
        for (const QString& table : tables) {
            const QJsonArray rows = record.value(table).toArray();
            QSqlQuery query = Sql::exec(store.db(),
                                        QStringLiteral("SELECT * FROM %1 WHERE lead_id = ?")
                                            .arg(LeadTables::quoted(store, table)),
                                        {subject.leadId});
            int n = 0;
            while (query.next()) {
                QVERIFY2(n < rows.size(), qPrintable(table));
                const QString where = QStringLiteral("%1[%2]").arg(table).arg(n);
                // rows come out ordered by id (or position); find the one with the same key
                const QJsonObject match = [&] {
                    const QSqlRecord record = query.record();
                    const QString key = record.contains(QStringLiteral("id"))
                                            ? QStringLiteral("id")
                                            : QStringLiteral("position");
                    if (!record.contains(key)) // one row per lead (qualification, draft)
                        return rows.size() == 1 ? rows.first().toObject() : QJsonObject();
                    for (const QJsonValue& row : rows)
                        if (row.toObject().value(key) ==
                            QJsonValue(double(query.value(key).toLongLong())))
                            return row.toObject();
                    return QJsonObject();
                }();
                compareRow(query, match, where);
                ++n;
            }
            QVERIFY2(n > 0, qPrintable(table));
            QCOMPARE(rows.size(), n);
        }
        // Nothing else: the sections are exactly the lead, its scores and those tables.
        QStringList sections = record.keys();
        sections.sort();
        QStringList wanted = tables + QStringList{QStringLiteral("lead"), QStringLiteral("lead_id"),
                                                  QStringLiteral("scores")};
        wanted.sort();
        QCOMPARE(sections, wanted);

        // Readable extras: the batch each handoff row belongs to, scores, rep names.
        const QJsonObject item =
            record.value(QStringLiteral("handoff_items")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("batch")).toObject().value(QStringLiteral("batch_code")),
                 QJsonValue(QStringLiteral("HB-7")));
        QCOMPARE(item.value(QStringLiteral("batch")).toObject().value(QStringLiteral("lead_count")),
                 QJsonValue(2));
        QCOMPARE(record.value(QStringLiteral("scores")).toObject().value(QStringLiteral("grade")),
                 QJsonValue(QStringLiteral("B")));
        QVERIFY(root.value(QStringLiteral("reps")).toObject().contains(QStringLiteral("1")));
        QCOMPARE(root.value(QStringLiteral("reps")).toObject().value(QStringLiteral("1")),
                 QJsonValue(QStringLiteral("mara")));

        // Nothing about the other lead leaks into this person's disclosure.
        const QByteArray json = document.toJson();
        for (const QString& secret : other.secrets)
            QVERIFY2(!json.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(json.contains("XQZMARKER call note"));
    }

    void writesJsonAndReadableHtmlForItsOwnerOnly()
    {
        TestStore fixture;
        const auto subject = LeadRecordFixture::create(
            fixture.store(), QStringLiteral("Zacharias"), QStringLiteral("Quellmeyer"),
            QStringLiteral("Quellmeyer <Analytik> GmbH"), QStringLiteral("+49 89 21801234"),
            QStringLiteral("XQZMARKER"), QStringLiteral("HB-7"));
        const QString json = fixture.dir() + QStringLiteral("/lead.json");
        const QString html = Disclosure::htmlPathFor(json);
        QCOMPARE(html, fixture.dir() + QStringLiteral("/lead.html"));
        const QJsonDocument document = Disclosure(fixture.store()).document({subject.leadId});
        QCOMPARE(Disclosure::writeFiles(document, json, html), QString());
        QCOMPARE(QJsonDocument::fromJson(readAll(json)), document);
        QCOMPARE(QFile(json).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        QCOMPARE(QFile(html).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const QString page = QString::fromUtf8(readAll(html));
        for (const char* text :
             {"Lead 1: Zacharias Quellmeyer", "Calls", "Stage history", "Qualification (BANT)",
              "Handed to sales (batch rows)", "Changes to the details", "XQZMARKER call note",
              "Quellmeyer &lt;Analytik&gt; GmbH"})
            QVERIFY2(page.contains(QLatin1String(text)), text);
        QVERIFY(!page.contains(QLatin1String("<Analytik>")));
        // Read in the order of a lead's life, with labels and names instead of keys and ids.
        QVERIFY(page.indexOf(QLatin1String(">Stage history<")) <
                page.indexOf(QLatin1String(">Calls<")));
        QVERIFY(page.indexOf(QLatin1String("<th>First name</th>")) <
                page.indexOf(QLatin1String("<th>E-mail</th>")));
        QVERIFY(page.contains(QLatin1String("<td>mara</td>")));
        QVERIFY(page.contains(QLatin1String("<td>SQL</td>")));

        const QString unwritable = fixture.dir() + QStringLiteral("/missing/folder/lead.json");
        const QString error = Disclosure::writeFiles(document, unwritable, {});
        QVERIFY2(error.contains(unwritable), qPrintable(error));
    }

    void emptyForAnUnknownLead()
    {
        TestStore fixture;
        QVERIFY(Disclosure(fixture.store()).leadRecord(42).isEmpty());
        QVERIFY(Disclosure(fixture.store())
                    .document({42})
                    .object()
                    .value(QStringLiteral("leads"))
                    .toArray()
                    .isEmpty());
        QVERIFY(DisclosureHtml::render(Disclosure(fixture.store()).document({42}))
                    .contains(QLatin1String("Nothing is stored.")));
    }
};

QTEST_GUILESS_MAIN(TestDisclosure)
#include "tst_disclosure.moc"
