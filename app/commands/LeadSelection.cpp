#include "LeadSelection.h"

#include "CommandFrame.h"
#include "CommandSupport.h"
#include "domain/LeadRepository.h"
#include "leads/LeadTables.h"
#include "store/Store.h"

namespace LeadSelection {

void addOptions(CommandFrame& frame)
{
    frame.addOptions("Commands",
                     {{"lead", QT_TRANSLATE_NOOP("Commands", "The lead with this id."), "ID"},
                      {"email",
                       QT_TRANSLATE_NOOP(
                           "Commands", "Every lead with this e-mail address (any capitalisation)."),
                       "ADDRESS"}});
}

bool check(const QCommandLineParser& parser, const QString& command)
{
    const bool byLead = parser.isSet(QStringLiteral("lead"));
    const bool byEmail = parser.isSet(QStringLiteral("email"));
    if (byLead == byEmail) {
        CommandSupport::usageError(
            command, QCoreApplication::translate("Commands", "give either --lead ID or --email "
                                                             "ADDRESS (one of them)."));
        return false;
    }
    qint64 id = 0;
    if (byLead && !CommandSupport::intOption(parser, command, QStringLiteral("lead"), 1, id))
        return false;
    if (byEmail && parser.value(QStringLiteral("email")).trimmed().isEmpty()) {
        CommandSupport::usageError(
            command, QCoreApplication::translate("Commands", "--email needs an address."));
        return false;
    }
    return true;
}

QList<qint64> resolve(const QCommandLineParser& parser, const Store& store)
{
    if (parser.isSet(QStringLiteral("email")))
        return LeadTables::idsWithEmail(store, parser.value(QStringLiteral("email")));
    const qint64 id = parser.value(QStringLiteral("lead")).toLongLong();
    return LeadRepository(store).find(id) ? QList<qint64>{id} : QList<qint64>{};
}

QString describe(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("email")))
        return QCoreApplication::translate("Commands", "the e-mail address %1")
            .arg(parser.value(QStringLiteral("email")).trimmed());
    return QCoreApplication::translate("Commands", "lead %1")
        .arg(parser.value(QStringLiteral("lead")));
}

} // namespace LeadSelection
