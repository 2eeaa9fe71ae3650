#include "StoreLogin.h"

#include "Prompts.h"

#include <QUrl>

namespace StoreLogin {

namespace {

constexpr int tries = 3;

QString question(const QString& location, const QString& refusal, int attempt)
{
    const QUrl url(location);
    const QString who =
        QCoreApplication::translate("StoreLogin", "Password for %1 on %2:")
            .arg(url.userName().isEmpty() ? qEnvironmentVariable("USER") : url.userName(),
                 url.host());
    if (attempt == 0)
        return who;
    return refusal + QStringLiteral("\n\n") + who;
}

} // namespace

std::unique_ptr<Store> open(QWidget* parent, const QString& location, Store::Options options)
{
    for (int attempt = 0;; ++attempt) {
        try {
            return Store::open(location, options);
        } catch (const StoreOpenError& error) {
            if (error.kind() != StoreOpenError::Kind::WrongPassword || attempt == tries)
                throw;
            const std::optional<QString> typed = Prompts::password(
                parent, QCoreApplication::translate("StoreLogin", "Sign in to the team server"),
                question(location, error.message(), attempt));
            if (!typed)
                throw;
            options.password = *typed;
        }
    }
}

} // namespace StoreLogin
