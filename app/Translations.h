#pragma once

#include <QString>

class QCoreApplication;

/// Loads LeadScout's and Qt's catalogues for the language in the settings ("" = system).
void installTranslations(QCoreApplication& app, const QString& language);
