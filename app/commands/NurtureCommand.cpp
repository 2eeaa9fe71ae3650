#include "CommandFrame.h"
#include "CommandSupport.h"
#include "domain/LeadRepository.h"
#include "export/TextSafety.h"
#include "nurture/NurtureDue.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Commands", text);
}

QJsonObject toJson(const DueStep& d)
{
    return {{QStringLiteral("step"), d.stepId},
            {QStringLiteral("plan"), d.planId},
            {QStringLiteral("lead"), d.leadId},
            {QStringLiteral("name"), d.leadName},
            {QStringLiteral("company"), d.company},
            {QStringLiteral("rep"), d.repName},
            {QStringLiteral("track"), d.trackKey},
            {QStringLiteral("phase"), keyOf(d.phase)},
            {QStringLiteral("channel"), keyOf(d.channel)},
            {QStringLiteral("content"), d.contentTitle},
            {QStringLiteral("purpose"), NurtureTerms::key(d.purpose)},
            {QStringLiteral("dueAt"), Clock::fromSecs(d.dueAt).toString(Qt::ISODate)},
            {QStringLiteral("overdue"), d.overdue}};
}

QString line(const DueStep& d)
{
    const QString due =
        QLocale().toString(Clock::fromSecs(d.dueAt).toLocalTime(), QStringLiteral("ddd d MMM"));
    return TextSafety::printable(
        tr("step %1  %2%3  #%4 %5 (%6): %7, %8 — %9")
            .arg(d.stepId)
            .arg(due, d.overdue ? tr(" (overdue)") : QString())
            .arg(d.leadId)
            .arg(d.leadName, d.company, labelOf(d.channel), d.contentTitle,
                 NurtureTerms::label(d.purpose)));
}

int listDue(const CommandFrame& frame, const Store& store, const DueFilter& filter)
{
    if (!filter.repName.isEmpty() && !Reps::known(store, filter.repName))
        return CommandSupport::failure(
            tr("There is no rep \"%1\" in %2; nothing was listed.").arg(filter.repName, store.displayName()));
    const QList<DueStep> steps = NurtureDue(store).list(filter);
    QJsonArray array;
    QStringList lines{TextSafety::printable(
        tr("Nurture steps due (%1) in %2:")
            .arg(NurtureDue::windowKey(filter.window), store.displayName()))};
    for (const DueStep& d : steps) {
        array.append(toJson(d));
        lines.append(QStringLiteral("  ") + line(d));
    }
    if (steps.isEmpty())
        lines.append(tr("  No step is due."));
    frame.print({{QStringLiteral("due"), NurtureDue::windowKey(filter.window)},
                 {QStringLiteral("steps"), array}},
                lines.join(QLatin1Char('\n')));
    return ExitOk;
}

int runNurture(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("nurture"));
    frame.addOptions(
        "Commands",
        {{"rep", QT_TRANSLATE_NOOP("Commands", "Only the plans of this rep."), "NAME"},
         {"due", QT_TRANSLATE_NOOP("Commands", "today (default), overdue or week."), "WHEN"},
         {"json", QT_TRANSLATE_NOOP("Commands", "Print JSON instead of text.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    DueFilter filter;
    if (frame.isSet(QStringLiteral("due"))) {
        const auto window = NurtureDue::windowFromKey(frame.value(QStringLiteral("due")));
        if (!window || *window == DueFilter::Window::All)
            return frame.usageError(tr("--due must be today, overdue or week, not \"%1\".")
                                        .arg(frame.value(QStringLiteral("due"))));
        filter.window = *window;
    }
    filter.repName = frame.value(QStringLiteral("rep")).trimmed();
    if (frame.isSet(QStringLiteral("rep")) && filter.repName.isEmpty())
        return frame.usageError(tr("--rep needs a name."));
    return frame.withStore([&](Store& store) { return listDue(frame, store, filter); });
}

const RegisterCommand registration(
    {"nurture", "--db PATH [--rep NAME] [--due today|overdue|week] [--json]",
     QT_TRANSLATE_NOOP("Commands", "The nurture steps that are due"), &runNurture});

} // namespace
