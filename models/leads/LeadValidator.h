#pragma once

#include "leads/LeadFields.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Store;

/// One thing wrong with what was typed, with a message for a person that names the field.
struct FieldProblem
{
    LeadField field;
    QString message;
};

/// The rules a lead's details must follow, the same for the new-lead dialog, editing on the
/// card, the add-lead command and imports: a well-formed e-mail address, a dialable phone number,
/// at least one way to reach the person, and sensible fit attributes.
class LeadValidator
{
    Q_DECLARE_TR_FUNCTIONS(LeadValidator)

public:
    /// `defaultRegion` is the country assumed for numbers without a country code ("DE").
    explicit LeadValidator(QString defaultRegion);
    /// A validator using the team's default country.
    static LeadValidator forStore(const Store& store);

    /// Cleans what people type: trims text, upper-cases codes and fills in the E.164 phone.
    void normalise(Lead& lead) const;
    /// For a new lead: the country from the phone number when none was given, and the time zone
    /// when the country has only one (so calling hours apply from the first call).
    void fillDerived(Lead& lead) const;
    /// The one time zone of a country (ISO code), or empty when it has several or is unknown.
    static QString onlyTimeZoneOf(const QString& country);
    /// Every problem of a normalised lead, in field order; empty when the lead may be saved.
    QList<FieldProblem> validate(const Lead& lead) const;
    /// Only the problems that concern this field (the reach rule concerns e-mail and phone).
    QList<FieldProblem> validateField(const Lead& lead, LeadField field) const;

    /// Why this e-mail address is not well-formed, or empty when it is (or is empty).
    static QString emailProblem(const QString& email);
    /// Why this phone number cannot be dialled, or empty when it can (or is empty).
    QString phoneProblem(const QString& phone, const QString& country) const;

private:
    QString regionFor(const QString& country) const;
    void checkContact(const Lead& lead, QList<FieldProblem>& problems) const;
    static void checkCompany(const Lead& lead, QList<FieldProblem>& problems);
    static void checkPlace(const Lead& lead, QList<FieldProblem>& problems);

    QString m_defaultRegion;
};
