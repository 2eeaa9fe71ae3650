#include "support/WholeFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace WholeFile {

QString write(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    const auto failure = [&](const QSaveFile& file) {
        return QCoreApplication::translate("WholeFile", "Cannot write %1: %2")
            .arg(path, file.errorString());
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(file);
    if (permissions)
        file.setPermissions(permissions);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failure(file);
    return {};
}

} // namespace WholeFile
