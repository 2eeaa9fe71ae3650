#include "domain/Vocabulary.h"

#include <QSet>
#include <QTest>

class TestVocabulary : public QObject
{
    Q_OBJECT

private:
    template <typename E> void checkRoundTrip(int expectedCount)
    {
        const QList<E> values = allValues<E>();
        QCOMPARE(values.size(), expectedCount);
        QSet<QString> keys;
        for (E value : values) {
            const QString key = keyOf(value);
            QVERIFY(!key.isEmpty());
            QVERIFY(!labelOf(value).isEmpty());
            QCOMPARE(fromKey<E>(key), std::optional<E>(value));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), expectedCount);
    }

private slots:
    void everyValueRoundTrips()
    {
        checkRoundTrip<Stage>(7);
        checkRoundTrip<DisqualifyReason>(12);
        checkRoundTrip<CallOutcome>(9);
        checkRoundTrip<BudgetStatus>(4);
        checkRoundTrip<AuthorityLevel>(5);
        checkRoundTrip<BuyingRole>(6);
        checkRoundTrip<NeedLevel>(4);
        checkRoundTrip<Timing>(5);
        checkRoundTrip<BuyingPhase>(5);
        checkRoundTrip<SourceChannel>(10);
        checkRoundTrip<InterestKind>(8);
        checkRoundTrip<ContentKind>(9);
        checkRoundTrip<Quadrant>(4);
        checkRoundTrip<Grade>(5);
        checkRoundTrip<Seniority>(7);
        checkRoundTrip<Industry>(12);
    }

    void stageKeysAreTheFieldsNames()
    {
        QCOMPARE(keyOf(Stage::HandedOff), QStringLiteral("handed_off"));
        QCOMPARE(keyOf(Stage::Mql), QStringLiteral("mql"));
        QCOMPARE(fromKey<Stage>(QStringLiteral("unknown-stage")), std::nullopt);
        QCOMPARE(fromKeyOr(QStringLiteral("bogus"), Stage::Working), Stage::Working);
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
