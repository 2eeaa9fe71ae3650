#include "scoring/LeadScores.h"
#include "scoring/ScoreExplanation.h"
#include "scoring/ScoringEngine.h"
#include "scoring/ScoringRules.h"

#include <QFile>
#include <QTest>

namespace {

const qint64 now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

ScoringRules testRules()
{
    QFile file(QStringLiteral(LEADSCOUT_TEST_DATA "/scoring-test-rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test rules");
    ScoringRules rules;
    QString error;
    if (!ScoringRules::fromJson(file.readAll(), rules, &error))
        qFatal("%s", qPrintable(error));
    return rules;
}

/// "employees=300;industry=software;events=webinar@1,download@10" → an engine input.
ScoringInput inputFrom(const QString& spec)
{
    ScoringInput in;
    for (const QString& part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (key == QLatin1String("employees"))
            in.employees = value.toInt();
        else if (key == QLatin1String("revenue"))
            in.annualRevenueMinor = value.toLongLong();
        else if (key == QLatin1String("currency"))
            in.revenueCurrency = value;
        else if (key == QLatin1String("industry"))
            in.industry = *fromKey<Industry>(value);
        else if (key == QLatin1String("seniority"))
            in.seniority = *fromKey<Seniority>(value);
        else if (key == QLatin1String("title"))
            in.title = value;
        else if (key == QLatin1String("email"))
            in.email = value;
        else if (key == QLatin1String("website"))
            in.website = value;
        else if (key == QLatin1String("role"))
            in.buyingRole = *fromKey<BuyingRole>(value);
        else if (key == QLatin1String("budget"))
            in.budget = *fromKey<BudgetStatus>(value);
        else if (key == QLatin1String("authority"))
            in.authority = *fromKey<AuthorityLevel>(value);
        else if (key == QLatin1String("confirmed"))
            in.decisionMakerConfirmed = value == QLatin1String("1");
        else if (key == QLatin1String("need"))
            in.need = *fromKey<NeedLevel>(value);
        else if (key == QLatin1String("timing"))
            in.timing = *fromKey<Timing>(value);
        else if (key == QLatin1String("events"))
            for (const QString& event : value.split(QLatin1Char(','))) {
                const double days = event.section(QLatin1Char('@'), 1).toDouble();
                in.interest.push_back(
                    {*fromKey<InterestKind>(event.section(QLatin1Char('@'), 0, 0)),
                     now - qint64(days * 86400)});
            }
        else
            qFatal("unknown key %s", qPrintable(key));
    }
    return in;
}

QString gapKeys(const QList<SqlGap>& gaps)
{
    static const QMap<SqlGap, QString> keys{
        {SqlGap::Excluded, QStringLiteral("excluded")},
        {SqlGap::Advocate, QStringLiteral("advocate")},
        {SqlGap::TotalBelowThreshold, QStringLiteral("total")},
        {SqlGap::DecisionMakerNotConfirmed, QStringLiteral("dm")},
        {SqlGap::Budget, QStringLiteral("budget")},
        {SqlGap::Need, QStringLiteral("need")},
        {SqlGap::Timing, QStringLiteral("timing")}};
    QStringList out;
    for (SqlGap gap : gaps)
        out.append(keys.value(gap));
    return out.join(QLatin1Char(','));
}

const QString fullBant = QStringLiteral(
    "budget=approved;authority=decision_maker;confirmed=1;need=urgent;timing=within_3m");
const QString fit40 = QStringLiteral("employees=60;industry=software;seniority=manager");

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void handComputedScores_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("fit");
        QTest::addColumn<int>("interest");
        QTest::addColumn<int>("bant");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("quadrant");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<bool>("mql");
        QTest::addColumn<QString>("gaps");
        QTest::addColumn<QString>("persona");

        // fit 30+20+20+20+10 = 100, capped at 90; interest 40 + 20·½ = 50; BANT 20+15+5+10+10.
        QTest::newRow("sales-ready A, fit capped")
            << QStringLiteral("employees=300;revenue=2000000000;industry=manufacturing;"
                              "seniority=c_level;role=executive;events=event@0,webinar@10;") +
                   fullBant
            << 90 << 50 << 60 << 200 << "sales_ready"
            << "A" << true << ""
            << "";
        QTest::newRow("A boundary: 40 + 20 + 60 = 120")
            << fit40 + QStringLiteral(";events=webinar@0;") + fullBant << 40 << 20 << 60 << 120
            << "sales_ready"
            << "A" << true << ""
            << "";
        // 20 · 2^(-1/10) = 18.66 → 19; interest below 20 is low: nurture, still SQL by score.
        QTest::newRow("B below A: decay rounds 18.66 to 19, total 119")
            << fit40 + QStringLiteral(";events=webinar@1;") + fullBant << 40 << 19 << 60 << 119
            << "nurture"
            << "B" << true << ""
            << "";
        QTest::newRow("B boundary: 40 + 50 = 90")
            << fit40 + QStringLiteral(";budget=approved;authority=decision_maker;confirmed=1;"
                                      "need=urgent")
            << 40 << 0 << 50 << 90 << "nurture"
            << "B" << true << "total"
            << "";
        QTest::newRow("C below B: 40 + 4 + 45 = 89")
            << fit40 + QStringLiteral(";events=email_click@0,email_click@0;budget=approved;"
                                      "authority=decision_maker;need=urgent")
            << 40 << 4 << 45 << 89 << "nurture"
            << "C" << true << "total,dm"
            << "";
        QTest::newRow("C boundary and MQL exactly: 40 + 20 = 60")
            << fit40 + QStringLiteral(";budget=approved") << 40 << 0 << 20 << 60 << "nurture"
            << "C" << true << "total,dm,need"
            << "";
        QTest::newRow("D below C: 40 + 4 + 15 = 59, below MQL")
            << fit40 + QStringLiteral(";events=email_click@0,email_click@0;"
                                      "authority=decision_maker")
            << 40 << 4 << 15 << 59 << "nurture"
            << "D" << false << "total,dm,budget,need"
            << "";
        QTest::newRow("D boundary: large company alone = 30")
            << QStringLiteral("employees=300") << 30 << 0 << 0 << 30 << "park"
            << "D" << false << "total,dm,budget,need"
            << "";
        // 20 · 2^(-11/10) = 9.33 → 9.
        QTest::newRow("E below D: 20 + 9 = 29")
            << QStringLiteral("employees=60;events=webinar@11") << 20 << 9 << 0 << 29 << "park"
            << "E" << false << "total,dm,budget,need"
            << "";
        QTest::newRow("advocate: low fit, high interest, never SQL")
            << QStringLiteral("employees=5;events=event@0,download@0;") + fullBant << 0 << 50 << 60
            << 110 << "advocate"
            << "B" << true << "advocate"
            << "";
        QTest::newRow("competitor e-mail domain excludes")
            << QStringLiteral("email=Anna@Rival.example;employees=300;industry=manufacturing;"
                              "budget=approved")
            << 50 << 0 << 20 << 0 << "park"
            << "E" << false << "excluded,total,dm,need"
            << "exclude:competitor";
        QTest::newRow("competitor website excludes")
            << QStringLiteral("email=x@other.example;website=https://www.Rival.example/about") << 0
            << 0 << 0 << 0 << "park"
            << "E" << false << "excluded,total,dm,budget,need"
            << "exclude:competitor";
        QTest::newRow("job applicant excludes")
            << QStringLiteral("title=Job Applicant – Sales;employees=60") << 20 << 0 << 0 << 0
            << "park"
            << "E" << false << "excluded,total,dm,budget,need"
            << "exclude:job_applicant";
        QTest::newRow("trainee subtracts 15: 30 - 15")
            << QStringLiteral("employees=300;seniority=trainee_student") << 15 << 0 << 0 << 15
            << "park"
            << "E" << false << "total,dm,budget,need"
            << "";
        QTest::newRow("public sector subtracts 5: 20 + 0 - 5")
            << QStringLiteral("employees=60;industry=public_sector") << 15 << 0 << 0 << 15 << "park"
            << "E" << false << "total,dm,budget,need"
            << "";
        QTest::newRow("free mail flags, does not exclude")
            << QStringLiteral("email=jo@gmail.com;employees=60") << 20 << 0 << 0 << 20 << "park"
            << "E" << false << "total,dm,budget,need"
            << "flag:free_mail";
        QTest::newRow("USD revenue converted: 2,000,000 USD · 0.5 = 1,000,000 EUR")
            << QStringLiteral("revenue=200000000;currency=usd") << 10 << 0 << 0 << 10 << "park"
            << "E" << false << "total,dm,budget,need"
            << "";
        QTest::newRow("revenue without exchange rate scores nothing")
            << QStringLiteral("revenue=500000000000;currency=JPY") << 0 << 0 << 0 << 0 << "park"
            << "E" << false << "total,dm,budget,need"
            << "";
        // event at 61 days is past maxAgeDays; 20 · ¼ + 10 · ½ = 10.
        QTest::newRow("decay over two half-lives, events past max age ignored")
            << QStringLiteral("events=event@61,webinar@20,download@10") << 0 << 10 << 0 << 10
            << "park"
            << "E" << false << "total,dm,budget,need"
            << "";
        QTest::newRow("interest capped at 60, low fit: advocate")
            << QStringLiteral("events=event@0,event@0") << 0 << 60 << 0 << 60 << "advocate"
            << "C" << true << "advocate,total,dm,budget,need"
            << "";
        QTest::newRow("negative BANT held at 0")
            << QStringLiteral("budget=none;need=none") << 0 << 0 << 0 << 0 << "park"
            << "E" << false << "total,dm,budget,need"
            << "";
        QTest::newRow("nothing known") << QString() << 0 << 0 << 0 << 0 << "park"
                                       << "E" << false << "total,dm,budget,need"
                                       << "";
    }

    void handComputedScores()
    {
        QFETCH(QString, input);
        const ScoreResult result = ScoringEngine::score(testRules(), inputFrom(input), now);
        QTEST(result.fit, "fit");
        QTEST(result.interest, "interest");
        QTEST(result.bant, "bant");
        QTEST(result.total, "total");
        QTEST(keyOf(result.quadrant), "quadrant");
        QTEST(keyOf(result.grade), "grade");
        QTEST(result.mqlMet, "mql");
        QTEST(gapKeys(result.sqlGaps), "gaps");
        QFETCH(QString, gaps);
        QCOMPARE(result.sqlMet, gaps.isEmpty());
        QTEST(LeadScores::flagsText(result), "persona");
        // Bulk rescoring skips the explanation; the numbers must not depend on it.
        const ScoreResult quiet = ScoringEngine::score(testRules(), inputFrom(input), now, false);
        QCOMPARE(quiet.total, result.total);
        QCOMPARE(quiet.grade, result.grade);
        QVERIFY(quiet.contributions.empty());
    }

    void aConfirmedAuthorityMustBeOneThatDecides_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<bool>("dmGap");
        QTest::newRow("decision maker, confirmed") << "decision_maker" << true << false;
        QTest::newRow("recommender, confirmed") << "recommender" << true << false;
        QTest::newRow("influencer, confirmed") << "influencer" << true << false;
        QTest::newRow("user, confirmed: contradiction") << "user" << true << true;
        QTest::newRow("unknown, confirmed: contradiction") << "unknown" << true << true;
        QTest::newRow("decision maker, not confirmed") << "decision_maker" << false << true;
    }

    void aConfirmedAuthorityMustBeOneThatDecides()
    {
        QFETCH(QString, authority);
        QFETCH(bool, confirmed);
        QFETCH(bool, dmGap);
        const ScoreResult result = ScoringEngine::score(
            testRules(),
            inputFrom(fit40 +
                      QStringLiteral(";events=webinar@0;budget=approved;need=urgent;"
                                     "timing=within_3m;authority=%1;confirmed=%2")
                          .arg(authority, confirmed ? QStringLiteral("1") : QStringLiteral("0"))),
            now);
        QCOMPARE(result.sqlGaps.contains(SqlGap::DecisionMakerNotConfirmed), dmGap);
        QCOMPARE(result.sqlMet, !dmGap);
    }

    void explanationListsEveryContribution()
    {
        const ScoringRules rules = testRules();
        const ScoreResult result = ScoringEngine::score(
            rules,
            inputFrom(QStringLiteral("employees=300;revenue=2000000000;industry=manufacturing;"
                                     "seniority=c_level;role=executive;email=a@gmail.com;"
                                     "events=event@0,webinar@10,webinar@20;") +
                      fullBant),
            now);
        const QStringList lines = ScoreExplanation::lines(result, rules);
        const QStringList expected{
            QStringLiteral("Fit · Company size: Large company: +30"),
            QStringLiteral("Fit · Annual revenue from 10,000,000 EUR: +20"),
            QStringLiteral("Fit · Industry: Manufacturing: +20"),
            QStringLiteral("Fit · Position: C-level: +20"),
            QStringLiteral("Fit · Buying-center role: Executive: +10"),
            QStringLiteral("Fit · Flag: free-mail address (may hide a real buyer): ±0"),
            QStringLiteral("Fit · Held within 0–maximum (100 → 90): −10"),
            QStringLiteral("Interest · 2 × Webinar attended (40 points before decay, half-life 10 "
                           "days): +15"),
            QStringLiteral("Interest · 1 × Event attended (40 points before decay, half-life 10 "
                           "days): +40"),
            QStringLiteral("BANT · Budget: Approved: +20"),
            QStringLiteral("BANT · Authority: Decision maker: +15"),
            QStringLiteral("BANT · Decision authority confirmed: +5"),
            QStringLiteral("BANT · Need: Urgent: +10"),
            QStringLiteral("BANT · Timing: Within 3 months: +10"),
        };
        QCOMPARE(lines, expected);
        QCOMPARE(result.interest, 55); // 40 + 20·½ + 20·¼
    }

    void exclusionIsExplainedAndProposesAReason()
    {
        const ScoringRules rules = testRules();
        const ScoreResult result =
            ScoringEngine::score(rules, inputFrom(QStringLiteral("email=x@rival.example")), now);
        QVERIFY(result.excluded);
        QCOMPARE(result.proposedDisqualifyReason, QStringLiteral("competitor"));
        QVERIFY(ScoreExplanation::lines(result, rules)
                    .contains(QStringLiteral("Persona · Excluded as competitor domain — total set "
                                             "to 0")));
        QCOMPARE(ScoreExplanation::gapTexts(result, rules).first(),
                 QStringLiteral("The lead matches a negative persona and is excluded."));
    }

    void titleWordsMatchWholeWordsOnly()
    {
        const ScoringRules rules = ScoringRules::defaults();
        auto excluded = [&](const QString& title) {
            ScoringInput in;
            in.title = title;
            return ScoringEngine::score(rules, in, now).excluded;
        };
        QVERIFY(excluded(QStringLiteral("Intern Marketing")));
        QVERIFY(excluded(QStringLiteral("Werkstudent (IT)")));
        QVERIFY(!excluded(QStringLiteral("Head of International Sales")));
        QVERIFY(!excluded(QStringLiteral("Internal Audit Manager")));
    }

    void decayHalvesPerHalfLife()
    {
        const ScoringRules rules = testRules();
        QCOMPARE(ScoringEngine::decayedPoints(rules, InterestKind::Webinar, 0), 20.0);
        QCOMPARE(ScoringEngine::decayedPoints(rules, InterestKind::Webinar, 10), 10.0);
        QCOMPARE(ScoringEngine::decayedPoints(rules, InterestKind::Webinar, 30), 2.5);
        // An event stamped in the future (clock skew) counts as now, not more.
        ScoringInput in;
        in.interest.push_back({InterestKind::Download, now + 86400});
        QCOMPARE(ScoringEngine::score(rules, in, now).interest, 10);
    }

    void hostsAndDomains()
    {
        QCOMPARE(ScoringEngine::emailDomain(QStringLiteral("A.B@Example.COM ")),
                 QStringLiteral("example.com"));
        QCOMPARE(ScoringEngine::emailDomain(QStringLiteral("no address")), QString());
        QCOMPARE(ScoringEngine::websiteHost(QStringLiteral("HTTPS://www.Example.com:8080/x")),
                 QStringLiteral("example.com"));
        QCOMPARE(ScoringEngine::websiteHost(QStringLiteral("example.org")),
                 QStringLiteral("example.org"));
    }

    void shippedDefaultsAreValidAndRoundTrip()
    {
        const QByteArray json = ScoringRules::defaultsJson();
        QVERIFY(!json.isEmpty());
        ScoringRules rules;
        QString error;
        QVERIFY2(ScoringRules::fromJson(json, rules, &error), qPrintable(error));
        QVERIFY(rules.validate().isEmpty());
        QCOMPARE(rules.industryPoints[vocabIndex(Industry::Manufacturing)], 15);
        QCOMPARE(rules.negativePersona.size(), size_t(4));
        QCOMPARE(rules.flags.front().id, QStringLiteral("free_mail"));
        ScoringRules again;
        QVERIFY(ScoringRules::fromJson(rules.toJson(), again, &error));
        QCOMPARE(again.toJson(), rules.toJson());
        QVERIFY(again == rules);
        // The engine's interest table must cover every interest kind.
        QCOMPARE(rules.interestPoints.size(), size_t(8));
    }

    void badRulesSayWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"fit\": ") << "not valid JSON at character";
        QTest::newRow("unknown industry") << QByteArray(R"({"fit": {"industry": {"mining": 5}}})")
                                          << "Scoring rules, fit.industry: unknown key \"mining\"";
        QTest::newRow("points not a number")
            << QByteArray(R"({"bant": {"budget": {"approved": "lots"}}})")
            << "Scoring rules, bant.budget.approved: expected a number";
        QTest::newRow("grades out of order")
            << QByteArray(R"({"thresholds": {"grades": {"A": 10, "B": 20, "C": 5, "D": 1}}})")
            << "Grade thresholds must fall from A to D";
        QTest::newRow("persona without id")
            << QByteArray(R"({"negativePersona": [{"match": "emailDomain"}]})")
            << "negativePersona[0]: every rule needs an \"id\"";
        QTest::newRow("unknown match")
            << QByteArray(R"({"flags": [{"id": "x", "match": "phone"}]})")
            << "flags[0]: unknown match \"phone\"";
        QTest::newRow("newer format") << QByteArray(R"({"format": 9})") << "version 9 is newer";
        QTest::newRow("zero half-life") << QByteArray(R"({"interest": {"halfLifeDays": 0}})")
                                        << "half-life must be more than 0";
    }

    void badRulesSayWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        ScoringRules rules = testRules();
        const QByteArray before = rules.toJson();
        QString error;
        QVERIFY(!ScoringRules::fromJson(json, rules, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(rules.toJson(), before); // nothing half-read
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
