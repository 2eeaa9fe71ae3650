#pragma once

#include "domain/Lead.h"

#include <QList>
#include <QString>
#include <optional>

class Store;

/// A sales-ready lead for handoff tests: the lead itself, its BANT answers (written straight
/// into the qualification table), its calls and its score.
struct ReadyLead
{
    Lead lead;
    QString owner = QStringLiteral("mara");

    bool withQualification = true;
    QString budgetStatus = QStringLiteral("approved");
    std::optional<qint64> budgetMinor;
    QString budgetCurrency;
    QString authority = QStringLiteral("decision_maker");
    QString buyingRole = QStringLiteral("executive");
    bool decisionMakerConfirmed = true;
    QString need = QStringLiteral("urgent");
    QString needText;
    QString timing = QStringLiteral("within_3m");
    QString decisionDate;
    QString buyingPhase = QStringLiteral("purchase");
    QString notes;

    struct Call
    {
        qint64 startedAt;
        QString outcome;
        QString note;
    };
    QList<Call> calls;

    int totalScore = 0;
    QString grade;
    QString quadrant;
};

namespace HandoffFixture {

/// Adds the lead and walks it new → working → mql → sql (with stage history), in one
/// transaction. Returns its id.
qint64 addReadyLead(Store& store, const ReadyLead& ready);
/// The same for many leads in one transaction (benchmarks, big tests).
QList<qint64> addReadyLeads(Store& store, const QList<ReadyLead>& leads);
/// A varied lead: number `i` picks names with quotes, commas, line breaks, formula-looking text,
/// umlauts and emoji, different currencies, with and without calls and qualification.
ReadyLead varied(int i);
/// A lead with plain values (for bulk data).
ReadyLead plain(int i);

/// Everything a handoff could change, as one text: each lead's stage and times, and the counts
/// of stage history, batches, batch rows and reps. Equal digests mean nothing changed.
QString storeDigest(const Store& store);
/// The names of every file in the folder, hidden ones included.
QStringList filesIn(const QString& folder);

} // namespace HandoffFixture
