#include "HandoffExpectations.h"

#include "domain/Vocabulary.h"
#include "store/Store.h"

#include <QDate>
#include <QDateTime>
#include <QSqlRecord>

namespace {

QSqlRecord firstRecord(const Store& store, const QString& sql, qint64 id)
{
    QSqlQuery query = Sql::exec(store.db(), sql, {id});
    return query.next() ? query.record() : QSqlRecord();
}

QJsonValue textOrNull(const QVariant& value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString localTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QJsonValue amount(const QSqlRecord& q)
{
    if (q.isEmpty() || q.value(QStringLiteral("budget_amount_minor")).isNull())
        return QJsonValue::Null;
    const qint64 minor = q.value(QStringLiteral("budget_amount_minor")).toLongLong();
    if (q.value(QStringLiteral("budget_currency")).toString() == QLatin1String("JPY"))
        return QString::number(minor);
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

template <typename E> QJsonValue labelFor(const QSqlRecord& q, const char* field, E unknown)
{
    return labelOf(q.isEmpty() ? unknown
                               : fromKeyOr(q.value(QLatin1String(field)).toString(), unknown));
}

} // namespace

namespace HandoffExpectations {

QMap<QString, QJsonValue> cells(const Store& store, qint64 leadId, qint64 handedOffAt)
{
    const QSqlRecord l =
        firstRecord(store, QStringLiteral("SELECT * FROM leads WHERE id = ?"), leadId);
    const QSqlRecord q =
        firstRecord(store, QStringLiteral("SELECT * FROM qualification WHERE lead_id = ?"), leadId);
    const QSqlRecord call = firstRecord(
        store,
        QStringLiteral("SELECT * FROM calls WHERE lead_id = ? ORDER BY started_at DESC LIMIT 1"),
        leadId);
    const QString owner =
        Sql::scalar(store.db(), QStringLiteral("SELECT name FROM reps WHERE id = ?"),
                    {l.value(QStringLiteral("owner_id"))})
            .toString();
    const bool noCall = l.value(QStringLiteral("do_not_call")).toBool();
    const bool noEmail = l.value(QStringLiteral("do_not_email")).toBool();
    auto lead = [&](const char* field) { return textOrNull(l.value(QLatin1String(field))); };
    auto qual = [&](const char* field) {
        return q.isEmpty() ? QJsonValue(QJsonValue::Null)
                           : textOrNull(q.value(QLatin1String(field)));
    };

    QMap<QString, QJsonValue> cells;
    cells[QStringLiteral("lead_id")] = leadId;
    cells[QStringLiteral("name")] =
        QStringLiteral("%1 %2").arg(l.value(QStringLiteral("first_name")).toString(),
                                    l.value(QStringLiteral("last_name")).toString());
    cells[QStringLiteral("title")] = lead("title");
    cells[QStringLiteral("company")] = lead("company");
    cells[QStringLiteral("email")] = noEmail ? QJsonValue(QJsonValue::Null) : lead("email");
    cells[QStringLiteral("phone_e164")] =
        noCall ? QJsonValue(QJsonValue::Null) : lead("phone_e164");
    cells[QStringLiteral("phone")] = noCall ? QJsonValue(QJsonValue::Null) : lead("phone");
    cells[QStringLiteral("country")] = lead("country");
    cells[QStringLiteral("source_channel")] = labelOf(
        fromKeyOr(l.value(QStringLiteral("source_channel")).toString(), SourceChannel::Other));
    cells[QStringLiteral("campaign")] = lead("campaign");
    cells[QStringLiteral("score")] = l.value(QStringLiteral("total_score")).toLongLong();
    cells[QStringLiteral("grade")] = lead("grade");
    const auto quadrant = fromKey<Quadrant>(l.value(QStringLiteral("quadrant")).toString());
    cells[QStringLiteral("quadrant")] = quadrant ? QJsonValue(labelOf(*quadrant)) : QJsonValue();
    cells[QStringLiteral("buying_phase")] = labelFor(q, "buying_phase", BuyingPhase::Unknown);
    cells[QStringLiteral("budget_status")] = labelFor(q, "budget_status", BudgetStatus::Unknown);
    cells[QStringLiteral("budget_amount")] = amount(q);
    cells[QStringLiteral("budget_currency")] = qual("budget_currency");
    cells[QStringLiteral("authority")] = labelFor(q, "authority", AuthorityLevel::Unknown);
    cells[QStringLiteral("buying_role")] = labelFor(q, "buying_role", BuyingRole::Unknown);
    cells[QStringLiteral("need")] = labelFor(q, "need", NeedLevel::Unknown);
    cells[QStringLiteral("need_text")] = qual("need_text");
    cells[QStringLiteral("timing")] = labelFor(q, "timing", Timing::Unknown);
    cells[QStringLiteral("decision_date")] = qual("decision_date");
    cells[QStringLiteral("decision_maker_confirmed")] =
        yesNo(!q.isEmpty() && q.value(QStringLiteral("decision_maker_confirmed")).toBool());
    cells[QStringLiteral("last_call_at")] =
        call.isEmpty()
            ? QJsonValue()
            : QJsonValue(localTime(call.value(QStringLiteral("started_at")).toLongLong()));
    const auto outcome = fromKey<CallOutcome>(call.value(QStringLiteral("outcome")).toString());
    cells[QStringLiteral("last_call_outcome")] =
        outcome ? QJsonValue(labelOf(*outcome)) : QJsonValue();
    cells[QStringLiteral("last_call_note")] =
        call.isEmpty() ? QJsonValue() : textOrNull(call.value(QStringLiteral("note")));
    cells[QStringLiteral("qualification_notes")] = qual("notes");
    cells[QStringLiteral("rep")] = owner.isEmpty() ? QJsonValue() : QJsonValue(owner);
    cells[QStringLiteral("handed_off_at")] = localTime(handedOffAt);
    cells[QStringLiteral("do_not_call")] = yesNo(noCall);
    cells[QStringLiteral("do_not_email")] = yesNo(noEmail);
    for (auto it = cells.begin(); it != cells.end(); ++it)
        if (it->isUndefined())
            *it = QJsonValue::Null;
    return cells;
}

QString csvText(const QString& key, const QJsonValue& value, QChar delimiter)
{
    if (value.isNull())
        return {};
    if (value.isDouble())
        return QString::number(value.toInteger());
    QString text = value.toString();
    if (key == QLatin1String("budget_amount") && delimiter == QLatin1Char(';'))
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    if (key == QLatin1String("last_call_at") || key == QLatin1String("handed_off_at"))
        text = text.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
    return text;
}

} // namespace HandoffExpectations
