#include "CliRun.h"
#include "DashboardPage.h"
#include "LeadCard.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "TestStore.h"
#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "charts/DashboardBoard.h"
#include "charts/PaintedCharts.h"
#include "dashboard/DashboardReport.h"
#include "demo/DemoGenerator.h"
#include "support/AppSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QXmlStreamReader>
#include <numeric>

/// The dashboard page of issue 21 on a demo store: its charts hold the numbers `report --json`
/// prints, a click on a bar or funnel step lists as many leads as the bar says and a lead opens
/// from there, and the dashboard draws into valid PNG, SVG and PDF files (also from the CLI).
class TestDashboardGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;

    Store& store() { return m_fixture->store(); }
    QString home() const { return m_fixture->dir() + QStringLiteral("/home"); }

    /// Shows the page for all time and waits for its figures.
    static bool showAllTime(DashboardPage& page)
    {
        QSignalSpy shown(&page, &DashboardPage::figuresShown);
        auto* period = page.findChild<QComboBox*>(QStringLiteral("dashboardPeriod"));
        period->setCurrentIndex(period->findData(3)); // all time, in any language
        return shown.wait(30000) || shown.size() > 0;
    }

    static QList<double> numbers(const QJsonArray& array, const char* key)
    {
        QList<double> values;
        for (const QJsonValue& value : array)
            values.append(value[QLatin1String(key)].toDouble());
        return values;
    }

    static QList<double> reached(const QJsonArray& groups, const char* step)
    {
        QList<double> values;
        for (const QJsonValue& group : groups)
            values.append(group[u"reached"][QLatin1String(step)].toDouble());
        return values;
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// A PNG that is not one flat colour, an SVG whose texts name a funnel step, a PDF.
    static void checkFiles(const QString& png, const QString& svg, const QString& pdf)
    {
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);
        if (!svg.isEmpty()) {
            QXmlStreamReader xml(read(svg));
            QStringList texts;
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::StartElement &&
                    xml.name() == QLatin1String("text"))
                    texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY2(texts.join(QLatin1Char('|')).contains(QLatin1String("Raw leads")),
                     qPrintable(texts.mid(0, 20).join(QLatin1Char('|'))));
        }
        const QByteArray bytes = read(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 5000);
        QVERIFY(bytes.contains("/Type /Page"));
    }

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        m_fixture = std::make_unique<TestStore>();
        DemoGenerator(store(), {400, 7}).run();
    }
    void cleanup() { m_fixture.reset(); }

    void chartsHoldTheReportsNumbers()
    {
        DashboardPage page;
        page.setStore(&store());
        page.resize(1280, 800);
        page.show();
        QVERIFY(showAllTime(page));
        const CliRun run = CliRun::run({QStringLiteral("report"), QStringLiteral("--db"),
                                        m_fixture->path(), QStringLiteral("--json")},
                                       home());
        QCOMPARE(run.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[u"leads"].toInteger(), page.figures().leads);
        QVERIFY(page.figures().leads > 0);
        DashboardBoard* board = page.board();
        const QJsonObject funnel = report[u"funnel"].toObject();
        QCOMPARE(board->chart(QStringLiteral("funnel"))->plottedValues().first(),
                 numbers(funnel[u"ever_reached"].toArray(), "count"));
        page.findChild<QAbstractButton*>(QStringLiteral("dashboardInOrder"))->click();
        QCOMPARE(board->chart(QStringLiteral("funnel"))->plottedValues().first(),
                 numbers(funnel[u"in_order"].toArray(), "count"));
        for (const char* name : {"by_source", "by_campaign", "by_rep", "by_week"}) {
            const QJsonArray groups = report[QLatin1String(name)].toArray();
            const QList<QList<double>> bars = board->chart(QLatin1String(name))->plottedValues();
            QCOMPARE(bars.size(), 3);
            QCOMPARE(bars[0], numbers(groups, "leads"));
            QCOMPARE(bars[1], reached(groups, "sqls"));
            QCOMPARE(bars[2], reached(groups, "opportunities"));
        }
        // Grades and quadrants: every bucket the report has, with its count (zero buckets
        // beside them are the chart's own).
        for (const char* name : {"grades", "quadrants"}) {
            ChartView* chart = board->chart(QLatin1String(name));
            const QList<double> bars = chart->plottedValues().first();
            double total = 0;
            for (const QJsonValue& bucket : report[QLatin1String(name)].toArray()) {
                const QString label = DashboardFigures::keyLabel(bucket[u"key"].toString());
                total += bucket[u"count"].toDouble();
                bool found = false;
                for (int row = 0; row < chart->model()->rowCount(); ++row)
                    if (chart->model()->cell(row, 0).value == bucket[u"count"].toDouble())
                        found = true;
                QVERIFY2(found, qPrintable(label));
            }
            QCOMPARE(std::accumulate(bars.begin(), bars.end(), 0.0), total);
        }
        const QJsonObject speed = report[u"speed_to_lead"].toObject();
        const QList<double> sla = board->chart(QStringLiteral("speed_to_lead"))->plottedValues()[0];
        QCOMPARE(sla[0], speed[u"within_sla"][u"numerator"].toDouble());
        QCOMPARE(sla[0] + sla[1], speed[u"called"].toDouble());
        QCOMPARE(sla[2], speed[u"not_called"].toDouble());
        const QList<QList<double>> stages =
            board->chart(QStringLiteral("stage_times"))->plottedValues();
        const QJsonArray stageTimes = report[u"stage_times"].toArray();
        for (int i = 0; i < stageTimes.size(); ++i)
            QCOMPARE(stages[1][i], std::max(0.0, stageTimes[i][u"p90_hours"].toDouble()));
        double calls = 0;
        for (const QJsonValue& call : report[u"call_outcomes"].toArray())
            calls += call[u"count"].toDouble();
        double drawn = 0;
        for (const QList<double>& set :
             board->chart(QStringLiteral("call_outcomes"))->plottedValues())
            drawn = std::accumulate(set.begin(), set.end(), drawn);
        QCOMPARE(drawn, calls);
        QVERIFY(calls > 0);
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(page.grab().save(shots + QStringLiteral("/dashboard-1280.png")));
            page.resize(1920, 1200);
            QTest::qWait(200);
            QVERIFY(page.grab().save(shots + QStringLiteral("/dashboard-1920.png")));
        }
    }

    void drillDownListsTheBarsLeads()
    {
        DashboardPage page;
        page.setStore(&store());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(showAllTime(page));
        QSignalSpy listed(&page, &DashboardPage::leadsListed);
        auto* leads = page.findChild<QTableWidget*>(QStringLiteral("dashboardLeads"));
        // A funnel step by mouse: the MQLs.
        auto* funnel =
            static_cast<PaintedChartView*>(page.board()->chart(QStringLiteral("funnel")));
        QWidget* canvas = funnel->findChild<QWidget*>(QStringLiteral("chartPlot"));
        const QRectF mql = funnel->itemRects(canvas->size()).at(2);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, mql.center().toPoint());
        QVERIFY(listed.wait(20000));
        QCOMPARE(double(page.listedCount()), funnel->plottedValues()[0][2]);
        QCOMPARE(double(leads->rowCount()), funnel->plottedValues()[0][2]);
        QVERIFY(leads->rowCount() > 0);
        // A step by keyboard: from the MQLs one down to the SQLs, Enter.
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Down);
        QTest::keyClick(canvas, Qt::Key_Return);
        QVERIFY(listed.wait(20000));
        QCOMPARE(double(leads->rowCount()), funnel->plottedValues()[0][3]);
        // A bar by keyboard: the second source drawn, its opportunities (down one, right twice,
        // Enter).
        ChartView* sources = page.board()->chart(QStringLiteral("by_source"));
        QWidget* plot = sources->findChild<QWidget*>(QStringLiteral("chartPlot"));
        plot->setFocus();
        for (const Qt::Key key : {Qt::Key_Down, Qt::Key_Right, Qt::Key_Right, Qt::Key_Return})
            QTest::keyClick(plot, key);
        QVERIFY(listed.wait(20000));
        QCOMPARE(sources->current().x(), 2);
        QCOMPARE(double(leads->rowCount()),
                 sources->model()->cell(sources->current().y(), 2).value);
        // Every selectable bar of the conversion and grade charts lists as many as it shows.
        for (const char* name : {"by_source", "by_rep", "grades", "quadrants", "speed_to_lead"}) {
            ChartView* chart = page.board()->chart(QLatin1String(name));
            for (int row = 0; row < chart->model()->rowCount(); ++row)
                for (int column = 0; column < chart->model()->columnCount(); ++column) {
                    const ChartCell& cell = chart->model()->cell(row, column);
                    QVERIFY(cell.selection);
                    page.listLeads(*cell.selection);
                    QVERIFY(listed.wait(20000));
                    QVERIFY2(double(page.listedCount()) == cell.value,
                             qPrintable(QStringLiteral("%1 row %2 column %3: %4 listed, bar %5")
                                            .arg(QLatin1String(name))
                                            .arg(row)
                                            .arg(column)
                                            .arg(page.listedCount())
                                            .arg(cell.value)));
                }
        }
    }

    void leadOpensFromTheList()
    {
        const QString path = m_fixture->path();
        m_fixture->close();
        AppSettings settings(m_fixture->dir() + QStringLiteral("/settings.ini"));
        settings.setValue(AppSettings::Key::RepName, QStringLiteral("mara"));
        MainWindow window(Store::open(path), settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
        QSignalSpy shown(page, &DashboardPage::figuresShown);
        window.findChild<QAction*>(QStringLiteral("showDashboardAction"))->trigger();
        auto* pages = window.findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"));
        QCOMPARE(pages->currentWidget(), page);
        QVERIFY(shown.wait(20000));
        QSignalSpy listed(page, &DashboardPage::leadsListed);
        page->listLeads({DashboardSelection::Kind::EverReached, {}, 0});
        QVERIFY(listed.wait(20000));
        auto* leads = page->findChild<QTableWidget*>(QStringLiteral("dashboardLeads"));
        QVERIFY(leads->rowCount() > 0);
        const qint64 id = leads->item(0, 0)->data(Qt::UserRole).toLongLong();
        QTest::keyClick(leads, Qt::Key_Return);
        QTRY_COMPARE(pages->currentIndex(), 0);
        QTRY_COMPARE(window.findChild<LeadCard*>()->leadId(), id);
    }

    void exportsDrawValidFiles()
    {
        DashboardPage page;
        page.setStore(&store());
        page.resize(1280, 800);
        page.show();
        QVERIFY(showAllTime(page));
        const QString dir = m_fixture->dir();
        DashboardBoard* board = page.board();
        QList<QWidget*> pages;
        for (ChartView* chart : board->charts())
            pages.append(chart);
        using Format = ChartExport::Format;
        for (const auto& [file, format] :
             {std::pair{"/d.png", Format::Png}, std::pair{"/d.svg", Format::Svg},
              std::pair{"/d.pdf", Format::Pdf}})
            QCOMPARE(ChartExport::write(*board, dir + QLatin1String(file), format,
                                        QStringLiteral("Dashboard"), pages),
                     QString());
        checkFiles(dir + QStringLiteral("/d.png"), dir + QStringLiteral("/d.svg"),
                   dir + QStringLiteral("/d.pdf"));
        ChartView* funnel = board->chart(QStringLiteral("funnel"));
        for (const auto& [file, format] :
             {std::pair{"/f.png", Format::Png}, std::pair{"/f.svg", Format::Svg},
              std::pair{"/f.pdf", Format::Pdf}})
            QCOMPARE(ChartExport::write(*funnel, dir + QLatin1String(file), format,
                                        QStringLiteral("Funnel"), {funnel}),
                     QString());
        checkFiles(dir + QStringLiteral("/f.png"), dir + QStringLiteral("/f.svg"),
                   dir + QStringLiteral("/f.pdf"));
        // A bar chart of Qt Charts keeps its labels as text too.
        ChartView* sources = board->chart(QStringLiteral("by_source"));
        QCOMPARE(ChartExport::write(*sources, dir + QStringLiteral("/s.svg"), Format::Svg,
                                    QStringLiteral("Sources"), {}),
                 QString());
        QVERIFY(read(dir + QStringLiteral("/s.svg")).contains("Conversion by source channel"));
        // The figures behind a chart: the report's table.
        for (const DashboardTable& table : DashboardReport::tables(page.figures()))
            if (table.name == QLatin1String("by_source")) {
                QCOMPARE(ChartExport::writeCsv(table, dir + QStringLiteral("/s.csv")), QString());
                QVERIFY(read(dir + QStringLiteral("/s.csv")).startsWith("\xEF\xBB\xBFkey,leads,"));
                QCOMPARE(read(dir + QStringLiteral("/s.csv")).count('\n'), table.rows.size() + 1);
            }
    }

    void reportDrawsTheDashboard()
    {
        const QString db = m_fixture->path();
        m_fixture->close();
        const QString png = m_fixture->dir() + QStringLiteral("/report.png");
        const QString pdf = m_fixture->dir() + QStringLiteral("/report.pdf");
        const CliRun run = CliRun::run({QStringLiteral("report"), QStringLiteral("--db"), db,
                                        QStringLiteral("--png"), png, QStringLiteral("--pdf"), pdf},
                                       home());
        QVERIFY2(run.code == 0, run.err.constData());
        checkFiles(png, QString(), pdf);
        QVERIFY(QImage(png).width() >= 1800);
        if (db.contains(QStringLiteral("://")))
            return; // a server has no store file to hit
        const QByteArray before = fileHash(db);
        for (const char* option : {"--png", "--pdf"}) {
            const CliRun intoStore = CliRun::run(
                {QStringLiteral("report"), QStringLiteral("--db"), db, QLatin1String(option), db},
                home());
            QCOMPARE(intoStore.code, 1);
            QVERIFY2(intoStore.errText().contains(QFileInfo(db).fileName()),
                     intoStore.err.constData());
            QCOMPARE(fileHash(db), before);
        }
        const CliRun noFile = CliRun::run(
            {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--png=")},
            home());
        QCOMPARE(noFile.code, 2);
    }
};

QTEST_MAIN(TestDashboardGui)
#include "tst_dashboardgui.moc"
