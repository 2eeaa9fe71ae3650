#include "CommandFrame.h"
#include "CommandSupport.h"
#include "store/Store.h"
#include "team/TeamMembers.h"

#include <QProcessEnvironment>

// leadscout team setup|add-member|list: the team on a shared store. The new member's password
// comes from LEADSCOUT_NEW_PASSWORD, never from the command line (where others can read it).

namespace {

const QString command = QStringLiteral("team");

struct TeamText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

std::optional<QString> newPassword()
{
    const QString password =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("LEADSCOUT_NEW_PASSWORD"));
    return password.isEmpty() ? std::nullopt : std::optional<QString>(password);
}

int addMember(CommandFrame& frame)
{
    const QString name = frame.value(QStringLiteral("name")).trimmed();
    const std::optional<TeamRole> role =
        TeamRoles::roleFromKey(frame.value(QStringLiteral("role")));
    bool weightOk = true;
    const int weight = frame.isSet(QStringLiteral("weight"))
                           ? frame.value(QStringLiteral("weight")).toInt(&weightOk)
                           : 1;
    if (name.isEmpty() || !role || !weightOk || weight < 0)
        return frame.usageError(TeamText::tr(
            "add-member needs --name NAME, --role rep|lead and a --weight of 0 or more."));
    return frame.withStore([&](Store& store) {
        TeamRoles::addMember(store, {name, *role, weight, newPassword()});
        CommandSupport::printOut(TeamText::tr("%1 is a member of the team.").arg(name));
        return int(ExitOk);
    });
}

int list(CommandFrame& frame)
{
    return frame.withStore([&](Store& store) {
        for (const TeamMember& member : TeamMembers(store).list())
            CommandSupport::printOut(
                TeamText::tr("%1\t%2\tweight %3\t%4\tassigned today %5")
                    .arg(member.name, TeamRoles::keyOf(member.role))
                    .arg(member.weight)
                    .arg(member.absent ? TeamText::tr("absent") : TeamText::tr("present"))
                    .arg(member.assignedToday));
        return int(ExitOk);
    });
}

int runTeam(const QStringList& arguments)
{
    CommandFrame frame(command);
    frame.addOptions(
        "Commands",
        {{"name", QT_TRANSLATE_NOOP("Commands", "add-member: the name and server login."), "NAME"},
         {"role", QT_TRANSLATE_NOOP("Commands", "add-member: rep or lead."), "ROLE"},
         {"weight", QT_TRANSLATE_NOOP("Commands", "add-member: share of new leads (default 1)."),
          "N"}});
    const QString action = arguments.value(0);
    if (const auto stop = frame.parse(arguments.mid(1)))
        return *stop;
    if (action == QLatin1String("add-member"))
        return addMember(frame);
    if (action == QLatin1String("list"))
        return list(frame);
    if (action == QLatin1String("setup"))
        return frame.withStore([](Store& store) {
            TeamRoles::setUp(store);
            CommandSupport::printOut(TeamText::tr("The team's roles are set up."));
            return int(ExitOk);
        });
    return frame.usageError(TeamText::tr("Say what to do: setup, add-member or list."));
}

const RegisterCommand registration(
    {"team", "(setup | add-member --name N --role rep|lead [--weight W] | list) --db URL",
     QT_TRANSLATE_NOOP("Commands", "The team on a shared store: roles, members, weights"),
     &runTeam});

} // namespace
