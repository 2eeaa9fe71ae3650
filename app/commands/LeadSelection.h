#pragma once

#include <QCommandLineParser>
#include <QList>

class CommandFrame;
class Store;

/// The `--lead ID | --email ADDRESS` choice shared by the erase and disclose commands.
namespace LeadSelection {

void addOptions(CommandFrame& frame);
/// True when exactly one of --lead and --email is given and readable; prints a usage error
/// (for `command`) otherwise.
bool check(const QCommandLineParser& parser, const QString& command);
/// The ids selected: the lead if it exists, or every lead with that e-mail address.
QList<qint64> resolve(const QCommandLineParser& parser, const Store& store);
/// "lead 12" or "the e-mail address a@b.example", for messages.
QString describe(const QCommandLineParser& parser);

} // namespace LeadSelection
