#include "CommandFrame.h"
#include "CommandSupport.h"
#include "ImportFileArguments.h"
#include "export/TextSafety.h"
#include "import/LeadImport.h"
#include "store/PostgresConnection.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

// leadscout import FILE: a CSV or XLSX file of leads into the store, all rows in one transaction
// (a kill leaves the store as it was); the report as text or JSON, optionally saved as CSV.
// leadscout import-undo --batch CODE: takes an import back while none of its leads was worked.

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

void addImportOptions(CommandFrame& frame)
{
    frame.addPositional(QStringLiteral("FILE"),
                        QT_TRANSLATE_NOOP("Commands", "The CSV or XLSX file to import."),
                        QStringLiteral("FILE"));
    frame.addOptions(
        "Commands",
        {{"source", QT_TRANSLATE_NOOP("Commands", "Source channel of rows that name none."),
          "CHANNEL"},
         {"campaign", QT_TRANSLATE_NOOP("Commands", "Campaign of rows that name none."), "NAME"},
         {"mapping", QT_TRANSLATE_NOOP("Commands", "Column mapping saved as JSON."), "FILE.json"}});
    ImportFileArguments::addOptions(frame);
    frame.addOptions(
        "Commands",
        {{"owner",
          QT_TRANSLATE_NOOP("Commands", "Rep who gets the leads whose owner column names none."),
          "NAME"},
         {"unassigned",
          QT_TRANSLATE_NOOP("Commands",
                            "Leave every lead unassigned; an owner column is not read.")},
         {"unknown-owner",
          QT_TRANSLATE_NOOP("Commands",
                            "A row naming an owner who is no rep: unassigned (default) or reject."),
          "WHAT"},
         {"duplicates",
          QT_TRANSLATE_NOOP("Commands", "What to do with duplicates: skip, merge or import."),
          "MODE"},
         {"all-or-nothing",
          QT_TRANSLATE_NOOP("Commands", "Import nothing when any row is rejected.")},
         {"dry-run", QT_TRANSLATE_NOOP("Commands", "Judge every row, write nothing.")},
         {"keep-unmapped",
          QT_TRANSLATE_NOOP("Commands", "Keep columns that map to no field as a note.")},
         {"country",
          QT_TRANSLATE_NOOP("Commands", "Country of phone numbers without a country code."), "CC"},
         {"report", QT_TRANSLATE_NOOP("Commands", "Save the report of every row as CSV."),
          "FILE.csv"},
         {"json", QT_TRANSLATE_NOOP("Commands", "Print the report as JSON.")}});
}

/// The import options from the command line; a usage message in `error` when one is wrong.
LeadImportOptions importOptions(const CommandFrame& frame, QString& error)
{
    LeadImportOptions options;
    options.campaign = frame.value(QStringLiteral("campaign")).trimmed();
    options.allOrNothing = frame.isSet(QStringLiteral("all-or-nothing"));
    options.dryRun = frame.isSet(QStringLiteral("dry-run"));
    options.keepUnmappedAsNote = frame.isSet(QStringLiteral("keep-unmapped"));
    if (frame.isSet(QStringLiteral("source"))) {
        options.sourceChannel = fromKey<SourceChannel>(frame.value(QStringLiteral("source")));
        if (!options.sourceChannel)
            error = ImportText::tr("unknown source channel \"%1\".")
                        .arg(frame.value(QStringLiteral("source")));
    }
    if (frame.isSet(QStringLiteral("duplicates"))) {
        const auto mode = LeadImport::modeFromKey(frame.value(QStringLiteral("duplicates")));
        if (!mode)
            error = ImportText::tr("--duplicates takes skip, merge or import.");
        options.duplicates = mode.value_or(DuplicateMode::Skip);
    }
    const QString country = frame.value(QStringLiteral("country")).trimmed();
    if (frame.isSet(QStringLiteral("country")) && country.size() != 2)
        error = ImportText::tr("--country takes a two-letter country code such as DE.");
    options.defaultCountry = country.toUpper();
    if (frame.isSet(QStringLiteral("owner"))) {
        options.owner.mode = OwnerMode::Rep;
        options.owner.rep = frame.value(QStringLiteral("owner")).trimmed();
        if (options.owner.rep.isEmpty())
            error = ImportText::tr("--owner takes the name of a rep of the team.");
        if (frame.isSet(QStringLiteral("unassigned")))
            error = ImportText::tr("--owner and --unassigned exclude each other.");
    } else if (frame.isSet(QStringLiteral("unassigned"))) {
        options.owner.mode = OwnerMode::Nobody;
    }
    if (frame.isSet(QStringLiteral("unknown-owner"))) {
        const QString what = frame.value(QStringLiteral("unknown-owner"));
        if (what == QLatin1String("reject"))
            options.owner.rejectUnknown = true;
        else if (what != QLatin1String("unassigned"))
            error = ImportText::tr("--unknown-owner takes unassigned or reject.");
        // "--unassigned --unknown-owner unassigned" says the same twice; reject contradicts it.
        if (options.owner.mode == OwnerMode::Nobody && options.owner.rejectUnknown)
            error = ImportText::tr("--unknown-owner reject reads the owner column, which "
                                   "--unassigned leaves unread.");
    }
    return options;
}

/// Reads --mapping; false after printing why it cannot be read.
bool readMapping(const CommandFrame& frame, LeadImportOptions& options)
{
    if (!frame.isSet(QStringLiteral("mapping")))
        return true;
    const QString path = frame.value(QStringLiteral("mapping"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CommandSupport::printErr(
            ImportText::tr("The mapping file %1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    QString error;
    options.mapping = HeaderMapping::fromJson(file.readAll(), &error);
    if (!options.mapping)
        CommandSupport::printErr(ImportText::tr("The mapping file %1: %2").arg(path, error));
    return options.mapping.has_value();
}

int importInto(const CommandFrame& frame, Store& store, const ImportFileOptions& file,
               const LeadImportOptions& options)
{
    const QString repName = AppSettings::instance().repName();
    // An owner the store does not know, or may not be given the leads, stops before anything
    // is read or written.
    if (const OwnerRefusal refused = ImportOwners(store, repName).refusal(options.owner)) {
        if (refused.kind == OwnerRefusal::Kind::UnknownRep)
            return frame.usageError(
                TextSafety::printable(QStringLiteral("--owner: ") + refused.message));
        return CommandSupport::failure(refused.message);
    }
    const ImportReport report = LeadImport(store, repName).run(file, options);
    if (frame.isSet(QStringLiteral("report")))
        report.saveCsv(frame.value(QStringLiteral("report")),
                       store.isSqlite() ? store.location() : QString());
    frame.print(report.toJson(), report.summary());
    return report.status == ImportReport::Status::Refused ? ExitFailure : ExitOk;
}

/// True when opening the store would create its SQLite file (the command's --db, else the
/// default store): a store with no reps yet.
bool createsStore(const CommandFrame& frame)
{
    QString location = frame.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = AppSettings::instance().string(AppSettings::Key::DefaultStorePath);
    return !PostgresConnection::isUrl(location) && !QFileInfo::exists(location);
}

int runImport(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("import"));
    addImportOptions(frame);
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (frame.positional(0).isEmpty())
        return frame.usageError(ImportText::tr("name the file to import."));
    QString error;
    const ImportFileOptions file = ImportFileArguments::read(frame, error);
    LeadImportOptions options = importOptions(frame, error);
    if (!error.isEmpty())
        return frame.usageError(TextSafety::printable(error));
    if (!QFileInfo::exists(file.path))
        return CommandSupport::failure(
            ImportText::tr("The file %1 does not exist.").arg(file.path));
    if (!readMapping(frame, options))
        return ExitFailure;
    // A new store knows only the rep importing: another --owner is unknown before a file is made.
    if (options.owner.mode == OwnerMode::Rep &&
        options.owner.rep != AppSettings::instance().repName().trimmed() && createsStore(frame))
        return frame.usageError(
            TextSafety::printable(QStringLiteral("--owner: ") +
                                  QCoreApplication::translate(
                                      "ImportOwners", "There is no rep named \"%1\" on this store.")
                                      .arg(options.owner.rep)));
    return frame.withStore([&](Store& store) { return importInto(frame, store, file, options); },
                           CommandFrame::OpenMode::Create);
}

int undoImport(const CommandFrame& frame, Store& store)
{
    const QString code = frame.value(QStringLiteral("batch")).trimmed();
    LeadImport import(store, AppSettings::instance().repName());
    const qint64 deleted = import.undo(code);
    frame.print(QJsonObject{{QStringLiteral("batch"), code},
                            {QStringLiteral("undone"), true},
                            {QStringLiteral("leads_deleted"), deleted}},
                ImportText::tr("Import batch %1 undone: %n lead(s) deleted.", nullptr, int(deleted))
                    .arg(code));
    return ExitOk;
}

int runImportUndo(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("import-undo"));
    frame.addOptions("Commands",
                     {{"batch", QT_TRANSLATE_NOOP("Commands", "The import batch to undo."), "CODE"},
                      {"json", QT_TRANSLATE_NOOP("Commands", "Print the result as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (frame.value(QStringLiteral("batch")).trimmed().isEmpty())
        return frame.usageError(ImportText::tr("name the batch to undo with --batch CODE."));
    return frame.withStore([&](Store& store) { return undoImport(frame, store); });
}

const RegisterCommand importRegistration(
    {"import",
     "FILE --db PATH [--source CHANNEL] [--campaign NAME] [--mapping FILE.json] [--delimiter C]"
     " [--encoding E] [--sheet NAME] [--owner NAME | --unassigned]"
     " [--unknown-owner unassigned|reject] [--duplicates skip|merge|import] [--all-or-nothing]"
     " [--dry-run] [--keep-unmapped] [--country CC] [--report FILE.csv] [--json]",
     QT_TRANSLATE_NOOP("Commands", "Import leads from a CSV or XLSX file"), &runImport});

const RegisterCommand undoRegistration(
    {"import-undo", "--db PATH --batch CODE [--json]",
     QT_TRANSLATE_NOOP("Commands", "Undo an import batch while none of its leads was worked"),
     &runImportUndo});

} // namespace
