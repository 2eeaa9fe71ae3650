#include "leads/DuplicateFinder.h"

#include "domain/LeadRepository.h"
#include "store/Store.h"

namespace {

// Lower case without accents or punctuation, so "Müller" matches "MULLER" and "Mueller" does not.
QString folded(const QString& name)
{
    const QString decomposed = name.trimmed().normalized(QString::NormalizationForm_KD);
    QString result;
    for (const QChar c : decomposed)
        if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    return result;
}

bool firstNamesMatch(const QString& a, const QString& b)
{
    const QString x = folded(a), y = folded(b);
    if (x.isEmpty() || y.isEmpty() || x == y)
        return true;
    // An initial matches the full name it abbreviates.
    return (x.size() == 1 && y.startsWith(x)) || (y.size() == 1 && x.startsWith(y));
}

const QString matchColumns =
    QStringLiteral("SELECT id, first_name, last_name, company, email, stage FROM leads");

} // namespace

QString DuplicateMatch::describe() const
{
    const QString where =
        company.isEmpty()
            ? DuplicateFinder::tr("lead %1, %2").arg(leadId).arg(labelOf(stage))
            : DuplicateFinder::tr("%1, lead %2, %3").arg(company).arg(leadId).arg(labelOf(stage));
    const QString why = reason == Reason::SameEmail
                            ? DuplicateFinder::tr("same e-mail address")
                            : DuplicateFinder::tr("same phone number and name");
    return DuplicateFinder::tr("%1 (%2): %3").arg(name, where, why);
}

DuplicateFinder::DuplicateFinder(const Store& store)
    : m_store(store)
{}

bool DuplicateFinder::namesMatch(const QString& firstA, const QString& lastA, const QString& firstB,
                                 const QString& lastB)
{
    const QString a = folded(lastA), b = folded(lastB);
    return !a.isEmpty() && a == b && firstNamesMatch(firstA, firstB);
}

QList<DuplicateMatch> DuplicateFinder::find(const Lead& candidate, qint64 excludeId) const
{
    QList<DuplicateMatch> found;
    addByEmail(candidate, excludeId, found);
    addByPhone(candidate, excludeId, found);
    return found;
}

void DuplicateFinder::addByEmail(const Lead& candidate, qint64 excludeId,
                                 QList<DuplicateMatch>& found) const
{
    const QString email = LeadRepository::normaliseEmail(candidate.email);
    if (email.isEmpty())
        return;
    QSqlQuery query = Sql::exec(
        m_store.db(), matchColumns + QStringLiteral(" WHERE email_norm = ? ORDER BY id"), {email});
    while (query.next()) {
        Lead existing;
        existing.firstName = query.value(1).toString();
        existing.lastName = query.value(2).toString();
        existing.email = query.value(4).toString();
        if (query.value(0).toLongLong() != excludeId)
            found.append({query.value(0).toLongLong(), existing.displayName(),
                          query.value(3).toString(),
                          fromKeyOr(query.value(5).toString(), Stage::New),
                          DuplicateMatch::Reason::SameEmail});
    }
}

void DuplicateFinder::addByPhone(const Lead& candidate, qint64 excludeId,
                                 QList<DuplicateMatch>& found) const
{
    if (candidate.phoneE164.isEmpty())
        return;
    QSqlQuery query =
        Sql::exec(m_store.db(), matchColumns + QStringLiteral(" WHERE phone_e164 = ? ORDER BY id"),
                  {candidate.phoneE164});
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const bool known = std::any_of(found.cbegin(), found.cend(),
                                       [id](const DuplicateMatch& m) { return m.leadId == id; });
        if (id == excludeId || known ||
            !namesMatch(candidate.firstName, candidate.lastName, query.value(1).toString(),
                        query.value(2).toString()))
            continue;
        Lead existing;
        existing.firstName = query.value(1).toString();
        existing.lastName = query.value(2).toString();
        existing.email = query.value(4).toString();
        found.append({id, existing.displayName(), query.value(3).toString(),
                      fromKeyOr(query.value(5).toString(), Stage::New),
                      DuplicateMatch::Reason::SamePhoneAndName});
    }
}
