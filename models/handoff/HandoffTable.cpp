#include "handoff/HandoffTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace HandoffFormats {

QString keyOf(HandoffFormat format)
{
    return format == HandoffFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

std::optional<HandoffFormat> fromKey(const QString& key)
{
    if (key == QLatin1String("csv"))
        return HandoffFormat::Csv;
    if (key == QLatin1String("xlsx"))
        return HandoffFormat::Xlsx;
    return std::nullopt;
}

std::optional<HandoffFormat> fromPath(const QString& path)
{
    return fromKey(QFileInfo(path).suffix().toLower());
}

QString suffixOf(HandoffFormat format)
{
    return keyOf(format);
}

bool isDelimiter(const QString& text)
{
    return text == QLatin1String(",") || text == QLatin1String(";");
}

} // namespace HandoffFormats

HandoffLayout HandoffLayout::current(const QList<HandoffColumn>& columns, QChar delimiter)
{
    HandoffLayout layout;
    for (HandoffColumn column : columns)
        layout.columns.append(HandoffColumns::specOf(column));
    layout.delimiter = delimiter;
    layout.sheetName = QCoreApplication::translate("HandoffLayout", "Handoff");
    return layout;
}

QString HandoffLayout::toJson() const
{
    QJsonArray array;
    for (const HandoffColumnSpec& column : columns)
        array.append(QJsonObject{{QStringLiteral("key"), column.key},
                                 {QStringLiteral("header"), column.header}});
    const QJsonObject object{{QStringLiteral("columns"), array},
                             {QStringLiteral("delimiter"), QString(delimiter)},
                             {QStringLiteral("sheet"), sheetName}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

namespace {

HandoffColumnSpec specFromJson(const QJsonValue& value)
{
    const QString key =
        value.isObject() ? value[QLatin1String("key")].toString() : value.toString();
    QString header = value.isObject() ? value[QLatin1String("header")].toString() : QString();
    if (header.isEmpty()) {
        const auto column = HandoffColumns::fromKey(key);
        header = column ? HandoffColumns::headerOf(*column) : key;
    }
    return {key, header, HandoffColumns::kindOfKey(key)};
}

} // namespace

HandoffLayout HandoffLayout::fromJson(const QString& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    const QJsonObject object = document.object();
    const QJsonArray array =
        document.isArray() ? document.array() : object[QLatin1String("columns")].toArray();
    HandoffLayout layout;
    for (const QJsonValue& value : array)
        layout.columns.append(specFromJson(value));
    const QString delimiter = object[QLatin1String("delimiter")].toString();
    layout.delimiter = HandoffFormats::isDelimiter(delimiter) ? delimiter.at(0) : QLatin1Char(',');
    layout.sheetName = object[QLatin1String("sheet")].toString(QStringLiteral("Handoff"));
    return layout;
}

namespace HandoffSnapshots {

namespace {

void appendString(QByteArray& out, const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped.append(QLatin1Char('"'));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            escaped.append(QLatin1String("\\\""));
            break;
        case '\\':
            escaped.append(QLatin1String("\\\\"));
            break;
        case '\n':
            escaped.append(QLatin1String("\\n"));
            break;
        case '\r':
            escaped.append(QLatin1String("\\r"));
            break;
        case '\t':
            escaped.append(QLatin1String("\\t"));
            break;
        default:
            if (c.unicode() < 0x20)
                escaped.append(
                    QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
            else
                escaped.append(c);
        }
    }
    escaped.append(QLatin1Char('"'));
    out.append(escaped.toUtf8());
}

} // namespace

QByteArray toJson(const QList<HandoffColumnSpec>& columns, const HandoffRow& row)
{
    QByteArray out;
    out.reserve(1024);
    out.append('{');
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendString(out, columns.at(i).key);
        out.append(':');
        const QJsonValue value = row.cells.value(i);
        if (value.isDouble())
            out.append(QByteArray::number(value.toInteger()));
        else if (value.isString())
            appendString(out, value.toString());
        else
            out.append("null");
    }
    out.append('}');
    return out;
}

QList<QJsonValue> cellsFrom(const QList<HandoffColumnSpec>& columns, const QJsonObject& snapshot)
{
    QList<QJsonValue> cells;
    cells.reserve(columns.size());
    for (const HandoffColumnSpec& column : columns) {
        const QJsonValue value = snapshot.value(column.key);
        cells.append(value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
    }
    return cells;
}

} // namespace HandoffSnapshots

namespace HandoffCells {

bool isNumeric(const HandoffColumnSpec& column, const QJsonValue& value)
{
    // Only what the program formatted itself: a JSON number, or a decimal of digits and one point.
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (column.kind == CellKind::Integer)
        return value.isDouble();
    return column.kind == CellKind::Decimal && decimal.match(value.toString()).hasMatch();
}

QString csvText(const HandoffColumnSpec& column, const QJsonValue& value, QChar delimiter)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    switch (column.kind) {
    case CellKind::Decimal:
        return delimiter == QLatin1Char(';')
                   ? QString(text).replace(QLatin1Char('.'), QLatin1Char(','))
                   : text;
    case CellKind::DateTime: {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : text;
    }
    default:
        return text;
    }
}

} // namespace HandoffCells
