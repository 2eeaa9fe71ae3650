#pragma once

#include "store/Sql.h"

/// A file could not be written (folder missing, no permission, disk full…). The message is for
/// a person and names the file; it never holds a lead's personal data.
class ExportError : public StoreError
{
public:
    using StoreError::StoreError;
};
