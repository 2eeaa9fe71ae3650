#include "support/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace AppPaths {

namespace {
QString ensured(const QString& path)
{
    QDir().mkpath(path);
    return path;
}

QString overrideRoot()
{
    return qEnvironmentVariable("LEADSCOUT_HOME");
}
} // namespace

QString dataDir()
{
    const QString root = overrideRoot();
    return ensured(root.isEmpty()
                       ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                       : root + QStringLiteral("/data"));
}

QString logDir()
{
    return ensured(dataDir() + QStringLiteral("/logs"));
}

QString defaultStorePath()
{
    return dataDir() + QStringLiteral("/leadscout.sqlite");
}

} // namespace AppPaths
