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
    QStringLiteral("SELECT id, first_name, last_name, company, email, stage");

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
    return DuplicateIndex(m_store, {candidate}).find(candidate, excludeId);
}

QList<QList<DuplicateMatch>> DuplicateFinder::findAll(const QList<Lead>& candidates) const
{
    const DuplicateIndex index(m_store, candidates);
    QList<QList<DuplicateMatch>> found;
    found.reserve(candidates.size());
    for (const Lead& candidate : candidates)
        found.append(index.find(candidate));
    return found;
}

DuplicateIndex::DuplicateIndex(const Store& store, const QList<Lead>& candidates)
{
    QStringList emails, phones;
    for (const Lead& candidate : candidates) {
        emails.append(LeadRepository::normaliseEmail(candidate.email));
        phones.append(candidate.phoneE164);
    }
    read(store, QStringLiteral("email_norm"), emails, m_byEmail);
    read(store, QStringLiteral("phone_e164"), phones, m_byPhone);
}

void DuplicateIndex::read(const Store& store, const QString& column, const QStringList& values,
                          QHash<QString, QList<Known>>& into)
{
    // The column name comes from the two above only; the values are bound.
    const QString sql =
        matchColumns + QStringLiteral(", %1 FROM leads WHERE %1 IN (%2) ORDER BY id")
                           .arg(column, QStringLiteral("%1"));
    Sql::forEachIn(store.db(), sql, values, [&into](const QSqlQuery& query) {
        Lead existing;
        existing.firstName = query.value(1).toString();
        existing.lastName = query.value(2).toString();
        existing.email = query.value(4).toString();
        into[query.value(6).toString()].append({query.value(0).toLongLong(), existing.firstName,
                                                existing.lastName, existing.displayName(),
                                                query.value(3).toString(),
                                                fromKeyOr(query.value(5).toString(), Stage::New)});
    });
}

void DuplicateIndex::add(const Lead& lead)
{
    const Known known{lead.id,      lead.firstName, lead.lastName, lead.displayName(),
                      lead.company, lead.stage};
    if (const QString email = LeadRepository::normaliseEmail(lead.email); !email.isEmpty())
        m_byEmail[email].append(known);
    if (!lead.phoneE164.isEmpty())
        m_byPhone[lead.phoneE164].append(known);
}

DuplicateMatch DuplicateIndex::matchOf(const Known& known, DuplicateMatch::Reason reason)
{
    return {known.id, known.name, known.company, known.stage, reason};
}

QList<DuplicateMatch> DuplicateIndex::find(const Lead& candidate, qint64 excludeId) const
{
    QList<DuplicateMatch> found;
    if (const QString email = LeadRepository::normaliseEmail(candidate.email); !email.isEmpty())
        for (const Known& known : m_byEmail.value(email))
            if (known.id != excludeId)
                found.append(matchOf(known, DuplicateMatch::Reason::SameEmail));
    if (candidate.phoneE164.isEmpty())
        return found;
    for (const Known& known : m_byPhone.value(candidate.phoneE164)) {
        const bool listed = std::any_of(found.cbegin(), found.cend(), [&](const DuplicateMatch& m) {
            return m.leadId == known.id;
        });
        if (known.id != excludeId && !listed &&
            DuplicateFinder::namesMatch(candidate.firstName, candidate.lastName, known.firstName,
                                        known.lastName))
            found.append(matchOf(known, DuplicateMatch::Reason::SamePhoneAndName));
    }
    return found;
}
