#!/usr/bin/env bash
# Issued coupons per second through the gateway, with the provider sandbox answering Giftishow sends after
# 100 ms. Needs the system running (deploy/local/run.sh in another terminal).
# Usage: system-tests/bench/issue-throughput.sh [concurrency=32] [seconds=30] [latency-ms=100]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
concurrency="${1:-32}"; seconds="${2:-30}"; latency="${3:-100}"
gateway="${GATEWAY_URL:-http://localhost:8080}"; sandbox="${SANDBOX_URL:-http://localhost:8090}"
key="${API_KEY:-demo-local-key}"

curl -fsS -o /dev/null "$gateway/q/health/ready" || { echo "gateway not ready at $gateway: start deploy/local/run.sh" >&2; exit 1; }
curl -fsS -X POST "$sandbox/sandbox/reset" > /dev/null
# a balance that cannot run out during the run
curl -fsS -X PUT "$sandbox/sandbox/giftishow/bizmoney" -H 'Content-Type: application/json' -d '{"balance":100000000000}' > /dev/null
curl -fsS -X POST "$sandbox/sandbox/faults" -H 'Content-Type: application/json' \
  -d "{\"provider\":\"giftishow\",\"operation\":\"send\",\"latencyMs\":$latency,\"probability\":1.0}" > /dev/null
trap 'curl -fsS -X DELETE "$sandbox/sandbox/faults" > /dev/null || true' EXIT

echo "sandbox: Giftishow send answers after ${latency} ms"
java "$here/LoadGen.java" --url "$gateway/api/v1/coupons" --method POST \
  --header "X-Api-Key: $key" --header 'Content-Type: application/json' --header 'Idempotency-Key: bench-{uuid}' \
  --body '{"productId":"giftishow:G00000280811","recipientPhone":"01012345678","delivery":"PIN","title":"Bench","message":"load test","senderPhone":"0212345678"}' \
  --concurrency "$concurrency" --seconds "$seconds" --warmup 5
echo "sandbox sends: $(curl -fsS "$sandbox/sandbox/giftishow/calls/send")"
