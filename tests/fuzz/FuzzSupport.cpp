#include "FuzzSupport.h"

#include <QLocale>
#include <QLoggingCategory>
#include <cstdlib>
#include <spdlog/spdlog.h>

namespace FuzzSupport {

namespace {
QTemporaryDir& folder()
{
    static QTemporaryDir dir; // removed at exit, with what the target wrote into it
    return dir;
}
} // namespace

void init(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    // Never destroyed: libFuzzer ends with exit(), and ~QCoreApplication among the other
    // static destructors crashed every target at its end.
    static QCoreApplication* app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv);
    QLocale::setDefault(QLocale::c());
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    spdlog::set_level(spdlog::level::off);
    if (!folder().isValid())
        std::abort();
    qputenv("LEADSCOUT_HOME", folder().path().toLocal8Bit());
}

QStringList lines(const uint8_t* data, size_t size)
{
    return text(data, size).split(u'\n');
}

QString writeFile(const QString& name, const uint8_t* data, size_t size)
{
    const QString path = folder().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    return path;
}

} // namespace FuzzSupport
