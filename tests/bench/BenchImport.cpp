// Importing a 100,000-row CSV with duplicate checks, beside `sqlite3 .import` of the same file.
#include "Bench.h"
#include "import/LeadImport.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

namespace {

/// A CSV of new people with duplicates in it: every 25th row is a lead of the store (same
/// e-mail), every 100th repeats a row of the file. `tag` makes each file's bytes new, so that no
/// run meets "this file was imported before".
int writeCsv(const Bench& bench, const QString& path, const QString& tag)
{
    const int importRows = bench.importRows;
    QList<QStringList> existing;
    QSqlQuery q = Sql::exec(bench.store->db(),
                            QStringLiteral("SELECT first_name, last_name, email, phone, company "
                                           "FROM leads WHERE email <> '' ORDER BY id DESC LIMIT ?"),
                            {importRows / 25});
    while (q.next())
        existing.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString()});
    // Names and companies as varied as a bought list: 40 first names, 400 last names, four
    // people per company (name + company is one of the duplicate checks).
    static const char* const firsts[] = {
        "Anna",  "Ben",   "Clara", "David", "Eva",  "Felix", "Greta", "Hannes", "Ida",    "Jonas",
        "Klara", "Lukas", "Marta", "Noah",  "Olga", "Paul",  "Rosa",  "Simon",  "Tara",   "Uwe",
        "Vera",  "Willi", "Xenia", "Yusuf", "Zoe",  "Amir",  "Bea",   "Chiara", "Dmitri", "Elif",
        "Femke", "Goran", "Hanna", "Ilias", "Jana", "Kemal", "Lea",   "Milan",  "Nina",   "Oskar"};
    static const char* const stems[] = {"Berg", "Hof",  "Lind", "Stein", "Wald",  "Brun", "Feld",
                                        "Hart", "Kamp", "Rich", "Mohr",  "Vogel", "Sand", "Horn",
                                        "Kell", "Lang", "Roth", "Wend",  "Zell",  "Dorn"};
    static const char* const endings[] = {
        "mann", "er",   "ner",  "bauer", "huber", "meier", "inger", "ke",  "sen", "hoff",
        "rath", "ling", "wald", "bach",  "stedt", "berg",  "ow",    "ski", "ová", "ić"};
    const auto lastName = [](int k) {
        return QString::fromUtf8(stems[k % 20]) + QString::fromUtf8(endings[(k / 20) % 20]);
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    QTextStream out(&file);
    out << "First Name,Last Name,Email,Phone,Company,Country,Job Title\n";
    QList<QString> written;
    for (int i = 0; i < importRows; ++i) {
        QString row;
        if (i % 25 == 7 && !existing.isEmpty()) {
            const QStringList& lead = existing.at((i / 25) % existing.size());
            row = QStringLiteral("%1,%2,%3,%4,\"%5\",DE,Manager")
                      .arg(lead.at(0), lead.at(1), lead.at(2), lead.at(3), lead.at(4));
        } else if (i % 100 == 99) {
            row = written.at(i / 2);
        } else {
            const QString first = QLatin1String(firsts[i % 40]);
            const QString last = lastName(i / 40 + i % 7);
            const int company = i / 4;
            row = QStringLiteral("%1,%2,%3.%4@%5.bench.example,+49 30 %6,%7 %8 GmbH,"
                                 "DE,Head of Sales")
                      .arg(first, last, first.toLower())
                      .arg(i)
                      .arg(tag)
                      .arg(50000000 + i)
                      .arg(lastName(company * 7), QString::number(company));
        }
        written.append(row);
        out << row << '\n';
    }
    return importRows;
}

} // namespace

namespace BenchGroups {

void import(Bench& bench)
{
    Figure figure(QStringLiteral("import_csv"),
                  QStringLiteral("import %L1 CSV rows").arg(bench.importRows), QStringLiteral("s"));
    figure.target = 5;
    const int runs = 1; // tens of seconds: one run says enough
    const QString csv = bench.scratch + QStringLiteral("/import.csv");
    qint64 imported = 0, skipped = 0;
    for (int run = 0; run < runs; ++run) {
        writeCsv(bench, csv,
                 QStringLiteral("r%1x%2").arg(run).arg(QDateTime::currentSecsSinceEpoch()));
        LeadImportOptions options;
        options.duplicates = DuplicateMode::Skip;
        options.sourceChannel = SourceChannel::PurchasedList;
        options.defaultCountry = QStringLiteral("DE");
        ImportReport report;
        figure.runs.append(Bench::timeMs([&] {
                               report = LeadImport(*bench.store, QStringLiteral("bench"))
                                            .run({csv, QLatin1Char(','), {}, {}}, options);
                           }) /
                           1000.0);
        imported = report.count(RowOutcome::Imported);
        skipped = report.count(RowOutcome::Skipped);
        std::fprintf(stderr, "  run %d: %lld imported, %lld skipped as duplicates, %lld rejected\n",
                     run + 1, static_cast<long long>(imported), static_cast<long long>(skipped),
                     static_cast<long long>(report.count(RowOutcome::Rejected)));
        // Leaves the store as it was, so that it can be measured again.
        if (report.written())
            LeadImport(*bench.store, QStringLiteral("bench")).undo(report.batchCode);
    }
    // Plain SQLite: the sqlite3 shell's .import of the same file into a new table.
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    for (int run = 0; run < runs && !shell.isEmpty() && !bench.server; ++run) {
        const QString target = bench.scratch + QStringLiteral("/plain-import-%1.sqlite").arg(run);
        QFile::remove(target);
        QProcess process;
        const double ms = Bench::timeMs([&] {
            process.start(shell, {target, QStringLiteral(".import --csv %1 leads").arg(csv)});
            process.waitForFinished(-1);
        });
        if (process.exitCode() == 0)
            figure.plain.append(ms / 1000.0);
        QFile::remove(target);
    }
    figure.note =
        QStringLiteral("LeadImport::run (duplicates skipped): %1 imported, %2 skipped as "
                       "duplicates (every 25th row is a lead of the store, every 100th "
                       "repeats a row); undone afterwards, untimed. Plain SQLite: "
                       "`sqlite3 NEW.sqlite '.import --csv FILE leads'`%3. Target also: "
                       "within 3x of plain.")
            .arg(imported)
            .arg(skipped)
            .arg(shell.isEmpty() ? QStringLiteral(" (no sqlite3 shell found)") : QString());
    bench.report.add(figure);
}

} // namespace BenchGroups
