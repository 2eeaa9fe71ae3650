#include "support/Log.h"

#include <QDir>
#include <QFile>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

namespace Log {

namespace {
QString currentFile;

void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        break;
    }
}
} // namespace

void init(const QString& logDir, bool verbose, bool toStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (!logDir.isEmpty()) {
        QDir().mkpath(logDir);
        // Lead ids and errors only, but still the owner's business: the folder (and so every
        // rotated file in it) is readable by its owner only.
        QFile::setPermissions(logDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        currentFile = logDir + QStringLiteral("/leadscout.log");
        // Every log file, the current one and those rotated away, is readable by its owner only
        // too: earlier versions left them readable by all.
        const QDir folder(logDir);
        for (const QString& name :
             folder.entryList({QStringLiteral("leadscout*.log")}, QDir::Files))
            QFile::setPermissions(folder.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        spdlog::file_event_handlers ownerOnly;
#ifdef Q_OS_UNIX
        ownerOnly.after_open = [](const spdlog::filename_t&, std::FILE* stream) {
            ::fchmod(::fileno(stream), S_IRUSR | S_IWUSR);
        };
#endif
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                currentFile.toStdString(), 5 * 1024 * 1024, 3, false, ownerOnly));
        } catch (const spdlog::spdlog_ex&) {
            currentFile.clear(); // an unwritable log folder must not stop the program
        }
    }
    if (toStderr || verbose)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>("leadscout", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
}

QString logFilePath()
{
    return currentFile;
}

} // namespace Log
