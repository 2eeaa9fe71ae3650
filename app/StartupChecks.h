#pragma once

/// Checks made before any application object exists, so that a problem is a message and an exit
/// code instead of an abort: a window needs a display, and an argument must be readable text.
namespace StartupChecks {

/// Whether the window can find a display: a platform that needs none (offscreen, vnc…), or an
/// X11 or Wayland display named in the environment.
bool displayAvailable(int argc, char** argv);
/// Says that a display is needed and which commands run without one; returns 1.
int refuseWithoutDisplay(int argc, char** argv);

/// The index of the first argument that is not valid UTF-8 (so that Qt could not give it back
/// byte for byte: a file name would name another file), or 0 when all are fine.
int firstUnreadableArgument(int argc, char** argv);
/// Says which argument cannot be used as given; returns 2 (bad usage).
int refuseArgument(int argc, char** argv, int index);

} // namespace StartupChecks
