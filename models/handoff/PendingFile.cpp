#include "handoff/PendingFile.h"

#include "export/ExportError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

// Makes sure what was written reaches the disk before the rename publishes it.
bool syncToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    return QFileInfo::exists(path);
#endif
}

bool replaceFile(const QString& from, const QString& to)
{
#ifndef Q_OS_UNIX
    // Elsewhere rename() refuses an existing target.
    if (QFileInfo::exists(to) && !QFile::remove(to))
        return false;
#endif
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

/// Six letters or digits, as QTemporaryFile would put in place of XXXXXX.
QString randomTag()
{
    static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString tag;
    for (int i = 0; i < 6; ++i)
        tag += QLatin1Char(chars[QRandomGenerator::global()->bounded(int(sizeof(chars) - 1))]);
    return tag;
}

/// Creates `path` new and empty, readable by its owner only; false (with the reason) when it
/// exists already or cannot be made.
bool createOwnerOnly(const QString& path, QString* error)
{
#ifdef Q_OS_UNIX
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::close(fd);
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
#endif
}

} // namespace

PendingFile::PendingFile(const QString& finalPath, const BeforeCreate& beforeCreate)
    : m_finalPath(QFileInfo(finalPath).absoluteFilePath())
{
    const QFileInfo target(m_finalPath);
    const QFileInfo folder(target.absolutePath());
    if (target.fileName().isEmpty())
        throw ExportError(tr("No file name was given for the export."));
    if (!folder.exists())
        throw ExportError(tr("Cannot write %1: the folder %2 does not exist.")
                              .arg(m_finalPath, folder.absoluteFilePath()));
    if (!folder.isDir())
        throw ExportError(
            tr("Cannot write %1: %2 is not a folder.").arg(m_finalPath, folder.absoluteFilePath()));
    if (target.isDir())
        throw ExportError(tr("Cannot write %1: it is a folder.").arg(m_finalPath));
    // The name is chosen (and handed to beforeCreate) before the file exists: created
    // exclusively, a name another writer took meanwhile is simply chosen anew.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = folder.absoluteFilePath() + QStringLiteral("/.") + target.fileName() +
                             QLatin1Char('.') + randomTag() + QStringLiteral(".part");
        if (QFileInfo::exists(name))
            continue;
        if (beforeCreate)
            beforeCreate(name);
        QString error;
        if (createOwnerOnly(name, &error)) {
            m_tempPath = name;
            return;
        }
        if (!QFileInfo::exists(name))
            throw ExportError(
                tr("Cannot write to the folder %1: %2").arg(folder.absoluteFilePath(), error));
    }
    throw ExportError(tr("Cannot write to the folder %1: no free temporary name.")
                          .arg(folder.absoluteFilePath()));
}

PendingFile::~PendingFile()
{
    discard();
}

void PendingFile::discard()
{
    if (!m_committed && !m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
}

void PendingFile::sync()
{
    if (!syncToDisk(m_tempPath))
        throw ExportError(tr("Could not save %1 to disk: %2")
                              .arg(m_finalPath, QString::fromLocal8Bit(std::strerror(errno))));
    m_synced = true;
}

void PendingFile::commit()
{
    if (!m_synced)
        sync();
    // rename(2) replaces an existing file atomically; QFile::rename would refuse to.
    if (!replaceFile(m_tempPath, m_finalPath))
        throw ExportError(tr("Could not move the finished file into place as %1: %2")
                              .arg(m_finalPath, QString::fromLocal8Bit(std::strerror(errno))));
    m_committed = true;
}
