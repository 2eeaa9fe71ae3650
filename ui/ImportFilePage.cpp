#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "Prompts.h"
#include "import/XlsxReader.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ',':
        return ImportFilePage::tr("comma");
    case ';':
        return ImportFilePage::tr("semicolon");
    case '\t':
        return ImportFilePage::tr("tab");
    case '|':
        return ImportFilePage::tr("pipe");
    default:
        return QString(delimiter);
    }
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit)
    , m_leads(new QRadioButton(tr("&Leads (people and companies)")))
    , m_activities(new QRadioButton(tr("&Activities of known leads (downloads, webinars, "
                                       "clicks…)")))
    , m_sheet(new QComboBox)
    , m_encoding(new QComboBox)
    , m_delimiter(new QComboBox)
    , m_detected(new QLabel)
    , m_preview(new QTableWidget)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file or an Excel workbook (.xlsx). Check the preview: it shows the "
                   "first rows as they will be read."));
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("Path of a .csv or .xlsx file"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("importBrowse"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_leads->setObjectName(QStringLiteral("importKindLeads"));
    m_activities->setObjectName(QStringLiteral("importKindActivities"));
    m_leads->setChecked(true);
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_leads);
    kinds->addButton(m_activities);
    auto* kindColumn = new QVBoxLayout;
    kindColumn->addWidget(m_leads);
    kindColumn->addWidget(m_activities);

    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect"));
    for (TextEncoding encoding : TextEncodings::all())
        m_encoding->addItem(TextEncodings::name(encoding), TextEncodings::name(encoding));
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(tr("Detect"));
    for (QChar delimiter : {u',', u';', u'\t', u'|'})
        m_delimiter->addItem(delimiterName(delimiter), QString(delimiter));
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("It holds:"), kindColumn);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("Read as:"), m_detected);

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(140);
    auto* previewLabel = new QLabel(tr("Pre&view:"));
    previewLabel->setBuddy(m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::reload);
    connect(m_leads, &QRadioButton::toggled, this, &ImportFilePage::reload);
    for (QComboBox* box : {m_sheet, m_encoding, m_delimiter})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportFilePage::reload);
    reload();
}

void ImportFilePage::setPath(const QString& path)
{
    m_path->setText(path);
    reload();
}

void ImportFilePage::browse()
{
    const QString path =
        Prompts::openFileName(this, tr("Import from CSV or Excel"),
                              tr("Lead files (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void ImportFilePage::reload()
{
    if (m_reloading)
        return;
    m_reloading = true;
    ImportWizardState& state = m_wizard.state();
    state.file = {};
    state.file.path = m_path->text().trimmed();
    if (state.file.path != m_lastPath) { // another file: its own sheets
        m_sheet->clear();
        m_lastPath = state.file.path;
    }
    state.activities = m_activities->isChecked();
    state.file.sheet = m_sheet->currentText();
    state.file.encoding = TextEncodings::fromName(m_encoding->currentData().toString());
    const QString delimiter = m_delimiter->currentData().toString();
    state.file.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    m_open = false;
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (state.file.path.isEmpty()) {
        m_detected->setText(tr("No file chosen yet."));
    } else if (!QFileInfo(state.file.path).isFile()) {
        m_detected->setText(tr("There is no file %1.").arg(state.file.path));
    } else {
        OpenedImportFile opened = ImportFile::open(state.file);
        if (!opened.isOpen())
            m_detected->setText(opened.problem);
        else
            showPreview(opened);
    }
    // A text file that the encoding or delimiter chosen cannot read keeps both open to change:
    // the rep steps through UTF-8 on the way to Windows-1252.
    const bool exists = QFileInfo(state.file.path).isFile();
    const bool workbook = exists && ImportFile::isWorkbook(state.file.path);
    m_sheet->setEnabled(m_open && workbook);
    m_encoding->setEnabled(exists && !workbook);
    m_delimiter->setEnabled(exists && !workbook);
    m_reloading = false;
    emit completeChanged();
}

void ImportFilePage::showPreview(OpenedImportFile& opened)
{
    ImportWizardState& state = m_wizard.state();
    state.header = opened.source->header();
    if (opened.format == QLatin1String("xlsx")) {
        if (auto* reader = dynamic_cast<XlsxReader*>(opened.source.get());
            reader && m_sheet->count() == 0) {
            m_sheet->addItems(reader->sheetNames());
            m_sheet->setCurrentText(opened.sheet);
        }
        m_detected->setText(tr("Excel workbook, sheet %1").arg(opened.sheet));
    } else {
        m_detected->setText(
            tr("CSV, %1, separated by %2").arg(opened.encoding, delimiterName(opened.delimiter)));
    }
    m_preview->setColumnCount(int(state.header.size()));
    m_preview->setHorizontalHeaderLabels(state.header);
    ImportRow row;
    QStringList problems;
    for (ImportSource::Step step; m_preview->rowCount() < previewRows &&
                                  (step = opened.source->next(row)) != ImportSource::End;) {
        if (step == ImportSource::Error) {
            problems.append(opened.source->problem().describe());
            continue;
        }
        const int at = m_preview->rowCount();
        m_preview->insertRow(at);
        m_preview->setVerticalHeaderItem(at, new QTableWidgetItem(QString::number(row.row)));
        for (int column = 0; column < m_preview->columnCount(); ++column)
            m_preview->setItem(at, column, new QTableWidgetItem(row.cell(column)));
    }
    if (!problems.isEmpty())
        m_detected->setText(m_detected->text() + QLatin1Char('\n') +
                            problems.join(QLatin1Char('\n')));
    m_open = !state.header.isEmpty();
    if (!m_open)
        m_detected->setText(tr("The file has no header row to read column names from."));
}

bool ImportFilePage::isComplete() const
{
    return m_open;
}

bool ImportFilePage::validatePage()
{
    reload();
    return m_open;
}

int ImportFilePage::nextId() const
{
    return m_activities->isChecked() ? ImportWizard::ActivityMappingPage
                                     : ImportWizard::MappingPage;
}
