#pragma once

#include <QString>

/// Logging over spdlog: a rotating file in the application-data folder and standard error.
/// Qt's own messages are routed into it. Logs hold ids, never a lead's e-mail, phone or notes.
namespace Log {

void init(const QString& logDir, bool verbose, bool toStderr);
QString logFilePath();

} // namespace Log
