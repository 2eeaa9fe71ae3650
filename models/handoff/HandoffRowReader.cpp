#include "handoff/HandoffRowReader.h"

#include "domain/Vocabulary.h"
#include "handoff/HandoffService.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QDate>
#include <QJsonValue>
#include <QSet>

namespace {

constexpr qsizetype chunkSize = 500;

// The columns of the row query, in order.
enum Field
{
    FId,
    FFirstName,
    FLastName,
    FTitle,
    FCompany,
    FEmail,
    FPhoneE164,
    FPhone,
    FCountry,
    FSource,
    FCampaign,
    FScore,
    FGrade,
    FQuadrant,
    FDoNotCall,
    FDoNotEmail,
    FPhase,
    FBudget,
    FBudgetMinor,
    FBudgetCurrency,
    FAuthority,
    FBuyingRole,
    FNeed,
    FNeedText,
    FTiming,
    FDecisionDate,
    FDecisionMaker,
    FNotes,
    FCallAt,
    FCallOutcome,
    FCallNote,
    FRepName
};

const QString rowSelect = QStringLiteral(
    "SELECT l.id, l.first_name, l.last_name, l.title, l.company, l.email, l.phone_e164, l.phone,"
    " l.country, l.source_channel, l.campaign, l.total_score, l.grade, l.quadrant,"
    " l.do_not_call, l.do_not_email,"
    " q.buying_phase, q.budget_status, q.budget_amount_minor, q.budget_currency, q.authority,"
    " q.buying_role, q.need, q.need_text, q.timing, q.decision_date,"
    " q.decision_maker_confirmed, q.notes,"
    " coalesce(c.started_at, l.last_call_at), coalesce(c.outcome, l.last_outcome), c.note,"
    " coalesce(o.name, qr.name)"
    " FROM leads l"
    " LEFT JOIN qualification q ON q.lead_id = l.id"
    " LEFT JOIN calls c ON c.id = (SELECT c2.id FROM calls c2 WHERE c2.lead_id = l.id"
    "   ORDER BY c2.started_at DESC, c2.id DESC LIMIT 1)"
    " LEFT JOIN reps o ON o.id = l.owner_id"
    " LEFT JOIN reps qr ON qr.id = q.rep_id"
    " WHERE l.id IN (%1)");

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// What stays the same for every row of one read: the handoff time and the translated labels
// (looked up once per key instead of once per cell).
struct RowContext
{
    QJsonValue handedOffAt;
    QJsonValue yes = QCoreApplication::translate("HandoffRowReader", "Yes");
    QJsonValue no = QCoreApplication::translate("HandoffRowReader", "No");
    QHash<HandoffColumn, QHash<QString, QJsonValue>> labels;

    template <typename E> QJsonValue label(HandoffColumn column, const QVariant& key, E fallback)
    {
        QHash<QString, QJsonValue>& known = labels[column];
        const QString text = key.toString();
        const auto found = known.constFind(text);
        if (found != known.constEnd())
            return *found;
        return known.insert(text, labelOf(fromKeyOr(text, fallback))).value();
    }
    QJsonValue yesNo(bool value) const { return value ? yes : no; }
};

QJsonValue budgetAmount(const QSqlQuery& q)
{
    if (q.value(FBudgetMinor).isNull())
        return QJsonValue::Null;
    return HandoffRowReader::decimalFromMinor(q.value(FBudgetMinor).toLongLong(),
                                              q.value(FBudgetCurrency).toString());
}

QJsonValue decisionDate(const QVariant& value)
{
    const QString written = value.toString().trimmed();
    const QDate date = QDate::fromString(written, Qt::ISODate);
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : text(written);
}

QJsonValue lastCallAt(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(HandoffRowReader::localDateTime(value.toLongLong()));
}

QJsonValue name(const QSqlQuery& q)
{
    return text(QStringLiteral("%1 %2")
                    .arg(q.value(FFirstName).toString(), q.value(FLastName).toString())
                    .trimmed());
}

QJsonValue cell(HandoffColumn column, const QSqlQuery& q, RowContext& context)
{
    const bool noCall = q.value(FDoNotCall).toBool();
    const bool noEmail = q.value(FDoNotEmail).toBool();
    switch (column) {
    case HandoffColumn::LeadId:
        return q.value(FId).toLongLong();
    case HandoffColumn::Name:
        return name(q);
    case HandoffColumn::Title:
        return text(q.value(FTitle).toString());
    case HandoffColumn::Company:
        return text(q.value(FCompany).toString());
    case HandoffColumn::Email:
        return noEmail ? QJsonValue(QJsonValue::Null) : text(q.value(FEmail).toString());
    case HandoffColumn::PhoneE164:
        return noCall ? QJsonValue(QJsonValue::Null) : text(q.value(FPhoneE164).toString());
    case HandoffColumn::PhoneAsWritten:
        return noCall ? QJsonValue(QJsonValue::Null) : text(q.value(FPhone).toString());
    case HandoffColumn::Country:
        return text(q.value(FCountry).toString());
    case HandoffColumn::SourceChannel:
        return context.label(column, q.value(FSource), SourceChannel::Other);
    case HandoffColumn::Campaign:
        return text(q.value(FCampaign).toString());
    case HandoffColumn::Score:
        return q.value(FScore).toLongLong();
    case HandoffColumn::Grade:
        return text(q.value(FGrade).toString());
    case HandoffColumn::Quadrant: {
        const auto quadrant = fromKey<Quadrant>(q.value(FQuadrant).toString());
        return quadrant ? QJsonValue(labelOf(*quadrant)) : QJsonValue(QJsonValue::Null);
    }
    case HandoffColumn::BuyingPhase:
        return context.label(column, q.value(FPhase), BuyingPhase::Unknown);
    case HandoffColumn::BudgetStatus:
        return context.label(column, q.value(FBudget), BudgetStatus::Unknown);
    case HandoffColumn::BudgetAmount:
        return budgetAmount(q);
    case HandoffColumn::BudgetCurrency:
        return text(q.value(FBudgetCurrency).toString());
    case HandoffColumn::Authority:
        return context.label(column, q.value(FAuthority), AuthorityLevel::Unknown);
    case HandoffColumn::BuyingRole:
        return context.label(column, q.value(FBuyingRole), BuyingRole::Unknown);
    case HandoffColumn::Need:
        return context.label(column, q.value(FNeed), NeedLevel::Unknown);
    case HandoffColumn::Pain:
        return text(q.value(FNeedText).toString());
    case HandoffColumn::Timing:
        return context.label(column, q.value(FTiming), Timing::Unknown);
    case HandoffColumn::DecisionDate:
        return decisionDate(q.value(FDecisionDate));
    case HandoffColumn::DecisionMakerConfirmed:
        return context.yesNo(q.value(FDecisionMaker).toBool());
    case HandoffColumn::LastCallAt:
        return lastCallAt(q.value(FCallAt));
    case HandoffColumn::LastCallOutcome: {
        const auto outcome = fromKey<CallOutcome>(q.value(FCallOutcome).toString());
        return outcome ? QJsonValue(labelOf(*outcome)) : QJsonValue(QJsonValue::Null);
    }
    case HandoffColumn::LastCallNote:
        return text(q.value(FCallNote).toString());
    case HandoffColumn::QualificationNotes:
        return text(q.value(FNotes).toString());
    case HandoffColumn::Rep:
        return text(q.value(FRepName).toString());
    case HandoffColumn::HandedOffAt:
        return context.handedOffAt;
    case HandoffColumn::DoNotCall:
        return context.yesNo(noCall);
    case HandoffColumn::DoNotEmail:
        return context.yesNo(noEmail);
    }
    return QJsonValue::Null;
}

} // namespace

HandoffRowReader::HandoffRowReader(const Store& store)
    : m_store(store)
{}

QString HandoffRowReader::decimalFromMinor(qint64 minor, const QString& currency)
{
    static const QSet<QString> noPlaces{
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
        QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QSet<QString> threePlaces{
        QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
        QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND")};
    const QString code = currency.trimmed().toUpper();
    const int places = noPlaces.contains(code) ? 0 : threePlaces.contains(code) ? 3 : 2;
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const quint64 magnitude = minor < 0 ? quint64(-(minor + 1)) + 1 : quint64(minor);
    if (places == 0)
        return sign + QString::number(magnitude);
    quint64 unit = 1;
    for (int i = 0; i < places; ++i)
        unit *= 10;
    return QStringLiteral("%1%2.%3")
        .arg(sign)
        .arg(magnitude / unit)
        .arg(magnitude % unit, places, 10, QLatin1Char('0'));
}

QString HandoffRowReader::localDateTime(qint64 secs)
{
    // The local offset only changes at daylight-saving switches: ask the time-zone data once an
    // hour of time, not once a cell (that lookup is the slow part for thousands of rows).
    static thread_local QHash<qint64, int> offsets;
    const qint64 hour = secs - secs % 3600;
    auto offset = offsets.constFind(hour);
    if (offset == offsets.constEnd()) {
        if (offsets.size() > 100000)
            offsets.clear();
        offset = offsets.insert(hour, Clock::fromSecs(hour).toLocalTime().offsetFromUtc());
    }
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs + *offset, Qt::UTC);
    const QDate date = local.date();
    const QTime time = local.time();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d", date.year(), date.month(), date.day(),
                             time.hour(), time.minute(), time.second());
}

QList<HandoffRow> HandoffRowReader::read(const QList<qint64>& leadIds,
                                         const QList<HandoffColumnSpec>& columns,
                                         qint64 handedOffAt, const Tick& tick) const
{
    QHash<qint64, HandoffRow> byId;
    byId.reserve(leadIds.size());
    for (qsizetype start = 0; start < leadIds.size(); start += chunkSize) {
        readChunk(leadIds.mid(start, chunkSize), columns, handedOffAt, byId);
        if (tick && !tick(qMin(start + chunkSize, leadIds.size())))
            throw HandoffError(HandoffError::Kind::Cancelled,
                               tr("The handoff was cancelled; nothing was changed."));
    }
    QList<HandoffRow> rows;
    rows.reserve(leadIds.size());
    for (qint64 id : leadIds) {
        const auto found = byId.constFind(id);
        if (found == byId.constEnd())
            throw HandoffError(HandoffError::Kind::NotReady,
                               tr("Lead %1 no longer exists; nothing was handed off.").arg(id));
        rows.append(*found);
    }
    return rows;
}

void HandoffRowReader::readChunk(const QList<qint64>& ids, const QList<HandoffColumnSpec>& columns,
                                 qint64 handedOffAt, QHash<qint64, HandoffRow>& rows) const
{
    QStringList marks(ids.size(), QStringLiteral("?"));
    QVariantList binds;
    for (qint64 id : ids)
        binds.append(id);
    QSqlQuery query = Sql::exec(m_store.db(), rowSelect.arg(marks.join(QLatin1Char(','))), binds);
    RowContext context;
    context.handedOffAt = localDateTime(handedOffAt);
    QList<std::optional<HandoffColumn>> known;
    for (const HandoffColumnSpec& column : columns)
        known.append(HandoffColumns::fromKey(column.key));
    while (query.next()) {
        HandoffRow row;
        row.leadId = query.value(FId).toLongLong();
        row.cells.reserve(columns.size());
        for (const auto& column : known)
            row.cells.append(column ? cell(*column, query, context) : QJsonValue(QJsonValue::Null));
        rows.insert(row.leadId, row);
    }
}
