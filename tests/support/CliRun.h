#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStringList>

/// Runs the real leadscout binary the way a script would (no display, its own home folder).
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }

    static QProcessEnvironment environment(const QString& home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LEADSCOUT_HOME"), home);
        return env;
    }

    static CliRun run(const QStringList& arguments, const QString& home,
                      const QProcessEnvironment& env = {}, int timeoutMs = 120000)
    {
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment(home) : env);
        process.start(QStringLiteral(LEADSCOUT_BINARY), arguments);
        CliRun result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = "timed out";
            return result;
        }
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    /// Through /bin/sh, for arguments a QStringList cannot carry (bytes that are not UTF-8):
    /// `script` sees the binary as "$L".
    static CliRun shell(const QString& script, const QString& home)
    {
        QProcess process;
        QProcessEnvironment env = environment(home);
        env.insert(QStringLiteral("L"), QStringLiteral(LEADSCOUT_BINARY));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        CliRun result;
        if (!process.waitForFinished(120000))
            return result;
        result.code = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
};

/// A file's bytes as a hash ("" when it cannot be read): proof that nothing changed.
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}
