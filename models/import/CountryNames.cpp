#include "import/CountryNames.h"

#include <QFile>
#include <QHash>
#include <QLocale>

static void initModelsResources()
{
    // The models library is static: its resources register only when asked for.
    Q_INIT_RESOURCE(models);
}

namespace {

struct CountryTable
{
    QHash<QString, QString> codeByKey; ///< folded name or code → alpha-2
    QHash<QString, QStringList> names; ///< alpha-2 → English and German name
};

void addLine(CountryTable& table, const QString& line)
{
    QStringList fields = line.split(QLatin1Char('|'));
    const QStringList codes = fields.takeFirst().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (codes.isEmpty() || codes.first().size() != 2)
        return;
    const QString code = codes.first().toUpper();
    for (const QString& name : codes)
        table.codeByKey.insert(ValueCleaning::foldKey(name), code);
    QStringList names;
    for (const QString& field : std::as_const(fields)) {
        const QString name = field.trimmed();
        names.append(name);
        table.codeByKey.insert(ValueCleaning::foldKey(name), code);
    }
    table.names.insert(code, names.mid(0, 2));
}

/// Codes and English names of every territory Qt knows, where the file says nothing.
void addTerritories(CountryTable& table)
{
    for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2)
            continue;
        for (const QString& name : {code, QLocale::territoryToString(territory)}) {
            const QString key = ValueCleaning::foldKey(name);
            if (!key.isEmpty() && !table.codeByKey.contains(key))
                table.codeByKey.insert(key, code);
        }
    }
}

const CountryTable& table()
{
    static const CountryTable loaded = [] {
        initModelsResources();
        CountryTable result;
        QFile file(QStringLiteral(":/leadscout/data/countries.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                    addLine(result, line);
            }
        }
        addTerritories(result);
        return result;
    }();
    return loaded;
}

} // namespace

QString CountryNames::codeOf(const QString& written)
{
    // "Germany, Federal Republic of" and "Korea, Republic of", as ISO lists invert names.
    if (const qsizetype comma = written.indexOf(QLatin1Char(',')); comma > 0) {
        const QString turned = written.mid(comma + 1) + QLatin1Char(' ') + written.left(comma);
        if (const QString code = table().codeByKey.value(ValueCleaning::foldKey(turned));
            !code.isEmpty())
            return code;
    }
    const QString key = ValueCleaning::foldKey(written);
    if (key.isEmpty())
        return {};
    if (const auto found = table().codeByKey.constFind(key); found != table().codeByKey.cend())
        return *found;
    // "Germany (DE)", "DE - Deutschland": a code or name in parentheses or after a dash.
    const qsizetype space = key.indexOf(QLatin1Char(' '));
    if (space > 0) {
        const QString first = table().codeByKey.value(key.left(space));
        const QString last =
            table().codeByKey.value(key.mid(key.lastIndexOf(QLatin1Char(' ')) + 1));
        const QString rest = table().codeByKey.value(key.mid(space + 1));
        const QString head = table().codeByKey.value(key.left(key.lastIndexOf(QLatin1Char(' '))));
        if (!first.isEmpty() && first == rest)
            return first;
        if (!head.isEmpty() && head == last)
            return head;
    }
    return {};
}

CleanedValue CountryNames::clean(const QString& written)
{
    CleanedValue result;
    const QString text = ValueCleaning::tidy(written);
    if (text.isEmpty())
        return result;
    result.value = codeOf(text);
    if (result.value.isEmpty())
        result.note(CleanOutcome::Flagged, tr("the country \"%1\" is not known").arg(text));
    return result;
}

QString CountryNames::englishName(const QString& code)
{
    return table().names.value(code.toUpper()).value(0);
}

QString CountryNames::germanName(const QString& code)
{
    return table().names.value(code.toUpper()).value(1);
}
