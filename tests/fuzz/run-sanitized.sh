#!/usr/bin/env bash
# Runs one test suite of the fuzz tree (built with ASan and UBSan) as a test of the default tree.
# Exit 77 (skipped) when it is not built, unless LEADSCOUT_REQUIRE_FUZZ_TREE=1 (CI).
set -u
binary=$1
shift
if [ ! -x "$binary" ]; then
    if [ "${LEADSCOUT_REQUIRE_FUZZ_TREE:-0}" = 1 ]; then
        echo "FAIL: $binary is missing; CI builds it in .ci/setup.sh (cmake --preset fuzz)"
        exit 1
    fi
    echo "SKIP: $binary is not built (cmake --preset fuzz && cmake --build --preset fuzz)"
    exit 77
fi
mkdir -p "$LEADSCOUT_HOME"
exec "$binary" "$@"
