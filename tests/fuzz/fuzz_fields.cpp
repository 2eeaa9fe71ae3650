// The parsers of single values a rep types into the form or a file holds in a cell: phone
// numbers, e-mail addresses, names, amounts, counts and dates.
#include "FuzzSupport.h"
#include "contact/PhoneLookup.h"
#include "contact/PhoneNumbers.h"
#include "domain/Lead.h"
#include "import/DateReading.h"
#include "import/EmailCleaning.h"
#include "import/NameCleaning.h"
#include "import/NumberReading.h"
#include "import/PhoneCleaning.h"
#include "leads/LeadValidator.h"
#include "qualification/QualificationEntry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

namespace {

void parseValue(const QString& value, const QStringList& column)
{
    PhoneNumbers::parse(value, QStringLiteral("DE"));
    PhoneNumbers::digitsOnly(value);
    PhoneLookup::numberFromLink(value);
    PhoneCleaning::clean(value, QStringLiteral("DE"));
    PhoneCleaning::clean(value, QStringLiteral("US"), QStringLiteral("Schweiz"));
    EmailCleaning::clean(value);
    EmailCleaning::key(value);
    NameCleaning::clean(value);
    NameCleaning::split(value);

    const NumberStyle numberStyle = NumberReading::detectStyle(column);
    NumberReading::styleOf(value);
    NumberReading::read(value);
    NumberReading::read(value, numberStyle);
    NumberReading::readCount(value, NumberStyle::DecimalComma);
    const DateStyle dateStyle = DateReading::detectStyle(column);
    DateReading::read(value, dateStyle);
    for (DateStyle style : {DateStyle::Iso, DateStyle::DayFirst, DateStyle::MonthFirst,
                            DateStyle::ExcelSerial, DateStyle::Ambiguous})
        if (const ReadDate date = DateReading::read(value, style, style == DateStyle::ExcelSerial);
            date.date.isValid())
            date.iso();

    for (const QLocale& locale : {QLocale(QLocale::German, QLocale::Germany),
                                  QLocale(QLocale::English, QLocale::UnitedStates)}) {
        QString correction;
        EntryParser::parseMoney(value, locale, &correction);
        EntryParser::parseDate(value, locale);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Each line is one value; together they are one column (for the style detection) and, in
    // order, the fields of a lead and of a qualification as typed.
    const QStringList values = FuzzSupport::lines(data, size);
    for (const QString& value : values)
        parseValue(value, values);

    Lead lead;
    lead.firstName = values.value(0);
    lead.lastName = values.value(1);
    lead.email = values.value(2);
    lead.phone = values.value(3);
    lead.website = values.value(4);
    lead.country = values.value(5);
    lead.company = values.value(6);
    const LeadValidator validator(QStringLiteral("DE"));
    validator.normalise(lead);
    validator.fillDerived(lead);
    validator.validate(lead);

    QualificationEntry entry;
    entry.budgetAmount = values.value(7);
    entry.decisionDate = values.value(8);
    entry.employees = values.value(9);
    entry.annualRevenue = values.value(10);
    entry.budgetCurrency = values.value(11);
    entry.revenueCurrency = values.value(12);
    const QLocale german(QLocale::German, QLocale::Germany);
    EntryParser::parse(entry, german, QDate(2026, 12, 6));
    // The whole input as a saved draft (QualificationDrafts keeps them as JSON).
    const QJsonDocument draft = QJsonDocument::fromJson(FuzzSupport::bytes(data, size));
    if (draft.isObject())
        EntryParser::parse(QualificationEntry::fromJson(draft.object()), german, QDate(2026, 12, 6),
                           QDate(2020, 1, 1));
    return 0;
}
