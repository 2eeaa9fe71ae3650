#pragma once

class AppSettings;
class MainWindow;
class QString;

/// README screenshots (tools/screenshots.sh): with LEADSCOUT_SCREENSHOTS=DIR the window shows
/// its main screens one after the other (the queue with a lead on the card and form, the
/// handoff page, the planner, the scoring rules), saves each as a small PNG in DIR, then closes.
namespace Screenshots {

/// The folder asked for, empty when no screenshots are wanted.
QString folder();
/// Takes them once the window is shown, then closes it.
void takeLater(MainWindow& window, AppSettings& settings, const QString& folder);

} // namespace Screenshots
