#include "StartupChecks.h"

#include "CommandRegistry.h"
#include "CommandSupport.h"
#include "Translations.h"
#include "support/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace StartupChecks {

namespace {

void identify()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LeadScout"));
    QCoreApplication::setApplicationName(QStringLiteral("LeadScout"));
}

// The platform plugin Qt would load: -platform NAME on the command line, else QT_QPA_PLATFORM.
QByteArray requestedPlatform(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "-platform" || arg == "--platform") && i + 1 < argc)
            return QByteArray(argv[i + 1]);
        if (arg.startsWith("-platform=") || arg.startsWith("--platform="))
            return arg.mid(arg.indexOf('=') + 1);
    }
    return qgetenv("QT_QPA_PLATFORM");
}

bool hasDisplayArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "-display") == 0 || qstrcmp(argv[i], "--display") == 0)
            return true;
    return false;
}

bool waylandAvailable()
{
    if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/wayland-0"));
}

bool platformAvailable(const QByteArray& platform, bool displayArgument)
{
    const qsizetype colon = platform.indexOf(':'); // "xcb:option=value"
    const QByteArray name = (colon < 0 ? platform : platform.left(colon)).trimmed();
    if (name == "xcb")
        return displayArgument || !qEnvironmentVariableIsEmpty("DISPLAY");
    if (name.startsWith("wayland"))
        return waylandAvailable();
    return true; // offscreen, minimal, vnc, eglfs, linuxfb…: no display server needed
}

} // namespace

bool displayAvailable(int argc, char** argv)
{
    const QByteArray platform = requestedPlatform(argc, argv);
    const bool displayArgument = hasDisplayArgument(argc, argv);
    if (platform.isEmpty())
        return displayArgument || !qEnvironmentVariableIsEmpty("DISPLAY") || waylandAvailable();
    // "wayland;xcb": Qt tries each in turn.
    for (const QByteArray& candidate : platform.split(';'))
        if (!candidate.trimmed().isEmpty() && platformAvailable(candidate, displayArgument))
            return true;
    return false;
}

int refuseWithoutDisplay(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    identify();
    installTranslations(app, AppSettings::instance().string(AppSettings::Key::Language));
    QStringList names;
    for (const Command& command : CommandRegistry::all())
        names.append(QString::fromLatin1(command.name));
    CommandSupport::printErr(
        QCoreApplication::translate(
            "Main", "leadscout: the window needs a display, and none was found (DISPLAY is not "
                    "set). These commands run without one: %1. Try 'leadscout --help'.")
            .arg(names.join(QStringLiteral(", "))));
    return ExitFailure;
}

int firstUnreadableArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(QByteArray(argv[i]));
        if (utf8.hasError() || QFile::encodeName(text) != QByteArray(argv[i]))
            return i;
    }
    return 0;
}

int refuseArgument(int argc, char** argv, int index)
{
    QCoreApplication app(argc, argv);
    identify();
    installTranslations(app, AppSettings::instance().string(AppSettings::Key::Language));
    CommandSupport::printErr(
        QCoreApplication::translate(
            "Main", "leadscout: \"%1\" is not valid UTF-8, the encoding of names on this system, "
                    "so it cannot be used as given (it would name another file). Rename the file "
                    "or retype the text.")
            .arg(QString::fromLocal8Bit(argv[index])));
    CommandSupport::printErr(QCoreApplication::translate("Main", "Try 'leadscout --help'."));
    return ExitUsage;
}

} // namespace StartupChecks
