#include "CommandSupport.h"
#include "LeadSelection.h"
#include "leads/Disclosure.h"
#include "store/Store.h"

// leadscout disclose: everything stored about a lead as JSON (--out) and as an HTML summary a
// person can read, written beside the JSON (FILE.html) unless --html names another file.

namespace {

const QString command = QStringLiteral("disclose");

struct DiscloseText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

int runDisclose(const QStringList& arguments)
{
    QCommandLineParser parser;
    LeadSelection::addOptions(parser);
    parser.addOption({QStringLiteral("out"), DiscloseText::tr("The JSON file to write."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("html"),
         DiscloseText::tr("The HTML summary to write (default: beside the JSON, ending in .html)."),
         QStringLiteral("FILE")});
    if (!CommandSupport::parse(parser, arguments, command))
        return ExitUsage;
    if (CommandSupport::helpRequested(parser, command))
        return ExitOk;
    if (!LeadSelection::check(parser, command))
        return ExitUsage;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return CommandSupport::usageError(command,
                                          DiscloseText::tr("--out FILE.json is required."));
    const QString html = parser.isSet(QStringLiteral("html")) ? parser.value(QStringLiteral("html"))
                                                              : Disclosure::htmlPathFor(out);
    const std::unique_ptr<Store> store = CommandSupport::openStore(parser, false);
    if (!store)
        return ExitFailure;
    try {
        const QList<qint64> ids = LeadSelection::resolve(parser, *store);
        if (ids.isEmpty())
            return CommandSupport::failure(
                DiscloseText::tr("No lead matches %1; nothing was written.")
                    .arg(LeadSelection::describe(parser)));
        const Disclosure disclosure(*store);
        if (const QString error = disclosure.write(disclosure.document(ids), out, html);
            !error.isEmpty())
            return CommandSupport::failure(error);
        CommandSupport::printOut(
            DiscloseText::tr("Wrote everything stored about %n lead(s) to %1 and %2.", nullptr,
                             int(ids.size()))
                .arg(out, html));
    } catch (const StoreError& error) {
        return CommandSupport::failure(error.message());
    }
    return ExitOk;
}

const RegisterCommand registration(
    {"disclose", "--db PATH (--lead ID | --email ADDRESS) --out FILE.json [--html FILE]",
     QT_TRANSLATE_NOOP("Commands",
                       "Everything stored about a lead, as JSON and a readable HTML summary"),
     &runDisclose});

} // namespace
