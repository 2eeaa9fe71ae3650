#include "nurture/NurtureMail.h"

#include "domain/Vocabulary.h"
#include "store/Store.h"

namespace {

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QUrl build(const NurtureMail::Message& m, const QString& title)
{
    const QString name = QStringLiteral("%1 %2").arg(m.firstName, m.lastName).trimmed();
    const QString greeting =
        name.isEmpty() ? NurtureMail::tr("Hello,") : NurtureMail::tr("Hello %1,").arg(name);
    QString body =
        greeting + QStringLiteral("\n\n") +
        NurtureMail::tr("as promised, here is \"%1\"; I think it fits what you are working on.")
            .arg(title);
    if (!m.contentLink.isEmpty())
        body += QStringLiteral("\n\n") + m.contentLink;
    body +=
        QStringLiteral("\n\n") + NurtureMail::tr("Best regards") + QStringLiteral("\n") + m.repName;
    // Mail programs take CRLF line breaks in a mailto: body (RFC 6068); a translation or a
    // title may bring its own.
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(m.to.trimmed());
    // Fully encoded by hand, so that '&', '+', '?' or '#' in a title cannot cut the message
    // short, and set in strict mode so QUrl keeps it as it is.
    url.setQuery(QStringLiteral("subject=%1&body=%2").arg(encoded(title), encoded(body)),
                 QUrl::StrictMode);
    return url;
}

} // namespace

QUrl NurtureMail::mailto(const Message& m)
{
    const QString title = m.contentTitle.simplified(); // a subject is one line
    QUrl url = build(m, title);
    if (url.toEncoded().size() <= maxUrlLength)
        return url;
    // The longest title with an ellipsis that fits.
    qsizetype fits = 0, tooLong = title.size();
    while (tooLong - fits > 1) {
        const qsizetype middle = (fits + tooLong) / 2;
        if (build(m, title.left(middle) + QChar(0x2026)).toEncoded().size() <= maxUrlLength)
            fits = middle;
        else
            tooLong = middle;
    }
    return build(m, title.left(fits).trimmed() + QChar(0x2026));
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
