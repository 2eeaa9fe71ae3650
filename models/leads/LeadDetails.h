#pragma once

// Who writes which column of `leads` (one owner each; every writer also stamps updated_at):
// - the details LeadFields names, with email_norm and phone_e164 derived from them:
//   LeadDetails::writeInTransaction (LeadEditor; QualificationRepository's fit attributes)
// - do_not_call, do_not_email, wrong_number: LeadContactability (LeadDetails; CallLog)
// - stage, stage_changed_at, disqualify_reason/note: LeadRepository::changeStage… and
//   revertStageInTransaction (StageDecisions; CallLog; HandoffBatches)
// - nurture_until: LeadRepository::setNurtureUntilInTransaction (StageDecisions; CallLog)
// - fit/interest/bant/total_score, grade, quadrant, score_rule_version, scored_at,
//   score_band, score_flags: ScoreWriter (LeadScores, one lead; BulkScoring, every lead; a new
//   lead's first score goes into its INSERT with ScoreWriter's columns and values)
// - attempts, call_count, last_call_at, last_outcome, next_action_at/kind: CallLog
// - claimed_by, claim_token, claim_expires_at: ClaimService (CallLog ends a claim through it)
// - call_zone: the triggers of migration step 3 (TimeZoneData's expression)
// - row_version: the trigger of migration step 7, on every UPDATE of the row (LeadVersion)
// - assigned_at: RoundRobin (LeadIntake, when it assigns a new lead's owner)
// - the row, INSERT: LeadRepository::create… (moving to LeadIntake); DemoWriter's bulk insert
//   is the demo generator's own fast path
// - the row, DELETE: Erasure; ImportBatches::undo (the leads of an import batch nobody worked)
// - import_batch_id, external_id, import_note: LeadImport (set once, in the INSERT of the lead
//   an import creates, from its LeadDraft; a merge fills an empty external_id)
// - the row, DELETE: Erasure; LeadMerge (the merged leads; undo puts every row back as it was)
// - on a merge's survivor, LeadMerge also sums attempts and call_count, takes the latest call,
//   the next action and the claim of the others when it has none

#include "leads/LeadFields.h"

class Store;

/// The one writer of the details a rep types or corrects (the columns LeadFields names, with
/// the forms derived from them): the lead editor and the qualification form's fit attributes
/// both store a changed detail here, so a detail's column, stored form and history entry are
/// decided in one place. The contact flags go on to LeadContactability, their own writer.
namespace LeadDetails {

/// The column a field is stored in.
QString columnOf(LeadField field);

/// Writes `field` as it is in `after` inside the caller's transaction, with updated_at, and
/// records old → new (text forms, see LeadFields) in the lead's field history when they differ.
/// An e-mail address also stores its normalised form, a phone number or country the E.164 form.
void writeInTransaction(const Store& store, const Lead& after, LeadField field,
                        const QString& oldText, const QString& newText, qint64 repId,
                        qint64 changedAt);

} // namespace LeadDetails
