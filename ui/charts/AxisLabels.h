#pragma once

#include <QList>
#include <QStringList>

class QFont;

/// Category names as the bar charts' axis labels: long campaign and source names elided in
/// the middle to the width a card allows (the beginning and the end tell them apart), a group's
/// second line (its rate) smaller and grey when it rests on too few leads.
namespace AxisLabels {

/// One HTML label per category of `categories` (a second line after '\n'), each line elided to
/// `width` pixels of `font`; `dim[i]` greys category i's second line. The labels are unique (an
/// axis drops a repeated one): two names elided alike are told apart by invisible characters.
QStringList html(const QStringList& categories, const QList<bool>& dim, const QFont& font,
                 int width);
/// The widest first line of `categories` in `font`, in pixels.
int widest(const QStringList& categories, const QFont& font);

} // namespace AxisLabels
