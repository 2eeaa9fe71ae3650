#include "CommandFrame.h"

#include "CommandSupport.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace {
const QString jsonOption = QStringLiteral("json");
}

CommandFrame::CommandFrame(const QString& name)
    : m_name(name)
{}

void CommandFrame::addOptions(const char* context, std::initializer_list<Option> options)
{
    for (const Option& option : options) {
        const QString name = QString::fromLatin1(option.name);
        const QString help = QCoreApplication::translate(context, option.help);
        if (option.valueName)
            m_parser.addOption({name, help, QString::fromLatin1(option.valueName)});
        else
            m_parser.addOption({name, help});
        m_offersJson = m_offersJson || name == jsonOption;
    }
}

bool CommandFrame::json() const
{
    return m_offersJson && m_parser.isSet(jsonOption);
}

std::optional<int> CommandFrame::parse(const QStringList& arguments)
{
    if (!CommandSupport::parse(m_parser, arguments, m_name))
        return ExitUsage;
    if (CommandSupport::helpRequested(m_parser, m_name))
        return ExitOk;
    if (m_parser.positionalArguments().size() > m_positionals)
        return usageError(QCoreApplication::translate("Commands", "unexpected argument \"%1\".")
                              .arg(m_parser.positionalArguments().at(m_positionals)));
    return std::nullopt;
}

void CommandFrame::addPositional(const QString& name, const char* help, const QString& syntax)
{
    m_parser.addPositionalArgument(name, QCoreApplication::translate("Commands", help), syntax);
    ++m_positionals;
}

int CommandFrame::usageError(const QString& message) const
{
    return CommandSupport::usageError(m_name, message);
}

int CommandFrame::withStore(const std::function<int(Store&)>& work, OpenMode mode)
{
    const std::unique_ptr<Store> store =
        CommandSupport::openStore(m_parser, mode == OpenMode::Create);
    if (!store)
        return ExitFailure;
    try {
        return work(*store);
    } catch (const StoreError& error) {
        return CommandSupport::failure(error.message());
    }
}

void CommandFrame::print(const QJsonObject& json, const QString& text) const
{
    if (this->json())
        CommandSupport::printJson(QJsonDocument(json));
    else
        CommandSupport::printOut(text);
}
