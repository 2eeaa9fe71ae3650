#include "HandoffExpectations.h"
#include "HandoffFixture.h"
#include "TestStore.h"
#include "XlsxSheetReader.h"
#include "handoff/HandoffColumns.h"
#include "handoff/HandoffService.h"
#include "support/Clock.h"

#include <QTest>

/// A handoff written as XLSX, unzipped and parsed back with QXmlStreamReader, compared cell by
/// cell with what the store holds; plus the sheet's form (bold frozen header, autofilter,
/// widths, real dates, numbers as numbers, no formulas).
class TestHandoffXlsx : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

    static void compareCell(const XlsxSheet& sheet, int row, int column, const QString& key,
                            const QJsonValue& want, qint64 leadId)
    {
        const QString where = QStringLiteral("lead %1, column %2").arg(leadId).arg(key);
        const XlsxCell* cell = sheet.cell(row, column);
        if (want.isNull()) {
            QVERIFY2(!cell || cell->text.isEmpty(), qPrintable(where));
            return;
        }
        QVERIFY2(cell && !cell->formula, qPrintable(where));
        const CellKind kind = HandoffColumns::kindOfKey(key);
        const QString text = want.isDouble() ? QString() : want.toString();
        if (want.isDouble()) {
            QVERIFY2(cell->isNumber(), qPrintable(where));
            QCOMPARE(cell->text.toDouble(), want.toDouble());
        } else if (kind == CellKind::Decimal) {
            QVERIFY2(cell->isNumber(), qPrintable(where));
            QCOMPARE(cell->text.toDouble(), text.toDouble());
            const QString format = sheet.numberFormats.value(cell->style);
            QVERIFY2(text.contains(QLatin1Char('.')) ? format.endsWith(QLatin1String("0.00"))
                                                     : format == QLatin1String("#,##0"),
                     qPrintable(where + QLatin1Char(' ') + format));
        } else if (kind == CellKind::DateTime) {
            QVERIFY2(sheet.isDate(row, column), qPrintable(where));
            QCOMPARE(XlsxSheet::serialToIso(cell->text.toDouble(), true), text);
        } else if (kind == CellKind::Date && QDate::fromString(text, Qt::ISODate).isValid()) {
            QVERIFY2(sheet.isDate(row, column), qPrintable(where));
            QCOMPARE(XlsxSheet::serialToIso(cell->text.toDouble(), false), text);
        } else {
            QVERIFY2(!cell->isNumber(), qPrintable(where + QLatin1String(" is not text")));
            QVERIFY2(
                cell->text == text,
                qPrintable(where +
                           QStringLiteral(": \"%1\" instead of \"%2\"").arg(cell->text, text)));
        }
    }

private slots:
    void init() { Clock::setFixed(m_now); }
    void cleanup() { Clock::reset(); }

    void everyCellMatchesTheStore()
    {
        TestStore fixture;
        QList<ReadyLead> leads;
        for (int i = 0; i < 12; ++i)
            leads.append(HandoffFixture::varied(i));
        const QList<qint64> ids = HandoffFixture::addReadyLeads(fixture.store(), leads);
        const QString path = fixture.dir() + QStringLiteral("/handoff.xlsx");
        const HandoffResult result =
            HandoffService(fixture.store())
                .handOff({path, {HandoffFormat::Xlsx}, {}, false, QStringLiteral("lena")});
        QCOMPARE(result.leadCount, 12);
        QCOMPARE(result.format, HandoffFormat::Xlsx);

        const XlsxSheet sheet = XlsxSheet::read(path);
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.rows.size(), 13);
        const QStringList keys = HandoffColumns::allKeys();
        for (int c = 0; c < keys.size(); ++c) {
            QCOMPARE(sheet.text(0, c),
                     HandoffColumns::headerOf(*HandoffColumns::fromKey(keys.at(c))));
            QVERIFY(sheet.bold.value(sheet.cell(0, c)->style));
        }
        for (int r = 0; r < ids.size(); ++r) {
            const auto expected =
                HandoffExpectations::cells(fixture.store(), ids.at(r), m_now.toSecsSinceEpoch());
            for (int c = 0; c < keys.size(); ++c)
                compareCell(sheet, r + 1, c, keys.at(c), expected.value(keys.at(c)), ids.at(r));
        }
    }

    void theSheetIsReadyToWorkWith()
    {
        TestStore fixture;
        HandoffFixture::addReadyLeads(
            fixture.store(),
            {HandoffFixture::varied(0), HandoffFixture::varied(1), HandoffFixture::varied(2)});
        const QString path = fixture.dir() + QStringLiteral("/form.xlsx");
        HandoffService(fixture.store())
            .handOff({path, {HandoffFormat::Xlsx}, {}, false, QStringLiteral("lena")});
        const XlsxSheet sheet = XlsxSheet::read(path);
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.frozenTopLeft, QStringLiteral("A2"));
        QCOMPARE(sheet.autoFilterRef, QStringLiteral("A1:AF4")); // 32 columns, header + 3 rows
        QCOMPARE(sheet.columnWidths.size(), 32);
        const QStringList keys = HandoffColumns::allKeys();
        for (int c = 0; c < keys.size(); ++c) {
            QVERIFY2(sheet.columnWidths.at(c) >= sheet.text(0, c).size(), qPrintable(keys.at(c)));
            QVERIFY(sheet.columnWidths.at(c) <= 52);
        }
        // The long formula-looking company name gets a wide column; the score a narrow one.
        QVERIFY(sheet.columnWidths.at(keys.indexOf(QStringLiteral("company"))) >
                sheet.columnWidths.at(keys.indexOf(QStringLiteral("score"))));
        // Text is text: the formula-looking company is a string, nothing is a formula.
        QCOMPARE(sheet.text(1, keys.indexOf(QStringLiteral("company"))),
                 QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")"));
        QCOMPARE(sheet.text(2, keys.indexOf(QStringLiteral("phone_e164"))),
                 QStringLiteral("+4930901820"));
        for (const auto& row : sheet.rows)
            for (const XlsxCell& cell : row)
                QVERIFY(!cell.formula);
        // The document's creation time is the batch's: the same batch gives the same bytes.
        QCOMPARE(sheet.created, QStringLiteral("2026-11-23T10:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestHandoffXlsx)
#include "tst_handoffxlsx.moc"
