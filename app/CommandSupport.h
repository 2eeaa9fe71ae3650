#pragma once

#include "CommandRegistry.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <memory>

class Store;

/// Shared plumbing for the commands: parsing with the right exit codes, opening the store with a
/// plain message on failure, printing text and JSON.
namespace CommandSupport {

/// Adds --db and --help/-h; parses. On a usage error prints it and returns false.
bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& commandName);
/// Prints the command's help and returns true when --help was given.
bool helpRequested(const QCommandLineParser& parser, const QString& commandName);
/// The store named by --db (or the default store); nullptr after printing why it cannot be opened.
std::unique_ptr<Store> openStore(const QCommandLineParser& parser, bool create = true);

/// Finishes handoffs a kill interrupted (see HandoffRecovery); notes on standard error.
void finishInterruptedHandoffs(const Store& store);

/// Reads a whole number option; prints a usage error (with the command and the help hint) and
/// returns false when it is not one.
bool intOption(const QCommandLineParser& parser, const QString& commandName, const QString& name,
               qint64 minimum, qint64& value);

void printOut(const QString& text);
void printErr(const QString& text);
void printJson(const QJsonDocument& document);

int usageError(const QString& commandName, const QString& message);
int failure(const QString& message);

} // namespace CommandSupport
