#include "DashboardPage.h"
#include "Prompts.h"
#include "TestStore.h"
#include "charts/BarChartView.h"
#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "charts/DashboardBoard.h"
#include "charts/PaintedCharts.h"
#include "dashboard/DashboardReport.h"
#include "dashboard/RollupSql.h"
#include "demo/DemoGenerator.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

/// Issue 21's dashboard by keyboard alone and with long names: Tab reaches each chart, the
/// arrows move an outlined bar or funnel step whose figure is said under the plot and to screen
/// readers, Enter lists its leads as a click does; long campaign names are elided on the axis
/// and whole everywhere else. The screens in English and German at 1280×800 and 2560×1440.
class TestDashboardKeys : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> m_fixture;
    std::unique_ptr<QTranslator> m_translator;

    Store& store() { return m_fixture->store(); }

    /// Shows the page for all time and waits for its figures.
    static bool showAllTime(DashboardPage& page)
    {
        QSignalSpy shown(&page, &DashboardPage::figuresShown);
        auto* period = page.findChild<QComboBox*>(QStringLiteral("dashboardPeriod"));
        period->setCurrentIndex(period->findData(3)); // all time, in any language
        return shown.wait(30000) || shown.size() > 0;
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// Long campaign names as real teams write them, two alike but for their middle.
    static QStringList longCampaigns()
    {
        return {QStringLiteral("Frühjahrsaktion Mittelstand 2026 – Webinarreihe "
                               "Digitalisierung Teil 3"),
                QStringLiteral("Frühjahrsaktion Großkunden Nord 2026 – Webinarreihe "
                               "Digitalisierung Teil 3"),
                QStringLiteral("Herbstkampagne Fachhandel Süd 2026 – Messe-Nachfassaktion mit "
                               "Sonderkonditionen")};
    }

    /// Every lead gets one of the long campaigns (the roll-ups follow).
    void useLongCampaigns()
    {
        const QStringList names = longCampaigns();
        for (int i = 0; i < names.size(); ++i) {
            QSqlQuery query(store().db());
            query.prepare(QStringLiteral("UPDATE leads SET campaign = ? WHERE id % 3 = ?"));
            query.addBindValue(names.at(i));
            query.addBindValue(i);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        RollupSql::rebuild(store().db());
    }

    /// Tab from the period filter until `plot` has the focus; false when it never comes.
    static bool tabTo(DashboardPage& page, QWidget* plot)
    {
        page.findChild<QWidget*>(QStringLiteral("dashboardPeriod"))->setFocus();
        for (int i = 0; i < 60 && QApplication::focusWidget() != plot; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == plot;
    }

    /// The figure line under a chart says the cell's figure as the model has it.
    static QString expectedFigure(ChartView* chart, QPoint at)
    {
        const int row = at.y();
        const int column = at.x();
        return QString(chart->model()->chartData().categories.value(row) + QLatin1Char('\n') +
                       chart->model()->cell(row, column).toolTip)
            .replace(QLatin1Char('\n'), QStringLiteral(" · "));
    }

private slots:
    void init()
    {
        Prompts::setRecordOnly(true);
        m_fixture = std::make_unique<TestStore>();
        DemoGenerator(store(), {400, 7}).run();
    }

    void cleanup()
    {
        m_fixture.reset();
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }

    /// Issue: the charts by keyboard alone. Tab reaches a chart from the filters, arrows move
    /// an outlined bar whose figure shows under the plot, Enter lists its leads, Tab goes on to
    /// the list; the funnel the same with Up and Down.
    void keyboardWorksTheCharts()
    {
        DashboardPage page;
        page.setStore(&store());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(showAllTime(page));
        QSignalSpy listed(&page, &DashboardPage::leadsListed);
        auto* sources =
            qobject_cast<BarChartView*>(page.board()->chart(QStringLiteral("by_source")));
        QVERIFY(sources);
        QWidget* plot = sources->plot();
        QVERIFY(tabTo(page, plot));
        QCOMPARE(plot->accessibleName(), sources->model()->chartData().title);
        // Focused: a frame around the card, the first bar outlined and its figure shown.
        const QImage card = sources->grab().toImage();
        QCOMPARE(card.pixelColor(2, card.height() / 2),
                 sources->palette().color(QPalette::Highlight));
        // The keyboard starts on the group drawn on top.
        const QPoint top = sources->current();
        QCOMPARE(top.x(), 0);
        auto* figure = sources->findChild<QLabel*>(QStringLiteral("chartFigure"));
        QVERIFY(figure->isVisible());
        QCOMPARE(sources->figure(), expectedFigure(sources, top));
        QCOMPARE(plot->accessibleDescription(), sources->figure());
        const QRect first = sources->highlightRect();
        QVERIFY(!first.isEmpty());
        QTest::keyClick(plot, Qt::Key_Up); // nothing above
        QCOMPARE(sources->current(), top);
        // Up and down across the sources (drawn one under the other), left and right across
        // leads, SQLs, opportunities.
        QTest::keyClick(plot, Qt::Key_Down);
        const int second = sources->current().y();
        QVERIFY(second != top.y());
        QVERIFY(sources->highlightRect().top() > first.bottom()); // the next group, below
        QTest::keyClick(plot, Qt::Key_Right);
        QTest::keyClick(plot, Qt::Key_Right);
        QTest::keyClick(plot, Qt::Key_Right); // stays on the last series
        QCOMPARE(sources->current(), QPoint(2, second));
        QVERIFY(sources->figure().contains(
            sources->model()->cell(second, 2).toolTip.section(QLatin1Char('\n'), 0, 0)));
        QCOMPARE(sources->figure(), expectedFigure(sources, {2, second}));
        QTest::keyClick(plot, Qt::Key_Left);
        QTest::keyClick(plot, Qt::Key_End);
        const QRect bottom = sources->highlightRect();
        QTest::keyClick(plot, Qt::Key_Down); // nothing below
        QCOMPARE(sources->highlightRect(), bottom);
        QVERIFY(bottom.top() > first.bottom());
        QTest::keyClick(plot, Qt::Key_Home);
        QCOMPARE(sources->current(), QPoint(1, top.y()));
        // The outline is where the bar is: a click in it lists the same leads as Enter.
        const int last = sources->model()->rowCount() - 1;
        int biggest = 0;
        for (int row = 0; row <= last; ++row)
            if (sources->model()->cell(row, 0).value > sources->model()->cell(biggest, 0).value)
                biggest = row;
        QTest::keyClick(plot, Qt::Key_Left);
        for (int row = 0; row <= last && sources->current().y() != biggest; ++row)
            QTest::keyClick(plot, Qt::Key_Down);
        QCOMPARE(sources->current(), QPoint(0, biggest));
        QTest::keyClick(plot, Qt::Key_Return);
        QVERIFY(listed.wait(20000));
        QCOMPARE(double(page.listedCount()), sources->model()->cell(biggest, 0).value);
        QVERIFY(page.listedCount() > 0);
        plot->setFocus(); // the list took it; the outline is back on the same bar
        QCOMPARE(sources->current(), QPoint(0, biggest));
        const QPoint centre = sources->highlightRect().center();
        page.listLeads({DashboardSelection::Kind::NotCalled, {}, 0});
        QVERIFY(listed.wait(20000));
        QTest::mouseClick(static_cast<QAbstractScrollArea*>(plot)->viewport(), Qt::LeftButton, {},
                          centre);
        QVERIFY(listed.wait(20000));
        QCOMPARE(double(page.listedCount()), sources->model()->cell(biggest, 0).value);

        // The funnel: Up and Down across the steps, Home and End; Enter lists the step.
        auto* funnel = page.board()->chart(QStringLiteral("funnel"));
        QVERIFY(tabTo(page, funnel->plot()));
        QCOMPARE(funnel->current(), QPoint(0, 0));
        QTest::keyClick(funnel->plot(), Qt::Key_End);
        QCOMPARE(funnel->current().y(), funnel->model()->rowCount() - 1);
        QTest::keyClick(funnel->plot(), Qt::Key_Home);
        QTest::keyClick(funnel->plot(), Qt::Key_Down);
        QTest::keyClick(funnel->plot(), Qt::Key_Down);
        QCOMPARE(funnel->current(), QPoint(0, 2));
        QVERIFY(funnel->figure().contains(
            funnel->model()->cell(2, 0).toolTip.section(QLatin1Char('\n'), 1)));
        QCOMPARE(funnel->plot()->accessibleDescription(), funnel->figure());
        QTest::keyClick(funnel->plot(), Qt::Key_Space);
        QVERIFY(listed.wait(20000));
        QCOMPARE(double(page.listedCount()), funnel->model()->cell(2, 0).value);

        // After the last chart, Tab goes on to the leads.
        ChartView* lastChart = page.board()->charts().last();
        QVERIFY(tabTo(page, lastChart->plot()));
        QVERIFY(!sources->findChild<QLabel*>(QStringLiteral("chartFigure"))->isVisible());
        QVERIFY(sources->highlightRect().isEmpty());
        QTest::keyClick(lastChart->plot(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 page.findChild<QWidget*>(QStringLiteral("dashboardLeads")));
    }

    /// Campaign names of 70 to 80 characters: elided in the middle on the axis, whole in the
    /// figure, the drill-down and the CSV; each a label of its own.
    void longNamesAreElided()
    {
        useLongCampaigns();
        DashboardPage page;
        page.setStore(&store());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(showAllTime(page));
        auto* campaigns =
            qobject_cast<BarChartView*>(page.board()->chart(QStringLiteral("by_campaign")));
        QVERIFY(campaigns);
        const QStringList categories = campaigns->model()->chartData().categories;
        const QStringList labels = campaigns->axisLabels();
        QCOMPARE(labels.size(), categories.size());
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
        const QString longName = longCampaigns().at(1);
        int row = -1;
        for (int i = 0; i < categories.size(); ++i)
            if (categories.at(i).section(QLatin1Char('\n'), 0, 0) == longName)
                row = i;
        QVERIFY2(row >= 0, qPrintable(categories.join(QLatin1Char('|'))));
        const QString label = labels.at(row).section(QStringLiteral("<br>"), 0, 0);
        QVERIFY2(label.contains(QChar(0x2026)), qPrintable(label));
        QVERIFY2(label.startsWith(QStringLiteral("Frühjahrs")), qPrintable(label));
        // The two spring campaigns, alike at both ends, read apart on the axis.
        const QStringList spring = labels.filter(QStringLiteral("Frühjahrs"));
        QCOMPARE(spring.size(), 2);
        const auto visible = [](const QString& text) {
            return text.section(QStringLiteral("<br>"), 0, 0).remove(QChar(0x200B));
        };
        QVERIFY2(visible(spring.at(0)) != visible(spring.at(1)), qPrintable(visible(spring.at(0))));
        const QFontMetrics metrics(campaigns->font());
        QVERIFY(metrics.horizontalAdvance(label) <= campaigns->plot()->width() * 0.4);
        // Twice the width: more of the name.
        page.resize(2560, 1440);
        QTRY_VERIFY(campaigns->axisLabels().at(row).section(QStringLiteral("<br>"), 0, 0).size() >
                    label.size());
        // The keyboard's figure and the drill-down name it whole.
        QSignalSpy listed(&page, &DashboardPage::leadsListed);
        QVERIFY(tabTo(page, campaigns->plot()));
        for (int i = 0; i < categories.size() && campaigns->current().y() != row; ++i)
            QTest::keyClick(campaigns->plot(), Qt::Key_Down);
        QCOMPARE(campaigns->current().y(), row);
        QVERIFY2(campaigns->figure().startsWith(longName), qPrintable(campaigns->figure()));
        page.resize(1280, 800);
        QTest::keyClick(campaigns->plot(), Qt::Key_Return);
        QVERIFY(listed.wait(20000));
        QVERIFY2(page.findChild<QLabel*>(QStringLiteral("dashboardListTitle"))
                     ->text()
                     .contains(longName),
                 qPrintable(page.findChild<QLabel*>(QStringLiteral("dashboardListTitle"))->text()));
        QCOMPARE(double(page.listedCount()), campaigns->model()->cell(row, 0).value);
        // The CSV keeps the names.
        const QString csv = m_fixture->dir() + QStringLiteral("/c.csv");
        for (const DashboardTable& table : DashboardReport::tables(page.figures()))
            if (table.name == QLatin1String("by_campaign"))
                QCOMPARE(ChartExport::writeCsv(table, csv), QString());
        const QString written = QString::fromUtf8(read(csv));
        for (const QString& name : longCampaigns())
            QVERIFY2(written.contains(name), qPrintable(name));
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    /// The page with long campaign names at 1280×800 and 2560×1440, a bar chosen by keyboard
    /// alone (LEADSCOUT_SCREENSHOT_DIR keeps the pictures): every axis label within its share of
    /// the card, the card framed, the figure said under the plot.
    void screens()
    {
        QFETCH(QString, language);
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral("leadscout_") + language,
                                   QStringLiteral(LEADSCOUT_QM_DIR)));
        QCoreApplication::installTranslator(m_translator.get());
        useLongCampaigns();
        DashboardPage page;
        page.setStore(&store());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(showAllTime(page));
        auto* campaigns =
            qobject_cast<BarChartView*>(page.board()->chart(QStringLiteral("by_campaign")));
        QVERIFY(tabTo(page, campaigns->plot()));
        QTest::keyClick(campaigns->plot(), Qt::Key_Down);
        QTest::keyClick(campaigns->plot(), Qt::Key_Right);
        // The card the keyboard is in is scrolled into view.
        auto* scroll = page.findChild<QScrollArea*>(QStringLiteral("dashboardScroll"));
        const auto inView = [&] {
            const QRect card(campaigns->mapTo(scroll->viewport(), QPoint()), campaigns->size());
            return scroll->viewport()->rect().contains(card);
        };
        QTRY_VERIFY(inView());
        const QString shots = qEnvironmentVariable("LEADSCOUT_SCREENSHOT_DIR");
        for (const QSize size : {QSize(1280, 800), QSize(2560, 1440)}) {
            page.resize(size);
            QTest::qWait(200);
            QCOMPARE(QApplication::focusWidget(), campaigns->plot());
            QCOMPARE(campaigns->current(), QPoint(1, 1));
            QVERIFY(campaigns->findChild<QLabel*>(QStringLiteral("chartFigure"))->isVisible());
            QVERIFY(!campaigns->highlightRect().isEmpty());
            QVERIFY(campaigns->plot()->rect().contains(campaigns->highlightRect().center()));
            const QFontMetrics metrics(campaigns->font());
            for (const QString& label : campaigns->axisLabels())
                QVERIFY2(metrics.horizontalAdvance(label.section(QStringLiteral("<br>"), 0, 0)) <=
                             campaigns->plot()->width() * 0.4,
                         qPrintable(label));
            if (!shots.isEmpty())
                QVERIFY(page.grab().save(QStringLiteral("%1/dashboard-keys-%2-%3.png")
                                             .arg(shots, language)
                                             .arg(size.width())));
        }
    }
};

QTEST_MAIN(TestDashboardKeys)
#include "tst_dashboardkeys.moc"
