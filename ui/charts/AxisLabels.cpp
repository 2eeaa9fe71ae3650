#include "AxisLabels.h"

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace AxisLabels {

QStringList html(const QStringList& categories, const QList<bool>& dim, const QFont& font,
                 int width)
{
    const QFontMetrics names(font);
    QFont smaller = font;
    if (font.pointSizeF() > 0) // what <small> draws
        smaller.setPointSizeF(font.pointSizeF() * 0.83);
    else
        smaller.setPixelSize(std::max(1, int(font.pixelSize() * 0.83)));
    const QFontMetrics rates(smaller);
    // The names elided in the middle (their beginning and end tell most apart); names that
    // would read alike so are elided at their end, then at their beginning, instead.
    QStringList firsts;
    for (const QString& category : categories)
        firsts.append(category.section(QLatin1Char('\n'), 0, 0));
    QStringList shown;
    for (const QString& name : firsts)
        shown.append(names.elidedText(name, Qt::ElideMiddle, width));
    for (const Qt::TextElideMode mode : {Qt::ElideRight, Qt::ElideLeft}) {
        QHash<QString, int> seen;
        for (const QString& text : std::as_const(shown))
            ++seen[text];
        for (qsizetype i = 0; i < shown.size(); ++i)
            if (seen.value(shown.at(i)) > 1 && shown.at(i) != firsts.at(i))
                shown[i] = names.elidedText(firsts.at(i), mode, width);
    }
    QStringList labels;
    QSet<QString> taken;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QStringList lines = categories.at(i).split(QLatin1Char('\n'));
        QString label = shown.at(i).toHtmlEscaped();
        if (lines.size() > 1)
            label += QStringLiteral("<br><small><span style=\"color:%1\">%2</span></small>")
                         .arg(dim.value(i) ? QStringLiteral("#8a8a8a") : QStringLiteral("#333333"),
                              rates.elidedText(lines.at(1), Qt::ElideRight, width).toHtmlEscaped());
        // Names alike in every elision: zero-width spaces keep them apart for the axis.
        while (taken.contains(label))
            label += QChar(0x200B);
        taken.insert(label);
        labels.append(label);
    }
    return labels;
}

int widest(const QStringList& categories, const QFont& font)
{
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString& category : categories)
        widest =
            std::max(widest, metrics.horizontalAdvance(category.section(QLatin1Char('\n'), 0, 0)));
    return widest;
}

} // namespace AxisLabels
