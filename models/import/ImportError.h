#pragma once

#include "store/Sql.h"

/// An import file that cannot be read (missing, not a table, broken past a point where reading
/// can go on). The message names the file and where in it; nothing of the import is written.
class ImportError : public StoreError
{
public:
    using StoreError::StoreError;
};
