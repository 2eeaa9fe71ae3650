#include "import/ImportMerge.h"

#include "domain/LeadRepository.h"
#include "leads/LeadDetails.h"
#include "scoring/LeadScores.h"
#include "store/Store.h"

struct ImportMerge::Scoring
{
    explicit Scoring(const Store& store)
        : rescorer(store, ScoringRulesRepository(store).activeInTransaction())
    {}
    LeadScores::Rescorer rescorer;
};

ImportMerge::ImportMerge(const Store& store, qint64 repId, qint64 changedAt)
    : m_store(store)
    , m_repId(repId)
    , m_changedAt(changedAt)
{}

ImportMerge::~ImportMerge() = default;

bool ImportMerge::fillable(LeadField field)
{
    switch (field) {
    case LeadField::Owner:
    case LeadField::Source:
    case LeadField::DoNotCall:
    case LeadField::DoNotEmail:
        return false;
    default:
        return true;
    }
}

bool ImportMerge::isEmptyText(LeadField field, const QString& text)
{
    if (text.isEmpty())
        return true;
    return (field == LeadField::Seniority || field == LeadField::Industry) &&
           text == QLatin1String("unknown");
}

QStringList ImportMerge::fillEmpty(qint64 leadId, const LeadDraft& draft, const QString& externalId)
{
    QStringList filled;
    if (!externalId.isEmpty() &&
        Sql::exec(m_store.db(),
                  QStringLiteral("UPDATE leads SET external_id = ? WHERE id = ?"
                                 " AND external_id IS NULL"),
                  {externalId, leadId})
                .numRowsAffected() > 0)
        filled.append(QStringLiteral("external_id"));
    const std::optional<Lead> existing = LeadRepository(m_store).find(leadId);
    if (!existing)
        return filled;
    Lead after = *existing;
    for (auto it = draft.texts.cbegin(); it != draft.texts.cend(); ++it) {
        const LeadField field = it.key();
        const QString oldText = LeadFields::text(after, field);
        if (!fillable(field) || isEmptyText(field, it.value()) || !isEmptyText(field, oldText))
            continue;
        if (!LeadFields::setText(after, field, it.value()).isEmpty())
            continue;
        if (field == LeadField::Phone)
            after.phoneE164 = after.phone; // the import wrote it in E.164 already
        LeadDetails::writeInTransaction(m_store, after, field, oldText,
                                        LeadFields::text(after, field), m_repId, m_changedAt);
        filled.append(LeadFields::key(field));
    }
    if (!filled.isEmpty()) {
        if (!m_scoring)
            m_scoring = std::make_unique<Scoring>(m_store);
        m_scoring->rescorer.rescore(leadId);
        m_store.announceLead(leadId);
    }
    return filled;
}
