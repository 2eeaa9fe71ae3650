#pragma once

// Plain ASCII literals as QString, like the suites that use it (they undefine the macro).
#ifdef QT_NO_CAST_FROM_ASCII
#error "include StoreDigest.h after #undef QT_NO_CAST_FROM_ASCII"
#endif
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <algorithm>
#include <utility>

namespace StoreDigest {

/// PRAGMA integrity_check of the store ("ok" when it is whole) and a digest of every
/// table's rows (sorted, so that the order of pages does not count), read with a plain
/// SQLite connection rather than LeadScout's own, which would upgrade or repair.
inline std::pair<QString, QByteArray> inspect(const QString& path)
{
    std::pair<QString, QByteArray> result;
    const QString name = "inspect-" + QString::number(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(path);
        if (!db.open())
            return {"cannot open: " + db.lastError().text(), {}};
        QSqlQuery check(db);
        check.exec("PRAGMA integrity_check");
        QStringList problems;
        while (check.next())
            problems << check.value(0).toString();
        result.first = problems.join("; ");
        QSqlQuery tables(db);
        tables.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                    "'sqlite_%' ORDER BY name");
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery version(db);
        version.exec("PRAGMA user_version");
        version.next();
        hash.addData("version " + version.value(0).toString().toUtf8() + '\n');
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery rows(db);
            rows.exec(QString("SELECT * FROM \"%1\"").arg(table));
            QList<QByteArray> lines;
            const int columns = rows.record().count(); // record() copies: once per table
            while (rows.next()) {
                QByteArray line;
                for (int i = 0; i < columns; ++i)
                    line += rows.value(i).toString().toUtf8() + '\x1f';
                lines << line;
            }
            std::sort(lines.begin(), lines.end());
            hash.addData(table.toUtf8() + '\n');
            for (const QByteArray& line : lines)
                hash.addData(line + '\n');
        }
        result.second = hash.result().toHex();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace StoreDigest
