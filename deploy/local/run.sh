#!/usr/bin/env bash
# Run the whole system locally: PostgreSQL + Kafka (deploy/local/infra.sh) and the five Quarkus apps as plain
# `java -jar` processes. Builds first when an app jar is missing or older than the sources. Once the apps are ready
# it syncs the catalog from the sandbox and waits until the demo product is ON_SALE (issuance refuses products the
# catalog does not know), then prints a curl that issues a coupon.
#
# Usage: deploy/local/run.sh          (from the repository root; Ctrl-C stops everything it started)
#
# Apps, started in this order, each waited for on /q/health/ready:
#   provider-sandbox :8090  catalog-service :8081  issuance-service :8082  settlement-service :8083  gateway :8080
# Env: SANDBOX_PORT CATALOG_PORT ISSUANCE_PORT SETTLEMENT_PORT GATEWAY_PORT (ports), APP_HTTP_HOST (127.0.0.1),
#      APP_JAVA_OPTS (extra JVM options for every app), APP_READY_TIMEOUT (120 s), APP_STOP_TIMEOUT (20 s),
#      SKIP_BUILD=1 (never build), CATALOG_SYNC=0 (no catalog sync at start), CATALOG_SYNC_TIMEOUT (120 s),
#      plus PG_* / KAFKA_* from env.sh.
# On exit (Ctrl-C, SIGTERM, or when an app dies) it stops the apps it started, then only the servers that
# infra.sh started for this run - a PostgreSQL or Kafka that was already running is left alone.
set -euo pipefail
# shellcheck source=deploy/local/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

case "${1:-}" in
  "") ;;
  -h|--help|help) print_help; exit 0 ;;
  *) echo "usage: $0" >&2; exit 2 ;;
esac

: "${SANDBOX_PORT:=8090}"
: "${CATALOG_PORT:=8081}"
: "${ISSUANCE_PORT:=8082}"
: "${SETTLEMENT_PORT:=8083}"
: "${GATEWAY_PORT:=8080}"
: "${APP_HTTP_HOST:=127.0.0.1}"
: "${APP_JAVA_OPTS:=}"
: "${APP_READY_TIMEOUT:=120}"
: "${APP_STOP_TIMEOUT:=20}"
: "${CATALOG_SYNC:=1}"
: "${CATALOG_SYNC_TIMEOUT:=120}"
# the product of the printed curl (sandbox: 스타벅스 카페 아메리카노 T, on sale; provider-sandbox/README.md)
DEMO_PRODUCT="giftishow:G00000280811"

APPS=(provider-sandbox catalog-service issuance-service settlement-service gateway)
declare -A PORT=(
  [provider-sandbox]="$SANDBOX_PORT" [catalog-service]="$CATALOG_PORT" [issuance-service]="$ISSUANCE_PORT"
  [settlement-service]="$SETTLEMENT_PORT" [gateway]="$GATEWAY_PORT")
declare -A DB_NAME_OF=([catalog-service]=catalog [issuance-service]=issuance [settlement-service]=settlement [gateway]=gateway)
LOGS_DIR="$RUN_DIR/logs"
BUILD_STAMP="$RUN_DIR/build.stamp"
KAFKA_BOOTSTRAP="$KAFKA_HOST:$KAFKA_PORT"

jar_of() { echo "$ROOT_DIR/$1/target/quarkus-app/quarkus-run.jar"; }

# ---------------------------------------------------------------- build if needed
needs_build() {
  local m jar ref=""
  for m in "${APPS[@]}"; do
    jar="$(jar_of "$m")"
    if [ ! -f "$jar" ]; then log "${jar#"$ROOT_DIR"/} is missing"; return 0; fi
    if [ -z "$ref" ] || [ "$jar" -ot "$ref" ]; then ref="$jar"; fi
  done
  # a successful build by this script counts even if Quarkus left a jar untouched
  if [ -f "$BUILD_STAMP" ] && [ "$BUILD_STAMP" -nt "$ref" ]; then ref="$BUILD_STAMP"; fi
  local newer
  newer="$(find "$ROOT_DIR" \( -name target -o -name .git -o -name node_modules -o -name .idea -o -name .mvn \
                               -o -path "$ROOT_DIR/deploy" -o -path "$ROOT_DIR/.ci" \) -prune \
                -o -type f \( -path '*/src/*' -o -name pom.xml \) -newer "$ref" -print -quit)"
  if [ -n "$newer" ]; then log "${newer#"$ROOT_DIR"/} is newer than the app jars"; return 0; fi
  return 1
}

if [ "${SKIP_BUILD:-0}" != 1 ] && needs_build; then
  log "building: ./mvnw -B -q -DskipTests package (in $ROOT_DIR) ..."
  t0=$SECONDS
  (cd "$ROOT_DIR" && ./mvnw -B -q -DskipTests package) || die "the build failed (see the Maven output above)"
  mkdir -p "$RUN_DIR"; touch "$BUILD_STAMP"
  log "build done in $((SECONDS - t0))s"
fi
for m in "${APPS[@]}"; do
  [ -f "$(jar_of "$m")" ] || die "$(jar_of "$m") not found - did the build produce the Quarkus fast-jar for $m?"
done
command -v java >/dev/null || die "java not found on PATH (Java 17 or newer is needed)"

for m in "${APPS[@]}"; do
  if port_open 127.0.0.1 "${PORT[$m]}"; then
    die "port ${PORT[$m]} ($m) is already in use - is the system already running? Stop it or set another port (see --help)"
  fi
done

# ---------------------------------------------------------------- cleanup
APP_PIDS=()
APP_MODS=()
PG_STARTED=0
KAFKA_STARTED=0
CLEANING=0

stop_apps() {
  local i pid m deadline
  for ((i = ${#APP_PIDS[@]} - 1; i >= 0; i--)); do
    pid="${APP_PIDS[i]}"
    if pid_alive "$pid"; then log "stopping ${APP_MODS[i]} (pid $pid)"; kill -TERM "$pid" 2>/dev/null || true; fi
  done
  deadline=$((SECONDS + APP_STOP_TIMEOUT))
  for ((i = ${#APP_PIDS[@]} - 1; i >= 0; i--)); do
    pid="${APP_PIDS[i]}"; m="${APP_MODS[i]}"
    while pid_alive "$pid" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.5; done
    if pid_alive "$pid"; then
      warn "$m (pid $pid) still alive after ${APP_STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
}

cleanup() {
  local rc=$?
  if [ "$CLEANING" = 1 ]; then return; fi
  CLEANING=1
  trap '' INT TERM HUP
  echo
  stop_apps
  if [ "$KAFKA_STARTED" = 1 ]; then "$LOCAL_DIR/kafka.sh" stop || true; fi
  if [ "$PG_STARTED" = 1 ]; then "$LOCAL_DIR/postgres.sh" stop || true; fi
  if [ "$KAFKA_STARTED" = 0 ] || [ "$PG_STARTED" = 0 ]; then
    log "servers that were already running before this run were left running"
  fi
  log "stopped"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---------------------------------------------------------------- infrastructure
mkdir -p "$RUN_DIR" "$LOGS_DIR"
# provisional answer (used only if we are interrupted while infra.sh runs): what was not listening before
port_open "$PG_HOST" "$PG_PORT" || PG_STARTED=1
port_open "$KAFKA_HOST" "$KAFKA_PORT" || KAFKA_STARTED=1
INFRA_OUT="$RUN_DIR/run-infra.out"
"$LOCAL_DIR/infra.sh" start | tee "$INFRA_OUT" || { PG_STARTED=0; KAFKA_STARTED=0; die "infra.sh start failed (see above)"; }
if grep -q '^postgres: .* (started)$' "$INFRA_OUT"; then PG_STARTED=1; else PG_STARTED=0; fi
if grep -q '^kafka: .* (started)$' "$INFRA_OUT"; then KAFKA_STARTED=1; else KAFKA_STARTED=0; fi

# ---------------------------------------------------------------- apps
# http_status PORT PATH: HTTP status code of GET http://127.0.0.1:PORT/PATH ("000" when no answer)
http_status() {
  if command -v curl >/dev/null; then
    curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$1$2" 2>/dev/null || true
  else
    # shellcheck disable=SC2016  # expanded by the inner bash
    timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" "$2" >&3 && head -n 1 <&3' \
      _ "$1" "$2" 2>/dev/null | awk '{print $2}' || true
  fi
}

# The key that encrypts PINs and phone numbers in the local issuance database: kept beside that database's data
# (git-ignored) so that coupons stored by an earlier run stay readable; ISSUANCE_ENCRYPTION_KEY overrides it.
encryption_key() {
  if [ -n "${ISSUANCE_ENCRYPTION_KEY:-}" ]; then echo "$ISSUANCE_ENCRYPTION_KEY"; return; fi
  local file="$DATA_DIR/issuance-encryption.key"
  if [ ! -s "$file" ]; then
    mkdir -p "$DATA_DIR"
    (umask 077 && head -c 32 /dev/urandom | base64 > "$file")
  fi
  cat "$file"
}

app_env() {
  local m="$1"
  echo "QUARKUS_PROFILE=local"
  echo "QUARKUS_HTTP_PORT=${PORT[$m]}"
  echo "QUARKUS_HTTP_HOST=$APP_HTTP_HOST"
  case "$m" in
    catalog-service|issuance-service|settlement-service|gateway)
      echo "DB_HOST=$PG_HOST"; echo "DB_PORT=$PG_PORT"; echo "DB_USER=$PG_USER"; echo "DB_PASSWORD=$PG_PASSWORD"
      echo "DB_NAME=${DB_NAME_OF[$m]}"
      echo "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP" ;;
  esac
  case "$m" in
    catalog-service|issuance-service|settlement-service)
      # every provider is the sandbox (the providers library's defaults assume it on 8090)
      local sb="http://127.0.0.1:$SANDBOX_PORT"
      echo "PROVIDERS_GIFTISHOW_BASE_URL=$sb/giftishow/bizApi"
      echo "PROVIDERS_GIFTLETTER_BASE_URL=$sb/giftletter"
      echo "PROVIDERS_GIFTLETTER_EXCHANGE_LOG_URL=$sb/giftletter-admin/mn_compare/ExchangeDaily.aspx"
      echo "PROVIDERS_COUFUN_BASE_URL=$sb/coufun/b2c_api"
      echo "PROVIDERS_PBT_POPUP_URL=$sb/pbt/popup/" ;;
  esac
  # PIN_HASH_KEY, the gateway's webhook encryption key and POS credentials, the demo API key: local-profile values
  case "$m" in
    provider-sandbox)
      # links the sandbox hands out (product images, admin pages)
      echo "SANDBOX_GIFTISHOW_PUBLIC_BASE_URL=http://localhost:$SANDBOX_PORT"
      echo "SANDBOX_GIFTLETTER_PUBLIC_BASE_URL=http://localhost:$SANDBOX_PORT" ;;
    issuance-service)
      echo "ISSUANCE_ENCRYPTION_KEY=$(encryption_key)"
      # asked for products issuance has not cached yet
      echo "ISSUANCE_CATALOG_URL=http://127.0.0.1:$CATALOG_PORT" ;;
    gateway)
      echo "GATEWAY_SERVICES_CATALOG=http://127.0.0.1:$CATALOG_PORT"
      echo "GATEWAY_SERVICES_ISSUANCE=http://127.0.0.1:$ISSUANCE_PORT"
      echo "GATEWAY_SERVICES_SETTLEMENT=http://127.0.0.1:$SETTLEMENT_PORT"
      # the PBT popup the POS page (/pos/) embeds, opened by the browser
      echo "GATEWAY_POS_POPUP_URL=http://localhost:$SANDBOX_PORT/pbt/popup/" ;;
  esac
}

app_failed() {  # MODULE PID REASON
  tail_log "$LOGS_DIR/$1.log" 60
  die "$1 (pid $2) $3 - full log: $LOGS_DIR/$1.log"
}

start_app() {
  local m="$1" port="${PORT[$1]}" jar log envs=() jopts=() pid st
  jar="$(jar_of "$m")"
  log="$LOGS_DIR/$m.log"
  if [ -f "$log" ]; then mv -f "$log" "$log.1"; fi
  mapfile -t envs < <(app_env "$m")
  read -r -a jopts <<< "$APP_JAVA_OPTS"
  log "starting $m on port $port (log: $log) ..."
  (cd "$ROOT_DIR/$m" && exec env "${envs[@]}" java "${jopts[@]}" -jar "$jar") > "$log" 2>&1 < /dev/null &
  pid=$!
  APP_PIDS+=("$pid"); APP_MODS+=("$m")
  local t0="$SECONDS"
  while :; do
    if ! pid_alive "$pid"; then
      st=0; wait "$pid" 2>/dev/null || st=$?
      app_failed "$m" "$pid" "exited with status $st during startup"
    fi
    if [ "$(http_status "$port" /q/health/ready)" = 200 ]; then break; fi
    if [ $((SECONDS - t0)) -ge "$APP_READY_TIMEOUT" ]; then
      app_failed "$m" "$pid" "not ready on http://127.0.0.1:$port/q/health/ready after ${APP_READY_TIMEOUT}s"
    fi
    sleep 1
  done
  log "$m ready on port $port after $((SECONDS - t0))s (pid $pid)"
}

for m in "${APPS[@]}"; do start_app "$m"; done

# ---------------------------------------------------------------- catalog
# Issuance issues only products the catalog knows (else 422 PRODUCT_NOT_FOUND): sync the catalog from the sandbox
# (catalog-service directly, as an admin caller - the gateway's demo client has no admin scope) and wait until the
# demo product is ON_SALE. A run already going on (409 SYNC_ALREADY_RUNNING) is simply waited for.
# catalog-service answers only requests carrying the platform's X-Internal-Auth proof (web-commons InternalAuth):
# signed here with the local profile's demo secret, exactly as the gateway signs what it forwards.
internal_auth() {  # METHOD TARGET CLIENT_ID SCOPES -> header value
  local secret hexkey t
  secret="$(sed -n 's/^%local\.gifticon\.internal-auth\.secret=//p' "$ROOT_DIR/catalog-service/src/main/resources/application.properties")"
  hexkey="$(printf '%s' "$secret" | base64 -d | od -An -v -tx1 | tr -d ' \n')"
  t="$(date +%s)"
  printf 'v1;c=gateway;t=%s;s=%s' "$t" "$(printf 'v1\ngateway\n%s\n%s\n%s\n%s\n%s' "$t" "$1" "$2" "$3" "$4" \
    | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$hexkey" -binary | base64 | tr '+/' '-_' | tr -d '=\n')"
}

catalog_call() {  # METHOD PATH [BODY] -> prints "STATUS BODY"
  local out
  out="$(curl -s --max-time 10 -X "$1" "http://127.0.0.1:$CATALOG_PORT$2" -H 'X-Client-Id: local-run' \
          -H 'X-Client-Scopes: admin' -H "X-Internal-Auth: $(internal_auth "$1" "$2" local-run admin)" \
          -H 'Content-Type: application/json' ${3:+-d "$3"} -w '\n%{http_code}' 2>/dev/null)" || true
  printf '%s %s\n' "${out##*$'\n'}" "${out%$'\n'*}"
}

sync_catalog() {
  command -v curl >/dev/null || die "curl is needed for the catalog sync (or run with CATALOG_SYNC=0)"
  local answer status body sync_id="" t0="$SECONDS" product_status=""
  answer="$(catalog_call POST /api/v1/catalog/syncs '{}')"
  status="${answer%% *}"; body="${answer#* }"
  case "$status" in
    202) sync_id="$(sed -n 's/.*"syncId" *: *"\{0,1\}\([^",}]*\).*/\1/p' <<< "$body")"
         log "catalog sync $sync_id started; waiting up to ${CATALOG_SYNC_TIMEOUT}s for $DEMO_PRODUCT to be ON_SALE ..." ;;
    409) log "a catalog sync is already running; waiting up to ${CATALOG_SYNC_TIMEOUT}s for $DEMO_PRODUCT to be ON_SALE ..." ;;
    *)   die "POST http://127.0.0.1:$CATALOG_PORT/api/v1/catalog/syncs answered ${status:-nothing}: $body - see $LOGS_DIR/catalog-service.log" ;;
  esac
  while :; do
    answer="$(catalog_call GET "/api/v1/products/$DEMO_PRODUCT")"
    product_status="$(sed -n 's/.*"status" *: *"\([A-Z_]*\)".*/\1/p' <<< "${answer#* }")"
    if [ "${answer%% *}" = 200 ] && [ "$product_status" = ON_SALE ]; then break; fi
    if [ $((SECONDS - t0)) -ge "$CATALOG_SYNC_TIMEOUT" ]; then
      [ -z "$sync_id" ] || warn "sync $sync_id: $(catalog_call GET "/api/v1/catalog/syncs/$sync_id")"
      die "$DEMO_PRODUCT is not ON_SALE in the catalog after ${CATALOG_SYNC_TIMEOUT}s (GET /api/v1/products/$DEMO_PRODUCT: ${answer%% *}${product_status:+, status $product_status}); coupons for it would be refused - see $LOGS_DIR/catalog-service.log (CATALOG_SYNC=0 skips this step)"
    fi
    sleep 1
  done
  log "catalog ready: $DEMO_PRODUCT is ON_SALE after $((SECONDS - t0))s"
}

if [ "$CATALOG_SYNC" = 1 ]; then sync_catalog; else log "CATALOG_SYNC=0: no catalog sync (issuing needs products the catalog knows)"; fi

IDEM_KEY="demo-$(date +%s)"
cat <<INFO

==================================================================================================
 Gifticon platform is running
   Gateway        http://localhost:$GATEWAY_PORT
   Swagger UI     http://localhost:$GATEWAY_PORT/q/swagger-ui
   Sandbox API    http://localhost:$SANDBOX_PORT/sandbox   (provider sandbox control)
   Logs           $LOGS_DIR/<module>.log
   PostgreSQL     $PG_HOST:$PG_PORT ($([ "$PG_STARTED" = 1 ] && echo "started for this run" || echo "already running"))
   Kafka          $KAFKA_BOOTSTRAP ($([ "$KAFKA_STARTED" = 1 ] && echo "started for this run" || echo "already running"))

 Issue a coupon (paste as is):
   curl -i -X POST http://localhost:$GATEWAY_PORT/api/v1/coupons -H 'X-Api-Key: demo-local-key' -H 'Content-Type: application/json' -H "Idempotency-Key: $IDEM_KEY" -d '{"productId":"$DEMO_PRODUCT","recipientPhone":"01012345678","delivery":"PIN","title":"Thanks!","message":"A coffee on us","senderPhone":"0212345678"}'

 Press Ctrl-C to stop everything this script started.
==================================================================================================
INFO

# ---------------------------------------------------------------- wait
while :; do
  for i in "${!APP_PIDS[@]}"; do
    pid="${APP_PIDS[i]}"
    if ! pid_alive "$pid"; then
      st=0; wait "$pid" 2>/dev/null || st=$?
      app_failed "${APP_MODS[i]}" "$pid" "exited unexpectedly with status $st"
    fi
  done
  sleep 2 & wait $! || true
done
