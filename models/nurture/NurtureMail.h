#pragma once

#include <QCoreApplication>
#include <QUrl>

class Store;

/// The e-mail of a nurture step, as a mailto: URL the GUI opens in the rep's mail program.
class NurtureMail
{
    Q_DECLARE_TR_FUNCTIONS(NurtureMail)

public:
    struct Message
    {
        QString to;           ///< the lead's address
        QString firstName;    ///< for the greeting
        QString lastName;
        QString contentTitle; ///< the piece sent
        QString contentLink;
        QString repName; ///< for the signature
    };

    /// A pure function: mailto:<to>?subject=…&body=… with the piece's title and link.
    static QUrl mailto(const Message& message);
    /// The message of a stored step (empty `to` when the lead has no address).
    static Message forStep(const Store& store, qint64 stepId, const QString& repName);
};
