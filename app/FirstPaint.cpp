#include "FirstPaint.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace {

/// The peak resident memory of this process in KiB (VmHWM in /proc/self/status), or -1.
long long peakKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget& window)
        : QObject(&window)
        , m_window(window)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == &m_window && event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this paint event has been handled: the window is on the screen.
            QTimer::singleShot(0, &m_window, [this] {
                std::printf("first-paint %lld\n", peakKib());
                std::fflush(stdout);
                m_window.close();
            });
        }
        return false;
    }

private:
    QWidget& m_window;
    bool m_seen = false;
};

} // namespace

namespace FirstPaint {

void reportIfAsked(QWidget& window)
{
    if (qEnvironmentVariableIntValue("LEADSCOUT_FIRST_PAINT") == 1)
        new PaintWatcher(window);
}

} // namespace FirstPaint
