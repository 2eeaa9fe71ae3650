#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportReportPage.h"
#include "ImportRunPage.h"
#include "support/AppSettings.h"

#include <QGuiApplication>
#include <QScreen>

ImportWizard::ImportWizard(const Store& store, AppSettings& settings, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from CSV or Excel"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(OptionsPage, new ImportOptionsPage(*this));
    setPage(RunPage, new ImportRunPage(*this));
    setPage(ReportPage, new ImportReportPage(*this));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    // Room for a preview of a dozen columns, and within a 1280×800 screen.
    resize(1000, 640);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableSize() * 0.95));
}

QString ImportWizard::repName() const
{
    return m_settings.repName();
}

void ImportWizard::setFile(const QString& path)
{
    static_cast<ImportFilePage*>(page(FilePage))->setPath(path);
}

void ImportWizard::reject()
{
    if (auto* run = static_cast<ImportRunPage*>(page(RunPage)); run->running()) {
        run->cancel(); // the report follows when the transaction is rolled back
        return;
    }
    QWizard::reject();
}
