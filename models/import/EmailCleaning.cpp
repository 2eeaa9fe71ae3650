#include "import/EmailCleaning.h"

#include "leads/LeadValidator.h"

#include <QRegularExpression>
#include <QSet>

namespace {

/// Providers whose every domain is free mail, whatever the country: yahoo.de, hotmail.co.uk.
bool isFreeMailBrand(const QString& domain)
{
    static const QSet<QString> brands = {
        QStringLiteral("yahoo"),  QStringLiteral("hotmail"),    QStringLiteral("outlook"),
        QStringLiteral("live"),   QStringLiteral("msn"),        QStringLiteral("protonmail"),
        QStringLiteral("ymail"),  QStringLiteral("rocketmail"), QStringLiteral("gmx"),
        QStringLiteral("yandex"), QStringLiteral("libero"),     QStringLiteral("orange")};
    const QStringList labels = domain.split(QLatin1Char('.'));
    // brand.tld or brand.co.tld, nothing longer: yahoo.com, yahoo.co.uk (not yahoo.example.com).
    const bool countryForm = labels.size() == 3 && (labels.at(1) == QLatin1String("co") ||
                                                    labels.at(1) == QLatin1String("com"));
    return (labels.size() == 2 || countryForm) && brands.contains(labels.first());
}

QString stripWrapping(QString text, CleanedEmail& result)
{
    static const QRegularExpression named(QStringLiteral("^(.*)<([^<>]*)>$"));
    if (const auto match = named.match(text); match.hasMatch()) {
        QString name = match.captured(1).trimmed();
        if (name.size() >= 2 && name.front() == QLatin1Char('"') && name.back() == QLatin1Char('"'))
            name = name.mid(1, name.size() - 2).trimmed();
        result.displayName = name;
        text = match.captured(2).trimmed();
    }
    static const QRegularExpression mailto(QStringLiteral("^mailto:\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto match = mailto.match(text); match.hasMatch()) {
        text = text.mid(match.capturedLength());
        if (const qsizetype query = text.indexOf(QLatin1Char('?')); query >= 0)
            text.truncate(query);
    }
    // Quotes and brackets around it, and the full stop of a sentence after it.
    static const QList<std::pair<QChar, QChar>> pairs = {
        {u'"', u'"'}, {u'\'', u'\''}, {u'(', u')'}, {u'[', u']'}};
    for (bool stripped = true; stripped && text.size() >= 2;) {
        stripped = false;
        for (const auto& [open, close] : pairs)
            if (text.front() == open && text.back() == close) {
                text = text.mid(1, text.size() - 2).trimmed();
                stripped = true;
            }
    }
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

/// The addresses of a cell split at commas and semicolons; a piece without an @ belongs to its
/// neighbour (the comma in "Müller, Anna <anna@example.com>").
QStringList addressesOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[,;]\\s*"));
    QStringList addresses;
    QString pending;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        pending = pending.isEmpty() ? part : pending + QStringLiteral(", ") + part;
        if (part.contains(QLatin1Char('@'))) {
            addresses.append(pending);
            pending.clear();
        }
    }
    if (!pending.isEmpty()) {
        if (addresses.isEmpty())
            addresses.append(pending);
        else
            addresses.last() += QStringLiteral(", ") + pending;
    }
    return addresses;
}

QString lowerDomain(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? address : address.left(at + 1) + address.mid(at + 1).toLower();
}

QString domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

} // namespace

bool EmailCleaning::isFreeMailDomain(const QString& written)
{
    static const QSet<QString> domains = {
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"),
        QStringLiteral("web.de"),         QStringLiteral("t-online.de"),
        QStringLiteral("freenet.de"),     QStringLiteral("posteo.de"),
        QStringLiteral("posteo.net"),     QStringLiteral("mail.de"),
        QStringLiteral("arcor.de"),       QStringLiteral("online.de"),
        QStringLiteral("email.de"),       QStringLiteral("vodafone.de"),
        QStringLiteral("kabelmail.de"),   QStringLiteral("icloud.com"),
        QStringLiteral("me.com"),         QStringLiteral("mac.com"),
        QStringLiteral("aol.com"),        QStringLiteral("aol.de"),
        QStringLiteral("proton.me"),      QStringLiteral("pm.me"),
        QStringLiteral("bluewin.ch"),     QStringLiteral("hispeed.ch"),
        QStringLiteral("sunrise.ch"),     QStringLiteral("aon.at"),
        QStringLiteral("chello.at"),      QStringLiteral("a1.net"),
        QStringLiteral("mail.com"),       QStringLiteral("zoho.com"),
        QStringLiteral("tutanota.com"),   QStringLiteral("tuta.io"),
        QStringLiteral("mail.ru"),        QStringLiteral("qq.com"),
        QStringLiteral("163.com"),        QStringLiteral("naver.com"),
        QStringLiteral("btinternet.com"), QStringLiteral("comcast.net"),
        QStringLiteral("seznam.cz"),      QStringLiteral("wp.pl"),
        QStringLiteral("o2.pl"),          QStringLiteral("laposte.net")};
    const QString domain = written.trimmed().toLower();
    return domains.contains(domain) || isFreeMailBrand(domain);
}

QString EmailCleaning::key(const QString& address)
{
    return address.trimmed().toLower();
}

CleanedEmail EmailCleaning::clean(const QString& written)
{
    CleanedEmail result;
    const QString tidied = ValueCleaning::tidy(written);
    if (tidied.isEmpty())
        return result;
    QStringList parts = addressesOf(tidied);
    QString text = stripWrapping(parts.isEmpty() ? QString() : parts.takeFirst(), result);
    for (const QString& part : std::as_const(parts)) {
        CleanedEmail other;
        result.others.append(lowerDomain(stripWrapping(part, other)));
    }
    if (!result.others.isEmpty())
        result.note(CleanOutcome::Flagged,
                    tr("the cell holds %n more address(es); the first is kept: %1", nullptr,
                       int(result.others.size()))
                        .arg(result.others.join(QStringLiteral(", "))));
    if (text != tidied && result.others.isEmpty())
        result.note(CleanOutcome::Repaired, tr("\"%1\" read as the address %2").arg(tidied, text));
    if (const QString problem = LeadValidator::emailProblem(text);
        !problem.isEmpty() || text.isEmpty()) {
        result.note(CleanOutcome::Rejected,
                    problem.isEmpty() ? tr("\"%1\" holds no e-mail address").arg(tidied) : problem);
        return result;
    }
    result.value = lowerDomain(text);
    result.key = key(result.value);
    result.freeMail = isFreeMailDomain(domainOf(result.value));
    if (result.freeMail)
        result.note(CleanOutcome::Flagged,
                    tr("%1 is a free-mail address; it can hide a company buyer")
                        .arg(domainOf(result.value)));
    return result;
}
