#pragma once

#include <QString>

/// The few colours LeadScout sets itself (messages that say something went wrong or right),
/// chosen for the desktop's palette: a dark theme gets lighter tones that stay readable on its
/// dark background. Everything else follows the palette as it is.
namespace ThemeColours {

/// Whether the application's palette is dark (light text on a dark window).
bool isDark();
/// For text that reports a problem.
QString errorText();
/// For text that reports success.
QString successText();
/// A notice box: its background and a text colour that goes with it in either theme.
QString noticeStyle();

} // namespace ThemeColours
