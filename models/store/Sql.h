#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <stdexcept>

/// Raised by the store for any failed statement or refused operation; the message is meant for
/// a person (it names what failed), never holds a lead's personal data.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString& message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

namespace Sql {

/// Prepares, binds positionally and runs one statement. Throws StoreError on failure.
QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

/// Runs a statement ending in "RETURNING id" and gives back the new id.
qint64 insertId(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

/// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

/// A bindable value for an optional string: empty strings are stored as NULL.
QVariant nullIfEmpty(const QString& value);

} // namespace Sql
