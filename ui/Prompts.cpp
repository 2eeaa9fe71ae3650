#include "Prompts.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QQueue>
#include <QVBoxLayout>

namespace Prompts {

namespace {
QQueue<QString> fileNames;
QQueue<QMessageBox::StandardButton> answers;
QQueue<QDate> dates;
QQueue<std::optional<QString>> passwords;
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

QDate date(QWidget* parent, const QString& title, const QString& text, const QDate& suggested,
           const QDate& minimum)
{
    questions.append({title, text, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok});
    if (!dates.isEmpty())
        return dates.dequeue();
    if (recordOnly) // offscreen tests never block on a dialog nobody answers
        return {};
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    auto* edit = new QDateEdit(std::max(suggested, minimum));
    edit->setObjectName(QStringLiteral("promptDateEdit"));
    edit->setMinimumDate(minimum);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    label->setBuddy(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    return dialog.exec() == QDialog::Accepted ? edit->date() : QDate();
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
std::optional<QString> password(QWidget* parent, const QString& title, const QString& text)
{
    questions.append({title, text, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok});
    if (!passwords.isEmpty())
        return passwords.dequeue();
    bool ok = false;
    const QString typed =
        QInputDialog::getText(parent, title, text, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return typed;
}

void queuePassword(const std::optional<QString>& password)
{
    passwords.enqueue(password);
}

void queueDate(const QDate& date)
{
    dates.enqueue(date);
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
