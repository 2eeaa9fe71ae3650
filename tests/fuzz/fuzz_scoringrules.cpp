// The scoring rules as JSON: a rules file from a colleague (rescore --rules, the rules editor's
// import) or the rules a store holds.
#include "FuzzSupport.h"
#include "scoring/ScoringRules.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ScoringRules rules;
    QString error;
    if (!ScoringRules::fromJson(FuzzSupport::bytes(data, size), rules, &error)) {
        if (error.isEmpty())
            std::abort(); // a refused file must say why
        return 0;
    }
    rules.validate();
    for (int employees : {-1, 0, 1, 49, 50, 250, 1000000, std::numeric_limits<int>::max()})
        rules.bandFor(employees);
    ScoringRules again;
    if (!ScoringRules::fromJson(rules.toJson(), again, &error) || !(again == rules))
        std::abort(); // what is written reads back the same
    return 0;
}
