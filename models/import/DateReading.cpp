#include "import/DateReading.h"

#include "import/XlsxCellValue.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// A time after a date: "14:30", "14:30:15", "2:30 PM", "5:59:48 p.m.".
const QString timePattern = QStringLiteral(
    "(?:,?\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*([ap])\\.?m\\.?)?"
    "(?:\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?");

QRegularExpression pattern(const QString& date)
{
    return QRegularExpression(
        QStringLiteral("^") + date + QStringLiteral("(?:") + timePattern + QStringLiteral(")?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression& isoDate()
{
    static const QRegularExpression re = pattern(QStringLiteral("(\\d{4})-(\\d{1,2})-(\\d{1,2})"));
    return re;
}

/// "2025/01/31" and "2025.01.31" (year first, as some exports write) in ISO's dashes.
QString withIsoDashes(const QString& text)
{
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"));
    const auto m = yearFirst.match(text);
    if (!m.hasMatch())
        return text;
    return m.captured(1) + QLatin1Char('-') + m.captured(3) + QLatin1Char('-') + m.captured(4) +
           text.mid(m.capturedEnd());
}

/// "Mon, 31 Jan 2025", "Montag, 31.01.2025" without the day of the week.
QString withoutWeekday(const QString& text)
{
    static const QRegularExpression weekday(
        QStringLiteral(
            "^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|"
            "thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|"
            "mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\\.?,?\\s+(?=\\d|\\p{L})"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return QString(text).remove(weekday);
}

const QRegularExpression& germanDate()
{
    static const QRegularExpression re =
        pattern(QStringLiteral("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})"));
    return re;
}

const QRegularExpression& slashDate()
{
    static const QRegularExpression re =
        pattern(QStringLiteral("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})"));
    return re;
}

const QRegularExpression& monthFirstName()
{
    static const QRegularExpression re =
        pattern(QStringLiteral("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"));
    return re;
}

const QRegularExpression& dayFirstName()
{
    static const QRegularExpression re =
        pattern(QStringLiteral("(\\d{1,2})\\.?[\\s-]+(\\p{L}+)\\.?,?[\\s-]+(\\d{4})"));
    return re;
}

const QRegularExpression& serialNumber()
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,6}(?:\\.\\d+)?$"));
    return re;
}

/// English and German month names and abbreviations → 1–12.
int monthNumber(const QString& name)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> result;
        const QStringList names = {QStringLiteral("january january jan jan januar jän"),
                                   QStringLiteral("february feb februar feber"),
                                   QStringLiteral("march mar märz maerz mär mrz"),
                                   QStringLiteral("april apr"),
                                   QStringLiteral("may mai"),
                                   QStringLiteral("june jun juni"),
                                   QStringLiteral("july jul juli"),
                                   QStringLiteral("august aug"),
                                   QStringLiteral("september sep sept"),
                                   QStringLiteral("october oct oktober okt"),
                                   QStringLiteral("november nov"),
                                   QStringLiteral("december dec dezember dez")};
        for (int m = 0; m < names.size(); ++m)
            for (const QString& word : names.at(m).split(QLatin1Char(' ')))
                result.insert(word, m + 1);
        return result;
    }();
    return months.value(name.toLower(), 0);
}

int fullYear(const QString& digits)
{
    const int year = digits.toInt();
    if (digits.size() != 2)
        return year;
    const int now = QDate::currentDate().year();
    const int century = now - now % 100;
    return century + year <= now + 10 ? century + year : century - 100 + year;
}

/// Reads the time captured from group `first` on (hour, minute, second, am/pm, offset).
void readTime(const QRegularExpressionMatch& m, int first, ReadDate& result, bool& ok)
{
    if (m.captured(first).isEmpty())
        return;
    int hour = m.captured(first).toInt();
    const QString half = m.captured(first + 3).toLower();
    if (!half.isEmpty()) {
        ok = ok && hour >= 1 && hour <= 12;
        hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
    }
    const QTime time(hour, m.captured(first + 1).toInt(), m.captured(first + 2).toInt());
    ok = ok && time.isValid();
    result.time = time;
    const QString offset = m.captured(first + 4);
    if (offset.isEmpty())
        return;
    if (offset.front().isLetter()) {
        result.utcOffsetSeconds = 0;
        return;
    }
    const QString digits = QString(offset).remove(QLatin1Char(':'));
    const int seconds = digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60;
    result.utcOffsetSeconds = digits.front() == QLatin1Char('-') ? -seconds : seconds;
}

bool isEmptyDate(const QString& text)
{
    static const QRegularExpression zeros(QStringLiteral("^0{1,4}([./-])0{1,2}\\1(0{2}|0{4})$"));
    return zeros.match(text).hasMatch();
}

enum class SlashVote
{
    None,
    DayFirst,
    MonthFirst,
    Either ///< both readings give the same day (05/05/2025)
};

SlashVote slashVote(const QRegularExpressionMatch& m)
{
    const int a = m.captured(1).toInt(), b = m.captured(3).toInt();
    if (a == b)
        return SlashVote::Either;
    if (a > 12 && b <= 12)
        return SlashVote::DayFirst;
    if (b > 12 && a <= 12)
        return SlashVote::MonthFirst;
    return SlashVote::None;
}

} // namespace

QString ReadDate::iso() const
{
    if (!date.isValid())
        return {};
    QString text = date.toString(Qt::ISODate);
    if (time)
        text += QLatin1Char('T') + time->toString(Qt::ISODate);
    return text;
}

DateStyle DateReading::detectStyle(const QStringList& values)
{
    int iso = 0, german = 0, slashes = 0, dayFirst = 0, monthFirst = 0, serials = 0, filled = 0;
    for (const QString& value : values) {
        const QString text = withIsoDashes(withoutWeekday(ValueCleaning::tidy(value)));
        if (text.isEmpty() || isEmptyDate(text) || ValueCleaning::isPlaceholder(text))
            continue;
        ++filled;
        if (const auto m = slashDate().match(text); m.hasMatch()) {
            ++slashes;
            const SlashVote vote = slashVote(m);
            dayFirst += vote == SlashVote::DayFirst;
            monthFirst += vote == SlashVote::MonthFirst;
        } else if (isoDate().match(text).hasMatch()) {
            ++iso;
        } else if (germanDate().match(text).hasMatch()) {
            ++german;
        } else if (serialNumber().match(text).hasMatch()) {
            const double serial = text.toDouble();
            serials += serial >= 1 && serial < 2958466; // up to 9999-12-31
        }
    }
    if (slashes > 0) {
        if (dayFirst > 0 && monthFirst == 0)
            return DateStyle::DayFirst;
        if (monthFirst > 0 && dayFirst == 0)
            return DateStyle::MonthFirst;
        return DateStyle::Ambiguous;
    }
    if (serials > 0 && serials == filled)
        return DateStyle::ExcelSerial;
    if (german + iso == 0)
        return DateStyle::Unknown;
    return german > iso ? DateStyle::German : DateStyle::Iso;
}

namespace {

/// Fills the date from year, month and day and the time from group `timeGroup` on.
bool fill(ReadDate& result, int year, int month, int day, const QRegularExpressionMatch& m,
          int timeGroup)
{
    bool ok = true;
    result.date = QDate(year, month, day);
    readTime(m, timeGroup, result, ok);
    if (!result.date.isValid() || !ok) {
        result.date = {};
        result.time.reset();
        result.utcOffsetSeconds.reset();
        return false;
    }
    return true;
}

bool readNamed(const QString& text, ReadDate& result, bool& matched)
{
    if (const auto m = monthFirstName().match(text); m.hasMatch() && monthNumber(m.captured(1))) {
        matched = true;
        return fill(result, m.captured(3).toInt(), monthNumber(m.captured(1)),
                    m.captured(2).toInt(), m, 4);
    }
    if (const auto m = dayFirstName().match(text); m.hasMatch() && monthNumber(m.captured(2))) {
        matched = true;
        return fill(result, m.captured(3).toInt(), monthNumber(m.captured(2)),
                    m.captured(1).toInt(), m, 4);
    }
    return false;
}

} // namespace

namespace {

/// The fields of a numeric date: year, month, day and the capture group its time starts at.
struct DateParts
{
    int year = 0;
    int month = 0;
    int day = 0;
    int timeGroup = 0;
    QRegularExpressionMatch match;
};

/// Reads a slash date in the column's style; nothing when it could be either reading.
std::optional<DateParts> slashParts(const QRegularExpressionMatch& m, DateStyle columnStyle)
{
    const SlashVote vote = slashVote(m);
    const bool dayFirst = vote == SlashVote::DayFirst || vote == SlashVote::Either ||
                          (vote == SlashVote::None && columnStyle == DateStyle::DayFirst);
    const bool monthFirst = vote == SlashVote::MonthFirst ||
                            (vote == SlashVote::None && columnStyle == DateStyle::MonthFirst);
    if (!dayFirst && !monthFirst)
        return std::nullopt;
    const int first = m.captured(1).toInt(), second = m.captured(3).toInt();
    return DateParts{fullYear(m.captured(4)), dayFirst ? second : first, dayFirst ? first : second,
                     5, m};
}

/// ISO and dotted German dates, which say by themselves how to read them.
std::optional<DateParts> selfEvidentParts(const QString& text)
{
    if (const auto m = isoDate().match(text); m.hasMatch())
        return DateParts{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), 4, m};
    if (const auto m = germanDate().match(text); m.hasMatch())
        return DateParts{fullYear(m.captured(3)), m.captured(2).toInt(), m.captured(1).toInt(), 4,
                         m};
    return std::nullopt;
}

} // namespace

ReadDate DateReading::read(const QString& written, DateStyle columnStyle, bool date1904)
{
    ReadDate result;
    const QString shown = ValueCleaning::tidy(written);
    const QString text = withIsoDashes(withoutWeekday(shown));
    if (text.isEmpty() || isEmptyDate(text) || ValueCleaning::isPlaceholder(text))
        return result;
    std::optional<DateParts> parts = selfEvidentParts(text);
    if (const auto m = slashDate().match(text); !parts && m.hasMatch()) {
        parts = slashParts(m, columnStyle);
        if (!parts) {
            result.note(CleanOutcome::Flagged,
                        tr("\"%1\" could be day/month or month/day, and the column's other dates "
                           "do not tell which; left empty")
                            .arg(shown));
            return result;
        }
    }
    bool named = false;
    const bool done =
        parts ? fill(result, parts->year, parts->month, parts->day, parts->match, parts->timeGroup)
              : readNamed(text, result, named);
    if (done)
        return result;
    if (parts || named) {
        result.note(CleanOutcome::Rejected, tr("\"%1\" names no day of the calendar").arg(shown));
        return result;
    }
    return readSerial(text, shown, columnStyle, date1904);
}

ReadDate DateReading::readSerial(const QString& text, const QString& shown, DateStyle columnStyle,
                                 bool date1904)
{
    ReadDate result;
    if (!serialNumber().match(text).hasMatch()) {
        result.note(CleanOutcome::Rejected, tr("\"%1\" is not a date").arg(shown));
        return result;
    }
    if (columnStyle == DateStyle::ExcelSerial) {
        const auto kind =
            text.contains(QLatin1Char('.')) ? XlsxNumberKind::DateTime : XlsxNumberKind::Date;
        if (const auto iso = XlsxCellValue::serialDate(text, kind, date1904))
            return read(*iso, DateStyle::Iso);
    }
    result.note(CleanOutcome::Rejected, tr("\"%1\" is a number, not a date").arg(shown));
    return result;
}
