#include "import/ImportRowCleaner.h"

#include "import/CountryNames.h"
#include "import/EmailCleaning.h"
#include "import/NameCleaning.h"
#include "import/PhoneCleaning.h"

namespace {

bool isNumberField(const ImportTarget& target)
{
    const std::optional<LeadField> field = target.leadField();
    return field == LeadField::Employees || field == LeadField::AnnualRevenue;
}

bool isAlternate(const ImportTarget& target)
{
    return target.kind() == ImportTarget::Kind::AlternatePhone ||
           target.kind() == ImportTarget::Kind::AlternateEmail;
}

bool isNoteTarget(const ImportTarget& target, bool keepUnmapped)
{
    switch (target.kind()) {
    case ImportTarget::Kind::Note:
        return true;
    case ImportTarget::Kind::Ignore:
        return keepUnmapped;
    default:
        return false;
    }
}

QStringList columnValues(const QList<ImportRow>& sample, qsizetype column)
{
    QStringList values;
    values.reserve(sample.size());
    for (const ImportRow& row : sample)
        values.append(row.cell(column));
    return values;
}

// A cell as it matters: tidied, and empty for what files write instead of nothing.
QString usable(const QString& written)
{
    const QString text = ValueCleaning::tidy(written);
    return ValueCleaning::isPlaceholder(text) ? QString() : text;
}

} // namespace

ImportColumnStyles ImportColumnStyles::detect(const HeaderMapping& mapping,
                                              const QList<ImportRow>& sample, bool workbook)
{
    ImportColumnStyles styles;
    for (qsizetype column = 0; column < mapping.size(); ++column) {
        const ImportTarget target = mapping.target(column);
        if (isNumberField(target))
            styles.numbers.insert(
                column, workbook ? NumberStyle::DecimalPoint
                                 : NumberReading::detectStyle(columnValues(sample, column)));
        else if ((isNoteTarget(target, true) || isAlternate(target)) && !workbook &&
                 DateReading::detectStyle(columnValues(sample, column)) == DateStyle::Ambiguous)
            styles.ambiguousDates.insert(column);
    }
    return styles;
}

void CleanedImportRow::reject(const QString& column, const QString& reason)
{
    if (rejected())
        return; // the first reason is the one to fix first
    rejectColumn = column;
    rejectReason = reason;
}

ImportRowCleaner::ImportRowCleaner(HeaderMapping mapping, ImportCleaningOptions options,
                                   ImportColumnStyles styles)
    : m_mapping(std::move(mapping))
    , m_options(std::move(options))
    , m_styles(std::move(styles))
    , m_countryColumn(m_mapping.columnOf(ImportTarget::field(LeadField::Country)))
    , m_validator(m_options.defaultRegion)
{}

QString ImportRowCleaner::flagText(const QString& written)
{
    static const QStringList yes{
        QStringLiteral("yes"),  QStringLiteral("y"),    QStringLiteral("ja"), QStringLiteral("j"),
        QStringLiteral("true"), QStringLiteral("wahr"), QStringLiteral("1"),  QStringLiteral("x")};
    static const QStringList no{QStringLiteral("no"),     QStringLiteral("n"),
                                QStringLiteral("nein"),   QStringLiteral("false"),
                                QStringLiteral("falsch"), QStringLiteral("0")};
    const QString text = ValueCleaning::tidy(written).toLower();
    if (yes.contains(text))
        return QStringLiteral("yes");
    if (no.contains(text))
        return QStringLiteral("no");
    return {};
}

QString ImportRowCleaner::rowCountryOf(const ImportRow& row) const
{
    return m_countryColumn < 0 ? QString() : CountryNames::codeOf(row.cell(m_countryColumn));
}

CleanedImportRow ImportRowCleaner::clean(const ImportRow& row) const
{
    CleanedImportRow out;
    out.row = row.row;
    const QString rowCountry = rowCountryOf(row);
    for (qsizetype column = 0; column < m_mapping.size(); ++column)
        cleanColumn(row, column, rowCountry, out);
    const qsizetype fullName =
        m_mapping.columnOf(ImportTarget::extra(ImportTarget::Kind::FullName));
    if (fullName >= 0)
        splitFullName(m_mapping.column(fullName).header, row.cell(fullName), out);
    takeAlternates(row, rowCountry, out);
    settleContact(out);
    if (row.cells.size() > m_mapping.size())
        out.flag({}, ImportSource::shapeProblem(row, m_mapping.size()));
    fillFileDefaults(out);
    dropUnreadable(out);
    return out;
}

void ImportRowCleaner::cleanColumn(const ImportRow& row, qsizetype column,
                                   const QString& rowCountry, CleanedImportRow& out) const
{
    const ColumnMapping& mapping = m_mapping.column(column);
    const QString text = row.cell(column);
    if (isNoteTarget(mapping.target, m_options.keepUnmappedAsNote)) {
        addNote(column, text, out);
        return;
    }
    if (mapping.target.leadField() == LeadField::Owner)
        checkOwner(mapping.header, text, out);
    else if (const std::optional<LeadField> field = mapping.target.leadField())
        cleanField(*field, column, text, rowCountry, out);
    else if (mapping.target.kind() == ImportTarget::Kind::ExternalId)
        out.externalId = usable(text);
}

void ImportRowCleaner::cleanField(LeadField field, qsizetype column, const QString& text,
                                  const QString& rowCountry, CleanedImportRow& out) const
{
    const QString& header = m_mapping.column(column).header;
    switch (field) {
    case LeadField::FirstName:
    case LeadField::LastName:
        return cleanName(field, header, text, out);
    case LeadField::Email:
        return cleanEmail(header, text, out);
    case LeadField::Phone:
        return cleanPhone(header, text, rowCountry, out);
    case LeadField::Employees:
    case LeadField::AnnualRevenue:
        return cleanNumber(field, column, text, out);
    case LeadField::Source:
        return cleanSource(header, text, out);
    case LeadField::Country: {
        if (usable(text).isEmpty())
            return;
        const CleanedValue country = CountryNames::clean(text);
        flagNotes(header, country, out);
        if (!country.value.isEmpty())
            out.draft.set(field, country.value);
        return;
    }
    case LeadField::DoNotCall:
    case LeadField::DoNotEmail:
        if (const QString flag = flagText(text); !flag.isEmpty())
            out.draft.set(field, flag);
        else if (!usable(text).isEmpty())
            out.flag(header, tr("\"%1\" is neither yes nor no; left unset.").arg(usable(text)));
        return;
    default:
        if (const QString value = usable(text); !value.isEmpty())
            out.draft.set(field, value);
    }
}

void ImportRowCleaner::cleanName(LeadField field, const QString& header, const QString& text,
                                 CleanedImportRow& out) const
{
    if (usable(text).isEmpty())
        return;
    const CleanedValue name = NameCleaning::clean(text);
    flagNotes(header, name, out);
    if (!name.value.isEmpty())
        out.draft.set(field, name.value);
}

void ImportRowCleaner::cleanEmail(const QString& header, const QString& text,
                                  CleanedImportRow& out) const
{
    if (usable(text).isEmpty())
        return;
    const CleanedEmail email = EmailCleaning::clean(text);
    if (email.rejected()) {
        if (out.contactProblem.reason.isEmpty())
            out.contactProblem = {header, email.reason()};
        return;
    }
    flagNotes(header, email, out);
    out.draft.set(LeadField::Email, email.value);
    for (const QString& other : email.others)
        out.note += tr("Further e-mail address: %1").arg(other) + QLatin1Char('\n');
}

void ImportRowCleaner::cleanPhone(const QString& header, const QString& text,
                                  const QString& rowCountry, CleanedImportRow& out) const
{
    if (usable(text).isEmpty())
        return;
    const CleanedPhone phone = PhoneCleaning::clean(text, m_options.defaultRegion, rowCountry);
    if (phone.rejected()) {
        if (out.contactProblem.reason.isEmpty())
            out.contactProblem = {header, phone.reason()};
        return;
    }
    flagNotes(header, phone, out);
    out.draft.set(LeadField::Phone, phone.value);
    if (!phone.extension.isEmpty())
        out.note += tr("Phone extension: %1").arg(phone.extension) + QLatin1Char('\n');
}

void ImportRowCleaner::cleanNumber(LeadField field, qsizetype column, const QString& text,
                                   CleanedImportRow& out) const
{
    if (usable(text).isEmpty())
        return;
    const QString& header = m_mapping.column(column).header;
    const NumberStyle style = m_styles.numbers.value(column, NumberStyle::Unknown);
    const ReadNumber read = field == LeadField::Employees ? NumberReading::readCount(text, style)
                                                          : NumberReading::read(text, style);
    flagNotes(header, read, out);
    if (!read.number)
        return;
    if (field == LeadField::Employees) {
        out.draft.set(field, QString::number(qRound64(*read.number)));
        return;
    }
    out.draft.set(field, QString::number(*read.number, 'f', 2));
    if (!read.currency.isEmpty() && !out.draft.texts.contains(LeadField::RevenueCurrency))
        out.draft.set(LeadField::RevenueCurrency, read.currency);
}

void ImportRowCleaner::cleanSource(const QString& header, const QString& text,
                                   CleanedImportRow& out) const
{
    const QString value = usable(text);
    if (value.isEmpty())
        return;
    Lead probe;
    if (LeadFields::setText(probe, LeadField::Source, value).isEmpty()) {
        out.draft.set(LeadField::Source, keyOf(probe.source));
        return;
    }
    out.flag(header,
             tr("\"%1\" is no known source channel; the file's channel is used.").arg(value));
}

void ImportRowCleaner::splitFullName(const QString& header, const QString& text,
                                     CleanedImportRow& out) const
{
    if (usable(text).isEmpty())
        return;
    const bool hasFirst = out.draft.texts.contains(LeadField::FirstName);
    const bool hasLast = out.draft.texts.contains(LeadField::LastName);
    if (hasFirst && hasLast)
        return; // the name's own columns win
    const PersonName name = NameCleaning::split(text);
    flagNotes(header, name, out);
    if (!hasFirst && !name.firstName.isEmpty())
        out.draft.set(LeadField::FirstName, name.firstName);
    if (!hasLast && !name.lastName.isEmpty())
        out.draft.set(LeadField::LastName, name.lastName);
}

void ImportRowCleaner::addNote(qsizetype column, const QString& text, CleanedImportRow& out) const
{
    const QString value = usable(text);
    if (value.isEmpty())
        return;
    const QString& header = m_mapping.column(column).header;
    out.note += tr("%1: %2").arg(header, value) + QLatin1Char('\n');
    if (m_styles.ambiguousDates.contains(column))
        out.flag(header, tr("The dates of this column can be read day-first or month-first; "
                            "kept as written."));
}

void ImportRowCleaner::takeAlternates(const ImportRow& row, const QString& rowCountry,
                                      CleanedImportRow& out) const
{
    for (qsizetype column = 0; column < m_mapping.size(); ++column) {
        const ColumnMapping& mapping = m_mapping.column(column);
        if (!isAlternate(mapping.target) || usable(row.cell(column)).isEmpty())
            continue;
        const bool email = mapping.target.kind() == ImportTarget::Kind::AlternateEmail;
        const LeadField main = email ? LeadField::Email : LeadField::Phone;
        if (out.draft.texts.contains(main)) {
            addNote(column, row.cell(column), out);
            continue;
        }
        if (email)
            cleanEmail(mapping.header, row.cell(column), out);
        else
            cleanPhone(mapping.header, row.cell(column), rowCountry, out);
    }
}

void ImportRowCleaner::settleContact(CleanedImportRow& out) const
{
    if (out.contactProblem.reason.isEmpty())
        return;
    if (out.draft.texts.contains(LeadField::Email) || out.draft.texts.contains(LeadField::Phone))
        out.flag(out.contactProblem.column, tr("%1 Left out.").arg(out.contactProblem.reason));
    else
        out.reject(out.contactProblem.column, out.contactProblem.reason);
}

void ImportRowCleaner::checkOwner(const QString& header, const QString& text,
                                  CleanedImportRow& out) const
{
    const QString owner = usable(text);
    if (owner.isEmpty() || m_options.owner.mode == OwnerMode::Nobody)
        return;
    out.ownerNamed = true;
    if (m_options.owners.contains(owner))
        out.draft.set(LeadField::Owner, owner);
    else if (m_options.owner.rejectUnknown)
        out.reject(header, tr("There is no rep named \"%1\"; rows naming an owner who is not a rep "
                              "of the team are rejected.")
                               .arg(owner));
    else
        out.flag(header,
                 tr("There is no rep named \"%1\"; the lead is left unassigned.").arg(owner));
}

void ImportRowCleaner::fillFileDefaults(CleanedImportRow& out) const
{
    if (!out.draft.texts.contains(LeadField::Source))
        out.draft.set(LeadField::Source,
                      keyOf(m_options.sourceChannel.value_or(SourceChannel::Other)));
    if (!out.draft.texts.contains(LeadField::Campaign) && !m_options.campaign.isEmpty())
        out.draft.set(LeadField::Campaign, m_options.campaign);
    if (m_options.owner.mode == OwnerMode::Rep && !out.ownerNamed && !m_options.owner.rep.isEmpty())
        out.draft.set(LeadField::Owner, m_options.owner.rep);
    out.note = out.note.trimmed();
}

// A value the lead cannot take (an unknown industry, a website that is no address, revenue
// without a currency) is left out and flagged: only contact data that cannot be repaired costs
// the row.
void ImportRowCleaner::dropUnreadable(CleanedImportRow& out) const
{
    for (const FieldProblem& problem : LeadIntake::readProblems(out.draft))
        dropField(problem.field, problem.message, out);
    // The contact fields are left out here: the intake judges them (and parses the number).
    static const QList<LeadField> notHere{LeadField::Owner, LeadField::Email, LeadField::Phone};
    Lead lead;
    for (auto it = out.draft.texts.cbegin(); it != out.draft.texts.cend(); ++it)
        if (!notHere.contains(it.key()))
            LeadFields::setText(lead, it.key(), it.value());
    m_validator.normalise(lead);
    for (const FieldProblem& problem : m_validator.validate(lead)) {
        if (problem.field == LeadField::Email || problem.field == LeadField::Phone)
            continue; // the intake's reach rule decides about those
        const bool noCurrency = problem.field == LeadField::RevenueCurrency &&
                                !out.draft.texts.contains(LeadField::RevenueCurrency);
        dropField(noCurrency ? LeadField::AnnualRevenue : problem.field, problem.message, out);
    }
}

void ImportRowCleaner::dropField(LeadField field, const QString& message,
                                 CleanedImportRow& out) const
{
    if (!out.draft.texts.remove(field))
        return;
    const qsizetype column = m_mapping.columnOf(ImportTarget::field(field));
    out.flag(column < 0 ? QString() : m_mapping.column(column).header,
             tr("%1 Left empty.").arg(message));
}

void ImportRowCleaner::flagNotes(const QString& header, const CleanNotes& notes,
                                 CleanedImportRow& out)
{
    if (notes.outcome == CleanOutcome::Kept)
        return;
    for (const QString& reason : notes.reasons)
        out.flag(header, reason);
}
