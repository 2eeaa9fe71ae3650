#include "nurture/NurtureMail.h"

#include "domain/Vocabulary.h"
#include "store/Store.h"

#include <QUrlQuery>

QUrl NurtureMail::mailto(const Message& m)
{
    const QString name = QStringLiteral("%1 %2").arg(m.firstName, m.lastName).trimmed();
    const QString greeting = name.isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(name);
    QString body = greeting + QStringLiteral("\n\n") +
                   tr("as promised, here is \"%1\"; I think it fits what you are working on.")
                       .arg(m.contentTitle);
    if (!m.contentLink.isEmpty())
        body += QStringLiteral("\n\n") + m.contentLink;
    body += QStringLiteral("\n\n") + tr("Best regards") + QStringLiteral("\n") + m.repName;
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(m.to.trimmed());
    QUrlQuery query;
    // Fully encoded, so that '&', '+' or '#' in a title cannot cut the message short.
    const auto encode = [](const QString& text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    query.addQueryItem(QStringLiteral("subject"), encode(m.contentTitle));
    query.addQueryItem(QStringLiteral("body"), encode(body));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

NurtureMail::Message NurtureMail::forStep(const Store& store, qint64 stepId, const QString& repName)
{
    QSqlQuery q = Sql::exec(
        store.db(),
        QStringLiteral("SELECT l.email, l.first_name, l.last_name, c.title, c.link, s.content_kind"
                       " FROM nurture_steps s JOIN leads l ON l.id = s.lead_id LEFT JOIN"
                       " content_pieces c ON c.id = s.content_id WHERE s.id = ?"),
        {stepId});
    Message m;
    if (!q.next())
        return m;
    m.to = q.value(0).toString();
    m.firstName = q.value(1).toString();
    m.lastName = q.value(2).toString();
    m.contentTitle = q.value(3).isNull()
                         ? labelOf(fromKeyOr(q.value(5).toString(), ContentKind::Overview))
                         : q.value(3).toString();
    m.contentLink = q.value(4).toString();
    m.repName = repName;
    return m;
}
