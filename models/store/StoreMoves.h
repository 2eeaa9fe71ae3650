#pragma once

#include "store/Store.h"
#include "store/StoreCopy.h"

/// Moving a store in and out of a team's server (`migrate-store`, `snapshot`), and the rules
/// around the copy: what may be a source and a target, and that a half-made copy never remains.
class StoreMoves
{
    Q_DECLARE_TR_FUNCTIONS(StoreMoves)

public:
    /// Copies the single-user store file `fromFile` into the store at `to` (a server URL or a
    /// new file), which must be empty. Throws StoreOpenError / StoreError; `to` is unchanged then.
    static StoreCopy::Result moveIn(const QString& fromFile, const QString& to,
                                    const StoreCopy::Progress& progress = {});

    /// Writes a read-only SQLite copy of `from` (the leads `filter` selects) to `outFile`, which
    /// must not exist yet. The file appears only when it is complete. Throws StoreError.
    static StoreCopy::Result takeSnapshot(const Store& from, const QString& outFile,
                                          const StoreCopy::Filter& filter = {},
                                          const StoreCopy::Progress& progress = {});
};
