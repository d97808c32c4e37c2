#!/usr/bin/env bash
# Settlement benchmark: reconcile a GiftLetter exchange log of N lines (default 1,000,000; served over local HTTP
# from a file) against N coupons seeded with generate_series into database settlement_bench, then import the same day
# again (must store nothing). Prints lines starting with "BENCH": wall time, lines/s, peak heap (used, and live after
# GC), RSS. Needs the deploy/local PostgreSQL (started if down; pgcrypto is created in settlement_bench for the seed's
# HMAC) and the modules installed. No Kafka: the million outbox rows stay in the bench database, unpublished.
# Usage: settlement-service/bench/run.sh [N] [max heap, default 512m] [chunk size, default 5000]
set -euo pipefail
N="${1:-1000000}"
HEAP="${2:-512m}"
CHUNK="${3:-5000}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
./mvnw -B -o -pl settlement-service test -Dtest=RedemptionImportBenchmark -Dbench.settlement.excluded=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.lines="$N" -Dbench.chunk-size="$CHUNK" -DargLine="-Xmx$HEAP" 2>&1 \
  | grep -E "BENCH|Tests run:|ERROR|FAIL" || true
