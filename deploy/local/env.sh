# shellcheck shell=bash
# Shared settings and helpers for the deploy/local/ scripts. Sourced, never run.
# Every setting below can be overridden from the environment, e.g. PG_PORT=5433 deploy/local/infra.sh start
# The credentials are local-only development defaults; the servers started here listen on loopback only.

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$LOCAL_DIR/../.." && pwd)"

: "${PG_HOST:=127.0.0.1}"
: "${PG_PORT:=5432}"
: "${PG_USER:=gifticon}"
: "${PG_PASSWORD:=gifticon}"
: "${PG_DATABASES:=catalog issuance settlement gateway catalog_test issuance_test settlement_test gateway_test catalog_e2e issuance_e2e settlement_e2e gateway_e2e}"

: "${KAFKA_HOST:=127.0.0.1}"
: "${KAFKA_PORT:=9092}"
: "${KAFKA_CONTROLLER_PORT:=9093}"

: "${DATA_DIR:=$LOCAL_DIR/.data}"   # persistent server data (git-ignored)
: "${RUN_DIR:=$LOCAL_DIR/.run}"     # pid files, sockets, logs, locks (git-ignored)

export LOCAL_DIR ROOT_DIR PG_HOST PG_PORT PG_USER PG_PASSWORD PG_DATABASES \
       KAFKA_HOST KAFKA_PORT KAFKA_CONTROLLER_PORT DATA_DIR RUN_DIR

# Name of the calling script, for messages.
SCRIPT_NAME="$(basename "${0:-local}")"

log()  { printf '[%s] %s\n' "$SCRIPT_NAME" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$SCRIPT_NAME" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$SCRIPT_NAME" "$*" >&2; exit 1; }

# port_open HOST PORT [TIMEOUT_SECONDS]: true when a TCP connection to HOST:PORT succeeds.
port_open() {
  # shellcheck disable=SC2016  # expanded by the inner bash
  timeout "${3:-1}" bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# pid_alive PID: true when the process exists (and is not a zombie).
pid_alive() {
  [[ "${1:-}" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$1" 2>/dev/null || return 1
  local state
  state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || true)"
  [ "$state" != Z ]
}

# pid_cmdline_has PID TEXT: true when the process is alive and its command line contains TEXT
# (guards against acting on a recycled PID).
pid_cmdline_has() {
  pid_alive "$1" || return 1
  tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}

# lock_or_die FD FILE [WAIT_SECONDS]: take an exclusive flock on FILE through file descriptor FD
# (8 or 9 here). Long-lived children (servers, watchdogs) must be started with that FD closed (8>&- 9>&-),
# otherwise they would keep holding the lock.
lock_or_die() {
  local fd="$1" file="$2" wait="${3:-600}"
  mkdir -p "$(dirname "$file")"
  eval "exec $fd>>\"\$file\""
  if ! flock -w "$wait" "$fd"; then
    die "could not get the lock $file within ${wait}s (another deploy/local script is still running?)"
  fi
}

# tail_log FILE [LINES]: print the end of a log file to stderr, framed.
tail_log() {
  local f="$1" n="${2:-40}"
  if [ -f "$f" ]; then
    printf -- '----- last %s lines of %s -----\n' "$n" "$f" >&2
    tail -n "$n" "$f" >&2 || true
    printf -- '----- end of %s -----\n' "$f" >&2
  else
    printf '(no log file %s)\n' "$f" >&2
  fi
}

# print_help: print the calling script's header comment (its usage text).
print_help() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
}
