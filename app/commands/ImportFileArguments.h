#pragma once

#include "import/ImportFile.h"

class CommandFrame;

/// The file options shared by `import` and `import-activities`: FILE, --delimiter, --encoding
/// and --sheet, read the same way with the same messages.
namespace ImportFileArguments {

/// Adds --delimiter C, --encoding E and --sheet NAME (the FILE positional is the command's).
void addOptions(CommandFrame& frame);
/// The file and its overrides from the command line; a usage message naming the option in
/// `error` when one is wrong (the last wrong one).
ImportFileOptions read(const CommandFrame& frame, QString& error);

} // namespace ImportFileArguments
