#include "leads/MergeFields.h"

#include "leads/LeadEditor.h"

bool MergeField::isBlank(qsizetype i) const
{
    return MergeFields::isBlank(field, values.value(i));
}

namespace MergeFields {

QList<LeadField> choosable()
{
    QList<LeadField> result = LeadFields::all();
    result.removeAll(LeadField::DoNotCall);
    result.removeAll(LeadField::DoNotEmail);
    return result;
}

bool isBlank(LeadField field, const QString& text)
{
    if (text.trimmed().isEmpty())
        return true;
    return (field == LeadField::Seniority || field == LeadField::Industry) &&
           text == QLatin1String("unknown");
}

QList<MergeField> differing(const Store& store, const QList<Lead>& leads)
{
    const LeadEditor editor(store);
    QList<MergeField> result;
    for (const LeadField field : choosable()) {
        MergeField entry;
        entry.field = field;
        bool differs = false;
        bool othersHaveValue = false;
        for (const Lead& lead : leads) {
            const QString text = LeadFields::text(lead, field);
            entry.leadIds.append(lead.id);
            entry.values.append(text);
            entry.shown.append(isBlank(field, text)
                                   ? QString()
                                   : FieldChange::displayValue(LeadFields::key(field),
                                                               editor.currentText(lead, field)));
            differs = differs || text.trimmed() != entry.values.constFirst().trimmed();
            othersHaveValue =
                othersHaveValue || (lead.id != leads.constFirst().id && !isBlank(field, text));
        }
        if (differs && othersHaveValue)
            result.append(entry);
    }
    return result;
}

QMap<LeadField, qint64> defaultChoices(const QList<MergeField>& fields, const QList<Lead>& leads)
{
    QList<Lead> newestFirst = leads;
    std::stable_sort(newestFirst.begin() + 1, newestFirst.end(),
                     [](const Lead& a, const Lead& b) { return a.updatedAt > b.updatedAt; });
    QMap<LeadField, qint64> choices;
    for (const MergeField& entry : fields)
        for (const Lead& lead : newestFirst)
            if (const qsizetype i = entry.indexOf(lead.id); i >= 0 && !entry.isBlank(i)) {
                choices.insert(entry.field, lead.id);
                break;
            }
    return choices;
}

} // namespace MergeFields
