#include "Prompts.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

/// Enter in a question never takes the answer that acts (erase, save a duplicate, discard a call).
class TestPrompts : public QObject
{
    Q_OBJECT

    static QMessageBox::StandardButton answerWithEnter(QMessageBox::StandardButtons buttons)
    {
        QTimer::singleShot(50, [] {
            QWidget* box = QApplication::activeModalWidget();
            if (box)
                QTest::keyClick(box, Qt::Key_Return);
        });
        return Prompts::question(nullptr, QStringLiteral("Question"), QStringLiteral("Go on?"),
                                 buttons);
    }

private slots:
    void enterTakesTheSafeAnswer_data()
    {
        QTest::addColumn<int>("buttons");
        QTest::addColumn<int>("enter");
        QTest::newRow("erase: yes / no")
            << int(QMessageBox::Yes | QMessageBox::No) << int(QMessageBox::No);
        QTest::newRow("duplicate: open / save / cancel")
            << int(QMessageBox::Open | QMessageBox::Save | QMessageBox::Cancel)
            << int(QMessageBox::Cancel);
        QTest::newRow("erased on request: save / cancel")
            << int(QMessageBox::Save | QMessageBox::Cancel) << int(QMessageBox::Cancel);
        QTest::newRow("include others: yes / no / cancel")
            << int(QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel)
            << int(QMessageBox::Cancel);
    }

    void enterTakesTheSafeAnswer()
    {
        QFETCH(int, buttons);
        QFETCH(int, enter);
        const auto flags = QMessageBox::StandardButtons::fromInt(buttons);
        QCOMPARE(int(Prompts::safeDefault(flags)), enter);
        // The real message box, answered with the Enter key.
        QCOMPARE(int(answerWithEnter(flags)), enter);
    }
};

QTEST_MAIN(TestPrompts)
#include "tst_prompts.moc"
