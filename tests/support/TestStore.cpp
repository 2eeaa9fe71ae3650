#include "TestStore.h"

#include "domain/Lead.h"

TestStore::TestStore(Store::Options options)
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    m_store = Store::open(m_path, options);
}

Store& TestStore::reopen(Store::Options options)
{
    m_store.reset();
    m_store = Store::open(m_path, options);
    return *m_store;
}

Lead sampleLead(const QString& firstName, const QString& lastName, const QString& company)
{
    Lead lead;
    lead.firstName = firstName;
    lead.lastName = lastName;
    lead.company = company;
    lead.email = QStringLiteral("%1.%2@example.com").arg(firstName.toLower(), lastName.toLower());
    lead.phone = QStringLiteral("+49 30 901820");
    lead.phoneE164 = QStringLiteral("+4930901820");
    lead.country = QStringLiteral("DE");
    lead.city = QStringLiteral("Berlin");
    lead.timeZone = QStringLiteral("Europe/Berlin");
    lead.source = SourceChannel::WebForm;
    return lead;
}
