// The rep's settings file (leadscout.ini in LEADSCOUT_HOME or ~/.config): every setting read
// from whatever the file holds, and the remembered import mappings (JSON inside it) recalled.
#include "FuzzSupport.h"
#include "import/MappingMemory.h"
#include "support/AppSettings.h"

#include <QMetaEnum>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = FuzzSupport::writeFile(QStringLiteral("leadscout.ini"), data, size);
    AppSettings settings(path);
    const QMetaEnum keys = QMetaEnum::fromType<AppSettings::Key>();
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = AppSettings::Key(keys.value(i));
        settings.value(key);
        settings.string(key);
    }
    settings.repName();
    MappingMemory memory(settings);
    memory.keys();
    memory.recall({QStringLiteral("E-Mail"), QStringLiteral("Firma"), QStringLiteral("Name")});
    memory.recall({});
    return 0;
}
