#include "import/ValueCleaning.h"

#include <QSet>
#include <algorithm>

void CleanNotes::note(CleanOutcome what, const QString& reason)
{
    if (int(what) > int(outcome))
        outcome = what;
    if (!reason.isEmpty())
        reasons.append(reason);
}

namespace ValueCleaning {

QString outcomeName(CleanOutcome outcome)
{
    switch (outcome) {
    case CleanOutcome::Kept:
        return QCoreApplication::translate("ValueCleaning", "kept");
    case CleanOutcome::Repaired:
        return QCoreApplication::translate("ValueCleaning", "repaired");
    case CleanOutcome::Flagged:
        return QCoreApplication::translate("ValueCleaning", "flagged");
    case CleanOutcome::Rejected:
        return QCoreApplication::translate("ValueCleaning", "rejected");
    }
    return {};
}

QString describe(const CleanNotes& notes)
{
    if (notes.reasons.isEmpty())
        return {};
    return QCoreApplication::translate("ValueCleaning", "%1: %2")
        .arg(outcomeName(notes.outcome), notes.reason());
}

QString tidy(const QString& text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Format)
            continue;
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result.append(QLatin1Char(' '));
        pendingSpace = false;
        result.append(c);
    }
    return result;
}

bool isPlaceholder(const QString& text)
{
    static const QSet<QString> placeholders = {QStringLiteral("na"),
                                               QStringLiteral("n a"),
                                               QStringLiteral("ka"),
                                               QStringLiteral("k a"),
                                               QStringLiteral("keine angabe"),
                                               QStringLiteral("keine angaben"),
                                               QStringLiteral("none"),
                                               QStringLiteral("null"),
                                               QStringLiteral("unknown"),
                                               QStringLiteral("unbekannt"),
                                               QStringLiteral("nicht bekannt"),
                                               QStringLiteral("tbd"),
                                               QStringLiteral("nv"),
                                               QStringLiteral("n v")};
    const QString tidied = tidy(text);
    if (!tidied.isEmpty() && std::all_of(tidied.cbegin(), tidied.cend(), [](QChar c) {
            return c == QLatin1Char('-') || c == QLatin1Char('?') || c == QLatin1Char('/') ||
                   c == QChar(0x2013) || c == QChar(0x2014) || c == QLatin1Char(' ');
        }))
        return true;
    return placeholders.contains(foldKey(tidied));
}

namespace {

QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00E4: // ä
        return QStringLiteral("ae");
    case 0x00F6: // ö
        return QStringLiteral("oe");
    case 0x00FC: // ü
        return QStringLiteral("ue");
    case 0x00DF: // ß
        return QStringLiteral("ss");
    default:
        return {};
    }
}

} // namespace

QString foldKey(const QString& text)
{
    const QString lower = tidy(text).toLower();
    QString result;
    bool pendingSpace = false;
    for (const QChar c : lower) {
        QString letters = spelledOut(c);
        if (letters.isEmpty()) {
            for (const QChar part : QString(c).normalized(QString::NormalizationForm_D))
                if (part.isLetterOrNumber())
                    letters.append(part);
        }
        if (c == QLatin1Char('.') || c == QLatin1Char('\'') || c == QChar(0x2019))
            continue;
        if (letters.isEmpty()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result.append(QLatin1Char(' '));
        pendingSpace = false;
        result.append(letters);
    }
    return result;
}

} // namespace ValueCleaning
