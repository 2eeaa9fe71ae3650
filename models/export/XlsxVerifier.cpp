#include "export/XlsxVerifier.h"

#include "export/ZipArchive.h"

#include <QFile>
#include <QXmlStreamReader>

namespace XlsxVerifier {

QString problemWith(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const ZipArchive zip(file.readAll());
    if (!zip.isValid())
        return zip.error();
    for (const ZipArchive::Entry& entry : zip.entries()) {
        QString error;
        const QByteArray content = zip.read(entry, error);
        if (!error.isEmpty())
            return error;
        if (!entry.name.endsWith(QLatin1String(".xml")) &&
            !entry.name.endsWith(QLatin1String(".rels")))
            continue;
        // A part cut short by a failed write is not well-formed XML.
        QXmlStreamReader xml(content);
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return QCoreApplication::translate("XlsxVerifier", "%1 is incomplete (%2)")
                .arg(entry.name, xml.errorString());
    }
    return {};
}

} // namespace XlsxVerifier
