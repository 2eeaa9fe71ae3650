#pragma once

#include "import/XlsxCellValue.h"
#include "import/XlsxPackage.h"

#include <QList>
#include <QStringList>

/// What an XLSX workbook says about itself, read once before a sheet streams: its sheets and
/// where they are, the date system, which cell styles show dates, and the shared strings.
struct XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    struct Sheet
    {
        QString name;
        QString part; ///< "xl/worksheets/sheet1.xml"
    };

    QList<Sheet> sheets;
    bool date1904 = false;
    QList<XlsxNumberKind> styleKinds; ///< by cell style index (the c/@s attribute)
    QStringList sharedStrings;

    /// Reads workbook.xml, its relationships, styles.xml and sharedStrings.xml from `package`;
    /// false with `error` set when the workbook is damaged or breaks a limit.
    bool read(XlsxPackage& package, QString& error);

private:
    bool readSheets(XlsxPackage& package, QString& error);
    bool readRelationships(XlsxPackage& package, QHash<QString, QString>& targets, QString& error);
    bool readStyles(XlsxPackage& package, QString& error);
    bool readSharedStrings(XlsxPackage& package, QString& error);

    QString m_stylesPart = QStringLiteral("xl/styles.xml");
    QString m_sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
};

/// Collects the text of a rich-text element (<si> or <is>) as its tokens stream past: the <t>
/// runs, without the phonetic guide (<rPh>) that Japanese workbooks add.
class XlsxRichText
{
public:
    /// Feeds one token; true once the element's end has come (then text() is complete).
    bool take(QXmlStreamReader& xml);
    QString text() const { return XlsxCellValue::unescape(m_text); }
    void clear();

private:
    QString m_text;
    int m_depth = 0;
    bool m_inRun = false;
    bool m_inPhonetic = false;
};
