#include "leads/Suppressions.h"

#include "domain/LeadRepository.h"
#include "store/Store.h"
#include "support/Clock.h"

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
    const QByteArray key = salt();
    if (key.isEmpty())
        return std::nullopt; // nobody was ever erased from this store
    const QString emailHash = hashOf(emailKey(email), key);
    const QString phoneHash = hashOf(phoneKey(phoneE164), key);
    QSqlQuery query =
        Sql::exec(m_store.db(),
                  QStringLiteral("SELECT email_hash, phone_hash, erased_at FROM suppressions"
                                 " WHERE email_hash = ? OR phone_hash = ? ORDER BY erased_at DESC"),
                  {Sql::nullIfEmpty(emailHash), Sql::nullIfEmpty(phoneHash)});
    std::optional<SuppressionHit> hit;
    while (query.next()) {
        if (!hit)
            hit = SuppressionHit{query.value(2).toLongLong(), false, false};
        hit->byEmail |= !emailHash.isEmpty() && query.value(0).toString() == emailHash;
        hit->byPhone |= !phoneHash.isEmpty() && query.value(1).toString() == phoneHash;
    }
    return hit;
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
