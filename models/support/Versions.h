#pragma once

#include <QList>
#include <QPair>
#include <QString>

/// The one version of LeadScout (the CMake project version) and the versions of the libraries it
/// runs with, for --version, Help ▸ About and bug reports (issue 23).
namespace Versions {

/// "0.1.0": the CMake project version, also the package's version.
QString application();
/// Name and version of each library, as loaded at run time where the library says so (Qt,
/// SQLite), else as built against (spdlog, libxlsxwriter, libphonenumber when known).
QList<QPair<QString, QString>> libraries();
/// The libraries as one line each ("Qt 6.4.2").
QStringList libraryLines();

} // namespace Versions
