#include "leads/DisclosureHtml.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString humanised(const QString& column)
{
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

QString detailsTable(const QJsonObject& object)
{
    QString html = QStringLiteral("<table class=\"details\">");
    for (auto it = object.begin(); it != object.end(); ++it)
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                    .arg(humanised(it.key()).toHtmlEscaped(), cellText(*it).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString rowsTable(const QJsonArray& rows)
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
            html += QStringLiteral("<td>%1</td>")
                        .arg(cellText(row.toObject().value(column)).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString leadSection(const QJsonObject& record)
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
    html += detailsTable(lead);
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (!it->isArray())
            continue;
        html += QStringLiteral("<h3>%1</h3>").arg(DisclosureHtml::sectionTitle(it.key()));
        html += rowsTable(it->toArray());
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
    for (const QJsonValue& record : leads)
        html += leadSection(record.toObject());
    const QJsonObject reps = root.value(QStringLiteral("reps")).toObject();
    if (!reps.isEmpty()) {
        html +=
            QStringLiteral("<h2>%1</h2>").arg(tr("Our staff named above (by id)").toHtmlEscaped());
        html += detailsTable(reps);
    }
    return html + QStringLiteral("</body></html>\n");
}
