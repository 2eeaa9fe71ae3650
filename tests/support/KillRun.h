#pragma once

#include "CliRun.h"

#include <QElapsedTimer>
#include <QThread>
#include <csignal>

/// Runs a leadscout command in a child process and kills it with SIGKILL after `afterMs`
/// milliseconds, as a power cut or `kill -9` would: no handler runs, nothing is flushed.
struct KillRun
{
    bool killed = false;  ///< the kill came while it ran (else it had ended by itself)
    int code = -1;        ///< its exit code when it ended by itself
    qint64 elapsedMs = 0; ///< how long it ran
    QByteArray err;

    static KillRun run(const QStringList& arguments, const QProcessEnvironment& env, qint64 afterMs)
    {
        KillRun result;
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(LEADSCOUT_BINARY), arguments);
        if (!process.waitForStarted())
            return result;
        if (!process.waitForFinished(int(std::max<qint64>(afterMs, 0))) &&
            process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            result.killed = true;
        }
        process.waitForFinished(120000);
        result.elapsedMs = clock.elapsed();
        result.killed = result.killed && process.exitStatus() == QProcess::CrashExit;
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.err = process.readAllStandardError();
        return result;
    }
};
