#include "CommandRegistry.h"
#include "CommandSupport.h"
#include "FirstPaint.h"
#include "GuardedApplication.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "SingleInstance.h"
#include "StartupChecks.h"
#include "StoreLogin.h"
#include "Translations.h"
#include "contact/PhoneLookup.h"
#include "domain/LeadRepository.h"
#include "store/Store.h"
#include "support/AppPaths.h"
#include "support/AppSettings.h"
#include "support/Log.h"
#include "support/Versions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QTimer>
#include <algorithm>
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

// What the command line asks for, read before any application object exists: a window needs a
// display, so a command or a mistake must be recognised without one.
struct Invocation
{
    int commandIndex = 0;     ///< argv index of the command, 0 for the window
    QByteArray unknownOption; ///< an option before the command that neither we nor Qt know
    bool missingValue = false;
};

// Qt's own window options (QGuiApplication/QApplication), accepted for the window.
bool isQtOption(const QByteArray& name, bool& takesValue)
{
    static const char* const withValue[] = {"platform",        "platformpluginpath",
                                            "platformtheme",   "plugin",
                                            "qwindowgeometry", "qwindowicon",
                                            "qwindowtitle",    "style",
                                            "stylesheet",      "session",
                                            "display",         "geometry"};
    static const char* const flags[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    for (const char* option : withValue)
        if (name == option) {
            takesValue = true;
            return true;
        }
    takesValue = false;
    return std::any_of(std::begin(flags), std::end(flags),
                       [&name](const char* option) { return name == option; });
}

// What the desktop passes to the window (the desktop entry's %u): a tel: or callto: link, a
// file: URL or a spreadsheet to import. Commands are plain words, so nothing here is one.
bool isOpenArgument(const QByteArray& arg)
{
    const QString text = QString::fromLocal8Bit(arg);
    if (PhoneLookup::isPhoneLink(text) ||
        text.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return true;
    const QFileInfo file(text);
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("xlsx"),
                                      QStringLiteral("tsv"), QStringLiteral("txt")};
    return suffixes.contains(file.suffix().toLower()); // never a file named like a command
}

Invocation readInvocation(int argc, char** argv)
{
    Invocation invocation;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (!arg.startsWith('-') && isOpenArgument(arg))
            continue; // the window's
        if (!arg.startsWith('-')) {
            invocation.commandIndex = i;
            return invocation;
        }
        QByteArray name = arg.mid(arg.startsWith("--") ? 2 : 1);
        const qsizetype equals = name.indexOf('=');
        const bool inlineValue = equals >= 0;
        if (inlineValue)
            name.truncate(equals);
        bool takesValue = false;
        if (name == "verbose" || name == "help" || name == "h" || name == "version")
            continue;
        if (name != "db" && !isQtOption(name, takesValue)) {
            invocation.unknownOption = arg;
            return invocation;
        }
        if ((name == "db" || takesValue) && !inlineValue && ++i >= argc) {
            invocation.unknownOption = arg;
            invocation.missingValue = true;
            return invocation;
        }
    }
    return invocation;
}

QString overview()
{
    QString text = QCoreApplication::translate(
        "Main", "Usage: leadscout [--db PATH|postgresql://…] [--verbose]   open the workstation\n"
                "       leadscout [--db …] tel:NUMBER|callto:NUMBER       show the lead with this "
                "number\n"
                "       leadscout [--db …] FILE.csv|FILE.xlsx             import the file\n"
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

int badOption(int argc, char** argv, const Invocation& invocation)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslations(app, AppSettings::instance().string(AppSettings::Key::Language));
    const QString option = QString::fromLocal8Bit(invocation.unknownOption);
    CommandSupport::printErr(
        invocation.missingValue
            ? QCoreApplication::translate("Main", "leadscout: %1 needs a value.").arg(option)
            : QCoreApplication::translate("Main", "leadscout: unknown option \"%1\".").arg(option));
    CommandSupport::printErr(QCoreApplication::translate("Main", "Try 'leadscout --help'."));
    return ExitUsage;
}

// The command at argv[index]; options given before it (--db, --verbose) are passed on to it.
int runCommand(int argc, char** argv, int index)
{
    // A command that draws (report --png) gets widgets, on no display.
    const Command* painting = CommandRegistry::find(QString::fromLocal8Bit(argv[index]));
    std::unique_ptr<QCoreApplication> application;
    if (painting && painting->paints) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    setIdentity();
    Log::init(AppPaths::logDir(), hasFlag(argc, argv, "--verbose"), false);
    installTranslations(app, AppSettings::instance().string(AppSettings::Key::Language));
    const QString name = QString::fromLocal8Bit(argv[index]);
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
    QStringList arguments = app.arguments();
    arguments.removeAt(index);
    arguments.removeFirst();
    spdlog::info("command {} started", command->name);
    const int code = command->run(arguments);
    spdlog::info("command {} finished with {}", command->name, code);
    return code;
}

// LEADSCOUT_LINK_PROBE=FILE (for tests of the installed package): each phone link looked up
// appends one JSON line to FILE ({"link", "leadId", "name"}), then the window closes.
void reportPhoneLinks(MainWindow& window)
{
    const QString probe = qEnvironmentVariable("LEADSCOUT_LINK_PROBE");
    if (probe.isEmpty())
        return;
    QObject::connect(
        &window, &MainWindow::phoneLinkHandled, &window,
        [&window, probe](const QString& link, qint64 leadId) {
            QJsonObject line{{QStringLiteral("link"), link}, {QStringLiteral("leadId"), leadId}};
            if (const auto lead = LeadRepository(window.store()).find(leadId))
                line.insert(QStringLiteral("name"),
                            lead->firstName + QLatin1Char(' ') + lead->lastName);
            QFile file(probe);
            if (file.open(QIODevice::Append))
                file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
            QTimer::singleShot(0, &window, &QWidget::close);
        });
}

int runGui(int argc, char** argv)
{
    // An error thrown under a slot becomes a message, never std::terminate (issue 16).
    GuardedApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "Main", "The store to open: a SQLite file or a postgresql:// URL."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("verbose"), QCoreApplication::translate("Main", "Log debug detail.")});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("Main", "A tel: or callto: link, or a CSV or XLSX file."),
        QStringLiteral("[tel:NUMBER|FILE]"));
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
    // A window already open on this store takes the link or file (and comes to the front).
    const QStringList openArguments = parser.positionalArguments();
    if (SingleInstance::handOver(location, openArguments)) {
        spdlog::info("handed over to the window already open on the store");
        return ExitOk;
    }
    std::unique_ptr<Store> store;
    try {
        // Only the default store is made on first use; a named one must exist (New Store makes
        // one in the window).
        Store::Options options;
        options.create = !parser.isSet(QStringLiteral("db"));
        store = StoreLogin::open(nullptr, location, options);
        CommandSupport::finishInterruptedHandoffs(*store);
    } catch (const StoreError& error) {
        spdlog::error("cannot open the store: {}", error.what());
        QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "LeadScout"),
                              error.message());
        return ExitFailure;
    }
    MainWindow window(std::move(store), settings);
    SingleInstance instance;
    instance.listen(window.store().location());
    QObject::connect(&window, &MainWindow::storeChanged, &instance,
                     [&] { instance.listen(window.store().location()); });
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window,
                     &MainWindow::openArguments);
    reportPhoneLinks(window);
    FirstPaint::reportIfAsked(window);
    if (const QString shots = Screenshots::folder(); !shots.isEmpty())
        Screenshots::takeLater(window, settings, shots);
    window.show();
    if (!openArguments.isEmpty())
        QTimer::singleShot(0, &window, [&] { window.openArguments(openArguments); });
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    if (hasFlag(argc, argv, "--version")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        CommandSupport::printOut(QStringLiteral("leadscout %1").arg(Versions::application()));
        return ExitOk;
    }
    const Invocation invocation = readInvocation(argc, argv);
    if (!invocation.unknownOption.isEmpty())
        return badOption(argc, argv, invocation);
    if (const int unreadable = StartupChecks::firstUnreadableArgument(argc, argv))
        return StartupChecks::refuseArgument(argc, argv, unreadable);
    if (invocation.commandIndex > 0)
        return runCommand(argc, argv, invocation.commandIndex);
    if (hasFlag(argc, argv, "--help") || hasFlag(argc, argv, "-h")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app, AppSettings::instance().string(AppSettings::Key::Language));
        CommandSupport::printOut(overview());
        return ExitOk;
    }
    if (!StartupChecks::displayAvailable(argc, argv))
        return StartupChecks::refuseWithoutDisplay(argc, argv);
    return runGui(argc, argv);
}
