#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

/// Writes a file in one piece: into a temporary file beside it, renamed into place only when all
/// of it is on disk, so a full disk or a kill leaves the file as it was. Qt's own buffer is off:
/// QSaveFile notices a failed write only when it passes through its writeData, which a buffered
/// write skips when it is flushed at commit (a full disk then committed an empty file).
namespace WholeFile {

/// Empty on success, else a sentence naming the file and the system's reason.
QString write(const QString& path, const QByteArray& bytes,
              QFileDevice::Permissions permissions = {});

} // namespace WholeFile
