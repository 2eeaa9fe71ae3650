#include "ImportWizard.h"

#include "ImportActivityMappingPage.h"
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
    setPage(ActivityMappingPage, new ImportActivityMappingPage(*this));
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

QList<QStringList> ImportWizard::samples(const ImportWizardState& state, int rows)
{
    QList<QStringList> values(state.header.size());
    OpenedImportFile opened = ImportFile::open(state.file);
    if (!opened.isOpen())
        return values;
    ImportRow row;
    int read = 0;
    for (ImportSource::Step step;
         read < rows && (step = opened.source->next(row)) != ImportSource::End;) {
        if (step != ImportSource::Row || row.isBlank())
            continue;
        ++read;
        for (qsizetype column = 0; column < values.size(); ++column)
            if (const QString cell = row.cell(column).trimmed(); !cell.isEmpty())
                values[column].append(cell);
    }
    return values;
}

ActivityImportOptions ImportWizard::activityOptions(const ImportWizardState& state, bool dryRun)
{
    ActivityImportOptions options;
    options.file = state.file;
    options.mapping = state.activityMapping;
    options.kind = state.activityKind;
    options.time = state.activityTime;
    options.dryRun = dryRun;
    return options;
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
