#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

/// The disclosure as an HTML page a person can read (and print to PDF from a browser): one
/// section per lead with its details, then one table per kind of data, with plain headings.
class DisclosureHtml
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureHtml)

public:
    static QString render(const QJsonDocument& disclosure);
    /// A heading for a section of the disclosure ("calls" → "Calls"), for known and new tables.
    static QString sectionTitle(const QString& key);
};
