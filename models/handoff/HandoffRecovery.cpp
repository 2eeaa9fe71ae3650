#include "handoff/HandoffRecovery.h"

#include "export/ExportError.h"
#include "handoff/HandoffBatches.h"
#include "handoff/HandoffService.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSysInfo>
#include <QUuid>
#include <cerrno>
#include <csignal>
#include <spdlog/spdlog.h>

namespace {

const QString prefix = QStringLiteral("handoff/pending/");

QString bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.read(64)).trimmed();
}

} // namespace

HandoffRecovery::HandoffRecovery(const Store& store)
    : m_store(store)
{}

bool HandoffRecovery::isRunning(qint64 pid, const QString& host, const QString& boot)
{
    if (host != QSysInfo::machineHostName())
        return true; // another machine's process: it cannot be checked from here
    if (boot != bootId())
        return false; // the machine has started again since
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    return true;
#endif
}

QString HandoffRecovery::begin(const QString& partPath) const
{
    const QString key = prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject note{{QStringLiteral("part"), partPath},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("host"), QSysInfo::machineHostName()},
                           {QStringLiteral("boot"), bootId()},
                           {QStringLiteral("batch"), 0}};
    WriteTransaction transaction(m_store);
    Sql::exec(m_store.db(), QStringLiteral("INSERT INTO team_settings (key, value) VALUES (?, ?)"),
              {key, QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact))});
    transaction.commit();
    return key;
}

void HandoffRecovery::recordBatchInTransaction(const QString& key, qint64 batchId) const
{
    const QVariant value = Sql::scalar(
        m_store.db(), QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {key});
    QJsonObject note = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    note.insert(QStringLiteral("batch"), batchId);
    Sql::exec(m_store.db(), QStringLiteral("UPDATE team_settings SET value = ? WHERE key = ?"),
              {QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact)), key});
}

void HandoffRecovery::end(const QString& key) const noexcept
{
    try {
        WriteTransaction transaction(m_store);
        Sql::exec(m_store.db(), QStringLiteral("DELETE FROM team_settings WHERE key = ?"), {key});
        transaction.commit();
    } catch (const StoreError& error) {
        // The note stays; the next finish() sees the file in place (or gone) and drops it.
        spdlog::warn("handoff: could not drop the note of a finished file: {}", error.what());
    } catch (...) {
    }
}

HandoffRecovery::Outcome HandoffRecovery::finish() const
{
    Outcome outcome;
    QSqlQuery query = Sql::exec(
        m_store.db(),
        QStringLiteral("SELECT key, value FROM team_settings WHERE key LIKE ? ESCAPE '!'"),
        {prefix + QLatin1Char('%')});
    QList<std::pair<QString, QJsonObject>> notes;
    while (query.next())
        notes.append({query.value(0).toString(),
                      QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()});
    for (const auto& [key, note] : notes) {
        if (isRunning(note.value(QStringLiteral("pid")).toInteger(),
                      note.value(QStringLiteral("host")).toString(),
                      note.value(QStringLiteral("boot")).toString()))
            continue; // still being written
        const QString part = note.value(QStringLiteral("part")).toString();
        const qint64 batchId = note.value(QStringLiteral("batch")).toInteger();
        const auto batch = batchId > 0 ? HandoffBatches(m_store).find(batchId) : std::nullopt;
        if (batch && !QFileInfo::exists(batch->filePath)) {
            const auto format = HandoffFormats::fromKey(batch->format);
            try {
                HandoffService(m_store).exportAgain(
                    batch->id, batch->filePath,
                    {format.value_or(HandoffFormat::Csv), batch->layout.delimiter});
                outcome.written.append(batch->filePath);
                spdlog::info("handoff: file of batch {} finished after an interruption", batch->id);
            } catch (const ExportError& error) {
                outcome.problems.append(error.message());
                continue; // the note stays, to try again
            }
        }
        if (!part.isEmpty() && QFile::exists(part)) {
            if (!QFile::remove(part)) {
                outcome.problems.append(tr("Could not remove %1.").arg(part));
                continue;
            }
            ++outcome.partsRemoved;
        }
        end(key);
    }
    finishOrphans(outcome);
    return outcome;
}

void HandoffRecovery::finishOrphans(Outcome& outcome) const
{
    // Temporary files without a note: left by a kill under a LeadScout that kept no notes, or in
    // the moment between creating the file and noting it (hence the minute's grace). Each one
    // beside a batch's file that is missing means that batch's file never got into place.
    QSet<QString> noted;
    QSqlQuery notes =
        Sql::exec(m_store.db(), QStringLiteral("SELECT value FROM team_settings WHERE key LIKE ?"),
                  {prefix + QLatin1Char('%')});
    while (notes.next())
        noted.insert(QJsonDocument::fromJson(notes.value(0).toString().toUtf8())
                         .object()
                         .value(QStringLiteral("part"))
                         .toString());
    QSqlQuery batches = Sql::exec(
        m_store.db(),
        QStringLiteral("SELECT file_path, max(id) FROM handoff_batches GROUP BY file_path"));
    // Folder → (file name → newest batch): each folder is listed once, however many batches.
    QHash<QString, QHash<QString, qint64>> folders;
    while (batches.next()) {
        const QFileInfo info(batches.value(0).toString());
        folders[info.absolutePath()].insert(info.fileName(), batches.value(1).toLongLong());
    }
    const QDateTime graceEnds = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (auto folder = folders.cbegin(); folder != folders.cend(); ++folder) {
        const QDir dir(folder.key());
        QHash<QString, QStringList> orphansOf; // target file name → its orphaned temporary files
        for (const QString& name :
             dir.entryList({QStringLiteral(".*.??????.part")}, QDir::Files | QDir::Hidden)) {
            // ".NAME.XXXXXX.part" belongs to NAME
            const QString target = name.mid(1, name.size() - 1 - int(sizeof(".XXXXXX.part") - 1));
            const QString part = dir.filePath(name);
            if (folder->contains(target) && !noted.contains(part) &&
                QFileInfo(part).lastModified().toUTC() < graceEnds)
                orphansOf[target].append(part);
        }
        for (auto orphans = orphansOf.cbegin(); orphans != orphansOf.cend(); ++orphans) {
            const QString target = dir.filePath(orphans.key());
            if (!QFileInfo::exists(target)) {
                const auto batch = HandoffBatches(m_store).find(folder->value(orphans.key()));
                if (!batch)
                    continue;
                const auto format = HandoffFormats::fromKey(batch->format);
                try {
                    HandoffService(m_store).exportAgain(
                        batch->id, target,
                        {format.value_or(HandoffFormat::Csv), batch->layout.delimiter});
                    outcome.written.append(target);
                } catch (const ExportError& error) {
                    outcome.problems.append(error.message());
                    continue;
                }
            }
            for (const QString& part : orphans.value())
                if (QFile::remove(part))
                    ++outcome.partsRemoved;
        }
    }
}
