#include "leads/LeadValidator.h"

#include <QTest>

/// The rules for a lead's details, and the messages a rep reads when one is broken.
class TestLeadValidator : public QObject
{
    Q_OBJECT

    static Lead reachable()
    {
        Lead lead;
        lead.firstName = QStringLiteral("Anna");
        lead.lastName = QStringLiteral("Becker");
        lead.email = QStringLiteral("anna.becker@example.com");
        return lead;
    }

    static QStringList messagesFor(const Lead& written, LeadField field)
    {
        const LeadValidator validator(QStringLiteral("DE"));
        Lead lead = written;
        validator.normalise(lead);
        QStringList messages;
        for (const FieldProblem& problem : validator.validateField(lead, field))
            messages.append(problem.message);
        return messages;
    }

private slots:
    void emailSyntax_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("message");
        QTest::newRow("fine") << "anna.becker@example.com"
                              << "";
        QTest::newRow("plus and subdomain") << "a+leads@mail.example.co.uk"
                                            << "";
        QTest::newRow("umlaut domain") << "jörg@müller.de"
                                       << "";
        QTest::newRow("no at") << "anna.becker.example.com"
                               << "E-mail: \"anna.becker.example.com\" has no @.";
        QTest::newRow("nothing after") << "anna@"
                                       << "E-mail: \"anna@\" has nothing after the @.";
        QTest::newRow("nothing before") << "@example.com"
                                        << "E-mail: \"@example.com\" has nothing before the @.";
        QTest::newRow("space") << "anna becker@example.com"
                               << "E-mail: \"anna becker@example.com\" contains a space.";
        QTest::newRow("two ats") << "anna@becker@example.com"
                                 << "E-mail: the part before the @ in \"anna@becker@example.com\" "
                                    "is not valid.";
        QTest::newRow("double dot") << "anna..becker@example.com"
                                    << "E-mail: the part before the @ in "
                                       "\"anna..becker@example.com\" is not valid.";
        QTest::newRow("no dot in domain") << "anna@localhost"
                                          << "E-mail: \"anna@localhost\" has no domain with a dot "
                                             "after the @ (like example.com).";
        QTest::newRow("bad label") << "anna@exa_mple-.com"
                                   << "E-mail: the domain of \"anna@exa_mple-.com\" is not valid.";
        QTest::newRow("numeric tld") << "anna@example.123"
                                     << "E-mail: the domain of \"anna@example.123\" does not end "
                                        "in a valid top-level domain.";
    }

    void emailSyntax()
    {
        QFETCH(QString, email);
        QFETCH(QString, message);
        QCOMPARE(LeadValidator::emailProblem(email), message);
        Lead lead = reachable();
        lead.email = email;
        QCOMPARE(messagesFor(lead, LeadField::Email),
                 message.isEmpty() ? QStringList() : QStringList{message});
    }

    void phoneMustBeDialable_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("e164");
        QTest::newRow("local DE") << "030 901820"
                                  << ""
                                  << ""
                                  << "+4930901820";
        QTest::newRow("international") << "+1 212 555 0100"
                                       << ""
                                       << ""
                                       << "+12125550100";
        QTest::newRow("local in the lead's country") << "(212) 555-0100"
                                                     << "US"
                                                     << ""
                                                     << "+12125550100";
        QTest::newRow("too short") << "12"
                                   << ""
                                   << "Phone: \"12\" cannot be dialled as a number of DE; check "
                                      "the digits or write it with its country code (like +49 "
                                      "30 901820)."
                                   << "";
        QTest::newRow("letters") << "call me"
                                 << ""
                                 << "Phone: \"call me\" is not a phone number."
                                 << "";
    }

    void phoneMustBeDialable()
    {
        QFETCH(QString, phone);
        QFETCH(QString, country);
        QFETCH(QString, message);
        QFETCH(QString, e164);
        Lead lead = reachable();
        lead.phone = phone;
        lead.country = country;
        QCOMPARE(messagesFor(lead, LeadField::Phone),
                 message.isEmpty() ? QStringList() : QStringList{message});
        LeadValidator(QStringLiteral("DE")).normalise(lead);
        QCOMPARE(lead.phoneE164, e164);
    }

    void needsAWayToReachThePerson()
    {
        Lead lead;
        lead.firstName = QStringLiteral("Anna");
        lead.company = QStringLiteral("Becker GmbH");
        const QList<FieldProblem> problems = LeadValidator(QStringLiteral("DE")).validate(lead);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].field, LeadField::Email);
        QCOMPARE(problems[1].field, LeadField::Phone);
        QVERIFY(problems[0].message.contains(QLatin1String("at least one way to reach them")));
        lead.phone = QStringLiteral("+49 30 901820");
        QVERIFY(LeadValidator(QStringLiteral("DE")).validate(lead).isEmpty());
    }

    void companyAndPlace()
    {
        Lead lead = reachable();
        lead.website = QStringLiteral("not a site");
        lead.annualRevenueMinor = 250000000;
        lead.country = QStringLiteral("XX");
        lead.timeZone = QStringLiteral("Europe/Atlantis");
        QStringList messages;
        for (const FieldProblem& problem : LeadValidator(QStringLiteral("DE")).validate(lead))
            messages.append(problem.message);
        QCOMPARE(messages,
                 (QStringList{
                     QStringLiteral("Website: \"not a site\" is not a web address."),
                     QStringLiteral("Currency: say in which currency the annual revenue is (like "
                                    "EUR)."),
                     QStringLiteral("Country: \"XX\" is not a two-letter country code like DE or "
                                    "US."),
                     QStringLiteral("Time zone: \"Europe/Atlantis\" is not a known time zone like "
                                    "Europe/Berlin.")}));
        lead.website = QStringLiteral("www.becker.example");
        lead.revenueCurrency = QStringLiteral("EUR");
        lead.country = QStringLiteral("AT");
        lead.timeZone = QStringLiteral("Europe/Vienna");
        QVERIFY(LeadValidator(QStringLiteral("DE")).validate(lead).isEmpty());
    }

    void normaliseAndDerive()
    {
        Lead lead = reachable();
        lead.email = QStringLiteral("  anna@example.com ");
        lead.country = QStringLiteral(" de");
        lead.revenueCurrency = QStringLiteral("eur");
        lead.phone = QStringLiteral(" 030 901820 ");
        const LeadValidator validator(QStringLiteral("US"));
        validator.normalise(lead);
        QCOMPARE(lead.email, QStringLiteral("anna@example.com"));
        QCOMPARE(lead.country, QStringLiteral("DE"));
        QCOMPARE(lead.revenueCurrency, QStringLiteral("EUR"));
        QCOMPARE(lead.phoneE164, QStringLiteral("+4930901820")); // the lead's country wins
        validator.fillDerived(lead);
        QCOMPARE(lead.timeZone, QStringLiteral("Europe/Berlin"));

        Lead caller;
        caller.phone = QStringLiteral("+43 1 5344 0");
        validator.normalise(caller);
        validator.fillDerived(caller);
        QCOMPARE(caller.country, QStringLiteral("AT"));
        QCOMPARE(caller.timeZone, QStringLiteral("Europe/Vienna"));
        QCOMPARE(LeadValidator::onlyTimeZoneOf(QStringLiteral("US")), QString()); // several
    }

    void fieldTextsAreReadOrRefusedWithTheFieldNamed()
    {
        Lead lead;
        QCOMPARE(LeadFields::setText(lead, LeadField::Employees, QStringLiteral("1,250")),
                 QString());
        QCOMPARE(lead.employees, 1250);
        QCOMPARE(LeadFields::setText(lead, LeadField::Employees, QStringLiteral("many")),
                 QStringLiteral("Employees: \"many\" is not a whole number of people."));
        QCOMPARE(lead.employees, 1250); // unchanged
        QCOMPARE(LeadFields::setText(lead, LeadField::AnnualRevenue, QStringLiteral("2500000.5")),
                 QString());
        QCOMPARE(lead.annualRevenueMinor, 250000050);
        QCOMPARE(LeadFields::text(lead, LeadField::AnnualRevenue), QStringLiteral("2500000.50"));
        QVERIFY(LeadFields::setText(lead, LeadField::Source, QStringLiteral("fax"))
                    .startsWith(QLatin1String("Source channel: \"fax\" is not one of web_form")));
        QCOMPARE(LeadFields::setText(lead, LeadField::Source, QStringLiteral("Trade fair")),
                 QString());
        QCOMPARE(lead.source, SourceChannel::TradeFair);
        QCOMPARE(LeadFields::setText(lead, LeadField::DoNotCall, QStringLiteral("yes")), QString());
        QVERIFY(lead.doNotCall);
        QCOMPARE(LeadFields::setText(lead, LeadField::DoNotCall, QStringLiteral("perhaps")),
                 QStringLiteral("Do not call: \"perhaps\" is neither yes nor no."));
        for (const LeadField field : LeadFields::all())
            QCOMPARE(LeadFields::fromKey(LeadFields::key(field)), field);
    }
};

QTEST_GUILESS_MAIN(TestLeadValidator)
#include "tst_leadvalidator.moc"
