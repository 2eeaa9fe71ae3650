#include "RealImportColumns.h"
#include "import/EmailCleaning.h"
#include "import/NameCleaning.h"

#include <QTest>

/// Names and e-mail addresses as import files hold them.
class TestContactCleaning : public QObject
{
    Q_OBJECT

private slots:
    void tidiesNames_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("cleaned");
        QTest::addRow("padding") << "  Anna  "
                                 << "Anna";
        QTest::addRow("inner runs") << "Anna   Maria"
                                    << "Anna Maria";
        QTest::addRow("no-break space") << QStringLiteral("Anna\u00A0Maria") << "Anna Maria";
        QTest::addRow("narrow and ideographic")
            << QStringLiteral("\u202FAnna\u3000Maria\u2009") << "Anna Maria";
        QTest::addRow("zero-width") << QStringLiteral("Mü\u200Bller\u200D") << "Müller";
        QTest::addRow("bom and soft hyphen")
            << QStringLiteral("\uFEFFLüden\u00ADscheidt") << QStringLiteral("Lüdenscheidt");
        QTest::addRow("tab and line break") << "Anna\t\r\nMaria"
                                            << "Anna Maria";
    }

    void tidiesNames()
    {
        QFETCH(QString, written);
        QFETCH(QString, cleaned);
        const CleanedValue result = NameCleaning::clean(written);
        QCOMPARE(result.value, cleaned);
        QCOMPARE(result.outcome, CleanOutcome::Kept);
    }

    void flagsNamesThatAreNoNames()
    {
        const CleanedValue mail = NameCleaning::clean(QStringLiteral("anna@example.com"));
        QCOMPARE(mail.outcome, CleanOutcome::Flagged);
        QVERIFY(mail.reason().contains(QStringLiteral("@")));
        QCOMPARE(NameCleaning::clean(QStringLiteral("Anna 2")).outcome, CleanOutcome::Flagged);
    }

    void splitsFullNames_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("salutation");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addRow("title and double name") << "Dr. Anna Müller-Lüdenscheidt"
                                               << ""
                                               << "Dr."
                                               << "Anna"
                                               << "Müller-Lüdenscheidt";
        QTest::addRow("family first") << "Müller, Anna"
                                      << ""
                                      << ""
                                      << "Anna"
                                      << "Müller";
        QTest::addRow("two titles and von") << "Prof. Dr. Hans von Weizsäcker"
                                            << ""
                                            << "Prof. Dr."
                                            << "Hans"
                                            << "von Weizsäcker";
        QTest::addRow("herr") << "Herr Prof. Dr. Hans von Weizsäcker"
                              << "Herr"
                              << "Prof. Dr."
                              << "Hans"
                              << "von Weizsäcker";
        QTest::addRow("van der") << "Frau Ingrid van der Berg"
                                 << "Frau"
                                 << ""
                                 << "Ingrid"
                                 << "van der Berg";
        QTest::addRow("de la") << "Mrs. Maria de la Cruz"
                               << "Mrs."
                               << ""
                               << "Maria"
                               << "de la Cruz";
        QTest::addRow("middle name") << "Mr John Fitzgerald Kennedy"
                                     << "Mr"
                                     << ""
                                     << "John Fitzgerald"
                                     << "Kennedy";
        QTest::addRow("ms") << "Ms Jane Doe"
                            << "Ms"
                            << ""
                            << "Jane"
                            << "Doe";
        QTest::addRow("dr med") << "Dr. med. Eva Schulz"
                                << ""
                                << "Dr. med."
                                << "Eva"
                                << "Schulz";
        QTest::addRow("compound title") << "Dipl.-Ing. Karl Huber"
                                        << ""
                                        << "Dipl.-Ing."
                                        << "Karl"
                                        << "Huber";
        QTest::addRow("comma with particle and title") << "von Weizsäcker, Prof. Dr. Hans"
                                                       << ""
                                                       << "Prof. Dr."
                                                       << "Hans"
                                                       << "von Weizsäcker";
        QTest::addRow("single word") << "Müller"
                                     << ""
                                     << ""
                                     << ""
                                     << "Müller";
        QTest::addRow("title only before last") << "Dr. Schutheiss"
                                                << ""
                                                << "Dr."
                                                << ""
                                                << "Schutheiss";
        QTest::addRow("no-break spaces")
            << QStringLiteral("Joël\u00A0Müller-Schultheiß") << ""
            << "" << QStringLiteral("Joël") << QStringLiteral("Müller-Schultheiß");
        QTest::addRow("family name like a degree") << "Jack Ma"
                                                   << ""
                                                   << ""
                                                   << "Jack"
                                                   << "Ma";
        QTest::addRow("particle as first name") << "Van Morrison"
                                                << ""
                                                << ""
                                                << "Van"
                                                << "Morrison";
    }

    void splitsFullNames()
    {
        QFETCH(QString, written);
        QFETCH(QString, salutation);
        QFETCH(QString, title);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const PersonName name = NameCleaning::split(written);
        QCOMPARE(name.salutation, salutation);
        QCOMPARE(name.title, title);
        QCOMPARE(name.firstName, first);
        QCOMPARE(name.lastName, last);
    }

    void keepsSuffixesApart()
    {
        const PersonName name = NameCleaning::split(QStringLiteral("Dr. Anna Schmidt, MBA"));
        QCOMPARE(name.firstName, QStringLiteral("Anna"));
        QCOMPARE(name.lastName, QStringLiteral("Schmidt"));
        QCOMPARE(name.suffix, QStringLiteral("MBA"));
        const PersonName junior = NameCleaning::split(QStringLiteral("John Smith Jr."));
        QCOMPARE(junior.lastName, QStringLiteral("Smith"));
        QCOMPARE(junior.suffix, QStringLiteral("Jr."));
        QCOMPARE(NameCleaning::split(QStringLiteral("Eva Braun MA")).suffix, QStringLiteral("MA"));
    }

    void flagsSplitsWithoutFirstName()
    {
        QCOMPARE(NameCleaning::split(QStringLiteral("Müller")).outcome, CleanOutcome::Flagged);
        QCOMPARE(NameCleaning::split(QStringLiteral("Anna Müller")).outcome, CleanOutcome::Kept);
        const PersonName titleOnly = NameCleaning::split(QStringLiteral("Herr Dr."));
        QCOMPARE(titleOnly.outcome, CleanOutcome::Flagged);
        QVERIFY(titleOnly.lastName.isEmpty());
        QCOMPARE(NameCleaning::split(QString()).outcome, CleanOutcome::Kept);
    }

    void cleansEmails_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("outcome");
        QTest::addRow("plain") << "anna@example.com"
                               << "anna@example.com" << int(CleanOutcome::Kept);
        QTest::addRow("padded") << " kai@example.com "
                                << "kai@example.com" << int(CleanOutcome::Kept);
        QTest::addRow("domain case") << "Anna.Mueller@Example.DE"
                                     << "Anna.Mueller@example.de" << int(CleanOutcome::Kept);
        QTest::addRow("mailto") << "mailto:anna@example.com"
                                << "anna@example.com" << int(CleanOutcome::Repaired);
        QTest::addRow("mailto with subject") << "MAILTO:anna@example.com?subject=Hallo"
                                             << "anna@example.com" << int(CleanOutcome::Repaired);
        QTest::addRow("angle brackets") << "Anna <anna@example.com>"
                                        << "anna@example.com" << int(CleanOutcome::Repaired);
        QTest::addRow("quoted name with comma")
            << "\"Müller, Anna\" <anna@example.com>"
            << "anna@example.com" << int(CleanOutcome::Repaired);
        QTest::addRow("bare angle") << "<anna@example.com>"
                                    << "anna@example.com" << int(CleanOutcome::Repaired);
        QTest::addRow("full stop after") << "anna@example.com."
                                         << "anna@example.com" << int(CleanOutcome::Repaired);
        QTest::addRow("in brackets") << "(anna@example.com)"
                                     << "anna@example.com" << int(CleanOutcome::Repaired);
        QTest::addRow("quoted") << "'anna@example.com'"
                                << "anna@example.com" << int(CleanOutcome::Repaired);
        QTest::addRow("zero-width") << QStringLiteral("anna@exa\u200Bmple.com")
                                    << "anna@example.com" << int(CleanOutcome::Kept);
        QTest::addRow("non-ascii local")
            << QStringLiteral("ömil@example.com") << QStringLiteral("ömil@example.com")
            << int(CleanOutcome::Kept);
        QTest::addRow("gmail") << "Harry_Potter@GMAIL.com"
                               << "Harry_Potter@gmail.com" << int(CleanOutcome::Flagged);
        QTest::addRow("no domain dot") << "Bob.Something@adv"
                                       << "" << int(CleanOutcome::Rejected);
        QTest::addRow("no at") << "albert.a.dum"
                               << "" << int(CleanOutcome::Rejected);
        QTest::addRow("space inside") << "anna mueller@example.com"
                                      << "" << int(CleanOutcome::Rejected);
        QTest::addRow("nothing after at") << "anna@"
                                          << "" << int(CleanOutcome::Rejected);
        QTest::addRow("empty") << "   "
                               << "" << int(CleanOutcome::Kept);
    }

    void cleansEmails()
    {
        QFETCH(QString, written);
        QFETCH(QString, address);
        QFETCH(int, outcome);
        const CleanedEmail result = EmailCleaning::clean(written);
        QCOMPARE(result.value, address);
        QCOMPARE(int(result.outcome), outcome);
        QCOMPARE(result.key, address.toLower());
    }

    void givesTheRejectionReason()
    {
        const CleanedEmail noDomain = EmailCleaning::clean(QStringLiteral("Bob.Something@adv"));
        QVERIFY2(noDomain.reason().contains(QStringLiteral("no domain")),
                 qPrintable(noDomain.reason()));
        const CleanedEmail noAt = EmailCleaning::clean(QStringLiteral("albert.a.dum"));
        QVERIFY2(noAt.reason().contains(QStringLiteral("no @")), qPrintable(noAt.reason()));
        const CleanedEmail name = EmailCleaning::clean(QStringLiteral("Anna Müller"));
        QVERIFY(name.rejected());
        // A space in the address is a typo, not a name before it: rejected, not guessed.
        const CleanedEmail spaced =
            EmailCleaning::clean(QStringLiteral("Anna Müller anna@example.com"));
        QVERIFY(spaced.rejected());
        QVERIFY(spaced.reason().contains(QStringLiteral("space")));
    }

    void keepsTheDisplayName()
    {
        const CleanedEmail result =
            EmailCleaning::clean(QStringLiteral("\"Müller, Anna\" <anna@example.com>"));
        QCOMPARE(result.displayName, QStringLiteral("Müller, Anna"));
        const CleanedEmail unquoted =
            EmailCleaning::clean(QStringLiteral("Müller, Anna <anna@example.com>"));
        QCOMPARE(unquoted.value, QStringLiteral("anna@example.com"));
        QVERIFY(unquoted.others.isEmpty());
    }

    void comparesCaseInsensitively()
    {
        QCOMPARE(EmailCleaning::clean(QStringLiteral("Anna.Mueller@Example.com")).key,
                 EmailCleaning::clean(QStringLiteral(" anna.mueller@EXAMPLE.COM")).key);
    }

    void flagsFreeMail_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("free");
        for (const char* free :
             {"gmail.com",   "googlemail.com", "gmx.de",         "gmx.net",       "gmx.at",
              "gmx.ch",      "web.de",         "t-online.de",    "yahoo.com",     "yahoo.de",
              "yahoo.co.uk", "hotmail.com",    "hotmail.de",     "outlook.com",   "outlook.de",
              "live.de",     "icloud.com",     "me.com",         "aol.com",       "freenet.de",
              "posteo.de",   "mail.de",        "protonmail.com", "protonmail.ch", "proton.me",
              "bluewin.ch",  "GMAIL.COM"})
            QTest::addRow("%s", free) << QString::fromLatin1(free) << true;
        for (const char* business :
             {"example.com", "siemens.de", "mail.example.de", "outlook.example.com",
              "yahoo.example.com", "gmail.example.org", "live-nation.com"})
            QTest::addRow("%s", business) << QString::fromLatin1(business) << false;
    }

    void flagsFreeMail()
    {
        QFETCH(QString, domain);
        QFETCH(bool, free);
        QCOMPARE(EmailCleaning::isFreeMailDomain(domain), free);
    }

    void keepsFreeMailButSaysWhy()
    {
        const CleanedEmail result = EmailCleaning::clean(QStringLiteral("r.magnuson@web.de"));
        QCOMPARE(result.value, QStringLiteral("r.magnuson@web.de"));
        QVERIFY(result.freeMail);
        QCOMPARE(result.outcome, CleanOutcome::Flagged);
        QVERIFY(result.reason().contains(QStringLiteral("free-mail")));
    }

    void keepsTheFirstOfSeveralAddresses()
    {
        // tine20_importtest_lxoffice2.csv: three addresses in one cell.
        const CleanedEmail result = EmailCleaning::clean(
            QStringLiteral("adr1l@googlemail.com, adr2l@googlemail.com, adr3l@googlemail.com"));
        QCOMPARE(result.value, QStringLiteral("adr1l@googlemail.com"));
        QCOMPARE(result.others, QStringList({QStringLiteral("adr2l@googlemail.com"),
                                             QStringLiteral("adr3l@googlemail.com")}));
        QCOMPARE(result.outcome, CleanOutcome::Flagged);
        QVERIFY(result.reason().contains(QStringLiteral("adr3l@googlemail.com")));
        QCOMPARE(EmailCleaning::clean(QStringLiteral("a@example.com; b@example.com")).others,
                 QStringList{QStringLiteral("b@example.com")});
    }

    void describesForTheReport()
    {
        const CleanedEmail free = EmailCleaning::clean(QStringLiteral("anna@gmail.com"));
        QVERIFY2(ValueCleaning::describe(free).startsWith(QStringLiteral("flagged: gmail.com")),
                 qPrintable(ValueCleaning::describe(free)));
        const CleanedEmail bad = EmailCleaning::clean(QStringLiteral("anna@example"));
        QVERIFY(ValueCleaning::describe(bad).startsWith(QStringLiteral("rejected: ")));
        QVERIFY(ValueCleaning::describe(EmailCleaning::clean(QStringLiteral("a@example.com")))
                    .isEmpty());
        CleanNotes notes;
        notes.note(CleanOutcome::Flagged, QStringLiteral("one"));
        notes.note(CleanOutcome::Repaired, QStringLiteral("two"));
        QCOMPARE(notes.outcome, CleanOutcome::Flagged);
        QCOMPARE(ValueCleaning::describe(notes), QStringLiteral("flagged: one; two"));
    }

    void realCuratedSubscribers()
    {
        const QString file = QStringLiteral("ghost-migrate_curated_subscribers.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList cells = RealImports::column(file, QStringLiteral("Email Address"));
        QCOMPARE(cells.size(), 20);
        QStringList rejected;
        int freeMail = 0;
        for (const QString& cell : cells) {
            const CleanedEmail result = EmailCleaning::clean(cell);
            if (result.rejected())
                rejected.append(cell);
            freeMail += result.freeMail;
        }
        QCOMPARE(rejected, QStringList({QStringLiteral("Bob.Something@adv"),
                                        QStringLiteral("albert.a.dum")}));
        QVERIFY(freeMail >= 10);
    }

    void realMauticPadding()
    {
        // Records 1–6 have a space after every comma: trimmed, all ten addresses are good.
        const QString file = QStringLiteral("mautic_10contacts.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList cells = RealImports::column(file, QStringLiteral("email"));
        QCOMPARE(cells.size(), 10);
        for (const QString& cell : cells)
            QVERIFY2(!EmailCleaning::clean(cell).rejected(), qPrintable(cell));
        QCOMPARE(NameCleaning::clean(RealImports::column(file, QStringLiteral("lastname")).first())
                     .value,
                 QStringLiteral("N."));
    }

    void realKeilaNames()
    {
        const QString file = QStringLiteral("keila_import_excel.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList emails = RealImports::column(file, QStringLiteral("Email"));
        QCOMPARE(emails.size(), 201);
        QSet<QString> keys;
        for (const QString& cell : emails) {
            const CleanedEmail result = EmailCleaning::clean(cell);
            QVERIFY2(!result.rejected(), qPrintable(result.reason()));
            keys.insert(result.key);
        }
        QCOMPARE(keys.size(), 201);
        const QStringList last = RealImports::column(file, QStringLiteral("Last name"));
        QVERIFY(last.contains(QStringLiteral("Müller-Schultheiß")));
    }
};

QTEST_GUILESS_MAIN(TestContactCleaning)
#include "tst_contactcleaning.moc"
