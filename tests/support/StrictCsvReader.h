#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

/// A deliberately strict RFC 4180 reader, written for the tests so they can check what the
/// product writes without trusting the product's own code. It refuses rather than guesses:
/// invalid UTF-8, UTF-16, a quote inside an unquoted field, text after a closing quote, a
/// missing closing quote, and records whose field count differs from the first record's.
/// With `requireCrlf` (RFC 4180 proper) every line end outside quotes must be CRLF; without it,
/// CRLF, LF and CR all end a record (how other producers write). A final line end is optional;
/// an empty line is a record of one empty field.
class StrictCsvReader
{
public:
    struct Options
    {
        QChar delimiter = QLatin1Char(',');
        bool requireCrlf = true;
        bool requireBom = false;
    };

    struct Result
    {
        bool ok = false;
        QString error; ///< what is wrong and where (record, line)
        bool hadBom = false;
        QList<QStringList> records;
    };

    static Result parse(const QByteArray& bytes, const Options& options);
    static Result parseFile(const QString& path, const Options& options);
};
