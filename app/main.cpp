#include "CommandRegistry.h"
#include "CommandSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "store/Store.h"
#include "support/AppPaths.h"
#include "support/AppSettings.h"
#include "support/Log.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <spdlog/spdlog.h>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LeadScout"));
    QCoreApplication::setApplicationName(QStringLiteral("LeadScout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADSCOUT_VERSION));
}

bool hasFlag(int argc, char** argv, const char* flag)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], flag) == 0)
            return true;
    return false;
}

QString overview()
{
    QString text = QCoreApplication::translate(
        "Main", "Usage: leadscout [--db PATH|postgresql://…] [--verbose]   open the workstation\n"
                "       leadscout COMMAND [options]                       run a command without a "
                "window\n\n"
                "Commands:\n");
    for (const Command& command : CommandRegistry::all())
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QString::fromLatin1(command.name), QString::fromUtf8(command.synopsis),
                         QCoreApplication::translate("Commands", command.summary));
    text += QCoreApplication::translate(
        "Main", "\nExit codes: 0 success, 1 failure, 2 bad usage. 'leadscout COMMAND --help' "
                "describes a command.");
    return text;
}

int runCommand(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Log::init(AppPaths::logDir(), hasFlag(argc, argv, "--verbose"), false);
    installTranslations(app, AppSettings::instance().string(AppSettings::Key::Language));
    const QString name = QString::fromLocal8Bit(argv[1]);
    spdlog::info("leadscout {} started for command '{}'", LEADSCOUT_VERSION, name.toStdString());
    spdlog::debug("debug logging on");
    if (name == QLatin1String("help")) {
        CommandSupport::printOut(overview());
        return ExitOk;
    }
    const Command* command = CommandRegistry::find(name);
    if (!command) {
        CommandSupport::printErr(
            QCoreApplication::translate("Main", "leadscout: unknown command \"%1\".").arg(name));
        CommandSupport::printErr(QCoreApplication::translate("Main", "Try 'leadscout --help'."));
        return ExitUsage;
    }
    QStringList arguments = app.arguments().mid(2);
    spdlog::info("command {} started", command->name);
    const int code = command->run(arguments);
    spdlog::info("command {} finished with {}", command->name, code);
    return code;
}

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "Main", "The store to open: a SQLite file or a postgresql:// URL."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("verbose"), QCoreApplication::translate("Main", "Log debug detail.")});
    if (!parser.parse(app.arguments())) {
        CommandSupport::printErr(parser.errorText());
        return ExitUsage;
    }
    AppSettings& settings = AppSettings::instance();
    Log::init(AppPaths::logDir(), parser.isSet(QStringLiteral("verbose")), false);
    spdlog::info("leadscout {} started with a window", LEADSCOUT_VERSION);
    installTranslations(app, settings.string(AppSettings::Key::Language));
    app.setWindowIcon(QIcon(QStringLiteral(":/leadscout/icons/leadscout.svg")));

    QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = settings.string(AppSettings::Key::DefaultStorePath);
    std::unique_ptr<Store> store;
    try {
        store = Store::open(location);
    } catch (const StoreError& error) {
        spdlog::error("cannot open the store: {}", error.what());
        QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "LeadScout"),
                              error.message());
        return ExitFailure;
    }
    MainWindow window(std::move(store), settings);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    if (hasFlag(argc, argv, "--version")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        CommandSupport::printOut(
            QStringLiteral("leadscout %1").arg(QStringLiteral(LEADSCOUT_VERSION)));
        return ExitOk;
    }
    if (argc > 1 && argv[1][0] != '-')
        return runCommand(argc, argv);
    if (hasFlag(argc, argv, "--help") || hasFlag(argc, argv, "-h")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app, AppSettings::instance().string(AppSettings::Key::Language));
        CommandSupport::printOut(overview());
        return ExitOk;
    }
    return runGui(argc, argv);
}
