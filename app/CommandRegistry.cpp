#include "CommandRegistry.h"

#include <algorithm>

namespace {
QList<Command>& commands()
{
    static QList<Command> list;
    return list;
}
} // namespace

void CommandRegistry::add(const Command& command)
{
    commands().append(command);
}

const Command* CommandRegistry::find(const QString& name)
{
    for (const Command& command : commands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

QList<Command> CommandRegistry::all()
{
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command& a, const Command& b) { return qstrcmp(a.name, b.name) < 0; });
    return sorted;
}
