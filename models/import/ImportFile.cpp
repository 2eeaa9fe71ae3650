#include "import/ImportFile.h"

#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

OpenedImportFile ImportFile::open(const ImportFileOptions& options)
{
    const QFileInfo info(options.path);
    if (!info.exists()) {
        OpenedImportFile missing;
        missing.problem = tr("The file %1 does not exist.").arg(options.path);
        return missing;
    }
    if (info.isDir() || !info.isReadable()) {
        OpenedImportFile unreadable;
        unreadable.problem = tr("The file %1 cannot be read.").arg(options.path);
        return unreadable;
    }
    return isWorkbook(options.path) ? openXlsx(options) : openCsv(options);
}

bool ImportFile::isWorkbook(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

QString ImportFile::fingerprint(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

OpenedImportFile ImportFile::openCsv(const ImportFileOptions& options)
{
    CsvOptions csvOptions;
    csvOptions.delimiter = options.delimiter;
    csvOptions.encoding = options.encoding;
    auto reader = std::make_unique<CsvReader>(csvOptions);
    OpenedImportFile opened;
    opened.format = QStringLiteral("csv");
    if (!reader->open(options.path)) {
        opened.problem = tr("%1: %2").arg(options.path, reader->problem().describe());
        return opened;
    }
    opened.encoding = TextEncodings::name(reader->encoding());
    opened.delimiter = reader->delimiter();
    opened.source = std::move(reader);
    return opened;
}

OpenedImportFile ImportFile::openXlsx(const ImportFileOptions& options)
{
    XlsxOptions xlsxOptions;
    xlsxOptions.sheet = options.sheet;
    auto reader = std::make_unique<XlsxReader>(xlsxOptions);
    OpenedImportFile opened;
    opened.format = QStringLiteral("xlsx");
    if (!reader->open(options.path)) {
        opened.problem = tr("%1: %2").arg(options.path, reader->problem().describe());
        return opened;
    }
    opened.sheet = reader->sheetName();
    opened.date1904 = reader->date1904();
    opened.source = std::move(reader);
    return opened;
}
