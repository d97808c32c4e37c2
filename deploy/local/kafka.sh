#!/usr/bin/env bash
# Local Apache Kafka 4.1.1 broker (single KRaft node, no ZooKeeper) for development and tests.
#
# Usage: deploy/local/kafka.sh start|stop|status
#   start   Use the Kafka already listening on KAFKA_HOST:KAFKA_PORT, or start the project's own broker there
#           (controller on KAFKA_CONTROLLER_PORT). The first start copies the broker jars from Maven Central into
#           deploy/local/kafka/lib with the Maven wrapper (deploy/local/kafka/pom.xml). Data: deploy/local/.data/kafka,
#           config and logs: deploy/local/.run/kafka, pid file: deploy/local/.run/kafka.pid. Idempotent.
#   stop    Stop the broker started by this script, by its pid file only (SIGTERM, SIGKILL after 30 s).
#   status  Show what is running and whose it is (exit 0 when KAFKA_HOST:KAFKA_PORT answers, 3 otherwise).
#
# Other env: KAFKA_START_TIMEOUT (90 s), KAFKA_HEAP_OPTS (-Xms256m -Xmx512m), KAFKA_WIPE=1 (start with empty data),
#            KAFKA_MVN_OPTS (extra Maven args for the jar fetch). Settings: see env.sh.
set -euo pipefail
# shellcheck source=deploy/local/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

KAFKA_POM="$LOCAL_DIR/kafka/pom.xml"
LIB_DIR="$LOCAL_DIR/kafka/lib"
KRUN="$RUN_DIR/kafka"
CONF_DIR="$KRUN/config"
LOG_DIR="$KRUN/logs"
KDATA="$DATA_DIR/kafka"
PIDFILE="$RUN_DIR/kafka.pid"
LOCK_FILE="$RUN_DIR/kafka.lock"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT=30
read -r -a HEAP <<< "${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"

usage() { echo "usage: $0 start|stop|status" >&2; exit 2; }

# PID of the broker started by this script for this RUN_DIR, if it is alive. Its command line names this RUN_DIR's
# config: a stale pid file whose PID now belongs to another broker (the shared one, when a second runs side by side
# with its own RUN_DIR) is not ours.
own_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid; pid="$(cat "$PIDFILE" 2>/dev/null || true)"
  pid_cmdline_has "$pid" "kafka.Kafka $CONF_DIR/server.properties" || return 1
  echo "$pid"
}

ready() {
  port_open "$KAFKA_HOST" "$KAFKA_PORT" && grep -q "Kafka Server started" "$LOG_DIR/server.log" 2>/dev/null
}

fetch_jars() {
  local want tmp="$RUN_DIR/kafka-lib.tmp"
  want="$(sha256sum "$KAFKA_POM" | cut -c1-64)"
  if [ -f "$LIB_DIR/.fetched" ] && [ "$(cat "$LIB_DIR/.fetched")" = "$want" ] && compgen -G "$LIB_DIR/kafka_2.13-*.jar" >/dev/null; then
    return 0
  fi
  [ -x "$ROOT_DIR/mvnw" ] || die "Maven wrapper $ROOT_DIR/mvnw not found"
  log "fetching the Kafka broker jars into $LIB_DIR (first start, ~55 MB from Maven Central) ..."
  rm -rf "$tmp"
  # shellcheck disable=SC2086
  if ! (cd "$ROOT_DIR" && ./mvnw -q -B -f "$KAFKA_POM" ${KAFKA_MVN_OPTS:-} dependency:copy-dependencies \
          -DoutputDirectory="$tmp" -DincludeScope=runtime </dev/null 8>&- 9>&-); then
    rm -rf "$tmp"
    die "could not fetch the Kafka jars with $ROOT_DIR/mvnw -f $KAFKA_POM (see the Maven output above)"
  fi
  compgen -G "$tmp/kafka_2.13-*.jar" >/dev/null || die "the Kafka jar fetch produced no kafka_2.13 jar in $tmp"
  echo "$want" > "$tmp/.fetched"
  rm -rf "$LIB_DIR"
  mv "$tmp" "$LIB_DIR"
  log "Kafka jars ready ($(find "$LIB_DIR" -name '*.jar' | wc -l) jars)"
}

write_config() {
  mkdir -p "$CONF_DIR" "$LOG_DIR" "$KDATA"
  cat > "$CONF_DIR/server.properties" <<PROPS
# written by deploy/local/kafka.sh on every start - do not edit
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@${KAFKA_HOST}:${KAFKA_CONTROLLER_PORT}
listeners=PLAINTEXT://${KAFKA_HOST}:${KAFKA_PORT},CONTROLLER://${KAFKA_HOST}:${KAFKA_CONTROLLER_PORT}
advertised.listeners=PLAINTEXT://${KAFKA_HOST}:${KAFKA_PORT}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=${KDATA}
num.partitions=3
auto.create.topics.enable=true
default.replication.factor=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  cat > "$CONF_DIR/log4j2.properties" <<'L4J'
status = warn
appender.file.type = File
appender.file.name = FILE
appender.file.fileName = ${sys:kafka.logs.dir}/server.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = FILE
logger.kafka.name = kafka
logger.kafka.level = INFO
logger.apache.name = org.apache.kafka
logger.apache.level = INFO
L4J
}

stop_pid() {
  local pid="$1" i
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT; i++)); do
    pid_alive "$pid" || return 0
    sleep 1
  done
  warn "Kafka (pid $pid) still alive after ${STOP_TIMEOUT}s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 10; i++)); do
    pid_alive "$pid" || return 0
    sleep 1
  done
  die "Kafka (pid $pid) did not die after SIGKILL"
}

wait_ready() {
  local pid="$1" started="$SECONDS"
  until ready; do
    if ! pid_alive "$pid"; then
      tail_log "$LOG_DIR/stdout.log" 20
      tail_log "$LOG_DIR/server.log" 40
      rm -f "$PIDFILE"
      die "Kafka died during startup (logs in $LOG_DIR)"
    fi
    if [ $((SECONDS - started)) -ge "$START_TIMEOUT" ]; then
      tail_log "$LOG_DIR/stdout.log" 20
      tail_log "$LOG_DIR/server.log" 40
      warn "stopping the broker that did not become ready"
      stop_pid "$pid"
      rm -f "$PIDFILE"
      die "Kafka not ready on $KAFKA_HOST:$KAFKA_PORT after ${START_TIMEOUT}s (logs in $LOG_DIR)"
    fi
    sleep 1
  done
}

cmd_start() {
  lock_or_die 9 "$LOCK_FILE"
  local pid
  if pid="$(own_pid)"; then
    if ! ready; then
      log "the project's Kafka (pid $pid) is running but not ready yet, waiting ..."
      wait_ready "$pid"
    fi
    log "the project's own Kafka is already running on $KAFKA_HOST:$KAFKA_PORT (pid $pid)"
    return 0
  fi
  rm -f "$PIDFILE"
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    log "using the Kafka already listening on $KAFKA_HOST:$KAFKA_PORT (not started by these scripts)"
    return 0
  fi
  if port_open "$KAFKA_HOST" "$KAFKA_CONTROLLER_PORT"; then
    die "port $KAFKA_HOST:$KAFKA_CONTROLLER_PORT (KAFKA_CONTROLLER_PORT) is used by another process; free it or set KAFKA_CONTROLLER_PORT"
  fi
  command -v java >/dev/null || die "java not found on PATH (Java 17 or newer is needed)"

  fetch_jars
  if [ "${KAFKA_WIPE:-0}" = 1 ]; then log "KAFKA_WIPE=1: deleting $KDATA"; rm -rf "$KDATA"; fi
  write_config
  local jopts=("${HEAP[@]}" -XX:+UseG1GC -Djava.awt.headless=true
               -Dkafka.logs.dir="$LOG_DIR" -Dlog4j2.configurationFile="$CONF_DIR/log4j2.properties")
  local cp="$LIB_DIR/*"

  if [ ! -f "$KDATA/meta.properties" ]; then
    local cid
    cid="$(java -cp "$cp" "${jopts[@]}" kafka.tools.StorageTool random-uuid)" ||
      die "kafka.tools.StorageTool random-uuid failed"
    log "formatting the Kafka storage in $KDATA (cluster id $cid)"
    java -cp "$cp" "${jopts[@]}" kafka.tools.StorageTool format -t "$cid" -c "$CONF_DIR/server.properties" \
      --ignore-formatted > "$LOG_DIR/format.log" 2>&1 || { tail_log "$LOG_DIR/format.log" 20; die "formatting the Kafka storage failed"; }
  fi

  # fresh logs, so that "Kafka Server started" from an earlier run does not count
  local f
  for f in server.log stdout.log; do
    if [ -f "$LOG_DIR/$f" ]; then mv -f "$LOG_DIR/$f" "$LOG_DIR/$f.1"; fi
  done

  # Own session (setsid): survives the caller and its terminal/process group. The child writes its own PID
  # before exec'ing java, so the pid file is right even when setsid has to fork. fds 8/9 (flock) are closed.
  # shellcheck disable=SC2016  # expanded by the inner bash
  setsid bash -c 'echo $$ > "$1"; shift; cd "$1"; shift; exec "$@"' _ "$PIDFILE" "$KRUN" \
      java -cp "$cp" "${jopts[@]}" kafka.Kafka "$CONF_DIR/server.properties" \
      > "$LOG_DIR/stdout.log" 2>&1 < /dev/null 8>&- 9>&- &
  local i
  for ((i = 0; i < 50; i++)); do
    pid="$(cat "$PIDFILE" 2>/dev/null || true)"
    [ -n "$pid" ] && break
    sleep 0.1
  done
  [ -n "$pid" ] || die "could not start the Kafka JVM (no pid written to $PIDFILE)"
  log "starting Kafka on $KAFKA_HOST:$KAFKA_PORT (pid $pid, logs in $LOG_DIR) ..."
  local t0="$SECONDS"
  wait_ready "$pid"
  log "Kafka ready on $KAFKA_HOST:$KAFKA_PORT after $((SECONDS - t0))s (pid $pid)"
}

cmd_stop() {
  lock_or_die 9 "$LOCK_FILE"
  local pid
  if pid="$(own_pid)"; then
    log "stopping the project's Kafka (pid $pid) ..."
    stop_pid "$pid"
    rm -f "$PIDFILE"
    log "Kafka stopped"
    return 0
  fi
  if [ -f "$PIDFILE" ]; then
    log "removing the stale pid file $PIDFILE"
    rm -f "$PIDFILE"
  fi
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    log "not stopping the Kafka on $KAFKA_HOST:$KAFKA_PORT: it was not started by these scripts"
  else
    log "the project's Kafka is not running"
  fi
}

cmd_status() {
  local pid rc=3
  if pid="$(own_pid)"; then
    log "the project's own broker: running, pid $pid, data $KDATA, logs $LOG_DIR"
  else
    log "the project's own broker: not running"
  fi
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    rc=0
    if [ -n "${pid:-}" ]; then
      log "$KAFKA_HOST:$KAFKA_PORT: answering (the project's own broker)"
    else
      log "$KAFKA_HOST:$KAFKA_PORT: answering (a broker not started by these scripts)"
    fi
  else
    log "$KAFKA_HOST:$KAFKA_PORT: nothing listening"
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
