#include "IntakeCases.h"

#include "TestStore.h"
#include "domain/LeadRepository.h"
#include "leads/LeadValidator.h"
#include "leads/Suppressions.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QTest>

namespace IntakeCases {

namespace {

using Outcome = IntakeResult::Outcome;

LeadDraft draft(std::initializer_list<std::pair<LeadField, const char*>> fields)
{
    LeadDraft result;
    for (const auto& [field, text] : fields)
        result.set(field, QString::fromUtf8(text));
    return result;
}

Case made(const char* name, const LeadDraft& draft, bool erasedNumber)
{
    return {name, draft, Outcome::Created, std::nullopt, std::nullopt, erasedNumber};
}

Case invalid(const char* name, const LeadDraft& draft, LeadField field)
{
    return {name, draft, Outcome::Invalid, field, std::nullopt, false};
}

Case duplicate(const char* name, const LeadDraft& draft, DuplicateMatch::Reason reason)
{
    return {name, draft, Outcome::Duplicate, std::nullopt, reason, false};
}

} // namespace

QList<Case> all()
{
    using F = LeadField;
    const auto clara = [](std::initializer_list<std::pair<LeadField, const char*>> more) {
        LeadDraft d = draft({{F::FirstName, "Clara"},
                             {F::LastName, "Schmidt"},
                             {F::Email, "clara@schmidt.example"},
                             {F::Company, "Schmidt AG"}});
        for (const auto& [field, text] : more)
            d.set(field, QString::fromUtf8(text));
        return d;
    };
    return {
        // Anna's switchboard number: a colleague, not a duplicate.
        made("valid lead", clara({{F::Phone, "030 901820"}, {F::Owner, "tom"}}), false),
        invalid("bad e-mail", clara({{F::Email, "clara@"}}), F::Email),
        invalid("undialable phone", clara({{F::Phone, "12"}}), F::Phone),
        invalid("unknown owner", clara({{F::Owner, "tmo"}}), F::Owner),
        duplicate("duplicate by e-mail", draft({{F::Email, " ANNA@becker.example"}}),
                  DuplicateMatch::Reason::SameEmail),
        duplicate(
            "duplicate by phone and name",
            draft({{F::FirstName, "A."}, {F::LastName, "Becker"}, {F::Phone, "+49 30 901820"}}),
            DuplicateMatch::Reason::SamePhoneAndName),
        {"erased person by e-mail", draft({{F::Email, "Zacharias.Quellmeyer@example.com"}}),
         Outcome::ErasedPerson, std::nullopt, std::nullopt, false},
        // Someone else now reached on the erased person's number: said so, but created.
        made("erased person by phone only",
             draft({{F::FirstName, "Peter"}, {F::LastName, "Lustig"}, {F::Phone, "089 21801234"}}),
             true),
    };
}

QString repName()
{
    return QStringLiteral("mara");
}

void seed(const Store& store)
{
    Lead anna =
        sampleLead(QStringLiteral("Anna"), QStringLiteral("Becker"), QStringLiteral("Becker GmbH"));
    anna.email = QStringLiteral("anna@becker.example");
    anna.phone = QStringLiteral("+49 30 901820");
    LeadValidator(QStringLiteral("DE")).normalise(anna);
    QCOMPARE(LeadRepository(store).create(anna, repName()), annaId);
    Reps::idFor(store, QStringLiteral("tom"));
    WriteTransaction transaction(store);
    Suppressions(store).addInTransaction(QStringLiteral("zacharias.quellmeyer@example.com"),
                                         QStringLiteral("+498921801234"), Clock::nowSecs());
    transaction.commit();
}

std::unique_ptr<TestStore> seededStore()
{
    auto fixture = std::make_unique<TestStore>();
    seed(fixture->store());
    return fixture;
}

bool needsConfirming(const Case& c)
{
    return c.outcome == Outcome::Duplicate || c.outcome == Outcome::ErasedPerson;
}

void addRows()
{
    QTest::addColumn<int>("index");
    const QList<Case> cases = all();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases.at(i).name) << i;
}

Case current()
{
    QFETCH(int, index);
    return all().at(index);
}

void verify(const Case& expected, const Seen& seen)
{
    QCOMPARE(int(seen.outcome), int(expected.outcome));
    const auto number = [](const auto& optional) { return optional ? int(*optional) : -1; };
    QCOMPARE(number(seen.field), number(expected.field));
    QCOMPARE(number(seen.reason), number(expected.reason));
    QCOMPARE(seen.erasedNumber, expected.erasedNumber);
    QCOMPARE(seen.duplicateOf, expected.outcome == IntakeResult::Outcome::Duplicate ? annaId : 0);
}

} // namespace IntakeCases
