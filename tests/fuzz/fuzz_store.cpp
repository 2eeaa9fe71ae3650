// Opening a store file someone copied from another machine: any bytes where a store should be.
// It is refused with a StoreOpenError, or opens (and migrates) and its settings read.
#include "FuzzSupport.h"
#include "domain/TeamSettings.h"
#include "handoff/HandoffColumns.h"
#include "store/Store.h"

#include <QDir>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = FuzzSupport::writeFile(QStringLiteral("copied.leadscout"), data, size);
    const QString folder = QFileInfo(path).absolutePath();
    try {
        Store::Options options;
        options.create = false;
        options.busyTimeoutMs = 0;
        const auto store = Store::open(path, options);
        const TeamSettings settings = TeamSettings::readAll(*store);
        HandoffColumns::chosen(settings);
        settings.callingDays();
    } catch (const StoreError& error) {
        if (QString::fromUtf8(error.what()).isEmpty())
            std::abort(); // a refused store must say why
    }
    // The open may leave a backup of the file it migrated and SQLite's side files: remove them
    // so that the folder does not fill up over millions of runs.
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files))
        if (file.fileName().startsWith(QStringLiteral("copied.leadscout")) &&
            file.fileName() != QStringLiteral("copied.leadscout"))
            QFile::remove(file.absoluteFilePath());
    return 0;
}
