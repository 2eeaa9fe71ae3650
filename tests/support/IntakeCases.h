#pragma once

#include "leads/LeadIntake.h"

#include <QList>
#include <memory>
#include <optional>

class Store;
class TestStore;

/// The intake cases every caller of LeadIntake must answer alike (the use case itself, the
/// new-lead dialog and add-lead): each a draft on the same seeded store, with the outcome expected
/// when the rep confirms nothing.
namespace IntakeCases {

struct Case
{
    const char* name;
    LeadDraft draft; ///< the fields as typed; the owner as a rep's name
    IntakeResult::Outcome outcome;
    std::optional<LeadField> field;               ///< Invalid: the field named
    std::optional<DuplicateMatch::Reason> reason; ///< Duplicate: why it looks like lead 1
    bool erasedNumber = false; ///< created, with the note that an erased person had the number
};

/// What a suite saw, in the terms of Case.
struct Seen
{
    IntakeResult::Outcome outcome = IntakeResult::Outcome::Invalid;
    std::optional<LeadField> field;
    std::optional<DuplicateMatch::Reason> reason;
    bool erasedNumber = false;
    qint64 duplicateOf = 0; ///< the lead a duplicate was said to be
};

QList<Case> all();
/// The rep at the keyboard in every suite (recorded as creator, may own leads).
QString repName();
/// The seeded store: lead 1 Anna Becker (anna@becker.example, +49 30 901820, Becker GmbH), rep
/// "tom" of the team, and a person erased on request (zacharias.quellmeyer@example.com,
/// +49 89 21801234).
void seed(const Store& store);
/// A new store, seeded.
std::unique_ptr<TestStore> seededStore();
/// Whether a case is refused until the rep confirms it (a duplicate, an erased person).
bool needsConfirming(const Case& c);
/// The lead every duplicate case must name.
constexpr qint64 annaId = 1;

/// Adds one row per case (column "index") to the running data-driven test.
void addRows();
/// The case of the current row.
Case current();
/// Compares what a suite saw with what the case expects (QTest failures).
void verify(const Case& expected, const Seen& seen);

} // namespace IntakeCases
