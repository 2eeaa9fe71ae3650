#include "Prompts.h"

#include <QFileDialog>
#include <QQueue>

namespace Prompts {

namespace {
QQueue<QString> fileNames;
QQueue<QMessageBox::StandardButton> answers;
QStringList shown;
bool recordOnly = false;
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

QMessageBox::StandardButton safeDefault(QMessageBox::StandardButtons buttons)
{
    // A rep typing fast presses Enter: it must never erase, save a duplicate or drop a call.
    for (const QMessageBox::StandardButton safe :
         {QMessageBox::Cancel, QMessageBox::No, QMessageBox::Abort, QMessageBox::Close})
        if (buttons.testFlag(safe))
            return safe;
    return QMessageBox::NoButton;
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons)
{
    shown.append(text);
    if (!answers.isEmpty())
        return answers.dequeue();
    return QMessageBox::question(parent, title, text, buttons, safeDefault(buttons));
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

void setRecordOnly(bool value)
{
    recordOnly = value;
}

} // namespace Prompts
