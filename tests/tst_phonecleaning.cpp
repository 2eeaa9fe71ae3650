#include "RealImportColumns.h"
#include "contact/PhoneNumbers.h"
#include "import/PhoneCleaning.h"

#include <QTest>

/// Phone numbers as people and spreadsheets write them, normalised to E.164.
class TestPhoneCleaning : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<int>("outcome");
        const int kept = int(CleanOutcome::Kept), repaired = int(CleanOutcome::Repaired);
        // Germany
        QTest::addRow("de local") << "030 1234567"
                                  << "DE"
                                  << "+49301234567" << kept;
        QTest::addRow("de brackets") << "(030) 123 45 67"
                                     << "DE"
                                     << "+49301234567" << kept;
        QTest::addRow("de slash") << "030/1234567"
                                  << "DE"
                                  << "+49301234567" << kept;
        QTest::addRow("de dashes") << "030-123 456-7"
                                   << "DE"
                                   << "+49301234567" << kept;
        QTest::addRow("de plus zero") << "+49 (0)30 1234567"
                                      << "DE"
                                      << "+49301234567" << kept;
        QTest::addRow("de plus zero spaced") << "+49 (0) 30 1234567"
                                             << "DE"
                                             << "+49301234567" << kept;
        QTest::addRow("de double zero") << "0049 30 1234567"
                                        << "DE"
                                        << "+49301234567" << kept;
        QTest::addRow("de double zero dashes") << "0049-30-1234567"
                                               << "US"
                                               << "+49301234567" << kept;
        QTest::addRow("de mobile") << "0171 2345678"
                                   << "DE"
                                   << "+491712345678" << kept;
        QTest::addRow("de international") << "+49 171 2345678"
                                          << "US"
                                          << "+491712345678" << kept;
        QTest::addRow("de no-break spaces") << QStringLiteral("030\u00A0123\u00A04567") << "DE"
                                            << "+49301234567" << kept;
        QTest::addRow("de stored as number") << "301234567"
                                             << "DE"
                                             << "+49301234567" << repaired;
        QTest::addRow("de mobile stored") << "1712345678"
                                          << "DE"
                                          << "+491712345678" << repaired;
        QTest::addRow("de float cell") << "301234567.0"
                                       << "DE"
                                       << "+49301234567" << repaired;
        QTest::addRow("de lost double zero") << "49301234567"
                                             << "DE"
                                             << "+49301234567" << repaired;
        // Austria
        QTest::addRow("at mobile") << "0664 1234567"
                                   << "AT"
                                   << "+436641234567" << kept;
        QTest::addRow("at vienna") << "01 5123456"
                                   << "AT"
                                   << "+4315123456" << kept;
        QTest::addRow("at double zero") << "0043 664 1234567"
                                        << "DE"
                                        << "+436641234567" << kept;
        QTest::addRow("at plus zero") << "+43 (0)1 5123456"
                                      << "AT"
                                      << "+4315123456" << kept;
        QTest::addRow("at stored") << "6641234567"
                                   << "AT"
                                   << "+436641234567" << repaired;
        // Switzerland
        QTest::addRow("ch zurich") << "044 668 18 00"
                                   << "CH"
                                   << "+41446681800" << kept;
        QTest::addRow("ch mobile") << "079 123 45 67"
                                   << "CH"
                                   << "+41791234567" << kept;
        QTest::addRow("ch double zero") << "0041 44 668 18 00"
                                        << "DE"
                                        << "+41446681800" << kept;
        QTest::addRow("ch plus zero") << "+41 (0)44 668 18 00"
                                      << "CH"
                                      << "+41446681800" << kept;
        QTest::addRow("ch stored") << "446681800"
                                   << "CH"
                                   << "+41446681800" << repaired;
        // United Kingdom
        QTest::addRow("uk london") << "020 7946 0958"
                                   << "GB"
                                   << "+442079460958" << kept;
        QTest::addRow("uk plus zero") << "+44 (0)20 7946 0958"
                                      << "DE"
                                      << "+442079460958" << kept;
        QTest::addRow("uk mobile") << "07911 123456"
                                   << "GB"
                                   << "+447911123456" << kept;
        QTest::addRow("uk stored") << "2079460958"
                                   << "GB"
                                   << "+442079460958" << repaired;
        QTest::addRow("uk mobile stored") << "7911123456"
                                          << "GB"
                                          << "+447911123456" << repaired;
        // United States
        QTest::addRow("us brackets") << "(212) 555-0123"
                                     << "US"
                                     << "+12125550123" << kept;
        QTest::addRow("us dots") << "212.555.0123"
                                 << "US"
                                 << "+12125550123" << kept;
        QTest::addRow("us with one") << "1-212-555-0123"
                                     << "US"
                                     << "+12125550123" << kept;
        QTest::addRow("us plus") << "+1 212 555 0123"
                                 << "DE"
                                 << "+12125550123" << kept;
        QTest::addRow("us stored") << "2125550123"
                                   << "US"
                                   << "+12125550123" << kept;
        QTest::addRow("us x2crm") << "831-123-5555"
                                  << "US"
                                  << "" << int(CleanOutcome::Rejected);
    }

    void normalises()
    {
        QFETCH(QString, written);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(int, outcome);
        const CleanedPhone result = PhoneCleaning::clean(written, region);
        QCOMPARE(result.value, e164);
        QCOMPARE(int(result.outcome), outcome);
        QCOMPARE(result.rejected(), !result.reason().isEmpty() && result.value.isEmpty());
    }

    void saysWhatWasRepaired()
    {
        const CleanedPhone zero =
            PhoneCleaning::clean(QStringLiteral("301234567"), QStringLiteral("DE"));
        QVERIFY2(zero.reason().contains(QStringLiteral("leading 0 restored")),
                 qPrintable(zero.reason()));
        const CleanedPhone plus =
            PhoneCleaning::clean(QStringLiteral("49301234567"), QStringLiteral("DE"));
        QVERIFY2(plus.reason().contains(QStringLiteral("00")), qPrintable(plus.reason()));
        QCOMPARE(plus.region, QStringLiteral("DE"));
    }

    void restoresOnlyValidNumbers()
    {
        // The US has no trunk 0, and a zero in front would not make a valid number anyway.
        const CleanedPhone us =
            PhoneCleaning::clean(QStringLiteral("301234"), QStringLiteral("US"));
        QVERIFY(us.rejected());
        // Too short for Germany even with the zero back.
        QVERIFY(PhoneCleaning::clean(QStringLiteral("99999"), QStringLiteral("DE")).rejected());
        QCOMPARE(PhoneCleaning::trunkPrefix(QStringLiteral("DE")), QStringLiteral("0"));
        QCOMPARE(PhoneCleaning::trunkPrefix(QStringLiteral("GB")), QStringLiteral("0"));
        QCOMPARE(PhoneCleaning::trunkPrefix(QStringLiteral("CH")), QStringLiteral("0"));
        QCOMPARE(PhoneCleaning::trunkPrefix(QStringLiteral("AT")), QStringLiteral("0"));
        QVERIFY(PhoneCleaning::trunkPrefix(QStringLiteral("US")) != QLatin1String("0"));
    }

    void takesExtensions_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("extension");
        QTest::addRow("x") << "(212) 555-0123 x123"
                           << "US"
                           << "+12125550123"
                           << "123";
        QTest::addRow("ext") << "+1 212 555 0123 ext. 45"
                             << "US"
                             << "+12125550123"
                             << "45";
        QTest::addRow("durchwahl") << "030 1234567 Durchwahl 12"
                                   << "DE"
                                   << "+49301234567"
                                   << "12";
        QTest::addRow("dw colon") << "030 1234567, DW: 12"
                                  << "DE"
                                  << "+49301234567"
                                  << "12";
        QTest::addRow("none") << "030 1234567"
                              << "DE"
                              << "+49301234567"
                              << "";
    }

    void takesExtensions()
    {
        QFETCH(QString, written);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, extension);
        const CleanedPhone result = PhoneCleaning::clean(written, region);
        QCOMPARE(result.value, e164);
        QCOMPARE(result.extension, extension);
    }

    void keepsTheFirstOfSeveralNumbers()
    {
        for (const char* written : {"030 1234567 / 0171 2345678", "030 1234567; 0171 2345678",
                                    "+49 30 1234567, +49 171 2345678"}) {
            const CleanedPhone result =
                PhoneCleaning::clean(QString::fromUtf8(written), QStringLiteral("DE"));
            QCOMPARE(result.value, QStringLiteral("+49301234567"));
            QCOMPARE(result.outcome, CleanOutcome::Flagged);
            QVERIFY2(result.reason().contains(QStringLiteral("2345678")),
                     qPrintable(result.reason()));
        }
        const CleanedPhone note =
            PhoneCleaning::clean(QStringLiteral("+49 30 1234567 (Zentrale)"), QStringLiteral("DE"));
        QCOMPARE(note.value, QStringLiteral("+49301234567"));
        QCOMPARE(note.outcome, CleanOutcome::Kept);
    }

    void writesOutScientificNotation()
    {
        const CleanedPhone exact =
            PhoneCleaning::clean(QStringLiteral("4.9301234567E+10"), QStringLiteral("DE"));
        QCOMPARE(exact.value, QStringLiteral("+49301234567"));
        QCOMPARE(exact.outcome, CleanOutcome::Repaired);
        const CleanedPhone rounded =
            PhoneCleaning::clean(QStringLiteral("4,93012E+10"), QStringLiteral("DE"));
        QVERIFY(rounded.rejected());
        QVERIFY2(rounded.reason().contains(QStringLiteral("lost its last digits")),
                 qPrintable(rounded.reason()));
    }

    void rowCountryOverridesTheDefault()
    {
        const CleanedPhone vienna = PhoneCleaning::clean(
            QStringLiteral("0664 1234567"), QStringLiteral("DE"), QStringLiteral("Österreich"));
        QCOMPARE(vienna.value, QStringLiteral("+436641234567"));
        QCOMPARE(vienna.region, QStringLiteral("AT"));
        const CleanedPhone stored = PhoneCleaning::clean(
            QStringLiteral("301234567"), QStringLiteral("US"), QStringLiteral("Deutschland"));
        QCOMPARE(stored.value, QStringLiteral("+49301234567"));
        QCOMPARE(stored.outcome, CleanOutcome::Repaired);
        const CleanedPhone london = PhoneCleaning::clean(
            QStringLiteral("020 7946 0958"), QStringLiteral("DE"), QStringLiteral("UK"));
        QCOMPARE(london.value, QStringLiteral("+442079460958"));
        // An unknown country leaves the default; a number with its code ignores the row.
        QCOMPARE(PhoneCleaning::clean(QStringLiteral("030 1234567"), QStringLiteral("DE"),
                                      QStringLiteral("Atlantis"))
                     .value,
                 QStringLiteral("+49301234567"));
        QCOMPARE(PhoneCleaning::clean(QStringLiteral("+41 44 668 18 00"), QStringLiteral("DE"),
                                      QStringLiteral("DE"))
                     .region,
                 QStringLiteral("CH"));
    }

    void rejectsWithTheReason()
    {
        const CleanedPhone words =
            PhoneCleaning::clean(QStringLiteral("call me after 5"), QStringLiteral("DE"));
        QVERIFY(words.rejected());
        QVERIFY2(words.reason().contains(QStringLiteral("not a phone number")),
                 qPrintable(words.reason()));
        const CleanedPhone shortNumber =
            PhoneCleaning::clean(QStringLiteral("12"), QStringLiteral("DE"));
        QVERIFY(shortNumber.rejected());
        QVERIFY2(shortNumber.reason().contains(QStringLiteral("cannot be dialled")),
                 qPrintable(shortNumber.reason()));
        QCOMPARE(PhoneCleaning::clean(QStringLiteral("  "), QStringLiteral("DE")).outcome,
                 CleanOutcome::Kept);
    }

    void realOutlookExport()
    {
        // German Outlook 2013: "+49 (0) 40 6432131-550", a number with its direct-dial digits.
        const QString file = QStringLiteral("tine20_importtest_outlook2013_de.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList cells = RealImports::column(file, QStringLiteral("Telefon geschäftlich"));
        QVERIFY(cells.contains(QStringLiteral("+49 (0) 40 6432131-550")));
        const CleanedPhone result =
            PhoneCleaning::clean(QStringLiteral("+49 (0) 40 6432131-550"), QStringLiteral("DE"));
        QCOMPARE(result.value, QStringLiteral("+49406432131550"));
    }

    void realDemoData()
    {
        // 1000 German contacts with invented "+49 …" numbers, many outside the numbering plan:
        // each gives a number or a reason, and a number with its country code keeps its verdict.
        const QString file = QStringLiteral("tine20_demodata_out1000.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList cells = RealImports::column(file, QStringLiteral("tel_cell_private"));
        QCOMPARE(cells.size(), 1000);
        int numbers = 0, valid = 0;
        for (const QString& cell : cells) {
            const CleanedPhone result = PhoneCleaning::clean(cell, QStringLiteral("DE"));
            QVERIFY(cell.isEmpty() || result.value.isEmpty() != result.reason().isEmpty());
            if (!result.value.isEmpty()) {
                QVERIFY(result.value.startsWith(QStringLiteral("+49")));
                ++numbers;
            }
            valid += PhoneNumbers::parse(cell, QStringLiteral("DE")).valid;
        }
        QVERIFY(numbers > 0);
        QCOMPARE(numbers, valid);
    }

    void realMacExcelLeads()
    {
        // Salesforce's sample leads (Mac Excel XLSX): US numbers as "(415) 242-9230" and a
        // country column that says "USA", read with a German default country.
        const QString file = QStringLiteral("exceltorecords_leads.xlsx");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList phones = RealImports::column(file, QStringLiteral("Phone"));
        const QStringList countries = RealImports::column(file, QStringLiteral("Country"));
        QCOMPARE(phones.size(), 44);
        QCOMPARE(countries.size(), 44);
        QSet<QString> distinct;
        for (qsizetype i = 0; i < phones.size(); ++i) {
            if (countries.at(i).isEmpty())
                continue;
            const CleanedPhone result =
                PhoneCleaning::clean(phones.at(i), QStringLiteral("DE"), countries.at(i));
            QVERIFY2(result.value.startsWith(QStringLiteral("+1")),
                     qPrintable(phones.at(i) + QLatin1Char(' ') + result.reason()));
            QCOMPARE(result.region, QStringLiteral("US"));
            distinct.insert(result.value);
        }
        QVERIFY(distinct.size() > 1);
        QVERIFY(distinct.size() <= 13);
    }
};

QTEST_GUILESS_MAIN(TestPhoneCleaning)
#include "tst_phonecleaning.moc"
