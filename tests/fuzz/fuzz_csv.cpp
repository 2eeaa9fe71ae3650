// The CSV reader with its encoding and delimiter detection, on any bytes.
#include "FuzzSupport.h"
#include "import/CsvReader.h"
#include "import/CsvSniffer.h"
#include "import/TextEncoding.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the options a rep or the command line may set; the rest is the file.
    const uint8_t flags = data[0];
    const QByteArray bytes = FuzzSupport::bytes(data + 1, size - 1);

    const bool truncated = flags & 1;
    const TextEncoding detected = TextEncodings::detect(bytes, truncated);
    TextEncodings::isValidUtf8(bytes, truncated);
    CsvSniffer::detectDelimiter(QString::fromLatin1(bytes), truncated);

    CsvOptions options;
    options.hasHeader = flags & 2;
    options.skipBlankLines = flags & 4;
    options.lenientQuotes = flags & 8;
    if (flags & 16)
        options.delimiter = CsvSniffer::delimiters().value((flags >> 5) & 3);
    if (flags & 128)
        options.encoding = TextEncodings::all().value((flags >> 5) % TextEncodings::all().size());
    // Small limits, so that the fuzzer reaches them with small inputs.
    options.maxRecordChars = 4096;
    options.maxColumns = 64;

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(options);
    if (!reader.open(&buffer)) {
        if (reader.problem().isNull())
            std::abort(); // a refused file must say why
        return 0;
    }
    ImportRow row;
    qsizetype steps = 0;
    for (ImportSource::Step step; (step = reader.next(row)) != ImportSource::End;) {
        if (step == ImportSource::Error && reader.problem().isNull())
            std::abort();
        if (step == ImportSource::Row && row.cells.size() > options.maxColumns)
            std::abort(); // the column limit holds
        ImportSource::shapeProblem(row, reader.header().size());
        if (++steps > qsizetype(size) + 2)
            std::abort(); // every step consumes input: more steps than bytes is a loop
        reader.progress();
    }
    (void)detected;
    return 0;
}
