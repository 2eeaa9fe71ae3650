#include "CommandFrame.h"
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
    CommandFrame frame(command);
    LeadSelection::addOptions(frame);
    frame.addOptions(
        "Commands",
        {{"out", QT_TRANSLATE_NOOP("Commands", "The JSON file to write."), "FILE"},
         {"html",
          QT_TRANSLATE_NOOP(
              "Commands", "The HTML summary to write (default: beside the JSON, ending in .html)."),
          "FILE"}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (!LeadSelection::check(frame.parser(), command))
        return ExitUsage;
    const QString out = frame.value(QStringLiteral("out"));
    if (out.isEmpty())
        return frame.usageError(DiscloseText::tr("--out FILE.json is required."));
    const QString html = frame.isSet(QStringLiteral("html")) ? frame.value(QStringLiteral("html"))
                                                             : Disclosure::htmlPathFor(out);
    return frame.withStore([&](Store& store) {
        const QList<qint64> ids = LeadSelection::resolve(frame.parser(), store);
        if (ids.isEmpty())
            return CommandSupport::failure(
                DiscloseText::tr("No lead matches %1; nothing was written.")
                    .arg(LeadSelection::describe(frame.parser())));
        const Disclosure disclosure(store);
        if (const QString error = disclosure.write(disclosure.document(ids), out, html);
            !error.isEmpty())
            return CommandSupport::failure(error);
        CommandSupport::printOut(
            DiscloseText::tr("Wrote everything stored about %n lead(s) to %1 and %2.", nullptr,
                             int(ids.size()))
                .arg(out, html));
        return int(ExitOk);
    });
}

const RegisterCommand registration(
    {"disclose", "--db PATH (--lead ID | --email ADDRESS) --out FILE.json [--html FILE]",
     QT_TRANSLATE_NOOP("Commands",
                       "Everything stored about a lead, as JSON and a readable HTML summary"),
     &runDisclose});

} // namespace
