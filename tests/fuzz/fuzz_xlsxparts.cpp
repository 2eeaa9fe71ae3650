// The XML of a workbook's parts, packed into a valid zip: random bytes rarely make a deflate
// stream that unpacks, so this target reaches the XML readers (workbook, relationships, styles,
// shared strings, sheet) that fuzz_xlsx seldom gets to.
#include "FuzzSupport.h"
#include "HandZip.h"
#include "import/XlsxReader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte says which part the rest replaces; the others are a valid workbook's.
    HandZip::Parts parts = HandZip::handWritten(
        data[0] & 1,
        "<row r=\"1\"><c t=\"s\"><v>0</v></c><c r=\"C1\" s=\"1\"><v>45000</v></c></row>",
        "<si><t>Name</t></si><si><r><t>E-</t></r><r><t>Mail</t></r></si>");
    const int which = (data[0] >> 1) % parts.size();
    parts[which].second = QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QString path = FuzzSupport::writeFile(u"parts.xlsx"_s, nullptr, 0);
    if (!HandZip::writeZip(path, parts))
        std::abort();

    XlsxOptions options;
    options.hasHeader = data[0] & 64;
    options.skipBlankRows = data[0] & 128;
    options.limits.maxTokenBytes = 64 << 10;
    XlsxReader reader(options);
    if (!reader.open(path)) {
        if (reader.problem().isNull())
            std::abort();
        return 0;
    }
    ImportRow row;
    qint64 rows = 0;
    for (ImportSource::Step step; (step = reader.next(row)) != ImportSource::End;) {
        if (step == ImportSource::Error && reader.problem().isNull())
            std::abort();
        if (++rows > 2000000)
            std::abort(); // more than Excel's rows: a loop
    }
    return 0;
}
