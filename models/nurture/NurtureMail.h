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
        QString to;        ///< the lead's address
        QString firstName; ///< for the greeting
        QString lastName;
        QString contentTitle; ///< the piece sent
        QString contentLink;
        QString repName; ///< for the signature
    };

    /// The longest mailto: URL built: desktops and mail programs cut longer ones (Windows hands
    /// over about 2,000 characters), anywhere, the link and signature first.
    static constexpr int maxUrlLength = 2000;

    /// A pure function: mailto:<to>?subject=…&body=… with the piece's title and link. Every
    /// character outside the unreserved ones is percent-encoded as UTF-8 (umlauts, '&', '?',
    /// '#', '+'), line breaks as CRLF (%0D%0A, RFC 6068). A URL longer than maxUrlLength gets
    /// the piece's title shortened (with "…"), never the address, the link or the signature.
    static QUrl mailto(const Message& message);
    /// The message of a stored step (empty `to` when the lead has no address).
    static Message forStep(const Store& store, qint64 stepId, const QString& repName);
};
