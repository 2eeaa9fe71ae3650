#include "store/StoreFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Identity
{
    dev_t device = 0;
    ino_t inode = 0;
    QString name; ///< empty for an existing file (device and inode say it all)
    bool operator==(const Identity&) const = default;
};

std::optional<Identity> statOf(const QByteArray& path)
{
    struct stat st
    {
    };
    if (::stat(path.constData(), &st) != 0)
        return std::nullopt;
    return Identity{st.st_dev, st.st_ino, {}};
}

// The folder part and the name of a path as the system will read it (no cleaning of "..", which
// the kernel resolves after symbolic links).
std::pair<QByteArray, QByteArray> split(const QByteArray& path)
{
    const qsizetype slash = path.lastIndexOf('/');
    if (slash < 0)
        return {QByteArrayLiteral("."), path};
    return {slash == 0 ? QByteArrayLiteral("/") : path.left(slash), path.mid(slash + 1)};
}

// Follows a chain of symbolic links (also dangling ones) to the name a write would create.
QByteArray resolveLinks(QByteArray path)
{
    for (int hop = 0; hop < 16; ++hop) {
        struct stat st
        {
        };
        if (::lstat(path.constData(), &st) != 0 || !S_ISLNK(st.st_mode))
            return path;
        QByteArray target(4096, '\0');
        const ssize_t length = ::readlink(path.constData(), target.data(), size_t(target.size()));
        if (length <= 0)
            return path;
        target.truncate(length);
        path = target.startsWith('/') ? target : split(path).first + '/' + target;
    }
    return path;
}

// The file itself when it exists, otherwise the entry it would get: folder identity plus name.
std::optional<Identity> identityOf(const QString& path)
{
    const QByteArray raw = resolveLinks(QFile::encodeName(path));
    if (auto existing = statOf(raw))
        return existing;
    const auto [folder, name] = split(raw);
    if (name.isEmpty() || name == "." || name == "..")
        return std::nullopt;
    auto entry = statOf(folder);
    if (!entry)
        return std::nullopt;
    entry->name = QString::fromLocal8Bit(name);
    return entry;
}

} // namespace

namespace StoreFiles {

QStringList of(const QString& storePath)
{
    QStringList files{storePath, storePath + QStringLiteral("-wal"),
                      storePath + QStringLiteral("-shm"), storePath + QStringLiteral("-journal")};
    const QFileInfo store(storePath);
    const QDir folder = store.absoluteDir();
    const QStringList backups = folder.entryList({store.fileName() + QStringLiteral(".v*.bak")},
                                                 QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& backup : backups)
        files.append(folder.filePath(backup));
    return files;
}

bool same(const QString& a, const QString& b)
{
    const auto first = identityOf(a);
    return first && first == identityOf(b);
}

bool touches(const QString& storePath, const QString& output)
{
    const auto target = identityOf(output);
    if (!target)
        return false;
    const QStringList files = of(storePath);
    return std::any_of(files.begin(), files.end(),
                       [&](const QString& file) { return identityOf(file) == target; });
}

QString refusal(const QString& output)
{
    return QCoreApplication::translate(
               "StoreFiles",
               "%1 is the store or one of its files (log, backup). Choose another file; nothing "
               "was written.")
        .arg(output);
}

void restrictToOwner(const QString& storePath)
{
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    for (const QString& file : of(storePath)) {
        const QFileInfo info(file);
        if (info.isFile() && !info.isSymLink() &&
            (info.permissions() & ~(ownerOnly | QFile::ReadUser | QFile::WriteUser)) != 0)
            QFile::setPermissions(file, ownerOnly);
    }
}

} // namespace StoreFiles
