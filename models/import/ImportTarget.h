#pragma once

#include "leads/LeadFields.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

/// Where the values of one import column go: a lead field, or one of the targets that only an
/// import knows. Named in files and settings by a stable key ("email", "full_name", "ignore" …),
/// never by an enum number.
class ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ImportTarget)

public:
    enum class Kind
    {
        Ignore,     ///< the column is not read
        Field,      ///< a lead field (field())
        FullName,   ///< "Dr. Anna Müller": split into first and last name later
        Salutation, ///< "Herr", "Mr.", an academic title: read with the name, never stored alone
        ExternalId, ///< the id another CRM or tool gave the lead
        AlternatePhone, ///< a further phone number, kept beside the main one
        AlternateEmail, ///< a further e-mail address, kept beside the main one
        Note,           ///< kept as a note on the lead ("Header: value")
    };

    /// Ignore.
    ImportTarget() = default;
    static ImportTarget field(LeadField field) { return ImportTarget(Kind::Field, field); }
    /// A target that is no lead field; `kind` must not be Kind::Field.
    static ImportTarget extra(Kind kind) { return ImportTarget(kind, LeadField::FirstName); }
    static ImportTarget ignore() { return {}; }

    Kind kind() const { return m_kind; }
    /// The lead field, or nothing for the other kinds.
    std::optional<LeadField> leadField() const;
    bool isIgnore() const { return m_kind == Kind::Ignore; }
    /// True when at most one column may map to it (every lead field, the full name, the
    /// salutation and the external id); alternates, notes and Ignore take any number of columns.
    bool isSingle() const;
    /// Where a column goes that wanted this target but lost it to a better column: a phone or
    /// e-mail becomes an alternate, a name or salutation is left out, anything else a note.
    ImportTarget fallback() const;

    /// Stable key: the lead field's key ("first_name", "source_channel" …) or "full_name",
    /// "salutation", "external_id", "alternate_phone", "alternate_email", "note", "ignore".
    QString key() const;
    /// Translated name for people.
    QString label() const;
    static std::optional<ImportTarget> fromKey(const QString& key);
    /// Every target, lead fields first, Ignore last: the choices a wizard offers.
    static QList<ImportTarget> all();

    friend bool operator==(const ImportTarget& a, const ImportTarget& b)
    {
        return a.m_kind == b.m_kind && (a.m_kind != Kind::Field || a.m_field == b.m_field);
    }

private:
    ImportTarget(Kind kind, LeadField field)
        : m_kind(kind)
        , m_field(field)
    {}

    Kind m_kind = Kind::Ignore;
    LeadField m_field = LeadField::FirstName;
};
