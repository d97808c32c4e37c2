#!/usr/bin/env bash
# Catalog benchmark: full Giftishow sync of N products from the provider sandbox, unchanged re-sync (rows written
# must be 0), keyword search p50/p99 at 50 concurrent clients, first with the search-result cache off (every request
# to PostgreSQL), then on (the same repeated terms). Prints lines starting with "BENCH".
# Needs a built sandbox (./mvnw -B -pl provider-sandbox package -DskipTests).
# Usage: catalog-service/bench/run.sh [N]      (default 100000)
set -euo pipefail
N="${1:-100000}"
PORT="${BENCH_SANDBOX_PORT:-18090}"
MANAGEMENT_PORT="${BENCH_SANDBOX_MANAGEMENT_PORT:-19090}"   # the sandbox's health lives on its management interface
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/provider-sandbox/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || { echo "build the sandbox first: ./mvnw -B -pl provider-sandbox package -DskipTests" >&2; exit 1; }
LOG="$(mktemp -t catalog-bench-sandbox.XXXX.log)"
SANDBOX_GIFTISHOW_CATALOG_SIZE="$N" java -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" -jar "$JAR" >"$LOG" 2>&1 &
SANDBOX_PID=$!
trap 'kill "$SANDBOX_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null || { echo "sandbox did not start, see $LOG" >&2; exit 1; }
# PostgreSQL + Kafka: used as they are if running, else started here and stopped once this script has exited
"$ROOT/deploy/local/infra.sh" start --stop-when-gone $$
# its own database (catalog_bench, cleaned at start), so that the module's tests can run meanwhile
if command -v psql >/dev/null; then
  PGPASSWORD="${PG_PASSWORD:-gifticon}" psql -h "${PG_HOST:-127.0.0.1}" -p "${PG_PORT:-5432}" -U "${PG_USER:-gifticon}" \
    -d postgres -qtAc "select 1 from pg_database where datname = 'catalog_bench'" | grep -q 1 \
    || PGPASSWORD="${PG_PASSWORD:-gifticon}" psql -h "${PG_HOST:-127.0.0.1}" -p "${PG_PORT:-5432}" \
      -U "${PG_USER:-gifticon}" -d postgres -qc "create database catalog_bench"
fi
cd "$ROOT"
echo "BENCH conditions: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
# offline (-o): only catalog-service is compiled; the other modules come from the local repository as installed
./mvnw -B -o -pl catalog-service test -Dtest=CatalogBenchmark -Dcatalog.bench.excluded=none \
  -Dbench.giftishow-url="http://localhost:$PORT/giftishow/bizApi" 2>&1 | grep -E "BENCH|Tests run:|ERROR|FAIL" || true
echo "BENCH conditions: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
