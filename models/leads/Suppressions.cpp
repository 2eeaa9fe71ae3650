#include "leads/Suppressions.h"

#include "domain/LeadRepository.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>

namespace {

const QString saltKey = QStringLiteral("privacy/suppression_salt");

QString phoneKey(const QString& e164)
{
    return e164.trimmed().isEmpty() ? QString() : QStringLiteral("tel:") + e164.trimmed();
}

QString emailKey(const QString& email)
{
    const QString normalised = LeadRepository::normaliseEmail(email);
    return normalised.isEmpty() ? QString() : QStringLiteral("mailto:") + normalised;
}

} // namespace

QString SuppressionHit::dateText() const
{
    return Clock::fromSecs(erasedAt).toUTC().date().toString(Qt::ISODate);
}

QString SuppressionHit::message() const
{
    if (!byEmail)
        return Suppressions::tr("A person erased on request on %1 had this phone number.")
            .arg(dateText());
    const QString what = byPhone ? Suppressions::tr("same e-mail address and phone")
                                 : Suppressions::tr("same e-mail address");
    return Suppressions::tr("This person was erased on request on %1 (%2).").arg(dateText(), what);
}

Suppressions::Suppressions(const Store& store)
    : m_store(store)
{}

QString Suppressions::hashOf(const QString& value, const QByteArray& salt) const
{
    if (value.isEmpty())
        return {};
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(value.toUtf8(), salt, QCryptographicHash::Sha256).toHex());
}

QByteArray Suppressions::salt() const
{
    const QVariant stored = Sql::scalar(
        m_store.db(), QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {saltKey});
    return stored.isValid() ? QByteArray::fromHex(stored.toString().toLatin1()) : QByteArray();
}

QByteArray Suppressions::saltCreatingInTransaction()
{
    QByteArray existing = salt();
    if (!existing.isEmpty())
        return existing;
    QByteArray fresh(32, '\0');
    QRandomGenerator::system()->generate(fresh.begin(), fresh.end());
    Sql::exec(m_store.db(), QStringLiteral("INSERT INTO team_settings (key, value) VALUES (?, ?)"),
              {saltKey, QString::fromLatin1(fresh.toHex())});
    return fresh;
}

std::optional<SuppressionHit> Suppressions::check(const QString& email,
                                                  const QString& phoneE164) const
{
    return checkAll({{email, phoneE164}}).first();
}

QList<std::optional<SuppressionHit>> Suppressions::checkAll(const QList<Contact>& contacts) const
{
    QList<std::optional<SuppressionHit>> hits(contacts.size());
    const QByteArray key = salt();
    if (key.isEmpty())
        return hits; // nobody was ever erased from this store
    QStringList emailHashes, phoneHashes;
    for (const Contact& contact : contacts) {
        emailHashes.append(hashOf(emailKey(contact.email), key));
        phoneHashes.append(hashOf(phoneKey(contact.phoneE164), key));
    }
    // The latest erasure under each hash.
    const auto latest = [this](const QString& column, const QStringList& hashes) {
        QHash<QString, qint64> erasedAt;
        Sql::forEachIn(m_store.db(),
                       QStringLiteral("SELECT %1, erased_at FROM suppressions WHERE %1 IN (%2)")
                           .arg(column, QStringLiteral("%1")),
                       hashes, [&erasedAt](const QSqlQuery& query) {
                           qint64& at = erasedAt[query.value(0).toString()];
                           at = std::max(at, query.value(1).toLongLong());
                       });
        return erasedAt;
    };
    const QHash<QString, qint64> byEmail = latest(QStringLiteral("email_hash"), emailHashes);
    const QHash<QString, qint64> byPhone = latest(QStringLiteral("phone_hash"), phoneHashes);
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const auto email = byEmail.constFind(emailHashes.at(i));
        const auto phone = byPhone.constFind(phoneHashes.at(i));
        const bool byMail = email != byEmail.cend(), byNumber = phone != byPhone.cend();
        if (byMail || byNumber)
            hits[i] = SuppressionHit{std::max(byMail ? *email : 0, byNumber ? *phone : 0), byMail,
                                     byNumber};
    }
    return hits;
}

void Suppressions::addInTransaction(const QString& email, const QString& phoneE164, qint64 erasedAt)
{
    const QByteArray key = saltCreatingInTransaction();
    const QString emailHash = hashOf(emailKey(email), key);
    const QString phoneHash = hashOf(phoneKey(phoneE164), key);
    if (emailHash.isEmpty() && phoneHash.isEmpty())
        return;
    const qint64 day =
        Clock::fromSecs(erasedAt).toUTC().date().startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    Sql::exec(m_store.db(),
              QStringLiteral("INSERT INTO suppressions (email_hash, phone_hash, erased_at)"
                             " VALUES (?, ?, ?)"),
              {Sql::nullIfEmpty(emailHash), Sql::nullIfEmpty(phoneHash), day});
}

qint64 Suppressions::count() const
{
    return Sql::scalar(m_store.db(), QStringLiteral("SELECT count(*) FROM suppressions"))
        .toLongLong();
}
