#include "import/NameCleaning.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace {

QString bare(const QString& word)
{
    QString key = word.toLower();
    while (key.endsWith(QLatin1Char('.')) || key.endsWith(QLatin1Char(',')))
        key.chop(1);
    return key;
}

bool isParticle(const QString& word)
{
    static const QSet<QString> particles = {
        QStringLiteral("von"), QStringLiteral("vom"),   QStringLiteral("zu"),
        QStringLiteral("zum"), QStringLiteral("zur"),   QStringLiteral("van"),
        QStringLiteral("der"), QStringLiteral("den"),   QStringLiteral("de"),
        QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"),
        QStringLiteral("da"),  QStringLiteral("dos"),   QStringLiteral("das"),
        QStringLiteral("do"),  QStringLiteral("du"),    QStringLiteral("des"),
        QStringLiteral("la"),  QStringLiteral("le"),    QStringLiteral("ten"),
        QStringLiteral("ter"), QStringLiteral("te"),    QStringLiteral("af"),
        QStringLiteral("av"),  QStringLiteral("bin"),   QStringLiteral("ibn"),
        QStringLiteral("al")};
    return particles.contains(word.toLower());
}

bool isSuffix(const QString& word)
{
    static const QSet<QString> suffixes = {
        QStringLiteral("jr"),   QStringLiteral("sr"),   QStringLiteral("ii"),
        QStringLiteral("iii"),  QStringLiteral("iv"),   QStringLiteral("mba"),
        QStringLiteral("phd"),  QStringLiteral("ph.d"), QStringLiteral("msc"),
        QStringLiteral("m.sc"), QStringLiteral("bsc"),  QStringLiteral("b.sc"),
        QStringLiteral("ma"),   QStringLiteral("ba"),   QStringLiteral("llm"),
        QStringLiteral("ll.m"), QStringLiteral("esq"),  QStringLiteral("md"),
        QStringLiteral("cpa")};
    // "MA" and "BA" only in capitals: "Ma" is a family name (Jack Ma).
    const QString key = bare(word);
    if ((key == QLatin1String("ma") || key == QLatin1String("ba")) && word != word.toUpper())
        return false;
    return suffixes.contains(key);
}

/// Lower-case abbreviations that follow a doctor's title: "Dr. med.", "Dr. rer. nat.", "h.c.".
bool isTitleTail(const QString& word)
{
    return word.size() > 1 && word.endsWith(QLatin1Char('.')) && word.front().isLower();
}

struct Words
{
    QStringList words;
    QStringList salutations;
    QStringList titles;
};

/// Moves the salutations and titles at the front of `words` to their lists.
void takeFront(Words& w)
{
    while (!w.words.isEmpty()) {
        const QString& word = w.words.first();
        if (NameCleaning::isSalutation(word))
            w.salutations.append(word);
        else if (NameCleaning::isTitle(word) || (!w.titles.isEmpty() && isTitleTail(word)))
            w.titles.append(word);
        else
            break;
        w.words.removeFirst();
    }
}

QStringList takeSuffixes(QStringList& words)
{
    QStringList suffixes;
    while (words.size() > 1 && isSuffix(words.last()))
        suffixes.prepend(words.takeLast());
    return suffixes;
}

/// Where the last name begins: at the first particle after the first word, else the last word.
qsizetype lastNameStart(const QStringList& words)
{
    for (qsizetype i = 1; i + 1 < words.size(); ++i)
        if (isParticle(words.at(i)))
            return i;
    return words.size() - 1;
}

QString joined(const QStringList& words)
{
    return words.join(QLatin1Char(' '));
}

QStringList wordsOf(const QString& text)
{
    return ValueCleaning::tidy(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void fillFromComma(PersonName& name, const QString& family, const QString& given)
{
    Words front{wordsOf(family), {}, {}};
    takeFront(front);
    Words back{wordsOf(given), {}, {}};
    takeFront(back);
    const QStringList suffixes = takeSuffixes(back.words);
    name.salutation = joined(front.salutations + back.salutations);
    name.title = joined(front.titles + back.titles);
    name.lastName = joined(front.words);
    name.firstName = joined(back.words);
    name.suffix = joined(suffixes);
}

void fillFromWords(PersonName& name, const QString& text)
{
    Words w{wordsOf(text), {}, {}};
    takeFront(w);
    const QStringList suffixes = takeSuffixes(w.words);
    const qsizetype start = w.words.isEmpty() ? 0 : lastNameStart(w.words);
    name.salutation = joined(w.salutations);
    name.title = joined(w.titles);
    name.firstName = joined(w.words.mid(0, start));
    name.lastName = joined(w.words.mid(start));
    name.suffix = joined(suffixes);
}

} // namespace

bool NameCleaning::isSalutation(const QString& word)
{
    static const QSet<QString> salutations = {
        QStringLiteral("herr"), QStringLiteral("frau"), QStringLiteral("hr"),
        QStringLiteral("fr"),   QStringLiteral("mr"),   QStringLiteral("mrs"),
        QStringLiteral("ms"),   QStringLiteral("miss"), QStringLiteral("mx"),
        QStringLiteral("mme"),  QStringLiteral("sra"),  QStringLiteral("sr")};
    // "Sr" needs its dot at the front ("Sr. Juan"); without one it is a suffix.
    const QString key = bare(word);
    if (key == QLatin1String("sr") && !word.endsWith(QLatin1Char('.')))
        return false;
    return salutations.contains(key);
}

bool NameCleaning::isTitle(const QString& word)
{
    static const QSet<QString> titles = {
        QStringLiteral("dr"),        QStringLiteral("prof"),      QStringLiteral("professor"),
        QStringLiteral("mag"),       QStringLiteral("ing"),       QStringLiteral("dipl"),
        QStringLiteral("dkfm"),      QStringLiteral("sir"),       QStringLiteral("dame"),
        QStringLiteral("lic"),       QStringLiteral("pd"),        QStringLiteral("priv-doz"),
        QStringLiteral("dott"),      QStringLiteral("ir"),        QStringLiteral("drs"),
        QStringLiteral("univ"),      QStringLiteral("dr-ing"),    QStringLiteral("dr.-ing"),
        QStringLiteral("dipl.-ing"), QStringLiteral("dipl.-kfm"), QStringLiteral("dipl.-kffr")};
    const QString key = bare(word);
    if (titles.contains(key))
        return true;
    // Compound German titles: "Dipl.-Wirt.-Ing.", "Univ.-Prof.", "Dr.-Ing.", "Dipl.-Biomath."
    static const QRegularExpression compound(
        QStringLiteral("^(dipl|dr|univ|prof|mag|priv)\\.-[\\w.-]+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return compound.match(word.toLower()).hasMatch();
}

CleanedValue NameCleaning::clean(const QString& written)
{
    CleanedValue result;
    result.value = ValueCleaning::tidy(written);
    static const QRegularExpression digits(QStringLiteral("\\d"));
    if (result.value.contains(QLatin1Char('@')))
        result.note(
            CleanOutcome::Flagged,
            tr("the name \"%1\" contains an @; it may be an e-mail address").arg(result.value));
    else if (result.value.contains(digits))
        result.note(CleanOutcome::Flagged, tr("the name \"%1\" contains digits").arg(result.value));
    return result;
}

PersonName NameCleaning::split(const QString& written)
{
    PersonName name;
    const QString text = ValueCleaning::tidy(written);
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const QString afterComma = comma < 0 ? QString() : text.mid(comma + 1);
    const QStringList after = wordsOf(afterComma);
    const bool onlySuffixes =
        !after.isEmpty() && std::all_of(after.cbegin(), after.cend(), isSuffix);
    if (comma >= 0 && !onlySuffixes && !after.isEmpty()) {
        fillFromComma(name, text.left(comma), afterComma);
    } else {
        fillFromWords(name, comma < 0 ? text : text.left(comma));
        if (onlySuffixes)
            name.suffix = joined(after);
    }
    if (!text.isEmpty() && name.lastName.isEmpty() && name.firstName.isEmpty())
        name.note(CleanOutcome::Flagged, tr("\"%1\" holds no name").arg(text));
    else if (!name.lastName.isEmpty() && name.firstName.isEmpty())
        name.note(CleanOutcome::Flagged,
                  tr("\"%1\" has no first name; taken as the last name").arg(text));
    return name;
}
