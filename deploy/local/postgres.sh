#!/usr/bin/env bash
# Local PostgreSQL for development and tests.
#
# Usage: deploy/local/postgres.sh start|stop|status
#   start   Use the server already listening on PG_HOST:PG_PORT, or start the project's own cluster
#           (Debian binaries from /usr/lib/postgresql/<newest>/bin, data in deploy/local/.data/postgres,
#           listening on PG_HOST:PG_PORT only, unix socket in deploy/local/.run/pg-socket).
#           Then make sure the role PG_USER (LOGIN CREATEDB, password PG_PASSWORD) and every database in
#           PG_DATABASES (owned by PG_USER) exist, and check that PG_USER can log in over TCP. Idempotent.
#   stop    Stop the project's own cluster if it runs. A server these scripts did not start is never stopped.
#   status  Show what is running and whose it is (exit 0 when PG_HOST:PG_PORT answers, 3 otherwise).
#
# Admin access for a server that was already running (not the project's own): PG_ADMIN_URL if set
# (e.g. postgresql://postgres:secret@127.0.0.1:5432/postgres); else, as root, the Debian socket
# /var/run/postgresql as the `postgres` OS user; else PG_USER itself (it can create missing databases if it has CREATEDB).
# Other env: PG_BIN (directory with initdb/pg_ctl/psql), PG_START_TIMEOUT (60 s). Settings: see env.sh.
set -euo pipefail
# shellcheck source=deploy/local/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

PGDATA_DIR="$DATA_DIR/postgres"
SOCK_DIR="$RUN_DIR/pg-socket"
PG_LOG="$RUN_DIR/postgres.log"
STARTED_FILE="$RUN_DIR/postgres.started"
LOCK_FILE="$RUN_DIR/postgres.lock"
START_TIMEOUT="${PG_START_TIMEOUT:-60}"
DEBIAN_SOCK_DIR=/var/run/postgresql

IS_ROOT=0; [ "$(id -u)" = 0 ] && IS_ROOT=1
# initdb/pg_ctl refuse to run as root: as root the cluster belongs to the `postgres` OS user.
if [ "$IS_ROOT" = 1 ]; then PG_OS_USER=postgres; else PG_OS_USER="$(id -un)"; fi

usage() { echo "usage: $0 start|stop|status" >&2; exit 2; }

# Run a command as the cluster's OS user (from / so that an unreadable cwd does not matter).
as_pg() {
  if [ "$IS_ROOT" = 1 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

# Sets PG_BIN to the binaries for our cluster; returns 1 when none are found.
find_pg_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/initdb" ] || die "PG_BIN=$PG_BIN does not contain initdb"
    return 0
  fi
  if [ -f "$PGDATA_DIR/PG_VERSION" ]; then
    local v; v="$(cat "$PGDATA_DIR/PG_VERSION")"
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then PG_BIN="/usr/lib/postgresql/$v/bin"; return 0; fi
    die "$PGDATA_DIR was created by PostgreSQL $v, but /usr/lib/postgresql/$v/bin is missing." \
        "Install it (apt-get install -y postgresql-$v) or delete $PGDATA_DIR to start over with the installed version."
  fi
  local d best=""
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then best="$(printf '%s\n%s\n' "$best" "$d" | sed '/^$/d' | sort -V | tail -n 1)"; fi
  done
  [ -n "$best" ] || return 1
  PG_BIN="$best"
}

require_pg_bin() {
  find_pg_bin || die "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin/initdb)." \
    "Install them with: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql" \
    "(or set PG_BIN=/path/to/postgresql/bin)"
}

# psql/pg_isready: from PG_BIN, else the newest /usr/lib/postgresql/*/bin, else PATH.
client_tool() {
  local d best=""
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/$1" ]; then echo "$PG_BIN/$1"; return 0; fi
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/$1" ]; then best="$(printf '%s\n%s\n' "$best" "$d" | sed '/^$/d' | sort -V | tail -n 1)"; fi
  done
  if [ -n "$best" ]; then echo "$best/$1"; return 0; fi
  command -v "$1" 2>/dev/null || die "$1 not found. Install it with: apt-get install -y postgresql-client"
}

own_pid() {
  [ -f "$PGDATA_DIR/postmaster.pid" ] || return 1
  local pid; pid="$(head -n 1 "$PGDATA_DIR/postmaster.pid" 2>/dev/null || true)"
  pid_cmdline_has "$pid" "$PGDATA_DIR" || return 1
  echo "$pid"
}
own_running() { own_pid >/dev/null; }
own_port() { sed -n 4p "$PGDATA_DIR/postmaster.pid" 2>/dev/null; }

# Grant "search" (o+x) on every ancestor directory the postgres OS user cannot traverse.
make_traversable() {
  [ "$IS_ROOT" = 1 ] || return 0
  local path="$1" d="" part
  IFS=/ read -r -a parts <<< "${path#/}"
  for part in "${parts[@]}"; do
    d="$d/$part"
    [ -d "$d" ] || break
    if ! runuser -u postgres -- test -x "$d" 2>/dev/null; then
      log "granting o+x (traverse only) on $d so that the postgres OS user can reach $path"
      chmod o+x "$d"
    fi
  done
}

wait_ready() {
  local isready deadline=$((SECONDS + START_TIMEOUT))
  isready="$(client_tool pg_isready)"
  until "$isready" -q -h "$PG_HOST" -p "$PG_PORT" -t 2; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail_log "$PG_LOG" 40
      die "PostgreSQL on $PG_HOST:$PG_PORT not ready after ${START_TIMEOUT}s (log: $PG_LOG)"
    fi
    sleep 1
  done
}

init_cluster() {
  if [ -f "$PGDATA_DIR/PG_VERSION" ]; then return 0; fi
  if [ -e "$PGDATA_DIR" ]; then
    rmdir "$PGDATA_DIR" 2>/dev/null ||
      die "$PGDATA_DIR exists but is not a PostgreSQL data directory (no PG_VERSION). Remove it and retry."
  fi
  local tmp="$DATA_DIR/postgres.initdb-tmp"
  rm -rf "$tmp"
  mkdir -p "$tmp"; chmod 700 "$tmp"
  if [ "$IS_ROOT" = 1 ]; then chown postgres:postgres "$tmp"; fi
  log "initializing the project's PostgreSQL cluster in $PGDATA_DIR ($("$PG_BIN/postgres" --version))"
  if ! as_pg "$PG_BIN/initdb" -D "$tmp" --username="$PG_OS_USER" --auth-local=peer --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 --no-instructions > "$RUN_DIR/initdb.log" 2>&1; then
    tail_log "$RUN_DIR/initdb.log" 40
    rm -rf "$tmp"
    die "initdb failed (full output: $RUN_DIR/initdb.log)"
  fi
  # Settings that depend on env.sh live in local.conf, rewritten on every start.
  printf "\n# deploy/local/postgres.sh: listen address, port and socket dir\ninclude_if_exists = 'local.conf'\n" \
    >> "$tmp/postgresql.conf"
  mv "$tmp" "$PGDATA_DIR"
}

start_own() {
  require_pg_bin
  if [ "$IS_ROOT" = 1 ]; then
    id postgres >/dev/null 2>&1 ||
      die "the OS user 'postgres' does not exist (initdb cannot run as root). Install the postgresql package or create it: useradd --system --home /var/lib/postgresql postgres"
  fi
  if [ "$IS_ROOT" = 0 ] && [ -d "$PGDATA_DIR" ] && [ "$(stat -c %U "$PGDATA_DIR")" != "$PG_OS_USER" ]; then
    die "$PGDATA_DIR belongs to $(stat -c %U "$PGDATA_DIR"); run this script as root or as that user"
  fi
  mkdir -p "$DATA_DIR" "$SOCK_DIR"
  chmod 755 "$SOCK_DIR"
  touch "$PG_LOG"
  if [ "$IS_ROOT" = 1 ]; then
    chown postgres:postgres "$SOCK_DIR" "$PG_LOG"
    make_traversable "$DATA_DIR"
    make_traversable "$SOCK_DIR"
  fi

  init_cluster
  if [ "$IS_ROOT" = 1 ] && [ "$(stat -c %U "$PGDATA_DIR")" != postgres ]; then
    chown -R postgres:postgres "$PGDATA_DIR"
  fi
  chmod 700 "$PGDATA_DIR"

  local sock_esc host_esc
  sock_esc="${SOCK_DIR//\'/\'\'}"; host_esc="${PG_HOST//\'/\'\'}"
  cat > "$PGDATA_DIR/local.conf" <<CONF
# written by deploy/local/postgres.sh on every start - do not edit
listen_addresses = '$host_esc'
port = $PG_PORT
unix_socket_directories = '$sock_esc'
max_connections = 200
CONF
  if [ "$IS_ROOT" = 1 ]; then chown postgres:postgres "$PGDATA_DIR/local.conf"; fi

  log "starting the project's PostgreSQL on $PG_HOST:$PG_PORT (log: $PG_LOG)"
  printf '\n=== %s postgres.sh start ===\n' "$(date '+%F %T')" >> "$PG_LOG"
  # fds 8/9 (flock) are closed so that the postmaster does not inherit the locks
  if ! as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t "$START_TIMEOUT" start \
        >> "$RUN_DIR/pg_ctl.out" 2>&1 8>&- 9>&-; then
    tail -n 5 "$RUN_DIR/pg_ctl.out" >&2 || true
    tail_log "$PG_LOG" 40
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate stop >/dev/null 2>&1 || true
    die "could not start PostgreSQL within ${START_TIMEOUT}s (log: $PG_LOG). Is port $PG_PORT free?"
  fi
  wait_ready
  own_pid > "$STARTED_FILE"
  log "PostgreSQL started (postmaster pid $(cat "$STARTED_FILE"))"
}

# Sets ADMIN (array: command prefix that runs psql with superuser rights).
choose_admin() {
  local mode="$1" psql
  psql="$(client_tool psql)" || exit 1
  if [ "$mode" = own ]; then
    ADMIN=(as_pg "$psql" -X -h "$SOCK_DIR" -p "$(own_port)" -U "$PG_OS_USER" -d postgres)
    ADMIN_DESC="the project's cluster socket $SOCK_DIR as OS user $PG_OS_USER"
    return 0
  fi
  if [ -n "${PG_ADMIN_URL:-}" ]; then
    ADMIN=("$psql" -X -d "$PG_ADMIN_URL")
    "${ADMIN[@]}" -qtAc 'select 1' >/dev/null ||
      die "cannot connect with PG_ADMIN_URL (see the psql error above)"
    ADMIN_DESC="PG_ADMIN_URL"
    return 0
  fi
  if [ -S "$DEBIAN_SOCK_DIR/.s.PGSQL.$PG_PORT" ] &&
     as_pg "$psql" -X -h "$DEBIAN_SOCK_DIR" -p "$PG_PORT" -U postgres -d postgres -qtAc 'select 1' >/dev/null 2>&1; then
    ADMIN=(as_pg "$psql" -X -h "$DEBIAN_SOCK_DIR" -p "$PG_PORT" -U postgres -d postgres)
    ADMIN_DESC="the socket $DEBIAN_SOCK_DIR as OS user postgres"
    return 0
  fi
  return 1
}

ensure_objects_as_admin() {
  log "ensuring role $PG_USER and databases [$PG_DATABASES] (admin via $ADMIN_DESC)"
  "${ADMIN[@]}" -q -v ON_ERROR_STOP=1 -v u="$PG_USER" -v p="$PG_PASSWORD" -v dbs="$PG_DATABASES" <<'SQL'
SELECT format('CREATE ROLE %I', :'u') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'u')
\gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'u', :'p')
\gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'u')
  FROM regexp_split_to_table(btrim(:'dbs'), '\s+') AS d
 WHERE d <> '' AND NOT EXISTS (SELECT FROM pg_database WHERE datname = d)
\gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', db.datname, :'u')
  FROM pg_database db
  JOIN pg_roles r ON r.oid = db.datdba
 WHERE db.datname IN (SELECT regexp_split_to_table(btrim(:'dbs'), '\s+'))
   AND r.rolname <> :'u'
\gexec
SQL
}

# No admin access: PG_USER must exist already; it creates missing databases itself when it has CREATEDB.
ensure_objects_as_user() {
  local psql db existing missing="" first
  psql="$(client_tool psql)"
  first=""
  for db in postgres $PG_DATABASES; do
    if PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 "$psql" -X -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" \
         -qtAc 'select 1' >/dev/null 2>&1; then first="$db"; break; fi
  done
  if [ -z "$first" ]; then
    die "PostgreSQL on $PG_HOST:$PG_PORT was not started by these scripts, and no admin access works:" \
        "PG_ADMIN_URL is not set, the Debian socket $DEBIAN_SOCK_DIR is not usable as OS user postgres," \
        "and role $PG_USER cannot log in with PG_PASSWORD. Either set PG_ADMIN_URL=postgresql://<superuser>:<password>@$PG_HOST:$PG_PORT/postgres," \
        "or create role $PG_USER (LOGIN CREATEDB PASSWORD '$PG_PASSWORD') and databases [$PG_DATABASES] yourself," \
        "or stop that server / choose another PG_PORT so that the project's own cluster is started."
  fi
  existing="$(PGPASSWORD="$PG_PASSWORD" "$psql" -X -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$first" -qtAc \
              'select datname from pg_database')"
  for db in $PG_DATABASES; do
    grep -qxF "$db" <<< "$existing" || missing="$missing $db"
  done
  if [ -z "$missing" ]; then
    log "role $PG_USER can log in and all databases exist (no admin access needed)"
    return 0
  fi
  log "creating missing databases as $PG_USER:$missing"
  for db in $missing; do
    PGPASSWORD="$PG_PASSWORD" "$psql" -X -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$first" -q -v ON_ERROR_STOP=1 \
      -v db="$db" <<< "SELECT format('CREATE DATABASE %I', :'db') \\gexec" ||
      die "role $PG_USER could not create database $db and no admin access is available: set PG_ADMIN_URL=postgresql://<superuser>:<password>@$PG_HOST:$PG_PORT/postgres or create it yourself"
  done
}

verify_login() {
  local psql db="" d out
  psql="$(client_tool psql)"
  for d in $PG_DATABASES; do
    if [ -z "$db" ] || [ "$d" = issuance ]; then db="$d"; fi
  done
  if [ -z "$db" ]; then db=postgres; fi
  if ! out="$(PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 "$psql" -X -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" \
                -qtAc 'select 1' 2>&1)" || [ "$out" != 1 ]; then
    echo "$out" >&2
    die "role $PG_USER cannot log in over TCP to $PG_HOST:$PG_PORT/$db with PG_PASSWORD" \
        "(check pg_hba.conf allows host connections with scram-sha-256/md5 for 127.0.0.1)"
  fi
  log "checked: postgresql://$PG_USER:***@$PG_HOST:$PG_PORT/$db answers"
}

cmd_start() {
  lock_or_die 9 "$LOCK_FILE"
  local mode how
  if own_running; then
    local port; port="$(own_port)"
    [ "$port" = "$PG_PORT" ] ||
      die "the project's own cluster already runs (pid $(own_pid)) but on port $port, not PG_PORT=$PG_PORT. Stop it first (deploy/local/postgres.sh stop) or set PG_PORT=$port"
    wait_ready
    mode=own; how="already running (the project's own cluster, pid $(own_pid))"
    log "the project's own PostgreSQL is already running on $PG_HOST:$PG_PORT (pid $(own_pid))"
  elif port_open "$PG_HOST" "$PG_PORT"; then
    mode=existing; how="existing server, not started by these scripts"
    log "using the PostgreSQL already listening on $PG_HOST:$PG_PORT"
    rm -f "$STARTED_FILE"
  else
    start_own
    mode=own; how="started now (the project's own cluster, pid $(own_pid))"
  fi

  if choose_admin "$mode"; then
    ensure_objects_as_admin || die "could not create role/databases (see the psql error above)"
  else
    ensure_objects_as_user
  fi
  verify_login
  log "PostgreSQL ready on $PG_HOST:$PG_PORT: $how"
}

cmd_stop() {
  lock_or_die 9 "$LOCK_FILE"
  if own_running; then
    local pid; pid="$(own_pid)"
    require_pg_bin
    log "stopping the project's PostgreSQL (pid $pid)"
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >> "$RUN_DIR/pg_ctl.out" 2>&1; then
      warn "fast shutdown did not finish in 60s, using immediate shutdown"
      as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w -t 30 stop >> "$RUN_DIR/pg_ctl.out" 2>&1 ||
        die "could not stop PostgreSQL pid $pid (see $RUN_DIR/pg_ctl.out)"
    fi
    rm -f "$STARTED_FILE"
    log "PostgreSQL stopped"
  else
    rm -f "$STARTED_FILE"
    if port_open "$PG_HOST" "$PG_PORT"; then
      log "not stopping the PostgreSQL on $PG_HOST:$PG_PORT: it was not started by these scripts"
    else
      log "the project's PostgreSQL is not running"
    fi
  fi
}

cmd_status() {
  local rc=3
  if own_running; then
    log "the project's own cluster: running, pid $(own_pid), port $(own_port), data $PGDATA_DIR"
  else
    log "the project's own cluster: not running (data $PGDATA_DIR$([ -f "$PGDATA_DIR/PG_VERSION" ] || echo ', not initialized'))"
  fi
  if port_open "$PG_HOST" "$PG_PORT"; then
    rc=0
    if own_running && [ "$(own_port)" = "$PG_PORT" ]; then
      log "$PG_HOST:$PG_PORT: answering (the project's own cluster)"
    else
      log "$PG_HOST:$PG_PORT: answering (a server not started by these scripts)"
    fi
  else
    log "$PG_HOST:$PG_PORT: nothing listening"
  fi
  return "$rc"
}

[ $# -eq 1 ] || usage
mkdir -p "$RUN_DIR"
case "$1" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  -h|--help|help) print_help ;;
  *) usage ;;
esac
