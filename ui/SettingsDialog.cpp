#include "SettingsDialog.h"

#include "ThemeColours.h"
#include "support/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QWidget* withBrowseButton(QLineEdit* edit, QPushButton* button)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

void selectData(QComboBox* box, const QVariant& value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_repName(new QLineEdit)
    , m_storePath(new QLineEdit)
    , m_language(new QComboBox)
    , m_exportFormat(new QComboBox)
    , m_delimiter(new QComboBox)
    , m_exportFolder(new QLineEdit)
{
    setWindowTitle(tr("Settings"));
    m_repName->setObjectName(QStringLiteral("repNameLineEdit"));
    m_repName->setPlaceholderText(settings.repName());
    m_storePath->setObjectName(QStringLiteral("storePathLineEdit"));
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_exportFormat->setObjectName(QStringLiteral("exportFormatComboBox"));
    m_exportFormat->addItem(tr("CSV"), QStringLiteral("csv"));
    m_exportFormat->addItem(tr("Excel workbook (XLSX)"), QStringLiteral("xlsx"));
    m_delimiter->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;) for German Excel"), QStringLiteral(";"));
    m_exportFolder->setObjectName(QStringLiteral("exportFolderLineEdit"));

    m_repName->setText(settings.string(AppSettings::Key::RepName));
    m_storePath->setText(settings.string(AppSettings::Key::DefaultStorePath));
    selectData(m_language, settings.value(AppSettings::Key::Language).toString());
    selectData(m_exportFormat, settings.value(AppSettings::Key::ExportFormat));
    selectData(m_delimiter, settings.value(AppSettings::Key::ExportDelimiter));
    m_exportFolder->setText(settings.string(AppSettings::Key::ExportFolder));

    auto* browseStoreButton = new QPushButton(tr("Browse…"));
    connect(browseStoreButton, &QPushButton::clicked, this, &SettingsDialog::browseStore);
    auto* browseFolderButton = new QPushButton(tr("Browse…"));
    connect(browseFolderButton, &QPushButton::clicked, this, &SettingsDialog::browseExportFolder);

    auto* form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_repName);
    form->addRow(tr("Default &store:"), withBrowseButton(m_storePath, browseStoreButton));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Export &format:"), m_exportFormat);
    form->addRow(tr("CSV &delimiter:"), m_delimiter);
    form->addRow(tr("Export f&older:"), withBrowseButton(m_exportFolder, browseFolderButton));
    auto* hint = new QLabel(tr("A new language takes effect when LeadScout is started again."));
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("settingsProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColours::errorText()));
    m_problem->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!check())
            return;
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 70);
}

bool SettingsDialog::check()
{
    // A store that cannot be opened at the next start would lock the rep out of LeadScout, and
    // a mistyped folder would silently give a new, empty store.
    const QString store = m_storePath->text().trimmed();
    const bool url = store.startsWith(QLatin1String("postgresql://")) ||
                     store.startsWith(QLatin1String("postgres://"));
    QString problem;
    QLineEdit* field = nullptr;
    if (store.isEmpty()) {
        problem = tr("Default store: give the file (or postgresql:// address) to open at start.");
        field = m_storePath;
    } else if (!url && !QFileInfo(QFileInfo(store).absolutePath()).isDir()) {
        problem =
            tr("Default store: the folder %1 does not exist.").arg(QFileInfo(store).absolutePath());
        field = m_storePath;
    } else if (const QString folder = m_exportFolder->text().trimmed();
               !folder.isEmpty() && !QFileInfo(folder).isDir()) {
        problem = tr("Export folder: %1 is not an existing folder.").arg(folder);
        field = m_exportFolder;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (field)
        field->setFocus();
    return problem.isEmpty();
}

void SettingsDialog::apply()
{
    m_settings.setValue(AppSettings::Key::RepName, m_repName->text().trimmed());
    m_settings.setValue(AppSettings::Key::DefaultStorePath, m_storePath->text().trimmed());
    m_settings.setValue(AppSettings::Key::Language, m_language->currentData());
    m_settings.setValue(AppSettings::Key::ExportFormat, m_exportFormat->currentData());
    m_settings.setValue(AppSettings::Key::ExportDelimiter, m_delimiter->currentData());
    m_settings.setValue(AppSettings::Key::ExportFolder, m_exportFolder->text().trimmed());
}

void SettingsDialog::browseStore()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Default store"), m_storePath->text(),
                                     tr("LeadScout stores (*.sqlite);;All files (*)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_storePath->setText(path);
}

void SettingsDialog::browseExportFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export folder"), m_exportFolder->text());
    if (!folder.isEmpty())
        m_exportFolder->setText(folder);
}
