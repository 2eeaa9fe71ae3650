#pragma once

#include <QList>
#include <QString>

class Store;

/// Finding the lead behind a phone link (issue 23): the desktop hands LeadScout `tel:` and
/// `callto:` links (a softphone's "open contact", a number clicked on a web page).
namespace PhoneLookup {

/// Whether the text is a tel: or callto: link.
bool isPhoneLink(const QString& text);
/// The number a tel: or callto: link dials, as written ("+49 30 901820" from
/// "tel:+49-30-901820;phone-context=…", "callto://+4930901820"); empty when it names no number.
QString numberFromLink(const QString& link);
/// The number as stored for comparison: E.164 when libphonenumber can read it (numbers without a
/// country code are read as numbers of the team's default country), else only its digits.
QString normalise(const Store& store, const QString& number);
/// The leads with this number as their phone or as a phone kept from a lead merged into them,
/// lowest id first; empty when no lead has it.
QList<qint64> findLeads(const Store& store, const QString& number);

} // namespace PhoneLookup
