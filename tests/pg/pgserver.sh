#!/usr/bin/env bash
# A throwaway PostgreSQL server for the team-mode tests: `pgserver.sh start STATE_DIR` runs
# initdb into a fresh temporary folder, starts the server on 127.0.0.1 at a free port with
# fsync off, and writes the admin URL to STATE_DIR/url; `pgserver.sh stop STATE_DIR` stops it
# and removes its folder. As root the server runs as the postgres user (initdb refuses root).
set -euo pipefail
action=${1:?start or stop}
state=${2:?state folder}

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "pgserver: no PostgreSQL server installed (Debian: postgresql)" >&2; exit 1; }

as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_server() {
  [ -f "$state/datadir" ] || return 0
  local data
  data=$(cat "$state/datadir")
  as_server "$pgbin/pg_ctl" -D "$data/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$data" "$state/datadir" "$state/url"
}

case "$action" in
start)
  mkdir -p "$state"
  stop_server # a server a killed run left behind
  data=$(mktemp -d /tmp/leadscout-pg.XXXXXX)
  echo "$data" >"$state/datadir"
  [ "$(id -u)" = 0 ] && chown postgres "$data"
  as_server "$pgbin/initdb" -D "$data/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$data/initdb.log"
  # Every user gets in without a password except ls_password, which the tests use to check
  # password handling (pg_hba.conf: the first matching line counts).
  { echo "host all ls_password 127.0.0.1/32 scram-sha-256"; cat "$data/data/pg_hba.conf"; } \
    >"$data/pg_hba.conf.new"
  mv "$data/pg_hba.conf.new" "$data/data/pg_hba.conf"
  [ "$(id -u)" = 0 ] && chown postgres "$data/data/pg_hba.conf"
  # A random port; when another program holds it the server does not start, so try another.
  started=
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    if as_server "$pgbin/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 \
      -o "-k $data -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      started=1
      break
    fi
  done
  [ -n "$started" ] || { echo "pgserver: the server did not start; see $data/server.log" >&2; cat "$data/server.log" >&2; exit 1; }
  echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
  echo "pgserver: PostgreSQL running on 127.0.0.1:$port (data in $data)"
  ;;
stop)
  stop_server
  ;;
*)
  echo "usage: pgserver.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
