#include "leads/DisclosureHtml.h"

#include "domain/Vocabulary.h"
#include "leads/LeadFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// The order a person reads a lead in: who, how to reach them, the company, where from, status.
const QStringList leadOrder{
    QStringLiteral("first_name"),
    QStringLiteral("last_name"),
    QStringLiteral("title"),
    QStringLiteral("seniority"),
    QStringLiteral("email"),
    QStringLiteral("phone"),
    QStringLiteral("company"),
    QStringLiteral("website"),
    QStringLiteral("industry"),
    QStringLiteral("employees"),
    QStringLiteral("annual_revenue_minor"),
    QStringLiteral("revenue_currency"),
    QStringLiteral("country"),
    QStringLiteral("city"),
    QStringLiteral("time_zone"),
    QStringLiteral("source_channel"),
    QStringLiteral("campaign"),
    QStringLiteral("owner_id"),
    QStringLiteral("stage"),
    QStringLiteral("do_not_call"),
    QStringLiteral("do_not_email"),
    QStringLiteral("created_at"),
};

const QStringList repColumns{QStringLiteral("rep_id"), QStringLiteral("owner_id"),
                             QStringLiteral("created_by")};

QString humanised(const QString& column)
{
    if (const auto field = LeadFields::fromKey(column))
        return LeadFields::label(*field);
    QString text = column;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString cellText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? DisclosureHtml::tr("yes") : DisclosureHtml::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'f', 0);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// A value as people read it: labels for stage, seniority, industry and source keys, and the
// rep's name for rep ids.
QString displayText(const QString& column, const QJsonValue& value, const QJsonObject& reps)
{
    const QString text = value.toString();
    if (repColumns.contains(column) && value.isDouble()) {
        const QString id = QString::number(value.toInteger());
        return reps.contains(id) ? reps.value(id).toString() : id;
    }
    if (column.endsWith(QLatin1String("stage")) && value.isString())
        return fromKey<Stage>(text) ? labelOf(*fromKey<Stage>(text)) : text;
    if (column.startsWith(QLatin1String("do_not_")) && value.isDouble())
        return value.toInteger() ? DisclosureHtml::tr("yes") : DisclosureHtml::tr("no");
    if (column == QLatin1String("field") && value.isString())
        return LeadFields::labelForKey(text);
    if (column == QLatin1String("seniority") && value.isString())
        return labelOf(fromKeyOr(text, Seniority::Unknown));
    if (column == QLatin1String("industry") && value.isString())
        return labelOf(fromKeyOr(text, Industry::Unknown));
    if (column == QLatin1String("source_channel") && value.isString())
        return labelOf(fromKeyOr(text, SourceChannel::Other));
    return cellText(value);
}

QString detailsTable(const QJsonObject& object, const QJsonObject& reps)
{
    QStringList keys = object.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const auto rank = [](const QString& key) {
            const qsizetype at = leadOrder.indexOf(key);
            return at < 0 ? leadOrder.size() : at;
        };
        return rank(a) < rank(b);
    });
    QString html = QStringLiteral("<table class=\"details\">");
    for (const QString& key : keys) {
        if (object.value(key).isNull())
            continue; // nothing stored there
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                    .arg(humanised(key).toHtmlEscaped(),
                         displayText(key, object.value(key), reps).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString rowsTable(const QJsonArray& rows, const QJsonObject& reps)
{
    if (rows.isEmpty())
        return QStringLiteral("<p class=\"none\">%1</p>")
            .arg(DisclosureHtml::tr("Nothing stored."));
    QStringList columns;
    for (const QJsonValue& row : rows)
        for (const QString& key : row.toObject().keys())
            if (!columns.contains(key) && key != QLatin1String("lead_id"))
                columns.append(key);
    QString html = QStringLiteral("<table class=\"rows\"><tr>");
    for (const QString& column : columns)
        html += QStringLiteral("<th>%1</th>").arg(humanised(column).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QJsonValue& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& column : columns)
            html +=
                QStringLiteral("<td>%1</td>")
                    .arg(displayText(column, row.toObject().value(column), reps).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString leadSection(const QJsonObject& record, const QJsonObject& reps)
{
    const QJsonObject lead = record.value(QStringLiteral("lead")).toObject();
    const QString name = QStringLiteral("%1 %2")
                             .arg(lead.value(QStringLiteral("first_name")).toString(),
                                  lead.value(QStringLiteral("last_name")).toString())
                             .trimmed();
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(DisclosureHtml::tr("Lead %1: %2")
                     .arg(record.value(QStringLiteral("lead_id")).toInteger())
                     .arg(name.isEmpty() ? lead.value(QStringLiteral("email")).toString() : name)
                     .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(DisclosureHtml::sectionTitle(QStringLiteral("lead")));
    html += detailsTable(lead, reps);
    // Sections in the order of a lead's life; tables added later follow by name.
    static const QStringList order{
        QStringLiteral("stage_history"),     QStringLiteral("calls"),
        QStringLiteral("qualification"),     QStringLiteral("qualification_drafts"),
        QStringLiteral("interest_events"),   QStringLiteral("nurture_plans"),
        QStringLiteral("nurture_steps"),     QStringLiteral("handoff_items"),
        QStringLiteral("lead_field_changes")};
    QStringList sections;
    for (auto it = record.begin(); it != record.end(); ++it)
        if (it->isArray())
            sections.append(it.key());
    std::stable_sort(sections.begin(), sections.end(), [](const QString& a, const QString& b) {
        const auto rank = [](const QString& key) {
            const qsizetype at = order.indexOf(key);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    for (const QString& section : sections) {
        html += QStringLiteral("<h3>%1</h3>").arg(DisclosureHtml::sectionTitle(section));
        html += rowsTable(record.value(section).toArray(), reps);
    }
    return html;
}

} // namespace

QString DisclosureHtml::sectionTitle(const QString& key)
{
    static const QList<std::pair<const char*, const char*>> titles{
        {"lead", QT_TR_NOOP("Contact, company and status")},
        {"stage_history", QT_TR_NOOP("Stage history")},
        {"calls", QT_TR_NOOP("Calls")},
        {"qualification", QT_TR_NOOP("Qualification (BANT)")},
        {"qualification_drafts", QT_TR_NOOP("Unsaved qualification draft")},
        {"interest_events", QT_TR_NOOP("Interest events")},
        {"nurture_plans", QT_TR_NOOP("Nurture plans")},
        {"nurture_steps", QT_TR_NOOP("Nurture steps")},
        {"handoff_items", QT_TR_NOOP("Handed to sales (batch rows)")},
        {"lead_field_changes", QT_TR_NOOP("Changes to the details")},
        {"lead_alternates", QT_TR_NOOP("Other e-mail addresses and phone numbers")},
        {"lead_merges", QT_TR_NOOP("Merges of duplicate records (the records as they were)")},
    };
    for (const auto& [name, title] : titles)
        if (key == QLatin1String(name))
            return tr(title).toHtmlEscaped();
    return humanised(key).toHtmlEscaped();
}

QString DisclosureHtml::render(const QJsonDocument& disclosure)
{
    const QJsonObject root = disclosure.object();
    const QJsonArray leads = root.value(QStringLiteral("leads")).toArray();
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
            "body{font-family:sans-serif;margin:2em;color:#222}"
            "table{border-collapse:collapse;margin-bottom:1em}"
            "th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}"
            "th{background:#f0f0f0}.details th{width:14em}.none{color:#777}"
            "</style></head><body>")
            .arg(tr("What LeadScout stores about you").toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(tr("What LeadScout stores about you").toHtmlEscaped(),
                     tr("This summary lists everything stored about the person below as of %1 "
                        "(UTC). Times are in UTC; amounts of money are in cents of the named "
                        "currency. The JSON file beside it holds the same data for other "
                        "programs.")
                         .arg(root.value(QStringLiteral("generated_at")).toString())
                         .toHtmlEscaped());
    if (leads.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing is stored.").toHtmlEscaped());
    const QJsonObject reps = root.value(QStringLiteral("reps")).toObject();
    for (const QJsonValue& record : leads)
        html += leadSection(record.toObject(), reps);
    if (!reps.isEmpty()) {
        html +=
            QStringLiteral("<h2>%1</h2>").arg(tr("Our staff named above (by id)").toHtmlEscaped());
        html += detailsTable(reps, {});
    }
    return html + QStringLiteral("</body></html>\n");
}
