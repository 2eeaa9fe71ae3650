#include "import/HeaderVocabulary.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

static void initModelsResources()
{
    // The models library is static: its resources register only when asked for.
    Q_INIT_RESOURCE(models);
}

namespace HeaderVocabulary {

namespace {

struct Candidate
{
    ImportTarget target;
    int rank = 0;
};

struct Profile
{
    QStringList when;
    QHash<QString, Candidate> headers;
};

struct Keyword
{
    ImportTarget target;
    int rank = 0;
    QStringList words;
};

struct Table
{
    QHash<QString, Candidate> known;
    QList<Profile> profiles;
    QList<Keyword> keywords;
    QSet<QString> better;
    QSet<QString> worse;
    QStringList problems;

    std::optional<ImportTarget> target(const QString& key, const QString& where)
    {
        const auto found = ImportTarget::fromKey(key);
        if (!found)
            problems.append(QStringLiteral("%1: unknown target \"%2\"").arg(where, key));
        return found;
    }

    void addKnown(const QString& header, Candidate candidate)
    {
        const QString key = normalise(header);
        if (known.contains(key))
            problems.append(QStringLiteral("\"%1\" is listed twice").arg(header));
        known.insert(key, candidate);
    }
};

QString folded(QString text)
{
    text = text.toCaseFolded();
    text.replace(QChar(0xe4), QLatin1String("ae"));
    text.replace(QChar(0xf6), QLatin1String("oe"));
    text.replace(QChar(0xfc), QLatin1String("ue"));
    text.replace(QChar(0xdf), QLatin1String("ss"));
    return text.normalized(QString::NormalizationForm_KD);
}

void readKnown(Table& table, const QJsonObject& known)
{
    for (auto it = known.begin(); it != known.end(); ++it) {
        const auto target = table.target(it.key(), QStringLiteral("known"));
        if (!target)
            continue;
        const QJsonArray groups = it.value().toArray();
        for (int rank = 0; rank < groups.size(); ++rank)
            for (const QJsonValue& header : groups.at(rank).toArray())
                table.addKnown(header.toString(), {*target, rank});
    }
}

void readProfiles(Table& table, const QJsonArray& profiles)
{
    for (const QJsonValue& value : profiles) {
        const QJsonObject object = value.toObject();
        Profile profile;
        for (const QJsonValue& marker : object.value(QLatin1String("when")).toArray())
            profile.when.append(normalise(marker.toString()));
        const QJsonObject headers = object.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            // "header": "target", or "header": ["target", rank].
            const QJsonArray pair = it.value().toArray();
            const QString key =
                it.value().isArray() ? pair.at(0).toString() : it.value().toString();
            if (const auto target =
                    table.target(key, object.value(QLatin1String("name")).toString()))
                profile.headers.insert(normalise(it.key()), {*target, pair.at(1).toInt(0)});
        }
        table.profiles.append(profile);
    }
}

void readKeywords(Table& table, const QJsonArray& keywords)
{
    for (const QJsonValue& value : keywords) {
        const QJsonObject object = value.toObject();
        const auto target = table.target(object.value(QLatin1String("target")).toString(),
                                         QStringLiteral("keywords"));
        if (!target)
            continue;
        Keyword keyword{*target, object.value(QLatin1String("rank")).toInt(0), {}};
        for (const QJsonValue& word : object.value(QLatin1String("words")).toArray())
            keyword.words.append(word.toString());
        table.keywords.append(keyword);
    }
}

Table load()
{
    initModelsResources();
    Table table;
    QFile file(QStringLiteral(":/leadscout/data/import-headers.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        table.problems.append(QStringLiteral("the header table is missing"));
        return table;
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        table.problems.append(QStringLiteral("the header table is no JSON: ") +
                              error.errorString());
    readKnown(table, root.value(QLatin1String("known")).toObject());
    readProfiles(table, root.value(QLatin1String("profiles")).toArray());
    readKeywords(table, root.value(QLatin1String("keywords")).toArray());
    for (const QJsonValue& word : root.value(QLatin1String("better")).toArray())
        table.better.insert(word.toString());
    for (const QJsonValue& word : root.value(QLatin1String("worse")).toArray())
        table.worse.insert(word.toString());
    return table;
}

const Table& table()
{
    static const Table loaded = load();
    return loaded;
}

// How much better (below 0) or worse a keyword match is for the other words of its header.
int rankShift(const QStringList& headerWords)
{
    int shift = 0;
    for (const QString& word : headerWords) {
        if (table().better.contains(word))
            shift = -1;
        else if (table().worse.contains(word))
            return 2;
    }
    return shift;
}

std::optional<Match> keywordMatch(const QString& header, const QString& normalised)
{
    const QStringList headerWords = words(header);
    for (const Keyword& keyword : table().keywords)
        for (const QString& word : keyword.words)
            if (headerWords.contains(word) || (word.size() >= 5 && normalised.contains(word)))
                return Match{keyword.target, 10 + keyword.rank + rankShift(headerWords),
                             Match::How::Keyword};
    return std::nullopt;
}

QList<const Profile*> fittingProfiles(const QStringList& headers)
{
    QSet<QString> present;
    for (const QString& header : headers)
        present.insert(normalise(header.left(matchedLength)));
    QList<const Profile*> fitting;
    for (const Profile& profile : table().profiles)
        if (std::all_of(profile.when.begin(), profile.when.end(),
                        [&](const QString& marker) { return present.contains(marker); }))
            fitting.append(&profile);
    return fitting;
}

Match matchOne(const QString& header, const QList<const Profile*>& profiles)
{
    const QString normalised = normalise(header);
    if (normalised.isEmpty())
        return {};
    for (const Profile* profile : profiles)
        if (const auto it = profile->headers.find(normalised); it != profile->headers.end())
            return {it->target, it->rank, Match::How::Known};
    if (const auto it = table().known.find(normalised); it != table().known.end())
        return {it->target, it->rank, Match::How::Known};
    return keywordMatch(header, normalised).value_or(Match{});
}

} // namespace

QString normalise(const QString& header)
{
    QString result;
    for (const QChar c : folded(header))
        if (c.isLetterOrNumber())
            result.append(c);
    return result;
}

QStringList words(const QString& header)
{
    QStringList result;
    QString current;
    const auto flush = [&] {
        if (const QString word = normalise(current); !word.isEmpty())
            result.append(word);
        current.clear();
    };
    QChar previous;
    for (const QChar c : header) {
        if (!c.isLetterOrNumber())
            flush();
        else if (!previous.isNull() && previous.isLetterOrNumber() &&
                 ((previous.isLower() && c.isUpper()) || (previous.isDigit() != c.isDigit())))
            flush();
        if (c.isLetterOrNumber())
            current.append(c);
        previous = c;
    }
    flush();
    return result;
}

QList<Match> match(const QStringList& headers)
{
    const QList<const Profile*> profiles = fittingProfiles(headers);
    QList<Match> matches;
    matches.reserve(headers.size());
    for (const QString& header : headers)
        matches.append(matchOne(header.left(matchedLength), profiles));
    return matches;
}

QStringList tableProblems()
{
    QStringList problems = table().problems;
    if (table().known.isEmpty() || table().keywords.isEmpty())
        problems.append(QStringLiteral("the header table is empty"));
    return problems;
}

} // namespace HeaderVocabulary
