// Mapping a file's columns to lead fields from its header, and a saved mapping read back.
#include "FuzzSupport.h"
#include "import/HeaderMapping.h"

#include <algorithm>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Lines are the headers (as a CSV reader gives them); the whole input is also read as the
    // JSON of a saved mapping, since both come from outside.
    const QStringList headers = FuzzSupport::lines(data, size);
    const HeaderMapping guessed = HeaderMapping::guess(headers);
    if (guessed.size() != headers.size())
        std::abort();
    // The first columns' targets looked up (each lookup scans every column: all of them would
    // make the harness, not the code under test, quadratic in the number of columns).
    for (qsizetype i = 0; i < std::min<qsizetype>(guessed.size(), 64); ++i)
        guessed.columnOf(guessed.target(i));
    HeaderMapping::headerSetKey(headers);

    QString error;
    const auto saved = HeaderMapping::fromJson(FuzzSupport::bytes(data, size), &error);
    if (saved) {
        HeaderMapping::withSaved(headers, *saved);
        const auto again = HeaderMapping::fromJson(saved->toJson(), &error);
        if (!again || again->toJson() != saved->toJson())
            std::abort(); // what was written must read back the same
    } else if (error.isEmpty()) {
        std::abort();
    }
    const auto roundTrip = HeaderMapping::fromJson(guessed.toJson(), &error);
    if (!roundTrip)
        std::abort();
    return 0;
}
