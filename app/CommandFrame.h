#pragma once

#include "CommandRegistry.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <functional>
#include <initializer_list>
#include <optional>

class Store;

/// What every command does around its own work, in one place: the shared options (--db,
/// --verbose, --help and, when the command offers it, --json), usage errors with exit code 2,
/// no positional arguments, opening the store, a StoreError as its message on standard error
/// with exit code 1, and printing the result as text or JSON.
///
///     CommandFrame frame(QStringLiteral("rescore"));
///     frame.addOptions("RescoreCommand", {{"rules", QT_TRANSLATE_NOOP(…), "FILE"},
///                                         {"json", QT_TRANSLATE_NOOP(…)}});
///     if (const auto stop = frame.parse(arguments))
///         return *stop;
///     return frame.withStore([&](Store& store) { …; return ExitOk; });
class CommandFrame
{
public:
    enum class OpenMode
    {
        Existing, ///< a store that does not exist yet is an error
        Create    ///< a new store is made when there is none
    };

    explicit CommandFrame(const QString& name);

    const QString& name() const { return m_name; }
    /// For the command's own options; add them before parse().
    QCommandLineParser& parser() { return m_parser; }
    const QCommandLineParser& parser() const { return m_parser; }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }

    /// One option of a command: its name, its help (QT_TRANSLATE_NOOP in `context` of
    /// addOptions) and the name of its value (nullptr for a flag). "json" offers --json.
    struct Option
    {
        const char* name;
        const char* help;
        const char* valueName = nullptr;
    };
    /// Adds the command's own options, in the order help lists them; their help is translated
    /// in `context`.
    void addOptions(const char* context, std::initializer_list<Option> options);
    /// Whether --json was given.
    bool json() const;
    /// Lets the command take one more positional argument (a file); `help` is translated in
    /// the "Commands" context. Without it every positional argument is a usage error.
    void addPositional(const QString& name, const char* help, const QString& syntax);
    /// The positional argument at `index`, empty when not given.
    QString positional(qsizetype index) const
    {
        return m_parser.positionalArguments().value(index);
    }

    /// Adds the shared options and parses. Returns the exit code to stop with (2 for bad usage
    /// or a positional argument, 0 after printing --help), or nothing when the command goes on.
    std::optional<int> parse(const QStringList& arguments);
    /// Prints "leadscout NAME: message" and the help hint; returns exit code 2.
    int usageError(const QString& message) const;

    /// Opens the store named by --db (or the default store) and runs `work` on it. A store that
    /// cannot be opened, or a StoreError thrown by `work`, is printed and gives exit code 1.
    int withStore(const std::function<int(Store&)>& work, OpenMode mode = OpenMode::Existing);

    /// Prints `json` (with --json) or `text` (without) on standard output.
    void print(const QJsonObject& json, const QString& text) const;

private:
    QString m_name;
    QCommandLineParser m_parser;
    bool m_offersJson = false;
    qsizetype m_positionals = 0;
};
