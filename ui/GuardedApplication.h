#pragma once

#include <QApplication>
#include <QStringList>

/// The window's application object. An exception thrown on the GUI thread under a slot, a timer
/// or an event handler (a StoreError from a statement that failed, any std::exception) ends here
/// instead of in std::terminate: it is logged, the rep is told in a message, and the program
/// keeps running with everything still on screen (typed text, drafts, the open lead).
///
/// Why here and not only at each entry point: every event passes through notify() (also those
/// of worker threads with an event loop, whose messages are handed to the GUI thread), so this
/// covers dozens of slots at once and those written tomorrow; entry points that can say more
/// still catch their own errors. Qt's Gui and Widgets libraries are built without exception
/// support, so an exception passing through them skips their clean-up (a widget may miss the
/// end of a click); that is the price of a net, not a reason to throw through Qt on purpose.
class GuardedApplication : public QApplication
{
    Q_OBJECT

public:
    GuardedApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

signals:
    /// A caught exception, with the message the rep is (about to be) shown.
    void errorCaught(const QString& message);

private:
    void report(const QString& message);
    void showNext();

    QStringList m_pending; ///< messages waiting to be shown, one box at a time
    QString m_current;     ///< the message on screen now
    bool m_showing = false;
};
