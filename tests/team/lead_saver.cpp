// A second rep in its own process: saves one field of a lead as the card does, with the version
// and text it read. Prints "saved" or "conflict<TAB>mine<TAB>theirs"; exit code 2 on an error.
// Usage: lead_saver STORE LEAD_ID FIELD_KEY TEXT ROW_VERSION LOADED_TEXT
#include "leads/LeadEditor.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fputs("usage: lead_saver STORE LEAD_ID FIELD TEXT ROW_VERSION LOADED_TEXT\n", stderr);
        return 2;
    }
    try {
        const std::unique_ptr<Store> store = Store::open(args[1]);
        const std::optional<LeadField> field = LeadFields::fromKey(args[3]);
        if (!field)
            return 2;
        const LeadEditor::Result result = LeadEditor(*store).setField(
            args[2].toLongLong(), *field, args[4], QStringLiteral("Other Rep"),
            LeadEditor::Expected{args[5].toLongLong(), args[6]});
        if (result.conflict)
            std::printf("conflict\t%s\t%s\n", qPrintable(result.conflict->mine),
                        qPrintable(result.conflict->theirs));
        else
            std::printf(result.changed ? "saved\n" : "unchanged\n");
        return 0;
    } catch (const StoreError& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 2;
    }
}
