#include "contact/PhoneNumbers.h"

#include <QTest>

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("numberRegion");
        QTest::addRow("german local") << "030 901820"
                                      << "DE" << true << "+4930901820"
                                      << "DE";
        QTest::addRow("german with prefix") << "+49 (0)711 2345678"
                                            << "DE" << true << "+497112345678"
                                            << "DE";
        QTest::addRow("us from germany") << "+1 212-555-0123"
                                         << "DE" << true << "+12125550123"
                                         << "US";
        QTest::addRow("uk") << "020 7946 0958"
                            << "GB" << true << "+442079460958"
                            << "GB";
        QTest::addRow("too short") << "12"
                                   << "DE" << false << "+4912"
                                   << "DE";
        QTest::addRow("letters") << "call me"
                                 << "DE" << false << ""
                                 << "";
        QTest::addRow("empty") << ""
                               << "DE" << false << ""
                               << "";
    }

    void parses()
    {
        QFETCH(QString, written);
        QFETCH(QString, region);
        QFETCH(bool, valid);
        QFETCH(QString, e164);
        QFETCH(QString, numberRegion);
        const PhoneNumber number = PhoneNumbers::parse(written, region);
        QCOMPARE(number.valid, valid);
        QCOMPARE(number.e164, e164);
        QCOMPARE(number.regionCode, numberRegion);
    }

    void keepsDigits()
    {
        QCOMPARE(PhoneNumbers::digitsOnly(QStringLiteral("+49 (30) 90-18 20")),
                 QStringLiteral("+493090182"
                                "0"));
        QCOMPARE(PhoneNumbers::digitsOnly(QStringLiteral("0049+30")), QStringLiteral("004930"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
