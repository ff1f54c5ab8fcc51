#!/usr/bin/env bash
# A throwaway PostgreSQL (15 here) for tests: a fresh cluster in a temp folder, on a free port,
# trust auth, user postgres, stopped and deleted with `stop`.
#
#   eval "$(bash tests/support/postgres.sh start)"   # exports TEST_DATABASE_URL and PG_TEST_DIR
#   npx vitest run                                    # tests/support/database.ts uses TEST_DATABASE_URL
#   bash tests/support/postgres.sh stop "$PG_TEST_DIR"
#
#   bash tests/support/postgres.sh run <command...>  # start, run the command with the variables set, stop
#
# Running as root: PostgreSQL refuses root, so the cluster belongs to the `postgres` user and the
# binaries run through `su postgres`.
# Binaries come from PATH, else /usr/lib/postgresql/*/bin. `start` prints only the export lines on
# stdout (progress goes to stderr), so `eval` is safe.
set -euo pipefail

find_bin() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
    return
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  done
  echo "postgres.sh: initdb/pg_ctl not found on PATH or in /usr/lib/postgresql/*/bin." >&2
  echo "Install PostgreSQL (apt-get update && apt-get install -y postgresql) or set TEST_DATABASE_URL yourself." >&2
  exit 1
}

# Runs a command as the cluster's owner: postgres when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  local bin dir port
  bin="$(find_bin)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/pg-test.XXXXXX")"
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  port="$(free_port)"
  as_owner "'$bin/initdb' -D '$dir/data' -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; echo "postgres.sh: initdb failed (log above)" >&2; exit 1; }
  # fsync off: a throwaway cluster needs no durability, and tests create and drop many databases.
  as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -w -t 30 -o \"-p $port -k '$dir' -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" >&2 \
    || { cat "$dir/log" >&2; echo "postgres.sh: pg_ctl start failed (log above)" >&2; exit 1; }
  echo "$port" >"$dir/port"
  echo "postgres.sh: PostgreSQL on 127.0.0.1:$port, data in $dir" >&2
  echo "export TEST_DATABASE_URL='postgresql://postgres@127.0.0.1:$port/postgres'"
  echo "export PG_TEST_DIR='$dir'"
}

stop() {
  local dir="${1:-${PG_TEST_DIR:-}}" bin
  if [ -z "$dir" ] || [ ! -f "$dir/port" ]; then
    echo "postgres.sh stop: give the folder printed by start (PG_TEST_DIR); got '${dir}'" >&2
    exit 1
  fi
  bin="$(find_bin)"
  as_owner "'$bin/pg_ctl' -D '$dir/data' -m immediate -w stop" >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  run)
    shift
    [ $# -gt 0 ] || { echo "usage: postgres.sh run <command...>" >&2; exit 2; }
    eval "$(start)"
    trap 'stop "$PG_TEST_DIR"' EXIT
    "$@"
    ;;
  *) echo "usage: postgres.sh start | stop <PG_TEST_DIR> | run <command...>" >&2; exit 2 ;;
esac
