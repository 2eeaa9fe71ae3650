#include "CommandSupport.h"

#include "handoff/HandoffRecovery.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <cstdio>

namespace CommandSupport {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printJson(const QJsonDocument& document)
{
    printOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

int usageError(const QString& commandName, const QString& message)
{
    printErr(QCoreApplication::translate("Commands", "leadscout %1: %2").arg(commandName, message));
    printErr(
        QCoreApplication::translate("Commands", "Try 'leadscout %1 --help'.").arg(commandName));
    return ExitUsage;
}

int failure(const QString& message)
{
    printErr(message);
    return ExitFailure;
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& commandName)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "Commands", "The store: a SQLite file or a postgresql:// URL."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("verbose"), QCoreApplication::translate("Commands", "Log debug detail.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")},
                      QCoreApplication::translate("Commands", "Show this help.")});
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("leadscout ") + commandName);
    if (!parser.parse(withProgram)) {
        usageError(commandName, parser.errorText());
        return false;
    }
    return true;
}

bool helpRequested(const QCommandLineParser& parser, const QString& commandName)
{
    if (!parser.isSet(QStringLiteral("help")))
        return false;
    // Qt names the binary by its full path in the first line; a person wants the command.
    QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    QString synopsis = QStringLiteral("[options]");
    if (const Command* command = CommandRegistry::find(commandName))
        synopsis = QString::fromUtf8(command->synopsis);
    if (!lines.isEmpty())
        lines.first() = QCoreApplication::translate("Commands", "Usage: leadscout %1 %2")
                            .arg(commandName, synopsis);
    printOut(lines.join(QLatin1Char('\n')));
    return true;
}

std::unique_ptr<Store> openStore(const QCommandLineParser& parser, bool create)
{
    QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = AppSettings::instance().string(AppSettings::Key::DefaultStorePath);
    try {
        Store::Options options;
        options.create = create;
        std::unique_ptr<Store> store = Store::open(location, options);
        finishInterruptedHandoffs(*store);
        return store;
    } catch (const StoreError& error) {
        printErr(error.message());
        return nullptr;
    }
}

void finishInterruptedHandoffs(const Store& store)
{
    try {
        const HandoffRecovery::Outcome outcome = HandoffRecovery(store).finish();
        for (const QString& file : outcome.written)
            printErr(QCoreApplication::translate(
                         "Commands", "Note: wrote the handoff file %1, which an interrupted "
                                     "handoff had left unfinished.")
                         .arg(file));
        for (const QString& problem : outcome.problems)
            printErr(QCoreApplication::translate(
                         "Commands", "Warning: an interrupted handoff could not be finished: %1")
                         .arg(problem));
    } catch (const StoreError& error) {
        printErr(error.message());
    }
}

bool intOption(const QCommandLineParser& parser, const QString& commandName, const QString& name,
               qint64 minimum, qint64& value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    if (!ok || parsed < minimum) {
        usageError(commandName,
                   QCoreApplication::translate(
                       "Commands", "--%1 needs a whole number of at least %2, not \"%3\".")
                       .arg(name)
                       .arg(minimum)
                       .arg(parser.value(name)));
        return false;
    }
    value = parsed;
    return true;
}

} // namespace CommandSupport
