#include "ImportFileArguments.h"

#include "CommandFrame.h"

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

// The delimiter as given: one character that can separate values, or the name of a tab. A
// quote, a line break or another control character, a letter or a digit would split the file
// where no column ends.
std::optional<QChar> delimiterOf(const QString& text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (text.size() != 1)
        return std::nullopt;
    const QChar c = text.at(0);
    if (c == QLatin1Char('\t'))
        return c;
    if (c == QLatin1Char('"') || c.isLetterOrNumber() || !c.isPrint() || c.isSurrogate())
        return std::nullopt;
    return c;
}

} // namespace

namespace ImportFileArguments {

void addOptions(CommandFrame& frame)
{
    frame.addOptions(
        "Commands",
        {{"delimiter", QT_TRANSLATE_NOOP("Commands", "CSV delimiter (default: detected)."), "C"},
         {"encoding", QT_TRANSLATE_NOOP("Commands", "CSV encoding (default: detected)."), "E"},
         {"sheet", QT_TRANSLATE_NOOP("Commands", "Workbook sheet (default: the first)."), "NAME"}});
}

ImportFileOptions read(const CommandFrame& frame, QString& error)
{
    ImportFileOptions file;
    file.path = frame.positional(0);
    file.sheet = frame.value(QStringLiteral("sheet"));
    if (frame.isSet(QStringLiteral("sheet")) && file.sheet.trimmed().isEmpty())
        error = ImportText::tr("--sheet takes the name of a sheet of the workbook.");
    if (frame.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = delimiterOf(frame.value(QStringLiteral("delimiter")));
        if (!delimiter)
            error = ImportText::tr("--delimiter takes one character such as ; or | (or "
                                   "\"tab\"); not a letter, digit, quote or line break.");
        file.delimiter = delimiter.value_or(QChar());
    }
    if (frame.isSet(QStringLiteral("encoding"))) {
        file.encoding = TextEncodings::fromName(frame.value(QStringLiteral("encoding")));
        if (!file.encoding) {
            QStringList known;
            for (const TextEncoding encoding : TextEncodings::all())
                known.append(TextEncodings::name(encoding));
            error =
                ImportText::tr("--encoding: unknown encoding \"%1\"; known are %2.")
                    .arg(frame.value(QStringLiteral("encoding")), known.join(QStringLiteral(", ")));
        }
    }
    return file;
}

} // namespace ImportFileArguments
