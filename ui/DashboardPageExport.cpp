// The dashboard page's exports (issue 21): each chart and the whole dashboard as PNG, SVG or
// PDF, on paper, and the figures behind them as CSV; never over the store's own files.
#include "DashboardPage.h"
#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "charts/DashboardBoard.h"
#include "dashboard/DashboardReport.h"
#include "store/Store.h"
#include "store/StoreFiles.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>

QMenu* DashboardPage::buildExportMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("dashboardExportMenu"));
    const auto pages = [this] {
        QList<QWidget*> all;
        for (ChartView* chart : m_board->charts())
            all.append(chart);
        return all;
    };
    const auto add = [this](QMenu* to, const QString& text, auto what) {
        connect(to->addAction(text), &QAction::triggered, this, what);
    };
    add(menu, tr("&Dashboard as PNG, SVG or PDF…"),
        [this, pages] { exportWidget(m_board, tr("Dashboard"), pages()); });
    add(menu, tr("&Print Dashboard…"),
        [this, pages] { ChartExport::print(pages(), this, tr("Dashboard")); });
    add(menu, tr("&All Figures as CSV…"), [this] { exportAllCsv(); });
    menu->addSeparator();
    for (ChartView* chart : m_board->charts()) {
        QMenu* sub = menu->addMenu(chart->model()->chartData().title);
        sub->setObjectName(QStringLiteral("export_") + chart->model()->chartData().name);
        add(sub, tr("&Image (PNG, SVG or PDF)…"),
            [this, chart] { exportWidget(chart, chart->model()->chartData().title, {chart}); });
        add(sub, tr("&Print…"), [this, chart] {
            ChartExport::print({chart}, this, chart->model()->chartData().title);
        });
        add(sub, tr("&Figures as CSV…"), [this, chart] { exportCsv(chart); });
    }
    return menu;
}

void DashboardPage::exportWidget(QWidget* widget, const QString& title,
                                 const QList<QWidget*>& pages)
{
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(title), QDir::home().filePath(title + QStringLiteral(".pdf")),
        tr("PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)"), &chosen);
    if (path.isEmpty())
        return;
    const std::optional<ChartExport::Format> format = ChartExport::formatOf(path);
    if (!format) {
        m_message->setText(tr("%1: name the file .pdf, .svg or .png.").arg(path));
        return;
    }
    if (m_store && m_store->isSqlite() && StoreFiles::touches(m_store->location(), path)) {
        m_message->setText(StoreFiles::refusal(path));
        return;
    }
    const QString error = ChartExport::write(*widget, path, *format, title, pages);
    m_message->setText(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                       : error);
    emit statusMessage(m_message->text());
}

void DashboardPage::exportCsv(ChartView* chart)
{
    const QString name = chart->model()->chartData().name;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Figures of %1").arg(chart->model()->chartData().title),
        QDir::home().filePath(name + QStringLiteral(".csv")), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (m_store && m_store->isSqlite() && StoreFiles::touches(m_store->location(), path)) {
        m_message->setText(StoreFiles::refusal(path));
        return;
    }
    for (const DashboardTable& table : DashboardReport::tables(m_figures))
        if (table.name == name) {
            const QString error = ChartExport::writeCsv(table, path);
            m_message->setText(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                               : error);
        }
}

void DashboardPage::exportAllCsv()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the figures"));
    if (folder.isEmpty())
        return;
    const QList<DashboardTable> tables = DashboardReport::tables(m_figures);
    for (const DashboardTable& table : tables) {
        const QString path = QDir(folder).filePath(table.name + QStringLiteral(".csv"));
        if (m_store && m_store->isSqlite() && StoreFiles::touches(m_store->location(), path)) {
            m_message->setText(StoreFiles::refusal(path));
            return;
        }
    }
    for (const DashboardTable& table : tables)
        if (const QString error = ChartExport::writeCsv(
                table, QDir(folder).filePath(table.name + QStringLiteral(".csv")));
            !error.isEmpty()) {
            m_message->setText(error);
            return;
        }
    m_message->setText(tr("Saved %n file(s) in %1.", nullptr, int(tables.size()))
                           .arg(QDir::toNativeSeparators(folder)));
}
