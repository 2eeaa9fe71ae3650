#pragma once

#include "scoring/BulkScoring.h"

#include <QString>
#include <functional>
#include <optional>

class QWidget;
class Store;

/// Rescoring every lead off the GUI thread behind a progress dialog with Cancel. Cancelling rolls
/// everything back on SQLite: every score, and a new rule version, stay as they were; on a server
/// (committed batches, BulkScoring::rescoreAll) it stops after the current batch.
namespace RescoreRunner {

/// What happened: completed, cancelled (nothing written) or failed (`error`).
using Done = std::function<void(const BulkScoring::RescoreOutcome& outcome, const QString& error)>;

/// Starts rescoring (with `newRules` saved as a new version first, when given) and returns at
/// once; `done` is called in the GUI thread when it has ended.
void start(QWidget* parent, const Store& store, const std::optional<ScoringRules>& newRules,
           qint64 repId, const QString& note, const Done& done);

/// What a cancelled rescore left: nothing changed, or (on a server) how far it got.
QString cancelledText(const BulkScoring::RescoreOutcome& outcome);

} // namespace RescoreRunner
