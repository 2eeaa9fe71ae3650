#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// Exit codes of every command (DESIGN.md): success, failure, bad usage.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

/// A command of the one leadscout binary. `run` gets the arguments after the command name.
struct Command
{
    const char* name;
    const char* synopsis; ///< e.g. "--db PATH [--leads N]"; not translated (option names)
    const char* summary;  ///< QT_TRANSLATE_NOOP("Commands", …)
    int (*run)(const QStringList& arguments);
    /// Draws widgets (report --png): runs under a QApplication on the offscreen platform.
    bool paints = false;
};

/// Commands register themselves from their own source file (app/commands/*.cpp).
class CommandRegistry
{
public:
    static void add(const Command& command);
    static const Command* find(const QString& name);
    static QList<Command> all();
};

struct RegisterCommand
{
    explicit RegisterCommand(const Command& command) { CommandRegistry::add(command); }
};
