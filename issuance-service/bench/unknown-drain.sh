#!/usr/bin/env bash
# How fast coupons in doubt are settled: N sends through the packaged issuance-service against the packaged sandbox,
# which drops the reply of each send with probability PROB after issuing it (the coupon exists, the bizmoney is
# debited). Prints the replies by status, the UNKNOWN peak after the load, the time until none is left, the sandbox's
# call counts and bizmoney (start 10,000,000; it must end lower by exactly the cost of the ISSUED coupons, 4,230
# each). Needs: ./mvnw -pl provider-sandbox,issuance-service -am package -DskipTests; deploy/local/infra.sh start.
# Kafka is pointed at a closed port on purpose (the outbox keeps the events; nothing reaches the shared topics).
#   N=200 PROB=1.0 issuance-service/bench/unknown-drain.sh      N=600 PROB=0.1 issuance-service/bench/unknown-drain.sh
set -u
mkdir -p ${WORK:-/tmp/issuance-bench}
N=${N:-200}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SBX_PORT=18790; APP_PORT=18782
DB=issuance_bench
CLIENT=bench-$(date +%s)
export PGPASSWORD=${PG_PASSWORD:-gifticon}
psql -h 127.0.0.1 -U gifticon -d postgres -tc "select 1 from pg_database where datname='$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U gifticon -d postgres -c "create database $DB" >/dev/null
rm -rf ${WORK:-/tmp/issuance-bench}/sbx && cp -r $ROOT/provider-sandbox/target/quarkus-app ${WORK:-/tmp/issuance-bench}/sbx
java -Xmx256m -Dquarkus.http.port=$SBX_PORT -Dquarkus.http.host=127.0.0.1 -Dsandbox.fault.drop-hold=3s \
  -jar ${WORK:-/tmp/issuance-bench}/sbx/quarkus-run.jar > ${WORK:-/tmp/issuance-bench}/sandbox.log 2>&1 &
SBX=$!
rm -rf ${WORK:-/tmp/issuance-bench}/app && cp -r $ROOT/issuance-service/target/quarkus-app ${WORK:-/tmp/issuance-bench}/app
DB_NAME=$DB DB_PASSWORD=gifticon ISSUANCE_ENCRYPTION_KEY=dGVzdC1vbmx5LWtleS1ub3QtYS1zZWNyZXQtMzJieXQ= PIN_HASH_KEY=bench \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 CATALOG_URL=http://127.0.0.1:1 \
java -Xmx512m -Dquarkus.http.port=$APP_PORT -Dquarkus.http.host=127.0.0.1 \
  -Dproviders.giftishow.base-url=http://127.0.0.1:$SBX_PORT/giftishow/bizApi \
  -Dio.gifticon.providers.giftishow.GiftishowClient/send/Timeout/value=1500 \
  -jar ${WORK:-/tmp/issuance-bench}/app/quarkus-run.jar > ${WORK:-/tmp/issuance-bench}/app.log 2>&1 &
APP=$!
trap 'kill $APP $SBX 2>/dev/null' EXIT
for i in $(seq 1 120); do curl -sf localhost:$APP_PORT/q/health/live >/dev/null && curl -sf localhost:$SBX_PORT/q/health/ready >/dev/null && break; sleep 1; done
psql -h 127.0.0.1 -U gifticon -d $DB -c "insert into product_cache values ('giftishow:G00000280811','giftishow','bench','bench',4500,4230,'ON_SALE',now(),now()) on conflict do nothing" >/dev/null
curl -s -X POST localhost:$SBX_PORT/sandbox/faults -H 'Content-Type: application/json' \
  -d "{\"provider\":\"giftishow\",\"operation\":\"send\",\"dropReplyAfterProcessing\":true,\"probability\":${PROB:-1.0}}" >/dev/null
start=$(date +%s.%N)
seq 1 $N | xargs -P 16 -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST localhost:$APP_PORT/api/v1/coupons \
  -H 'Content-Type: application/json' -H "X-Client-Id: $CLIENT" -H "Idempotency-Key: bench-$start-{}" \
  -d '{"productId":"giftishow:G00000280811","recipientPhone":"01012345678","delivery":"PIN","title":"bench","message":"m","senderPhone":"15880108"}' \
  | sort | uniq -c > ${WORK:-/tmp/issuance-bench}/replies.txt
sent=$(date +%s.%N)
peak=0
while true; do
  n=$(psql -h 127.0.0.1 -U gifticon -d $DB -tAc "select count(*) from coupon where status in ('UNKNOWN','ISSUING','CANCELLING') and client_id='$CLIENT'")
  [ "$n" -gt "$peak" ] && peak=$n
  [ "$n" -eq 0 ] && break
  now=$(date +%s); [ $(echo "$now - ${sent%.*}" | bc) -gt 300 ] && { echo "gave up with $n left"; break; }
  sleep 0.2
done
done_at=$(date +%s.%N)
echo "replies: $(tr '\n' ' ' < ${WORK:-/tmp/issuance-bench}/replies.txt)"
echo "sends: $N in $(echo "$sent - $start" | bc) s; in doubt after the load: $peak; zero $(echo "$done_at - $sent" | bc) s after the last reply"
psql -h 127.0.0.1 -U gifticon -d $DB -tAc "select status, count(*) from coupon where client_id='$CLIENT' group by 1"
echo "sandbox calls: $(curl -s localhost:$SBX_PORT/sandbox/giftishow/calls)"
echo "bizmoney: $(curl -s localhost:$SBX_PORT/sandbox/giftishow/bizmoney)"
