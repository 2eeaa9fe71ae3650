#!/usr/bin/env bash
# Runs one fuzz target of the fuzz tree for a while on its corpus, as a test of the default tree:
#   run-fuzz.sh <binary> <seconds> <work folder> <regressions folder> <seed>...
# A seed is a file, a folder (all files below it), a glob, or sql:<glob> for SQL dumps that
# sqlite3 turns into store files. Seeds are linked, not copied, into <work>/seeds; what the
# fuzzer finds goes to <work>/corpus (build tree, never git). The regressions folder
# (tests/fuzz/regressions/<target>) holds every input that once crashed: it runs first, each
# time. LEADSCOUT_FUZZ_ARGS adds libFuzzer flags (a long run on a busy machine: -timeout=10).
# Exit 77 (skipped) when the binary is missing, unless LEADSCOUT_REQUIRE_FUZZ_TREE=1 (CI).
set -u
binary=$1 seconds=$2 work=$3 regressions=$4
shift 4
if [ ! -x "$binary" ]; then
    if [ "${LEADSCOUT_REQUIRE_FUZZ_TREE:-0}" = 1 ]; then
        echo "FAIL: $binary is missing; CI builds it in .ci/setup.sh (cmake --preset fuzz)"
        exit 1
    fi
    echo "SKIP: $binary is not built (cmake --preset fuzz && cmake --build --preset fuzz)"
    exit 77
fi
rm -rf "$work/seeds"
mkdir -p "$work/seeds" "$work/corpus"
shopt -s nullglob
n=0
link() { n=$((n + 1)); ln -sf "$(realpath "$1")" "$work/seeds/$n-$(basename "$1")"; }
for seed in "$@"; do
    if [[ $seed == sql:* ]]; then
        for dump in ${seed#sql:}; do
            command -v sqlite3 > /dev/null && sqlite3 "$work/seeds/$(basename "$dump" .sql).db" < "$dump"
        done
        continue
    fi
    for path in $seed; do
        if [ -d "$path" ]; then
            while IFS= read -r -d '' file; do link "$file"; done < <(find "$path" -type f -print0)
        elif [ -f "$path" ]; then
            link "$path"
        fi
    done
done
folders=("$work/corpus" "$work/seeds")
[ -d "$regressions" ] && folders+=("$regressions")
# 2 s per input and 500 MB at most (issue 22); a leak fails too (LeakSanitizer is on). ASan's
# quarantine of freed memory (256 MB by default) would count towards the 500 MB by itself.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=32"
"$binary" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=500 -print_final_stats=1 \
    -artifact_prefix="$work/" ${LEADSCOUT_FUZZ_ARGS:-} "${folders[@]}" 2>&1 | grep -v '^#[0-9]*.*\(NEW\|REDUCE\|pulse\)'
status=${PIPESTATUS[0]}
if [ "$status" != 0 ]; then
    echo "FAIL: $binary found a crash, leak or slow input (exit $status); the input is in $work/"
    echo "Keep it as a regression: copy it to $regressions/ and fix the cause."
    exit 1
fi
