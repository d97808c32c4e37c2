#!/usr/bin/env bash
# Watchdog: wait until a process has exited, then stop the given local servers.
# Started detached by `infra.sh start --stop-when-gone PID` (not meant to be run by hand).
#
# Usage: deploy/local/stop-when-gone.sh PID postgres|kafka [postgres|kafka]
#   Polls every 2 s until PID no longer exists (a recycled PID with another start time counts as gone),
#   then runs kafka.sh stop and/or postgres.sh stop (Kafka first), holding the infra lock.
set -euo pipefail
# shellcheck source=deploy/local/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

usage() { echo "usage: $0 PID postgres|kafka [postgres|kafka]" >&2; exit 2; }
[ $# -ge 2 ] || usage
watch_pid="$1"; shift
[[ "$watch_pid" =~ ^[0-9]+$ ]] || usage
stop_pg=0; stop_kafka=0
for what in "$@"; do
  case "$what" in
    postgres) stop_pg=1 ;;
    kafka) stop_kafka=1 ;;
    *) usage ;;
  esac
done

ts() { date '+%F %T'; }

# start time of a process (field 22 of /proc/PID/stat, counted after the "(comm)" field)
start_time() {
  local s
  s="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  s="${s##*) }"
  # shellcheck disable=SC2086
  set -- $s
  echo "${20}"
}

watched_start="$(start_time "$watch_pid" || true)"
log "$(ts) watchdog pid $$: will stop [$*] once pid $watch_pid has exited"

while pid_alive "$watch_pid" && [ "$(start_time "$watch_pid" || true)" = "$watched_start" ]; do
  sleep 2
done

log "$(ts) pid $watch_pid is gone, stopping [$*]"
lock_or_die 8 "$RUN_DIR/infra.lock"
rc=0
if [ "$stop_kafka" = 1 ]; then "$LOCAL_DIR/kafka.sh" stop || rc=1; fi
if [ "$stop_pg" = 1 ]; then "$LOCAL_DIR/postgres.sh" stop || rc=1; fi
log "$(ts) watchdog pid $$ done (rc=$rc)"
exit "$rc"
