#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>

class Store;

/// What each handoff cell of a lead must hold, computed for the tests straight from the store
/// with simple queries of their own (not the product's row reader). Values are in snapshot form:
/// text, whole numbers as numbers, decimals as "12500.00", date-times as local
/// "yyyy-MM-ddTHH:mm:ss", dates as "yyyy-MM-dd", null for an empty cell.
namespace HandoffExpectations {

QMap<QString, QJsonValue> cells(const Store& store, qint64 leadId, qint64 handedOffAt);
/// How a value reads in the CSV for a column key (before neutralisation).
QString csvText(const QString& key, const QJsonValue& value, QChar delimiter);

} // namespace HandoffExpectations
