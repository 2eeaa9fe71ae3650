#include "support/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BoundedFile {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BoundedFile", text);
}
} // namespace

std::optional<QByteArray> read(const QString& path, qint64 maxBytes, QString& problem)
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked right after,
    // on the opened file, so it cannot be swapped in between.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        problem = tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        problem = tr("Cannot read %1: it is not a regular file.").arg(path);
        return std::nullopt;
    }
    const QString limit = QLocale().formattedDataSize(maxBytes, 0);
    if (st.st_size > maxBytes) {
        ::close(fd);
        problem = tr("Cannot read %1: it is larger than %2, the most LeadScout reads for it.")
                      .arg(path, limit);
        return std::nullopt;
    }
    QByteArray data;
    data.resize(qsizetype(maxBytes) + 1);
    qint64 total = 0;
    while (total <= maxBytes) {
        const ssize_t got = ::read(fd, data.data() + total, size_t(maxBytes + 1 - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            problem =
                tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return std::nullopt;
        }
        if (got == 0)
            break;
        total += got;
    }
    ::close(fd);
    if (total > maxBytes) { // it grew while being read
        problem = tr("Cannot read %1: it is larger than %2, the most LeadScout reads for it.")
                      .arg(path, limit);
        return std::nullopt;
    }
    data.truncate(qsizetype(total));
    return data;
}

} // namespace BoundedFile
