#pragma once

#include "domain/Lead.h"

#include <QList>
#include <QString>
#include <optional>

/// The details of a lead a rep may type in or correct. Stage, scores and call counters are not
/// among them: they change only through decisions, scoring and the call log.
enum class LeadField
{
    FirstName,
    LastName,
    Title,
    Seniority,
    Email,
    Phone,
    Company,
    Website,
    Industry,
    Employees,
    AnnualRevenue,
    RevenueCurrency,
    Country,
    City,
    TimeZone,
    Source,
    Campaign,
    Owner,
    DoNotCall,
    DoNotEmail
};

/// Names, labels and the text form of each field. The text form is what the editor shows and
/// what the field-change history keeps: enum keys, whole numbers, "yes"/"no" for flags, money in
/// major units ("2500000.00"), and the owner's rep name.
namespace LeadFields {

QList<LeadField> all();
/// Stable key, also stored in lead_field_changes.field ("first_name", "do_not_call" …).
QString key(LeadField field);
/// Translated label for people ("First name").
QString label(LeadField field);
std::optional<LeadField> fromKey(const QString& key);
/// The translated label of a stored history key, or the key itself when it is unknown.
QString labelForKey(const QString& key);
/// The history key of the wrong-number flag: not a field a rep types, but cleared (and so kept in
/// the history) when the phone number is corrected.
QString wrongNumberKey();

/// The field's value in text form. The owner is given as its id; LeadEditor turns it into a name.
QString text(const Lead& lead, LeadField field);
/// Sets the field from its text form (trimmed). Returns an error message naming the field when
/// the text cannot be read (not a whole number, unknown key…); the lead is unchanged then.
QString setText(Lead& lead, LeadField field, const QString& text);

/// Text form of a flag and of money in minor units.
QString flagText(bool value);
QString moneyText(qint64 minor);

} // namespace LeadFields
