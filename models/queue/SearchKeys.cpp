#include "queue/SearchKeys.h"

#include "contact/PhoneNumbers.h"
#include "store/Dialect.h"

namespace {

const char phoneSeparators[] = {'+', ' ', '-', '(', ')', '/', '.'};

} // namespace

namespace SearchKeys {

QString sqlFold(const QString& expr, const Dialect& dialect)
{
    Q_UNUSED(dialect) // SQLite folds ASCII letters only; PostgreSQL folds all.
    return QStringLiteral("lower(%1)").arg(expr);
}

QString sqlDigits(const QString& expr)
{
    QString sql = expr;
    for (const char separator : phoneSeparators)
        sql = QStringLiteral("replace(%1, '%2', '')").arg(sql, QString(QLatin1Char(separator)));
    return sql;
}

QStringList foldedVariants(const QString& text, const Dialect& dialect)
{
    if (!dialect.isSqlite())
        return {text.toLower()};
    // SQLite's lower() leaves "Ö" as it is: the stored key of "Öztürk" is "Öztürk" and of
    // "Müller" "müller". Try both cases of the first few non-ASCII letters a rep types.
    QString base = text;
    QList<qsizetype> letters;
    for (qsizetype i = 0; i < base.size(); ++i) {
        QChar& c = base[i];
        if (c.unicode() < 128)
            c = c.toLower();
        else if (c.toLower() != c.toUpper() && letters.size() < 3)
            letters.append(i);
    }
    QStringList variants;
    for (int mask = 0; mask < (1 << letters.size()); ++mask) {
        QString variant = base;
        for (qsizetype bit = 0; bit < letters.size(); ++bit) {
            const qsizetype at = letters.at(bit);
            variant[at] = (mask & (1 << bit)) ? variant.at(at).toUpper() : variant.at(at).toLower();
        }
        if (!variants.contains(variant))
            variants.append(variant);
    }
    return variants;
}

QStringList phonePrefixes(const QString& text, const QString& defaultCountry)
{
    QString digits = PhoneNumbers::digitsOnly(text);
    digits.remove(QLatin1Char('+'));
    if (digits.size() < 3)
        return {};
    QStringList prefixes{digits};
    const PhoneNumber parsed = PhoneNumbers::parse(text, defaultCountry);
    QString international = parsed.e164;
    international.remove(QLatin1Char('+'));
    if (!international.isEmpty() && !prefixes.contains(international))
        prefixes.append(international);
    return prefixes;
}

} // namespace SearchKeys
