#include "SnapshotDialog.h"
#include "TestStore.h"
#include "dashboard/DashboardReport.h"
#include "dashboard/DashboardRollups.h"
#include "demo/DemoGenerator.h"
#include "support/BackgroundJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

// File ▸ Save Snapshot…: the dialog writes a store of the chosen leads in the background, with
// personal data left out when asked; a cancel leaves no file, the store's own file is refused.
class TestSnapshotDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    QTemporaryDir m_out;

    Store& store() { return m_fixture->store(); }
    QString out(const QString& name) const { return m_out.filePath(name); }

    static qint64 count(const Store& store, const QString& sql)
    {
        return Sql::scalar(store.db(), sql).toLongLong();
    }

    template <typename T> static T* child(SnapshotDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    // Presses Save Snapshot and waits for the copy to end; true when the dialog accepted.
    bool saveAndWait(SnapshotDialog& dialog)
    {
        QSignalSpy done(&dialog, &QDialog::finished);
        child<QPushButton>(dialog, "snapshotSaveButton")->click();
        if (!dialog.isRunning())
            return false;
        if (!QTest::qWaitFor([&] { return !dialog.isRunning(); }, 60000))
            return false;
        return done.count() == 1 && dialog.result() == QDialog::Accepted;
    }

    static QByteArray reportOf(const Store& store, const DashboardFilter& filter = {})
    {
        return QJsonDocument(DashboardReport::toJson(DashboardRollups(store).figures(filter)))
            .toJson();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        m_fixture = std::make_unique<TestStore>();
        DemoGenerator generator(store(), {600, 5});
        generator.run();
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void aWholeSnapshotOpensReadOnlyWithTheSameReport()
    {
        SnapshotDialog dialog(store());
        dialog.show();
        child<QLineEdit>(dialog, "snapshotOutputEdit")->setText(out(QStringLiteral("all.sqlite")));
        QVERIFY(saveAndWait(dialog));
        QCOMPARE(dialog.savedPath(),
                 QFileInfo(out(QStringLiteral("all.sqlite"))).absoluteFilePath());
        Store::Options existing;
        existing.create = false;
        const std::unique_ptr<Store> snapshot = Store::open(dialog.savedPath(), existing);
        QVERIFY(!snapshot->snapshotOf().isEmpty());
        QCOMPARE(count(*snapshot, QStringLiteral("SELECT COUNT(*) FROM leads")), 600);
        QCOMPARE(reportOf(*snapshot), reportOf(store()));
        DashboardFilter quarter;
        quarter.from = QDate::currentDate().addMonths(-3);
        quarter.to = QDate::currentDate();
        quarter.source = QStringLiteral("web_form");
        QCOMPARE(reportOf(*snapshot, quarter), reportOf(store(), quarter));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 Sql::exec(snapshot->db(), QStringLiteral("DELETE FROM calls")));
    }

    void aFilteredSnapshotWithoutPersonalDataHoldsThoseLeadsAndNoPersonalData()
    {
        SnapshotDialog dialog(store());
        dialog.show();
        auto* source = child<QComboBox>(dialog, "snapshotSourceCombo");
        source->setCurrentIndex(source->findData(QStringLiteral("web_form")));
        auto* rep = child<QComboBox>(dialog, "snapshotRepCombo");
        QVERIFY(rep->count() > 2);
        rep->setCurrentIndex(1);
        const QString repName = rep->currentData().toString();
        auto* period = child<QCheckBox>(dialog, "snapshotPeriodCheck");
        period->setChecked(true);
        const QDate first =
            QDateTime::fromSecsSinceEpoch(
                Sql::scalar(store().db(), QStringLiteral("SELECT MIN(created_at) FROM leads"))
                    .toLongLong(),
                QTimeZone::utc())
                .date();
        const QDate from = first.addDays(20);
        const QDate to = from.addDays(90);
        child<QDateEdit>(dialog, "snapshotFromDate")->setDate(from);
        child<QDateEdit>(dialog, "snapshotToDate")->setDate(to);
        child<QCheckBox>(dialog, "snapshotWithoutPersonalDataCheck")->setChecked(true);
        child<QLineEdit>(dialog, "snapshotOutputEdit")->setText(out(QStringLiteral("part.sqlite")));
        QVERIFY(saveAndWait(dialog));

        const QString picked = QStringLiteral(
            "FROM leads l JOIN reps r ON r.id = l.owner_id WHERE l.source_channel = 'web_form' "
            "AND r.name = ? AND l.created_at >= ? AND l.created_at < ?");
        const QVariantList binds{repName, from.startOfDay(QTimeZone::utc()).toSecsSinceEpoch(),
                                 to.addDays(1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch()};
        QList<qint64> expected;
        QStringList secrets;
        QSqlQuery query = Sql::exec(
            store().db(), QStringLiteral("SELECT l.id, l.email, l.phone ") + picked, binds);
        while (query.next()) {
            expected.append(query.value(0).toLongLong());
            secrets += {query.value(1).toString(), query.value(2).toString()};
        }
        QVERIFY2(expected.size() >= 3, qPrintable(QString::number(expected.size())));
        Store::Options existing;
        existing.create = false;
        const std::unique_ptr<Store> snapshot = Store::open(dialog.savedPath(), existing);
        QList<qint64> kept;
        QSqlQuery ids =
            Sql::exec(snapshot->db(), QStringLiteral("SELECT id FROM leads ORDER BY id"));
        while (ids.next())
            kept.append(ids.value(0).toLongLong());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(kept, expected);
        QCOMPARE(count(*snapshot, QStringLiteral("SELECT COUNT(*) FROM leads WHERE email IS NOT "
                                                 "NULL OR phone IS NOT NULL")),
                 0);
        QFile bytes(dialog.savedPath());
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray content = bytes.readAll();
        for (const QString& secret : secrets)
            if (secret.size() >= 8)
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(secret));
        // The dashboard works on it: its figures are those of the kept leads.
        QCOMPARE(DashboardRollups(*snapshot).figures({}).leads, qint64(expected.size()));
    }

    void aCancelledSnapshotLeavesNoFile()
    {
        SnapshotDialog dialog(store());
        dialog.show();
        const QString file = out(QStringLiteral("cancelled.sqlite"));
        child<QLineEdit>(dialog, "snapshotOutputEdit")->setText(file);
        child<QPushButton>(dialog, "snapshotSaveButton")->click();
        QVERIFY(dialog.isRunning());
        child<QPushButton>(dialog, "snapshotCancelButton")->click(); // cancels, then closes
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 60000));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.savedPath().isEmpty());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files),
                 QStringList());
    }

    void theStoresOwnFileIsRefused()
    {
        SKIP_ON_POSTGRES("a server has no file of its own");
        SnapshotDialog dialog(store());
        dialog.show();
        child<QLineEdit>(dialog, "snapshotOutputEdit")
            ->setText(store().location() + QStringLiteral("-wal"));
        child<QPushButton>(dialog, "snapshotSaveButton")->click();
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(dialog, "snapshotStatus")->text().isEmpty());
        QCOMPARE(count(store(), QStringLiteral("SELECT COUNT(*) FROM leads")), 600);
        child<QLineEdit>(dialog, "snapshotOutputEdit")->setText(QString());
        child<QPushButton>(dialog, "snapshotSaveButton")->click();
        QVERIFY(!dialog.isRunning());
    }

    void looksRight()
    {
        SnapshotDialog dialog(store());
        dialog.resize(640, 360);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString dir = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("snapshot-dialog.png"))));
    }
};

QTEST_MAIN(TestSnapshotDialog)
#include "tst_snapshotdialog.moc"
