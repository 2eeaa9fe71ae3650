#!/usr/bin/env bash
# Makes the README screenshots (docs/screenshots/*.png) from a demo store, offscreen, so anyone
# can refresh them after changing a screen: the queue with a lead on the card and the form, the
# handoff page, the KPI planner, the nurture page, the dashboard and the scoring rules.
# Usage: tools/screenshots.sh [BUILD_DIR]   (default: build; the leadscout binary must be built)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-build}/app/leadscout"
[ -x "$binary" ] || { echo "no $binary: build the leadscout target first" >&2; exit 1; }
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export LEADSCOUT_HOME="$work/home" LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
export LEADSCOUT_NOW=2026-03-10T09:30:00Z # the same day every time: the same queue
export QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1
"$binary" demo --db "$work/demo.sqlite" --leads 400 --seed 23 >/dev/null
mkdir -p "$out"
LEADSCOUT_SCREENSHOTS="$work/shots" timeout -s KILL 120 "$binary" --db "$work/demo.sqlite"
for png in "$work"/shots/*.png; do
  if command -v optipng >/dev/null; then optipng -quiet -o2 "$png"; fi
  cp "$png" "$out/"
done
du -ch "$out"/*.png
