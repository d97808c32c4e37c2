#!/usr/bin/env bash
# Local infrastructure (PostgreSQL + Kafka) for running and testing the project without containers.
#
# Usage: deploy/local/infra.sh start [--stop-when-gone PID] | stop | status
#   start    postgres.sh start + kafka.sh start (a server already listening is used as is). Concurrent callers
#            are serialized. Ends with one line per server:
#              postgres: 127.0.0.1:5432 (started|existing)
#              kafka: 127.0.0.1:9092 (started|existing)
#            "started" = started by this call. If a start fails, what this call started is stopped again.
#     --stop-when-gone PID
#            If this call started anything, a detached watchdog (stop-when-gone.sh) stops exactly that once
#            process PID has exited. Used by the test resources with the PID of the Maven JVM, so servers
#            started by tests live as long as that Maven run.
#   stop     Stop what the project's scripts started (Kafka by pid file, the project's own PostgreSQL cluster).
#            Servers not started by these scripts are left alone.
#   status   Both servers (exit 0 when both answer, 3 otherwise).
# Settings: see env.sh (PG_*, KAFKA_*).
set -euo pipefail
# shellcheck source=deploy/local/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

LOCK_FILE="$RUN_DIR/infra.lock"
WATCHDOG_LOG="$RUN_DIR/stop-when-gone.log"

usage() { echo "usage: $0 start [--stop-when-gone PID] | stop | status" >&2; exit 2; }

cmd_start() {
  local watch_pid=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --stop-when-gone)
        [ $# -ge 2 ] || usage
        watch_pid="$2"; shift 2
        [[ "$watch_pid" =~ ^[0-9]+$ ]] || die "--stop-when-gone needs a numeric PID, got '$watch_pid'"
        pid_alive "$watch_pid" || die "--stop-when-gone $watch_pid: no such process"
        ;;
      *) usage ;;
    esac
  done

  lock_or_die 8 "$LOCK_FILE"
  local pg_state=existing kafka_state=existing started=()
  port_open "$PG_HOST" "$PG_PORT" || pg_state=started
  port_open "$KAFKA_HOST" "$KAFKA_PORT" || kafka_state=started

  if ! "$LOCAL_DIR/postgres.sh" start; then
    if [ "$pg_state" = started ]; then "$LOCAL_DIR/postgres.sh" stop || true; fi
    die "PostgreSQL could not be made ready (see above)"
  fi
  if [ "$pg_state" = started ]; then started+=(postgres); fi

  if ! "$LOCAL_DIR/kafka.sh" start; then
    if [ "$kafka_state" = started ]; then "$LOCAL_DIR/kafka.sh" stop || true; fi
    if [ "$pg_state" = started ]; then
      warn "stopping the PostgreSQL this call started"
      "$LOCAL_DIR/postgres.sh" stop || true
    fi
    die "Kafka could not be made ready (see above)"
  fi
  if [ "$kafka_state" = started ]; then started+=(kafka); fi

  if [ -n "$watch_pid" ]; then
    if [ ${#started[@]} -gt 0 ]; then
      # fully detached: own session, no terminal, no inherited pipes or lock fds
      setsid nohup "$LOCAL_DIR/stop-when-gone.sh" "$watch_pid" "${started[@]}" \
        < /dev/null >> "$WATCHDOG_LOG" 2>&1 8>&- 9>&- &
      log "watchdog: will stop [${started[*]}] once pid $watch_pid has exited (log: $WATCHDOG_LOG)"
    else
      log "nothing was started by this call, no watchdog needed"
    fi
  fi

  echo "postgres: $PG_HOST:$PG_PORT ($pg_state)"
  echo "kafka: $KAFKA_HOST:$KAFKA_PORT ($kafka_state)"
}

cmd_stop() {
  lock_or_die 8 "$LOCK_FILE"
  local rc=0
  "$LOCAL_DIR/kafka.sh" stop || rc=1
  "$LOCAL_DIR/postgres.sh" stop || rc=1
  return "$rc"
}

cmd_status() {
  local rc=0
  "$LOCAL_DIR/postgres.sh" status || rc=3
  "$LOCAL_DIR/kafka.sh" status || rc=3
  return "$rc"
}

[ $# -ge 1 ] || usage
mkdir -p "$RUN_DIR"
cmd="$1"; shift
case "$cmd" in
  start) cmd_start "$@" ;;
  stop) [ $# -eq 0 ] || usage; cmd_stop ;;
  status) [ $# -eq 0 ] || usage; cmd_status ;;
  -h|--help|help) print_help ;;
  *) usage ;;
esac
