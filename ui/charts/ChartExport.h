#pragma once

#include <QList>
#include <QString>
#include <optional>

class QPagedPaintDevice;
class QWidget;
struct DashboardTable;

/// A chart or the whole dashboard as a file: PNG (pixels), SVG and PDF (vector, the labels as
/// text), on paper, and the figures behind a chart as CSV. Files are written whole
/// (support/WholeFile): a full disk leaves no half file. Functions return an empty string on
/// success, else a sentence saying what failed.
namespace ChartExport {

enum class Format
{
    Png,
    Svg,
    Pdf
};

/// The format a file name asks for by its suffix.
std::optional<Format> formatOf(const QString& path);

/// Draws `widget` into `path`. A PDF has a page per widget of `pages` when given (each fitted
/// to a landscape A4 page), else one page of `widget`.
QString write(QWidget& widget, const QString& path, Format format, const QString& title,
              const QList<QWidget*>& pages = {});
/// The print dialog, then a page per widget of `pages`.
void print(const QList<QWidget*>& pages, QWidget* parent, const QString& title);
QString writeCsv(const DashboardTable& table, const QString& path);

} // namespace ChartExport
