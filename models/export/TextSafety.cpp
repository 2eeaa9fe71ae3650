#include "export/TextSafety.h"

#include <algorithm>

namespace TextSafety {

namespace {
constexpr QChar replacement(0xFFFD);

bool isLineSpace(QChar c)
{
    return c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}
} // namespace

bool isUnsafe(QChar c)
{
    const char16_t u = c.unicode();
    if (isLineSpace(c))
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

QString forCsv(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), isUnsafe))
        return text;
    QString clean = text;
    for (QChar& c : clean)
        if (isUnsafe(c))
            c = replacement;
    return clean;
}

QString printable(const QString& text)
{
    QString clean = forCsv(text);
    for (QChar& c : clean)
        if (isLineSpace(c))
            c = QLatin1Char(' ');
    return clean;
}

} // namespace TextSafety
