// Test data are plain ASCII literals; reading them as QString keeps the tables legible.
#undef QT_NO_CAST_FROM_ASCII

#include "TestStore.h"
#include "XlsxSheetReader.h"
#include "export/CsvWriter.h"
#include "export/TextSafety.h"
#include "handoff/HandoffFileWriter.h"
#include "leads/LeadValidator.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// Issue 25: values and versions at their edges, not only far beyond them. Excel's cell limit,
/// formula-like text in XLSX and CSV, control characters, the e-mail lengths of RFC 5321, and a
/// store exactly one schema version newer than this program.
class TestFileEdges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static HandoffTable table(const QStringList& companies)
    {
        HandoffTable result;
        result.layout.columns = {
            {QStringLiteral("company"), QStringLiteral("Company"), CellKind::Text}};
        result.layout.sheetName = QStringLiteral("Handoff");
        qint64 id = 0;
        for (const QString& company : companies)
            result.rows.append({++id, {QJsonValue(company)}});
        return result;
    }

    QByteArray csvOf(const QStringList& companies)
    {
        const QString path = m_dir.filePath(QStringLiteral("cells.csv"));
        HandoffFileWriter::write(table(companies), path, {HandoffFormat::Csv, u','}, 0);
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    XlsxSheet xlsxOf(const QStringList& companies)
    {
        const QString path = m_dir.filePath(QStringLiteral("cells.xlsx"));
        QFile::remove(path);
        HandoffFileWriter::write(table(companies), path, {HandoffFormat::Xlsx, u','}, 0);
        return XlsxSheet::read(path);
    }

    /// Sets schema_version in the file directly (not through a Store, which would refuse it).
    /// The version of the step before the last (steps are numbered with gaps between branches).
    static int previousVersion()
    {
        const auto& steps = Migrations::steps();
        return steps[steps.size() - 2].version;
    }

    static void setSchemaVersion(const QString& path, int version)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "raw");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_meta SET value = '%1' WHERE key = "
                                              "'schema_version'")
                                   .arg(version)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase("raw");
    }

private slots:
    void xlsxCellsAtExcelsLimit()
    {
        const QString fits(32767, QLatin1Char('a'));
        const QString over = fits + QLatin1Char('b');
        const QString wide(20000, QChar(0x00E4)); // 40,000 bytes of UTF-8
        const XlsxSheet sheet = xlsxOf({fits, over, wide});
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.text(1, 0), fits); // exactly at the limit: whole
        const QString cut = sheet.text(2, 0);
        QVERIFY(cut.toUtf8().size() <= 32767);
        QVERIFY(cut.startsWith(QString(1000, QLatin1Char('a'))));
        QVERIFY2(cut.endsWith(QLatin1String("too long for one Excel cell]")),
                 qPrintable(cut.right(60)));
        const QString cutWide = sheet.text(3, 0);
        QVERIFY(cutWide.toUtf8().size() <= 32767);
        QVERIFY(!cutWide.contains(QChar(0xFFFD))); // never split inside a character
        QVERIFY(cutWide.endsWith(QLatin1String("cell]")));
    }

    void xlsxFormulaLikeTextStaysText()
    {
        const QStringList values{"=1+2", "+4930901820", "-42", "@SUM(A1)", "=HYPERLINK(\"x\")"};
        const XlsxSheet sheet = xlsxOf(values);
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        for (int i = 0; i < values.size(); ++i) {
            const XlsxCell* cell = sheet.cell(i + 1, 0);
            QVERIFY(cell);
            QVERIFY2(!cell->formula, qPrintable(values.at(i)));
            QVERIFY2(cell->type == QLatin1String("s") || cell->type == QLatin1String("inlineStr"),
                     qPrintable(cell->type));
            QCOMPARE(cell->text, values.at(i)); // as typed: a text cell is never evaluated
        }
    }

    void csvTextThatLooksLikeANumberKeepsItsApostrophe()
    {
        QCOMPARE(CsvWriter::encodeField(QStringLiteral("-42"), u','), QStringLiteral("'-42"));
        QCOMPARE(CsvWriter::encodeField(QStringLiteral("-42"), u',', true), QStringLiteral("-42"));
        QCOMPARE(CsvWriter::encodeField(QStringLiteral("42"), u','), QStringLiteral("42"));
        QCOMPARE(CsvWriter::encodeField(QStringLiteral("-"), u','), QStringLiteral("'-"));
        const QByteArray csv = csvOf({QStringLiteral("-42"), QStringLiteral("+49 30 1"),
                                      QStringLiteral("@home"), QStringLiteral("a-42")});
        for (const char* line :
             {"\r\n'-42\r\n", "\r\n'+49 30 1\r\n", "\r\n'@home\r\n", "\r\na-42\r\n"})
            QVERIFY2(csv.contains(line), csv.constData());
    }

    void controlCharactersNeverReachAFileOrTerminal()
    {
        const QString hostile = QStringLiteral("Evil\x1b[2J\x1b]0;owned\x07") + QChar(0x202E) +
                                QStringLiteral("Corp\x7f") + QChar(0x9B);
        const QByteArray csv = csvOf({hostile, QStringLiteral("two\nlines\tand tab")});
        for (const char bad : {'\x1b', '\x07', '\x7f'})
            QVERIFY(!csv.contains(bad));
        QVERIFY(!csv.contains(QString(QChar(0x202E)).toUtf8()));
        QVERIFY(!csv.contains(QString(QChar(0x9B)).toUtf8()));
        QVERIFY(csv.contains(QString(QChar(0xFFFD)).toUtf8()));
        QVERIFY(csv.contains("Corp"));
        QVERIFY(csv.contains("\"two\nlines\tand tab\"")); // line breaks and tabs are data, quoted
        const QString line = TextSafety::printable(QStringLiteral("a\x1b[31mb\nc"));
        QCOMPARE(line, QStringLiteral("a") + QChar(0xFFFD) + QStringLiteral("[31mb c"));
    }

    void emailLengthsAtRfc5321sEdges()
    {
        const QString local64(64, QLatin1Char('a'));
        QVERIFY2(LeadValidator::emailProblem(local64 + QStringLiteral("@example.com")).isEmpty(),
                 "64 characters before the @ are allowed");
        QVERIFY(!LeadValidator::emailProblem(local64 + QStringLiteral("a@example.com")).isEmpty());
        QVERIFY(!LeadValidator::emailProblem(QString(5000, QLatin1Char('a')) +
                                             QStringLiteral("@example.com"))
                     .isEmpty());
        // 254 in all is the most; labels of 63.
        const QString label63(63, QLatin1Char('d'));
        const QString domain = label63 + QLatin1Char('.') + label63 + QLatin1Char('.') + label63 +
                               QStringLiteral(".de"); // 194 characters
        const QString at254 = QString(59, QLatin1Char('a')) + QLatin1Char('@') + domain;
        QCOMPARE(at254.size(), 254);
        QVERIFY2(LeadValidator::emailProblem(at254).isEmpty(),
                 qPrintable(LeadValidator::emailProblem(at254)));
        QVERIFY(!LeadValidator::emailProblem(QLatin1Char('a') + at254).isEmpty());
        QVERIFY(
            !LeadValidator::emailProblem(QStringLiteral("a@") + label63 + QStringLiteral("d.de"))
                 .isEmpty());
    }

    void aStoreOneVersionNewerIsRefusedUntouched()
    {
        const int latest = Migrations::latestVersion();
        TestStore fixture;
        const QString path = fixture.path();
        fixture.close();
        setSchemaVersion(path, latest + 1);
        const QStringList filesBefore = QDir(fixture.dir()).entryList(QDir::Files | QDir::Hidden);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const QDateTime modified = QFileInfo(path).lastModified();
        try {
            Store::open(path, Store::Options{false, 5000, -1, {}});
            QFAIL("a store one version newer must be refused");
        } catch (const StoreOpenError& error) {
            QCOMPARE(error.kind(), StoreOpenError::Kind::Newer);
            QVERIFY(error.message().contains(QString::number(latest + 1)));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(fixture.dir()).entryList(QDir::Files | QDir::Hidden), filesBefore);

        // The version itself is fine, and one older is upgraded with a backup.
        setSchemaVersion(path, latest);
        QCOMPARE(fixture.reopen(Store::Options{false, 5000, -1, {}}).schemaVersion(), latest);
        QVERIFY(fixture->backupPath().isEmpty());
    }

    void aStoreOneVersionOlderIsUpgradedWithABackup()
    {
        const int latest = Migrations::latestVersion();
        TestStore fixture(Store::Options{true, 5000, previousVersion(), {}});
        QCOMPARE(fixture->schemaVersion(), previousVersion());
        Store& upgraded = fixture.reopen(Store::Options{false, 5000, -1, {}});
        QCOMPARE(upgraded.schemaVersion(), latest);
        QVERIFY(QFileInfo::exists(upgraded.backupPath()));
        QVERIFY(upgraded.backupPath().contains(QStringLiteral(".v%1-").arg(previousVersion())));
    }

    void anUpgradeThatFailsLeavesNoBackup()
    {
        // README: the backup copy is removed again when the upgrade does not commit.
        TestStore fixture(Store::Options{true, 5000, previousVersion(), {}});
        const QString path = fixture.path();
        fixture.close();
        {
            // A table the last step (v11, the roll-ups' second level) creates is already there:
            // that step fails.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "raw");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE rollup_slot_dirty (n INTEGER)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase("raw");
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        try {
            Store::open(path, Store::Options{false, 5000, -1, {}});
            QFAIL("the upgrade should have failed");
        } catch (const StoreOpenError& error) {
            QVERIFY2(error.message().contains(QLatin1String("left as it was")),
                     qPrintable(error.message()));
        }
        QCOMPARE(QDir(fixture.dir()).entryList({QStringLiteral("*.bak")}, QDir::Files),
                 QStringList());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestFileEdges)
#include "tst_fileedges.moc"
