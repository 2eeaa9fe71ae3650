#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

/// Reading a file someone names: it must be a regular file (not a device such as /dev/zero, a
/// FIFO that would block, or a folder) and no larger than the limit the caller sets, so a wrong
/// name never fills the memory or hangs the program.
namespace BoundedFile {

/// The whole file, or nothing with `problem` set to a sentence naming the file.
std::optional<QByteArray> read(const QString& path, qint64 maxBytes, QString& problem);

} // namespace BoundedFile
