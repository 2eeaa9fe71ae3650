#pragma once

#include "store/Store.h"

#include <memory>

class QWidget;

/// Opening a store from the window: a team server that wants a password the URL and ~/.pgpass
/// do not give is asked for it (hidden, up to three times); the password lives only in memory,
/// in the store's options, for the connections the window opens later. Never in the settings.
namespace StoreLogin {

/// Opens `location`; throws the StoreOpenError of the last try when it cannot be opened or the
/// rep cancels the password question.
std::unique_ptr<Store> open(QWidget* parent, const QString& location, Store::Options options);

} // namespace StoreLogin
