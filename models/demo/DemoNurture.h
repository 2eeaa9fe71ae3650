#pragma once

#include <QtGlobal>

class Store;

/// Turns the demo's nurture plans into plans on the shipped tracks, in every state a screen
/// shows: running with overdue and due-today steps, paused, stopped for each reason, and ended
/// each way (re-qualified, disqualified, completed). Responses become interest events linked to
/// their step, before the demo scores every lead. Set-based statements inside the demo's
/// transaction, so a big demo stays fast.
namespace DemoNurture {

/// Gives back how many interest events the responses added.
qint64 finishInTransaction(const Store& store, qint64 anchor);

} // namespace DemoNurture
