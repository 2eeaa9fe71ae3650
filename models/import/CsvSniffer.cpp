#include "import/CsvSniffer.h"

#include <QHash>
#include <algorithm>

namespace {

constexpr int maxRecords = 100;

// How often `delimiter` occurs outside quotes in each of the sample's non-blank records.
QList<int> countsPerRecord(QStringView sample, QChar delimiter, bool truncated)
{
    QList<int> counts;
    bool quoted = false, content = false;
    int count = 0;
    QChar previous;
    for (const QChar c : sample) {
        const bool lineBreak = c == u'\r' || (c == u'\n' && previous != u'\r');
        previous = c;
        if (c == u'"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (lineBreak) {
            if (content)
                counts.append(count);
            count = 0;
            content = false;
            if (counts.size() == maxRecords)
                return counts;
            continue;
        }
        if (c == u'\n')
            continue; // the LF of a CRLF
        content = true;
        count += c == delimiter ? 1 : 0;
    }
    if (content && !truncated)
        counts.append(count);
    return counts;
}

struct Score
{
    int consistent = 0; ///< records with the most common count
    int fields = 0;     ///< that count

    bool operator>(const Score& other) const
    {
        return consistent != other.consistent ? consistent > other.consistent
                                              : fields > other.fields;
    }
};

Score score(const QList<int>& counts)
{
    QHash<int, int> frequency;
    for (const int count : counts)
        ++frequency[count];
    Score best;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
        const Score candidate{it.value(), it.key()};
        if (it.key() > 0 && candidate > best)
            best = candidate;
    }
    return best;
}

} // namespace

namespace CsvSniffer {

QList<QChar> delimiters()
{
    return {u',', u';', u'\t', u'|'};
}

QChar detectDelimiter(QStringView sample, bool truncated)
{
    QChar best = u',';
    Score bestScore;
    for (const QChar delimiter : delimiters()) {
        const Score candidate = score(countsPerRecord(sample, delimiter, truncated));
        if (candidate > bestScore) {
            best = delimiter;
            bestScore = candidate;
        }
    }
    return best;
}

} // namespace CsvSniffer
