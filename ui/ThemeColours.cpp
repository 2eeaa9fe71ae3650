#include "ThemeColours.h"

#include <QGuiApplication>
#include <QPalette>

namespace ThemeColours {

bool isDark()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QString errorText()
{
    return isDark() ? QStringLiteral("#f2b8b5") : QStringLiteral("#b3261e");
}

QString successText()
{
    return isDark() ? QStringLiteral("#8fd19e") : QStringLiteral("#1b7f3b");
}

QString noticeStyle()
{
    return isDark()
               ? QStringLiteral("QLabel { background: #4a3f12; color: #fff3cd; padding: 4px; }")
               : QStringLiteral("QLabel { background: #fff3cd; color: #3d2f00; padding: 4px; }");
}

} // namespace ThemeColours
