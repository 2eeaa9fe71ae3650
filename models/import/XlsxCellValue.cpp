#include "import/XlsxCellValue.h"

#include <QDateTime>
#include <QRegularExpression>
#include <cmath>

namespace {

constexpr int maxColumns = 16384; // XFD
constexpr qint64 secondsPerDay = 86400;

XlsxNumberKind builtInKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return XlsxNumberKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
        return XlsxNumberKind::Time;
    if (id == 22)
        return XlsxNumberKind::DateTime;
    return XlsxNumberKind::Number;
}

// The letters of the first section of a format code that are not quoted, escaped or bracketed,
// except elapsed-time brackets ([h], [mm], [ss]).
QString formatLetters(const QString& code)
{
    QString letters;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u';')
            break;
        if (c == u'"') {
            i = code.indexOf(u'"', i + 1);
            if (i < 0)
                break;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            const QString inner = code.mid(i + 1, end - i - 1).toLower();
            if (inner.startsWith(u'h') || inner.startsWith(u'm') || inner.startsWith(u's'))
                letters += inner;
            if (end < 0)
                break;
            i = end;
        } else if (c.isLetter()) {
            letters += c.toLower();
        }
    }
    return letters;
}

} // namespace

namespace XlsxCellValue {

XlsxNumberKind kindOf(int numberFormatId, const QString& formatCode)
{
    if (formatCode.isEmpty())
        return builtInKind(numberFormatId);
    const QString letters = formatLetters(formatCode);
    if (letters == QLatin1String("general"))
        return XlsxNumberKind::Number;
    const bool time = letters.contains(u'h') || letters.contains(u's');
    const bool date =
        letters.contains(u'y') || letters.contains(u'd') || (letters.contains(u'm') && !time);
    if (date && time)
        return XlsxNumberKind::DateTime;
    return date ? XlsxNumberKind::Date : time ? XlsxNumberKind::Time : XlsxNumberKind::Number;
}

QString number(QStringView stored)
{
    bool ok = false;
    const double value = stored.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return stored.toString();
    if (value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

std::optional<QString> serialDate(QStringView stored, XlsxNumberKind kind, bool date1904)
{
    bool ok = false;
    const double serial = stored.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return std::nullopt;
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * secondsPerDay);
    if (seconds == secondsPerDay) {
        ++days;
        seconds = 0;
    }
    const QString time = QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss"));
    if (kind == XlsxNumberKind::Time)
        return time;
    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)
        date = QStringLiteral("1900-02-29");
    else
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    return kind == XlsxNumberKind::DateTime ? date + u'T' + time : date;
}

int column(QStringView reference)
{
    int index = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        index = index * 26 + (u - u'A' + 1);
        if (++letters > 3 || index > maxColumns)
            return -1;
    }
    return letters == 0 ? -1 : index - 1;
}

QString unescape(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString result;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += QChar(char16_t(match.captured(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace XlsxCellValue
