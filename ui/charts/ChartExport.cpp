#include "ChartExport.h"

#include "dashboard/DashboardReport.h"
#include "support/WholeFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSvgGenerator>
#include <QWidget>

namespace ChartExport {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

void draw(QWidget& widget, QPainter& painter)
{
    widget.render(&painter, QPoint(), QRegion(),
                  QWidget::DrawWindowBackground | QWidget::DrawChildren);
}

// A page per widget, each scaled to fit the page and centred at its top.
void paintPages(QPagedPaintDevice& device, QPainter& painter, const QList<QWidget*>& pages)
{
    const QRect page = painter.viewport();
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        QWidget* widget = pages.at(i);
        const double scale = std::min(double(page.width()) / widget->width(),
                                      double(page.height()) / widget->height());
        painter.save();
        painter.translate((page.width() - widget->width() * scale) / 2, 0);
        painter.scale(scale, scale);
        draw(*widget, painter);
        painter.restore();
    }
}

} // namespace

std::optional<Format> formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString write(QWidget& widget, const QString& path, Format format, const QString& title,
              const QList<QWidget*>& pages)
{
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    switch (format) {
    case Format::Png: {
        QImage image(widget.size() * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(widget.palette().color(QPalette::Window));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            draw(widget, painter);
        }
        if (!image.save(&bytes, "PNG"))
            return Text::tr("Cannot draw %1 as PNG.").arg(path);
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&bytes);
        svg.setSize(widget.size());
        svg.setViewBox(QRect(QPoint(), widget.size()));
        svg.setTitle(title);
        svg.setDescription(Text::tr("LeadScout dashboard"));
        QPainter painter(&svg);
        draw(widget, painter);
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&bytes);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("LeadScout"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        pdf.setResolution(144);
        QPainter painter(&pdf);
        paintPages(pdf, painter, pages.isEmpty() ? QList<QWidget*>{&widget} : pages);
        break;
    }
    }
    bytes.close();
    return WholeFile::write(path, bytes.data());
}

void print(const QList<QWidget*>& pages, QWidget* parent, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Text::tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    paintPages(printer, painter, pages);
}

QString writeCsv(const DashboardTable& table, const QString& path)
{
    return WholeFile::write(path, DashboardReport::csvBytes(table));
}

} // namespace ChartExport
