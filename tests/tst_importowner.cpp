#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "import/ImportBatches.h"
#include "import/LeadImport.h"
#include "team/TeamRoles.h"

#include <QFile>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

/// The owner of imported leads (issue 18, owner for the whole file): from the file's owner
/// column (the default, as before), a rep chosen for the rows that name none, or nobody; a row
/// naming an unknown owner rejected or left unassigned; an unknown rep chosen, or a rep's login
/// giving leads to another, refused before anything is written.
class TestImportOwner : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    QString m_csv;

    QString owner(const QString& email)
    {
        return Sql::scalar(m_fixture->store().db(),
                           u"SELECT r.name FROM leads l LEFT JOIN reps r ON r.id = l.owner_id"
                           " WHERE l.email = ?"_s,
                           {email})
            .toString();
    }

    qint64 count(const QString& table)
    {
        return Sql::scalar(m_fixture->store().db(), u"SELECT count(*) FROM "_s + table)
            .toLongLong();
    }

    ImportReport import(const ImportOwnerOptions& owner, const QString& repName = u"mara"_s)
    {
        LeadImportOptions options;
        options.owner = owner;
        ImportFileOptions file;
        file.path = m_csv;
        return LeadImport(m_fixture->store(), repName).run(file, options);
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<TestStore>();
        Reps::idFor(m_fixture->store(), u"Jonas Becker"_s);
        Reps::idFor(m_fixture->store(), u"Lea Wagner"_s);
        m_csv = m_fixture->dir() + u"/leads.csv"_s;
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Email,First Name,Last Name,Company,Lead Owner\n"
                   "anna@berg-ag.de,Anna,Berg,Berg AG,Lea Wagner\n"
                   "bob@klein-kg.de,Bob,Klein,Klein KG,\n"
                   "carl@ohne-gmbh.de,Carl,Ohne,Ohne GmbH,Zorro Unbekannt\n");
    }

    void cleanup() { m_fixture.reset(); }

    void fromTheFileByDefault()
    {
        const ImportReport report = import({});
        QCOMPARE(report.count(RowOutcome::Imported), 3);
        QCOMPARE(owner(u"anna@berg-ag.de"_s), u"Lea Wagner"_s);
        QCOMPARE(owner(u"bob@klein-kg.de"_s), QString());
        QCOMPARE(owner(u"carl@ohne-gmbh.de"_s), QString()); // unknown: unassigned, flagged
        bool flagged = false;
        for (const ImportRowReport& row : report.rows)
            for (const ImportFlag& flag : row.flags)
                flagged |= row.row == 4 && flag.reason.contains(u"Zorro Unbekannt"_s);
        QVERIFY(flagged);
    }

    void aRepForTheRowsThatNameNone()
    {
        const ImportReport report = import({OwnerMode::Rep, u"Jonas Becker"_s, false});
        QCOMPARE(report.count(RowOutcome::Imported), 3);
        QCOMPARE(owner(u"anna@berg-ag.de"_s), u"Lea Wagner"_s); // the file's own owner wins
        QCOMPARE(owner(u"bob@klein-kg.de"_s), u"Jonas Becker"_s);
        QCOMPARE(owner(u"carl@ohne-gmbh.de"_s), QString()); // named someone unknown
    }

    void theImportingRepThemself()
    {
        import({OwnerMode::Rep, u"mara"_s, false});
        QCOMPARE(owner(u"bob@klein-kg.de"_s), u"mara"_s);
    }

    void nobodyIgnoresTheOwnerColumn()
    {
        const ImportReport report = import({OwnerMode::Nobody, {}, true});
        QCOMPARE(report.count(RowOutcome::Imported), 3);
        QCOMPARE(count(u"leads WHERE owner_id IS NOT NULL"_s), 0);
    }

    void anUnknownOwnerCanBeRejected()
    {
        const ImportReport report = import({OwnerMode::FromFile, {}, true});
        QCOMPARE(report.count(RowOutcome::Imported), 2);
        QCOMPARE(report.count(RowOutcome::Rejected), 1);
        for (const ImportRowReport& row : report.rows)
            if (row.outcome == RowOutcome::Rejected) {
                QCOMPARE(row.row, 4);
                QCOMPARE(row.column, u"Lead Owner"_s);
                QVERIFY(row.reason.contains(u"Zorro Unbekannt"_s));
            }
    }

    void anUnknownRepChosenWritesNothing()
    {
        const OwnerRefusal refused =
            ImportOwners(m_fixture->store(), u"mara"_s).refusal({OwnerMode::Rep, u"Zorro"_s});
        QCOMPARE(refused.kind, OwnerRefusal::Kind::UnknownRep);
        QVERIFY(refused.message.contains(u"Zorro"_s));
        QVERIFY(refused.message.contains(u"Jonas Becker"_s)); // the reps there are
        QVERIFY_THROWS_EXCEPTION(StoreError, import({OwnerMode::Rep, u"Zorro"_s, false}));
        QCOMPARE(count(u"leads"_s), 0);
        QCOMPARE(count(u"import_batches"_s), 0);
    }

    void aRepsLoginGivesLeadsOnlyToThemself()
    {
        const ImportOwners owners(m_fixture->store(), u"Lea Wagner"_s);
        const TeamPermissions rep(TeamRole::Rep);
        const TeamPermissions lead(TeamRole::Lead);
        QCOMPARE(owners.assignable(rep), QStringList{u"Lea Wagner"_s});
        QCOMPARE(owners.assignable(lead), (QStringList{u"Lea Wagner"_s, u"Jonas Becker"_s}));
        QVERIFY(!owners.refusal({OwnerMode::Rep, u"Lea Wagner"_s}, rep));
        const OwnerRefusal refused = owners.refusal({OwnerMode::Rep, u"Jonas Becker"_s}, rep);
        QCOMPARE(refused.kind, OwnerRefusal::Kind::NotAllowed);
        QVERIFY(refused.message.contains(u"only to yourself"_s));
        QVERIFY(!owners.refusal({OwnerMode::Rep, u"Jonas Becker"_s}, lead));
        QVERIFY(!owners.refusal({OwnerMode::FromFile, {}}, rep));
        QVERIFY(!owners.refusal({OwnerMode::Nobody, {}}, rep));
    }

    /// On the server: a rep's login is refused giving the file to a colleague, before anything
    /// is written; the team lead's login may.
    void theServerDecidesTheRole()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("SQLite's single user is a team lead");
        TeamRoles::addMember(m_fixture->store(), {u"rita_rep"_s, TeamRole::Rep, 1, {}});
        TeamRoles::addMember(m_fixture->store(), {u"lars_lead"_s, TeamRole::Lead, 1, {}});
        const auto as = [&](const QString& login) {
            QUrl url(m_fixture->path());
            url.setUserName(login);
            return Store::open(url.toString());
        };
        const std::unique_ptr<Store> rep = as(u"rita_rep"_s);
        ImportFileOptions file;
        file.path = m_csv;
        LeadImportOptions options;
        options.owner = {OwnerMode::Rep, u"lars_lead"_s, false};
        QCOMPARE(ImportOwners(*rep, u"rita_rep"_s).refusal(options.owner).kind,
                 OwnerRefusal::Kind::NotAllowed);
        QVERIFY_THROWS_EXCEPTION(StoreError, LeadImport(*rep, u"rita_rep"_s).run(file, options));
        QCOMPARE(count(u"leads"_s), 0);
        options.owner.rep = u"rita_rep"_s;
        QVERIFY(!ImportOwners(*rep, u"rita_rep"_s).refusal(options.owner));
        const std::unique_ptr<Store> lead = as(u"lars_lead"_s);
        options.owner.rep = u"rita_rep"_s;
        QVERIFY(!ImportOwners(*lead, u"lars_lead"_s).refusal(options.owner));
    }
};

QTEST_GUILESS_MAIN(TestImportOwner)
#include "tst_importowner.moc"
