#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

/// A file written under a temporary name in its target folder and renamed into place only when
/// everything else has succeeded; until then (and on any failure) the temporary file is removed
/// with this object. Renaming within one folder replaces an existing file in one step, so a
/// reader never sees a half-written file under the final name.
class PendingFile
{
    Q_DECLARE_TR_FUNCTIONS(PendingFile)

public:
    /// Called with the temporary file's name before the file is created, so that the caller can
    /// note it somewhere (a kill at any moment then leaves no temporary file that is not noted).
    using BeforeCreate = std::function<void(const QString& tempPath)>;

    /// Checks the target and creates the empty temporary file (readable by its owner only).
    /// Throws ExportError with a plain message when the folder is missing or not writable.
    explicit PendingFile(const QString& finalPath, const BeforeCreate& beforeCreate = {});
    ~PendingFile();
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    QString tempPath() const { return m_tempPath; }
    QString finalPath() const { return m_finalPath; }

    /// Flushes the written temporary file to disk. Throws ExportError.
    void sync();
    /// Removes the temporary file now (unless commit() put it in place).
    void discard();
    /// Flushes (unless sync() did) and renames the file to the final name. Throws ExportError.
    void commit();

private:
    QString m_finalPath;
    QString m_tempPath;
    bool m_committed = false;
    bool m_synced = false;
};
