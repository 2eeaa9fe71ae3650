#pragma once

#include <QString>

/// Every folder LeadScout uses, resolved through QStandardPaths. LEADSCOUT_HOME, when set, puts
/// them all below one folder so that tests never touch a real user's data.
namespace AppPaths {

QString dataDir();
QString logDir();
QString defaultStorePath();

} // namespace AppPaths
