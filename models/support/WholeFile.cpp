#include "support/WholeFile.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

namespace WholeFile {

QString write(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    // A short write (a full disk part-way through) leaves QSaveFile without an error of its
    // own ("Unknown error"); the system's error number then says what happened.
    const auto failure = [&](const QSaveFile& file, int systemError = 0) {
        const QString reason = file.error() == QFileDevice::NoError && systemError != 0
                                   ? QString::fromLocal8Bit(std::strerror(systemError))
                                   : file.errorString();
        return QCoreApplication::translate("WholeFile", "Cannot write %1: %2").arg(path, reason);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(file);
    if (permissions)
        file.setPermissions(permissions);
    errno = 0;
    if (file.write(bytes) != bytes.size())
        return failure(file, errno);
    if (!file.commit())
        return failure(file, errno);
    return {};
}

} // namespace WholeFile
