#include "Prompts.h"

#include <QFileDialog>
#include <QQueue>

namespace Prompts {

namespace {
QQueue<QString> fileNames;
QQueue<QMessageBox::StandardButton> answers;
QStringList shown;
QList<Question> questions;
bool recordOnly = false;

QMessageBox::StandardButton safestOf(QMessageBox::StandardButtons buttons)
{
    for (const QMessageBox::StandardButton safe :
         {QMessageBox::Cancel, QMessageBox::No, QMessageBox::Abort, QMessageBox::Close})
        if (buttons.testFlag(safe))
            return safe;
    return QMessageBox::NoButton;
}
} // namespace

QString openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!fileNames.isEmpty())
        return fileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                     const QString& filter)
{
    if (!fileNames.isEmpty())
        return fileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    if (defaultButton == QMessageBox::NoButton || !buttons.testFlag(defaultButton))
        defaultButton = safestOf(buttons);
    shown.append(text);
    questions.append({title, text, buttons, defaultButton});
    if (!answers.isEmpty())
        return answers.dequeue();
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(safestOf(buttons));
    box.exec();
    const QMessageBox::StandardButton answer = box.standardButton(box.clickedButton());
    return answer == QMessageBox::NoButton ? safestOf(buttons) : answer;
}

void critical(QWidget* parent, const QString& title, const QString& text)
{
    shown.append(text);
    if (!recordOnly)
        QMessageBox::critical(parent, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    shown.append(text);
    if (!recordOnly)
        QMessageBox::information(parent, title, text);
}

void queueFileName(const QString& path)
{
    fileNames.enqueue(path);
}
void queueAnswer(QMessageBox::StandardButton answer)
{
    answers.enqueue(answer);
}

QStringList takeShownMessages()
{
    QStringList result;
    result.swap(shown);
    return result;
}

QList<Question> takeQuestions()
{
    QList<Question> result;
    result.swap(questions);
    return result;
}

void setRecordOnly(bool value)
{
    recordOnly = value;
}

} // namespace Prompts
