#include "support/Versions.h"

#include <QStringList>
#include <QtGlobal>
#include <spdlog/version.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

namespace Versions {

QString application()
{
    return QStringLiteral(LEADSCOUT_VERSION);
}

QList<QPair<QString, QString>> libraries()
{
    QList<QPair<QString, QString>> list{
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("spdlog"), QStringLiteral("%1.%2.%3")
                                       .arg(SPDLOG_VER_MAJOR)
                                       .arg(SPDLOG_VER_MINOR)
                                       .arg(SPDLOG_VER_PATCH)},
        {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION)},
    };
#ifdef LEADSCOUT_PHONENUMBER_VERSION
    list.append({QStringLiteral("libphonenumber"), QStringLiteral(LEADSCOUT_PHONENUMBER_VERSION)});
#endif
    return list;
}

QStringList libraryLines()
{
    QStringList lines;
    for (const auto& [name, version] : libraries())
        lines.append(name + QLatin1Char(' ') + version);
    return lines;
}

} // namespace Versions
