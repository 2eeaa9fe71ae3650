#pragma once

#include <QDate>
#include <QMessageBox>
#include <QString>
#include <optional>

class QWidget;

/// Every modal question the product asks goes through here, so GUI tests can answer it
/// ahead of time ("next file name", "next message-box answer") instead of blocking on a dialog.
namespace Prompts {

QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                     const QString& filter);
/// A question with these buttons. Enter presses `defaultButton`; without one, the safest button
/// offered (Cancel, No, Abort or Close), so that Enter never takes the answer that acts.
QMessageBox::StandardButton
question(QWidget* parent, const QString& title, const QString& text,
         QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
         QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
/// Asks for a day (at least `minimum`), `suggested` preselected; an invalid date when cancelled.
QDate date(QWidget* parent, const QString& title, const QString& text, const QDate& suggested,
           const QDate& minimum);
/// Asks for a password (typed hidden, never stored); nothing when cancelled.
std::optional<QString> password(QWidget* parent, const QString& title, const QString& text);
void critical(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);

/// A question as it was asked: what Enter would have answered is `defaultButton`.
struct Question
{
    QString title;
    QString text;
    QMessageBox::StandardButtons buttons;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
};

// Test seams: queued answers are used (and removed) before any dialog would be shown.
void queueFileName(const QString& path);
void queueAnswer(QMessageBox::StandardButton answer);
/// The answer to the next date() question (an invalid date cancels it).
void queueDate(const QDate& date);
/// The answer to the next password() question (nothing cancels it).
void queuePassword(const std::optional<QString>& password);
/// Texts of the critical/information messages shown (or skipped) since the last call.
QStringList takeShownMessages();
/// The questions asked (answered from the queue or shown) since the last call.
QList<Question> takeQuestions();
/// When set, critical/information messages are only recorded, never shown (offscreen tests).
void setRecordOnly(bool recordOnly);

} // namespace Prompts
