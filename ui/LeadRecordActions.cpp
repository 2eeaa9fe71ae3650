#include "LeadRecordActions.h"

#include "ImportWizard.h"
#include "NewLeadDialog.h"
#include "Prompts.h"
#include "domain/LeadRepository.h"
#include "leads/Disclosure.h"
#include "leads/Erasure.h"
#include "leads/LeadTables.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QStandardPaths>

LeadRecordActions::LeadRecordActions(QWidget* window, AppSettings& settings,
                                     std::function<qint64()> currentLead)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_currentLead(std::move(currentLead))
    , m_newLead(new QAction(tr("&New Lead…"), this))
    , m_import(new QAction(tr("Im&port from CSV or Excel…"), this))
    , m_disclose(new QAction(tr("D&isclose Everything Stored…"), this))
    , m_erase(new QAction(tr("&Erase on Request…"), this))
{
    m_newLead->setObjectName(QStringLiteral("newLeadAction"));
    m_newLead->setShortcut(QKeySequence::New);
    m_newLead->setToolTip(
        tr("Enter a new lead (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_import->setObjectName(QStringLiteral("importLeadsAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Import leads or their activities from a CSV or Excel file (%1)")
                             .arg(m_import->shortcut().toString(QKeySequence::NativeText)));
    m_disclose->setObjectName(QStringLiteral("discloseLeadAction"));
    m_disclose->setToolTip(tr("Save everything stored about this lead as JSON and as a "
                              "readable HTML summary (GDPR Art. 15/20)"));
    m_erase->setObjectName(QStringLiteral("eraseLeadAction"));
    m_erase->setToolTip(tr("Erase this lead and everything stored about them (GDPR Art. 17)"));
    connect(m_newLead, &QAction::triggered, this, [this] { newLead(); });
    connect(m_import, &QAction::triggered, this, [this] { importFile(); });
    connect(m_disclose, &QAction::triggered, this, &LeadRecordActions::disclose);
    connect(m_erase, &QAction::triggered, this, &LeadRecordActions::erase);
    setCurrentLead(0);
}

void LeadRecordActions::setStore(const Store* store)
{
    m_store = store;
}

void LeadRecordActions::setCurrentLead(qint64 leadId)
{
    m_disclose->setEnabled(leadId > 0);
    m_erase->setEnabled(leadId > 0);
}

void LeadRecordActions::newLead(const QString& phone)
{
    if (!m_store)
        return;
    auto* dialog = new NewLeadDialog(*m_store, m_settings.repName(), m_window);
    if (!phone.isEmpty())
        dialog->setPhone(phone);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewLeadDialog::leadCreated, this, &LeadRecordActions::leadCreated);
    connect(dialog, &NewLeadDialog::openLeadRequested, this, &LeadRecordActions::openLeadRequested);
    dialog->open();
}

// The imported leads reach the queue and every pane through the store's change announcements.
void LeadRecordActions::importFile(const QString& path)
{
    if (!m_store)
        return;
    auto* wizard = new ImportWizard(*m_store, m_settings, m_window);
    if (!path.isEmpty())
        wizard->setFile(path);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

QList<qint64> LeadRecordActions::chooseLeads(qint64 leadId, const QString& purpose)
{
    const std::optional<Lead> lead = LeadRepository(*m_store).find(leadId);
    if (!lead)
        return {};
    const QList<qint64> sharing = LeadTables::idsWithEmail(*m_store, lead->email);
    if (sharing.size() < 2)
        return {leadId};
    const auto answer = Prompts::question(
        m_window, purpose,
        tr("%n other lead(s) have the same e-mail address %1. Include them (Yes), only this "
           "lead (No), or stop (Cancel)?",
           nullptr, int(sharing.size() - 1))
            .arg(lead->email),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (answer == QMessageBox::Cancel)
        return {};
    return answer == QMessageBox::Yes ? sharing : QList<qint64>{leadId};
}

void LeadRecordActions::disclose()
{
    const qint64 leadId = m_currentLead();
    if (!m_store || leadId <= 0)
        return;
    try {
        const QList<qint64> ids = chooseLeads(leadId, tr("Disclose"));
        if (ids.isEmpty())
            return;
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("lead-%1-disclosure.json").arg(leadId));
        const QString path = Prompts::saveFileName(m_window, tr("Disclose everything stored"),
                                                   suggested, tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        const QString html = Disclosure::htmlPathFor(path);
        const QString error =
            Disclosure(*m_store).write(Disclosure(*m_store).document(ids), path, html);
        if (!error.isEmpty()) {
            Prompts::critical(m_window, tr("Disclosure not written"), error);
            return;
        }
        Prompts::information(m_window, tr("Disclosure written"),
                             tr("Everything stored about %n lead(s) was written to %1 (for "
                                "programs) and %2 (for people to read).",
                                nullptr, int(ids.size()))
                                 .arg(path, html));
    } catch (const StoreError& error) {
        Prompts::critical(m_window, tr("Disclosure not written"), error.message());
    }
}

void LeadRecordActions::erase()
{
    const qint64 leadId = m_currentLead();
    if (!m_store || leadId <= 0)
        return;
    try {
        const QList<qint64> ids = chooseLeads(leadId, tr("Erase on request"));
        if (ids.isEmpty())
            return;
        Erasure erasure(*m_store);
        const ErasurePlan plan = erasure.plan(ids);
        // Erasing cannot be undone: Enter answers No.
        if (Prompts::question(m_window, tr("Erase on request"),
                              plan.describe() + QStringLiteral("\n\n") + tr("Erase now?"),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
            return;
        emit aboutToErase();
        const Erasure::Result result = erasure.erase(plan);
        emit leadsErased();
        Prompts::information(m_window, tr("Erased"),
                             resultText(result.leadsErased, result.rowsErased, result.logCleared,
                                        erasure.backupFiles()));
    } catch (const StoreError& error) {
        emit leadsErased();
        Prompts::critical(m_window, tr("Nothing was erased"), error.message());
    }
}

QString LeadRecordActions::resultText(int leads, qint64 rows, bool logCleared,
                                      const QStringList& backups) const
{
    QString text = tr("Erased %n lead(s) with everything stored about them (%1 rows). A "
                      "suppression entry remembers them by hash only.",
                      nullptr, leads)
                       .arg(rows);
    if (!logCleared)
        text += QStringLiteral("\n\n") +
                tr("Another program has the store open, so its write-ahead log still holds old "
                   "pages; it is emptied when every program has closed the store.");
    if (!backups.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("These backups, taken before schema upgrades, are copies of the store as it "
                   "was and may still hold the erased data; delete them if they are no longer "
                   "needed:\n%1")
                    .arg(backups.join(QLatin1Char('\n')));
    return text;
}
