#include "GuardedApplication.h"

#include "Prompts.h"
#include "store/Sql.h"

#include <QThread>
#include <QTimer>
#include <exception>
#include <spdlog/spdlog.h>
#include <stdexcept>

GuardedApplication::GuardedApplication(int& argc, char** argv)
    : QApplication(argc, argv)
{}

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StoreError& error) {
        // The message is written for a person and never holds a lead's data.
        spdlog::error("caught in an event handler: {}", error.what());
        report(error.message());
    } catch (const std::exception& error) {
        report(StoreError::unexpected(error).message());
    } catch (...) {
        spdlog::error("caught in an event handler: an exception of unknown type");
        report(StoreError::unexpected(std::runtime_error("unknown exception")).message());
    }
    return false;
}

void GuardedApplication::report(const QString& message)
{
    // notify() also runs for objects of worker threads with an event loop (the draft saver's):
    // the message is shown by the GUI thread.
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, message] { report(message); }, Qt::QueuedConnection);
        return;
    }
    emit errorCaught(message);
    // The same failure repeated (a view repainting over a broken store) is one message.
    if (message != m_current && !m_pending.contains(message))
        m_pending.append(message);
    // Shown from the event loop, not from inside the handler that has just been left.
    if (!m_showing)
        QTimer::singleShot(0, this, &GuardedApplication::showNext);
}

void GuardedApplication::showNext()
{
    if (m_showing || m_pending.isEmpty())
        return;
    m_showing = true;
    while (!m_pending.isEmpty()) {
        m_current = m_pending.takeFirst();
        Prompts::critical(activeWindow(), QCoreApplication::translate("Main", "LeadScout"),
                          m_current);
    }
    m_current.clear();
    m_showing = false;
}
