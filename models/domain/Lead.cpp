#include "domain/Lead.h"

QString Lead::displayName() const
{
    const QString name = QStringLiteral("%1 %2").arg(firstName, lastName).trimmed();
    if (!name.isEmpty())
        return name;
    return !email.isEmpty() ? email : company;
}
