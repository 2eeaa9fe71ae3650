#include "import/ImportTarget.h"

#include <array>

namespace {

struct ExtraInfo
{
    ImportTarget::Kind kind;
    const char* key;
    const char* label;
};

const std::array<ExtraInfo, 7> extras{{
    {ImportTarget::Kind::FullName, "full_name",
     QT_TRANSLATE_NOOP("ImportTarget", "Full name (split into first and last name)")},
    {ImportTarget::Kind::Salutation, "salutation",
     QT_TRANSLATE_NOOP("ImportTarget", "Salutation or academic title")},
    {ImportTarget::Kind::ExternalId, "external_id",
     QT_TRANSLATE_NOOP("ImportTarget", "ID in the other system")},
    {ImportTarget::Kind::AlternatePhone, "alternate_phone",
     QT_TRANSLATE_NOOP("ImportTarget", "Further phone number")},
    {ImportTarget::Kind::AlternateEmail, "alternate_email",
     QT_TRANSLATE_NOOP("ImportTarget", "Further e-mail address")},
    {ImportTarget::Kind::Note, "note", QT_TRANSLATE_NOOP("ImportTarget", "Keep as note")},
    {ImportTarget::Kind::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportTarget", "Do not import")},
}};

const ExtraInfo* extraInfo(ImportTarget::Kind kind)
{
    for (const ExtraInfo& info : extras)
        if (info.kind == kind)
            return &info;
    return nullptr;
}

} // namespace

std::optional<LeadField> ImportTarget::leadField() const
{
    if (m_kind != Kind::Field)
        return std::nullopt;
    return m_field;
}

bool ImportTarget::isSingle() const
{
    switch (m_kind) {
    case Kind::Field:
    case Kind::FullName:
    case Kind::Salutation:
    case Kind::ExternalId:
        return true;
    case Kind::Ignore:
    case Kind::AlternatePhone:
    case Kind::AlternateEmail:
    case Kind::Note:
        return false;
    }
    return false;
}

ImportTarget ImportTarget::fallback() const
{
    switch (m_kind) {
    case Kind::Field:
        if (m_field == LeadField::Phone)
            return extra(Kind::AlternatePhone);
        if (m_field == LeadField::Email)
            return extra(Kind::AlternateEmail);
        return extra(Kind::Note);
    case Kind::FullName:
    case Kind::Salutation:
        return ignore();
    case Kind::ExternalId:
        return extra(Kind::Note);
    case Kind::Ignore:
    case Kind::AlternatePhone:
    case Kind::AlternateEmail:
    case Kind::Note:
        break;
    }
    return *this;
}

QString ImportTarget::key() const
{
    if (m_kind == Kind::Field)
        return LeadFields::key(m_field);
    return QString::fromLatin1(extraInfo(m_kind)->key);
}

QString ImportTarget::label() const
{
    if (m_kind == Kind::Field)
        return LeadFields::label(m_field);
    return tr(extraInfo(m_kind)->label);
}

std::optional<ImportTarget> ImportTarget::fromKey(const QString& key)
{
    if (const auto leadField = LeadFields::fromKey(key))
        return field(*leadField);
    for (const ExtraInfo& info : extras)
        if (key == QLatin1String(info.key))
            return ImportTarget(info.kind, LeadField::FirstName);
    return std::nullopt;
}

QList<ImportTarget> ImportTarget::all()
{
    QList<ImportTarget> targets;
    for (const LeadField leadField : LeadFields::all())
        targets.append(field(leadField));
    for (const ExtraInfo& info : extras)
        targets.append(ImportTarget(info.kind, LeadField::FirstName));
    return targets;
}
