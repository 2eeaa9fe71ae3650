#pragma once

class QWidget;

/// For leadscout-bench (tests/bench): with LEADSCOUT_FIRST_PAINT=1 the window prints one line
/// when it has painted for the first time, "first-paint VmHWM-KIB", and closes. The benchmark
/// measures the time from starting the process to that line, and reads the peak memory with the
/// queue open from it. Not for people: the line is not translated.
namespace FirstPaint {

/// Watches the window when the variable asks for it; does nothing otherwise.
void reportIfAsked(QWidget& window);

} // namespace FirstPaint
