#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "leads/DuplicateFinder.h"
#include "leads/LeadValidator.h"

#include <QTest>

/// Likely duplicates: the same e-mail address, or the same number with a matching name. Not
/// colleagues who share a switchboard number.
class TestDuplicateFinder : public QObject
{
    Q_OBJECT

    static Lead person(const QString& first, const QString& last, const QString& email,
                       const QString& phone)
    {
        Lead lead;
        lead.firstName = first;
        lead.lastName = last;
        lead.email = email;
        lead.phone = phone;
        lead.company = QStringLiteral("Becker GmbH");
        LeadValidator(QStringLiteral("DE")).normalise(lead);
        return lead;
    }

private slots:
    void sameEmailTrimmedAndCaseInsensitive()
    {
        TestStore fixture;
        const qint64 anna = LeadRepository(fixture.store())
                                .create(person(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                               QStringLiteral("anna.becker@example.com"), {}),
                                        QStringLiteral("mara"));
        const QList<DuplicateMatch> found =
            DuplicateFinder(fixture.store())
                .find(person(QStringLiteral("A."), QStringLiteral("Someone"),
                             QStringLiteral("  Anna.Becker@EXAMPLE.com "), {}));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].leadId, anna);
        QCOMPARE(found[0].reason, DuplicateMatch::Reason::SameEmail);
        QCOMPARE(found[0].describe(),
                 QStringLiteral("Anna Becker (Becker GmbH, lead 1, New): same e-mail address"));
        // A lead is not its own duplicate (editing it).
        QVERIFY(DuplicateFinder(fixture.store())
                    .find(person({}, {}, QStringLiteral("anna.becker@example.com"), {}), anna)
                    .isEmpty());
    }

    void samePhoneWithAMatchingName()
    {
        TestStore fixture;
        const qint64 anna = LeadRepository(fixture.store())
                                .create(person(QStringLiteral("Anna"), QStringLiteral("Müller"),
                                               QStringLiteral("anna@becker.example"),
                                               QStringLiteral("+49 30 901820")),
                                        QStringLiteral("mara"));
        for (const auto& [first, last] :
             {std::pair{QStringLiteral("anna"), QStringLiteral("MÜLLER")},
              std::pair{QStringLiteral("A."), QStringLiteral("Muller")},
              std::pair{QString(), QStringLiteral("Müller")}}) {
            const QList<DuplicateMatch> found =
                DuplicateFinder(fixture.store())
                    .find(person(first, last, {}, QStringLiteral("030 901820")));
            QVERIFY2(found.size() == 1, qPrintable(first + QLatin1Char(' ') + last));
            QCOMPARE(found[0].leadId, anna);
            QCOMPARE(found[0].reason, DuplicateMatch::Reason::SamePhoneAndName);
            QVERIFY(found[0].describe().endsWith(QLatin1String("same phone number and name")));
        }
    }

    void colleaguesOnOneSwitchboardAreNotDuplicates()
    {
        TestStore fixture;
        LeadRepository leads(fixture.store());
        leads.create(person(QStringLiteral("Anna"), QStringLiteral("Becker"),
                            QStringLiteral("anna@becker.example"), QStringLiteral("+49 30 901820")),
                     QStringLiteral("mara"));
        leads.create(person(QStringLiteral("Jonas"), QStringLiteral("Weber"),
                            QStringLiteral("jonas@becker.example"),
                            QStringLiteral("+49 30 901820")),
                     QStringLiteral("mara"));
        const DuplicateFinder finder(fixture.store());
        // A third colleague calling from the same switchboard number.
        QVERIFY(
            finder
                .find(person(QStringLiteral("Clara"), QStringLiteral("Schmidt"),
                             QStringLiteral("clara@becker.example"), QStringLiteral("030 901820")))
                .isEmpty());
        // Same last name, different first name: still another person.
        QVERIFY(finder
                    .find(person(QStringLiteral("Bernd"), QStringLiteral("Becker"), {},
                                 QStringLiteral("030 901820")))
                    .isEmpty());
        // No name at all: the number alone says nothing.
        QVERIFY(finder.find(person({}, {}, {}, QStringLiteral("030 901820"))).isEmpty());
    }

    void manyAtOnceAnswerAsOneAtATime()
    {
        TestStore fixture;
        // sampleLead: anna.becker@example.com, +49 30 901820
        LeadRepository(fixture.store())
            .create(sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"),
                               QStringLiteral("Becker GmbH")),
                    QStringLiteral("mara"));
        const QList<Lead> candidates{person(QStringLiteral("A."), QStringLiteral("Becker"), {},
                                            QStringLiteral("030 901820")),
                                     person(QStringLiteral("Clara"), QStringLiteral("Schmidt"), {},
                                            QStringLiteral("030 901820")),
                                     person({}, {}, QStringLiteral("ANNA.Becker@example.com"), {})};
        const DuplicateFinder finder(fixture.store());
        const QList<QList<DuplicateMatch>> found = finder.findAll(candidates);
        QCOMPARE(found.size(), 3);
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const QList<DuplicateMatch> one = finder.find(candidates.at(i));
            QCOMPARE(found.at(i).size(), one.size());
            for (qsizetype m = 0; m < one.size(); ++m)
                QCOMPARE(found.at(i).at(m).describe(), one.at(m).describe());
        }
        QCOMPARE(found.at(0).first().reason, DuplicateMatch::Reason::SamePhoneAndName);
        QVERIFY(found.at(1).isEmpty());
        QCOMPARE(found.at(2).first().reason, DuplicateMatch::Reason::SameEmail);
    }

    void namesMatch()
    {
        QVERIFY(DuplicateFinder::namesMatch(QStringLiteral("José"), QStringLiteral("García"),
                                            QStringLiteral("jose"), QStringLiteral("GARCIA")));
        QVERIFY(!DuplicateFinder::namesMatch(QStringLiteral("Anna"), QStringLiteral("Becker"),
                                             QStringLiteral("Anja"), QStringLiteral("Becker")));
        QVERIFY(!DuplicateFinder::namesMatch(QStringLiteral("Anna"), QString(),
                                             QStringLiteral("Anna"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
