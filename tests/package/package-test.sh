#!/usr/bin/env bash
# The Debian package, end to end (issue 23): build it with CPack from the tested build, check it
# with lintian, install it with apt-get, run the installed program, validate its desktop entry
# and AppStream metadata, open a tel: link through xdg-open on a virtual display and see the
# right lead, then remove it and check that nothing is left behind.
#
# Usage: package-test.sh BUILD_DIR SOURCE_DIR. Needs root and dpkg (CI); exits 77 (skipped)
# otherwise. It installs into the system, so the test holds the "system_packages" lock.
set -euo pipefail
build=$(realpath "$1")
source=$(realpath "$2")

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

[ "$(id -u)" -eq 0 ] || skip "the package test installs a package and runs only as root (CI)"
command -v dpkg >/dev/null && command -v apt-get >/dev/null ||
  skip "no dpkg/apt-get: not a Debian system"
for tool in cpack lintian desktop-file-validate appstreamcli xdg-open xvfb-run sqlite3 readelf; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run .ci/setup.sh (it installs what CI needs)"
done
if dpkg-query -W -f='${Status}' leadscout 2>/dev/null | grep -q "ok installed"; then
  skip "a leadscout package is installed already; this test does not replace it"
fi

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"
work=$(mktemp -d /tmp/leadscout-package.XXXXXX)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then apt-get purge -y leadscout >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export DEBIAN_FRONTEND=noninteractive

step "cpack -G DEB (version $version)"
cmake --build "$build" --target leadscout leadscout_icons leadscout_manpage leadscout_changelog >"$work/build.log" 2>&1 ||
  { cat "$work/build.log"; fail "building the package's targets"; }
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/leadscout_*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --field "$deb" Version | grep -qx "$version" || fail "the package's version is not $version"
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6widgets6 libqt6sql6 libsqlite3-0 libspdlog libxlsxwriter libphonenumber \
              qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6svg6; do
  grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/leadscout ./usr/share/applications/app.leadscout.LeadScout.desktop \
            ./usr/share/metainfo/app.leadscout.LeadScout.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/leadscout.svg \
            ./usr/share/icons/hicolor/16x16/apps/leadscout.png \
            ./usr/share/icons/hicolor/512x512/apps/leadscout.png \
            ./usr/share/man/man1/leadscout.1.gz ./usr/share/doc/leadscout/copyright; do
  grep -q " $file\$" <<<"$contents" || fail "the package lacks $file"
done

step "hardening"
mkdir "$work/unpacked" && dpkg-deb -x "$deb" "$work/unpacked"
binary="$work/unpacked/usr/bin/leadscout"
grep -q "Type:.*DYN" <<<"$(readelf -h "$binary")" || fail "not a position-independent executable"
grep -q GNU_RELRO <<<"$(readelf -l "$binary")" || fail "no RELRO"
grep -Eq "BIND_NOW|FLAGS.*NOW" <<<"$(readelf -d "$binary")" || fail "no immediate binding (-z now)"
if grep -q "^LEADSCOUT_HARDENING:BOOL=ON" "$build/CMakeCache.txt"; then
  symbols=$(readelf --dyn-syms -W "$binary") # not piped into grep -q: pipefail and SIGPIPE
  grep -q __stack_chk_fail <<<"$symbols" || fail "no stack protector"
  grep -Eq "__[a-z_]+_chk@" <<<"$symbols" || fail "no _FORTIFY_SOURCE functions"
else
  echo "built with LEADSCOUT_HARDENING=OFF: compile-time hardening not checked"
fi

step "lintian"
# Errors fail the test; warnings are printed for whoever reads the log.
lintian --fail-on error --tag-display-limit 0 "$deb" | tee "$work/lintian.log" ||
  fail "lintian found errors"

step "apt-get install ./$(basename "$deb")"
installed=1
(cd "$work/out" && apt-get install -y --no-install-recommends "./$(basename "$deb")" >"$work/apt.log" 2>&1) ||
  { cat "$work/apt.log"; fail "apt-get install"; }
mapfile -t files < <(dpkg -L leadscout | while read -r f; do [ -f "$f" ] && echo "$f"; done)
[ "${#files[@]}" -gt 10 ] || fail "dpkg -L lists only ${#files[@]} files"

step "the installed program"
[ "$(command -v leadscout)" = /usr/bin/leadscout ] || fail "leadscout is not /usr/bin/leadscout"
[ "$(leadscout --version)" = "leadscout $version" ] || fail "--version says $(leadscout --version)"
grep -q "<release version=\"$version\"" /usr/share/metainfo/app.leadscout.LeadScout.metainfo.xml ||
  fail "the metainfo has no release notes for $version"
grep -q "leadscout" <<<"$(zcat /usr/share/man/man1/leadscout.1.gz)" || fail "empty man page"
export LEADSCOUT_HOME="$work/home"
store="$LEADSCOUT_HOME/data/leadscout.sqlite" # the default store: what a desktop link opens
mkdir -p "$LEADSCOUT_HOME/data"
leadscout demo --db "$store" --leads 60 --seed 7 >"$work/demo.log" || { cat "$work/demo.log"; fail "demo"; }
IFS='|' read -r lead_id lead_name lead_phone < <(sqlite3 -separator '|' "$store" \
  "SELECT id, first_name || ' ' || last_name, phone_e164 FROM leads WHERE phone_e164 LIKE '+%'
   AND phone_e164 IN (SELECT phone_e164 FROM leads GROUP BY phone_e164 HAVING count(*) = 1)
   ORDER BY id LIMIT 1")
[ -n "$lead_phone" ] || fail "the demo store has no lead with a phone number"
echo "lead $lead_id ($lead_name) has $lead_phone"

step "desktop entry and AppStream metadata"
desktop-file-validate /usr/share/applications/app.leadscout.LeadScout.desktop
appstreamcli validate --no-net /usr/share/metainfo/app.leadscout.LeadScout.metainfo.xml
grep -q "x-scheme-handler/tel=.*app.leadscout.LeadScout.desktop" /usr/share/applications/mimeinfo.cache ||
  fail "the desktop database does not list LeadScout for tel: links"

step "xdg-open tel:$lead_phone on a virtual display"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" # no user's choices
export LEADSCOUT_LINK_PROBE="$work/probe.jsonl" # the window reports the lead it showed, then closes
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION
timeout -s KILL 60 xvfb-run -a sh -c "xdg-open 'tel:$lead_phone'; \
  for i in \$(seq 1 300); do [ -s '$LEADSCOUT_LINK_PROBE' ] && exit 0; sleep 0.1; done; exit 1" ||
  fail "no window reported the link (log: $(tail -5 "$LEADSCOUT_HOME"/data/logs/*.log 2>/dev/null))"
cat "$LEADSCOUT_LINK_PROBE"
grep -q "\"leadId\":$lead_id," "$LEADSCOUT_LINK_PROBE" || fail "the window did not show lead $lead_id"
grep -q "\"name\":\"$lead_name\"" "$LEADSCOUT_LINK_PROBE" || fail "the window showed another lead"
unset LEADSCOUT_LINK_PROBE

step "apt-get purge leadscout"
apt-get purge -y leadscout >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "apt-get purge"; }
installed=0
dpkg-query -W -f='${Status}' leadscout 2>/dev/null | grep -q "installed" && fail "still installed"
for f in "${files[@]}"; do [ ! -e "$f" ] || fail "$f is left behind"; done
[ ! -e /usr/share/doc/leadscout ] || fail "/usr/share/doc/leadscout is left behind"
! grep -q "app.leadscout.LeadScout" /usr/share/applications/mimeinfo.cache ||
  fail "the desktop database still lists LeadScout"
echo "package test passed: ${#files[@]} files installed and removed again"
