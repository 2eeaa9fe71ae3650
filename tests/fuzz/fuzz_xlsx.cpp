// The XLSX reader on any bytes: the zip directory, unpacking, the workbook's parts and a sheet.
#include "FuzzSupport.h"
#include "import/XlsxReader.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = FuzzSupport::writeFile(QStringLiteral("input.xlsx"), data, size);
    XlsxOptions options;
    // Limits scaled down, so that a small input can reach each of them.
    options.limits.maxEntries = 64;
    options.limits.maxSheetBytes = 1 << 20;
    options.limits.maxSharedStringsBytes = 1 << 20;
    options.limits.maxPartBytes = 1 << 20;
    options.limits.maxTokenBytes = 64 << 10;
    XlsxReader reader(options);
    if (!reader.open(path)) {
        if (reader.problem().isNull())
            std::abort();
        return 0;
    }
    reader.sheetNames();
    ImportRow row;
    for (ImportSource::Step step; (step = reader.next(row)) != ImportSource::End;)
        if (step == ImportSource::Error && reader.problem().isNull())
            std::abort();
    return 0;
}
