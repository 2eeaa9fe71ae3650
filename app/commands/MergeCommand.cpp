#include "CommandFrame.h"
#include "CommandSupport.h"
#include "leads/LeadMerge.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QJsonArray>
#include <QJsonObject>

// leadscout merge: merges stored leads into one (--keep ID --merge ID…), each differing detail
// taking the kept lead's value when it has one, else the most recently changed lead's; or undoes
// a merge (--undo MERGE_ID).

namespace {

const QString command = QStringLiteral("merge");

struct MergeText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

QJsonArray idsJson(const QList<qint64>& ids)
{
    QJsonArray result;
    for (const qint64 id : ids)
        result.append(id);
    return result;
}

std::optional<qint64> idOf(const CommandFrame& frame, const QString& text, const QString& option)
{
    bool number = false;
    const qint64 id = text.toLongLong(&number);
    if (number && id > 0)
        return id;
    frame.usageError(MergeText::tr("--%1 needs a lead number, not \"%2\".").arg(option, text));
    return std::nullopt;
}

int undo(const CommandFrame& frame, Store& store, qint64 mergeId)
{
    LeadMerge merge(store);
    if (const QString why = merge.undoRefusal(mergeId); !why.isEmpty())
        return CommandSupport::failure(why);
    const MergeRecord undone = merge.undo(mergeId);
    frame.print({{QStringLiteral("undone"), mergeId},
                 {QStringLiteral("survivor"), undone.survivorId},
                 {QStringLiteral("restored"), idsJson(undone.mergedIds)}},
                MergeText::tr("Merge %1 undone: lead %2 and the %n merged lead(s) are back as "
                              "they were.",
                              nullptr, int(undone.mergedIds.size()))
                    .arg(mergeId)
                    .arg(undone.survivorId));
    return ExitOk;
}

int merge(const CommandFrame& frame, Store& store, qint64 keep, const QList<qint64>& others)
{
    LeadMerge merge(store);
    if (const QString why = merge.refusal(keep, others); !why.isEmpty())
        return CommandSupport::failure(why);
    const LeadMerge::Result result =
        merge.merge({keep, others, {}, AppSettings::instance().repName()});
    QStringList fields;
    for (const LeadField field : result.changedFields)
        fields.append(LeadFields::key(field));
    frame.print({{QStringLiteral("merge"), result.mergeId},
                 {QStringLiteral("survivor"), result.survivorId},
                 {QStringLiteral("merged"), idsJson(result.mergedIds)},
                 {QStringLiteral("rows_moved"), result.rowsMoved},
                 {QStringLiteral("fields_taken"), QJsonArray::fromStringList(fields)},
                 {QStringLiteral("alternates_added"), int(result.alternates.size())}},
                MergeText::tr("Merged %n lead(s) into lead %1 (%2 rows moved, %3 alternate "
                              "contact(s) kept). Undo with: leadscout merge --undo %4",
                              nullptr, int(result.mergedIds.size()))
                    .arg(result.survivorId)
                    .arg(result.rowsMoved)
                    .arg(result.alternates.size())
                    .arg(result.mergeId));
    return ExitOk;
}

int runMerge(const QStringList& arguments)
{
    CommandFrame frame(command);
    frame.addOptions(
        "Commands",
        {{"keep", QT_TRANSLATE_NOOP("Commands", "The lead that stays (the survivor)."), "ID"},
         {"merge", QT_TRANSLATE_NOOP("Commands", "A lead to merge into it (repeatable)."), "ID"},
         {"undo", QT_TRANSLATE_NOOP("Commands", "Undo the merge of this number."), "MERGE_ID"},
         {"json", QT_TRANSLATE_NOOP("Commands", "Print the result as JSON.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    const bool undoing = frame.isSet(QStringLiteral("undo"));
    if (undoing && (frame.isSet(QStringLiteral("keep")) || frame.isSet(QStringLiteral("merge"))))
        return frame.usageError(MergeText::tr("--undo goes alone, without --keep or --merge."));
    if (undoing) {
        const auto mergeId =
            idOf(frame, frame.value(QStringLiteral("undo")), QStringLiteral("undo"));
        if (!mergeId)
            return ExitUsage;
        return frame.withStore([&](Store& store) { return undo(frame, store, *mergeId); });
    }
    if (!frame.isSet(QStringLiteral("keep")) || !frame.isSet(QStringLiteral("merge")))
        return frame.usageError(
            MergeText::tr("name the lead to keep with --keep ID and each lead to merge into it "
                          "with --merge ID."));
    const auto keep = idOf(frame, frame.value(QStringLiteral("keep")), QStringLiteral("keep"));
    if (!keep)
        return ExitUsage;
    QList<qint64> others;
    for (const QString& text : frame.parser().values(QStringLiteral("merge"))) {
        const auto id = idOf(frame, text, QStringLiteral("merge"));
        if (!id)
            return ExitUsage;
        others.append(*id);
    }
    return frame.withStore([&](Store& store) { return merge(frame, store, *keep, others); });
}

const RegisterCommand registration(
    {"merge", "--db PATH (--keep ID --merge ID [--merge ID…] | --undo MERGE_ID) [--json]",
     QT_TRANSLATE_NOOP("Commands", "Merge duplicate leads into one, or undo a merge"), &runMerge});

} // namespace
