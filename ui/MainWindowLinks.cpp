// What the desktop hands the window (issue 23): tel:/callto: links and files to import, from
// the command line or from a second start on the same store (SingleInstance).
#include "LeadCard.h"
#include "LeadRecordActions.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "QualificationForm.h"
#include "contact/PhoneLookup.h"
#include "queue/QueueController.h"
#include "queue/QueueView.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>
#include <spdlog/spdlog.h>

void MainWindow::openArguments(const QStringList& arguments)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    for (const QString& argument : arguments) {
        if (PhoneLookup::isPhoneLink(argument))
            openPhoneLink(argument);
        else if (argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
            openImport(QUrl(argument).toLocalFile());
        else if (!argument.isEmpty())
            openImport(argument);
    }
}

void MainWindow::openPhoneLink(const QString& link)
{
    const QString number = PhoneLookup::numberFromLink(link);
    if (number.isEmpty()) {
        emit phoneLinkHandled(link, 0);
        Prompts::information(this, tr("Phone link"),
                             tr("The link “%1” names no phone number.").arg(link));
        return;
    }
    QList<qint64> leads;
    try {
        leads = PhoneLookup::findLeads(*m_store, number);
    } catch (const StoreError& error) {
        Prompts::critical(this, tr("Phone link"), error.message());
        return;
    }
    if (leads.isEmpty()) {
        spdlog::info("phone link: no lead has the number");
        emit phoneLinkHandled(link, 0);
        if (Prompts::question(
                this, tr("Phone link"),
                tr("No lead has the number %1. Add a new lead with this number?").arg(number),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
            m_leadRecord->newLead(number);
        return;
    }
    const qint64 leadId = leads.first();
    m_pages->setCurrentWidget(m_splitter);
    m_queueView->showLead(leadId);
    m_queue->openLead(leadId);
    spdlog::info("phone link: lead {} shown ({} lead(s) have the number)", leadId, leads.size());
    if (leads.size() > 1)
        statusBar()->showMessage(tr("%n lead(s) have the number %1; the card shows the first.",
                                    nullptr, int(leads.size()))
                                     .arg(number),
                                 15000);
    emit phoneLinkHandled(link, m_leadCard->leadId());
}

void MainWindow::openImport(const QString& path)
{
    emit importRequested(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx") &&
        suffix != QLatin1String("tsv") && suffix != QLatin1String("txt")) {
        Prompts::information(this, tr("Open file"),
                             tr("LeadScout opens CSV and Excel (XLSX) files to import leads; “%1” "
                                "is neither.")
                                 .arg(QFileInfo(path).fileName()));
        return;
    }
    m_leadRecord->importFile(path);
}

void MainWindow::nameForScreenReaders()
{
    setAccessibleName(tr("LeadScout"));
    m_pages->setAccessibleName(tr("Pages"));
    m_splitter->setAccessibleName(tr("Call queue, lead card and qualification form"));
    m_queueView->setAccessibleName(tr("Call queue"));
    m_leadCard->setAccessibleName(tr("Lead card"));
    m_qualificationForm->setAccessibleName(tr("Qualification form"));
}
