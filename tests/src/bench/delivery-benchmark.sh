#!/usr/bin/env bash
# Delivery benchmark (issue 10): the exam-start burst and the submission burst, side by side with the references.
#
#   tests/src/bench/delivery-benchmark.sh [BASE_URL] [JBOSS_HOME]
#
# Needs a demo server running (README "Running in the background"), wrk and nginx (Debian), python3 and java.
#  1. Publishes a 40-item form for the benchmark: a blueprint of one 40-item form, assembled (30 s), accepted and
#     frozen by the designer, published by the publisher, and a session for the demo exam centre, open now.
#  2. GET of variant A with a valid bearer token, 64 connections, 30 s (wrk --latency), against the same bytes as a
#     static file of WildFly's welcome content and as a file served by nginx, in the same run.
#  3. 500 candidates submitting at once (500 connections, one attempt each), all scored, none lost.
set -euo pipefail
BASE=${1:-http://localhost:8080/bank}
JBOSS_HOME=${2:-bank-ear/target/wildfly-39.0.1.Final}
ORIGIN=${BASE%/bank}
SECONDS_EACH=${SECONDS_EACH:-30}
CONNECTIONS=${CONNECTIONS:-64}
WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/nginx.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

echo "== setup: a 40-item form, published, with a session open now"
QUAL=CRM-PRK4
BP=$(curl -sf -u designer:designer -H 'Content-Type: application/json' -d '{"name": "Benchmark 40", "qualification": "'$QUAL'",
  "itemsPerForm": 40, "timeLimitMinutes": 60, "passMarkPercent": 60, "cells": [],
  "facility": {"low": 0.0, "target": 0.6, "high": 1.0}, "forms": 1, "maxShared": 40, "maxUses": 1,
  "excludeRecentForms": 0, "pointsPerItem": 1, "partialCredit": [], "foldText": true}' \
  "$BASE/api/v1/blueprints" | json 'd["id"]')
RUN=$(curl -sf -u designer:designer -H 'Content-Type: application/json' -d '{"blueprint": '$BP', "timeLimitSeconds": 10}' \
  "$BASE/api/v1/assembly-runs" | json 'd["id"]')
while :; do
  S=$(curl -sf -u designer:designer "$BASE/api/v1/assembly-runs/$RUN" | json 'd["status"]')
  [[ $S == QUEUED || $S == RUNNING ]] || break; sleep 1
done
FORM=$(curl -sf -u designer:designer -X POST "$BASE/api/v1/assembly-runs/$RUN/accept" | json 'd[0]["id"]')
curl -sf -u designer:designer -X POST "$BASE/api/v1/forms/$FORM/freeze" > /dev/null
curl -sf -u publisher:publisher -H 'Content-Type: application/json' -d '{"variants": 4}' \
  "$BASE/api/v1/forms/$FORM/publish" > /dev/null
CLIENT=$(curl -sf -u publisher:publisher "$BASE/api/v1/exam-clients" | json '[c["id"] for c in d if c["clientId"]=="exam-client"][0]')
OPENS=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ); CLOSES=$(date -u -d '+6 hours' +%Y-%m-%dT%H:%M:%SZ)
SESSION=$(curl -sf -u publisher:publisher -H 'Content-Type: application/json' -d '{"form": '$FORM', "client": '$CLIENT',
  "name": "Benchmark", "opensAt": "'$OPENS'", "closesAt": "'$CLOSES'", "expectedCandidates": 500}' \
  "$BASE/api/v1/exam-sessions" | json 'd["id"]')
TOKEN=$(curl -sf -d grant_type=client_credentials -d client_id=exam-client -d client_secret=exam-client \
  "$BASE/api/v1/delivery/token" | json 'd["access_token"]')
URL="$BASE/api/v1/delivery/sessions/$SESSION/variants/A"
curl -sf -H "Authorization: Bearer $TOKEN" "$URL" > "$WORK/variant-a.json"
ITEMS=$(json 'len(d["items"])' < "$WORK/variant-a.json")
BYTES=$(stat -c %s "$WORK/variant-a.json")
echo "form $FORM, session $SESSION, variant A: $ITEMS items, $BYTES bytes"

cp "$WORK/variant-a.json" "$JBOSS_HOME/welcome-content/bench-variant-a.json"
mkdir -p "$WORK/www" && cp "$WORK/variant-a.json" "$WORK/www/variant-a.json"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log; daemon on;
events { worker_connections 1024; }
http { access_log off; default_type application/json;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  server { listen 127.0.0.1:8089; root $WORK/www; } }
CONF
nginx -c "$WORK/nginx.conf"
sleep 1

run() { # label, then wrk arguments
  local label=$1; shift
  echo "== $label"; wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$@" | tee "$WORK/$label.txt" \
    | grep -E 'Requests/sec|Non-2xx|Socket errors|50%|99%|requests in'
}
wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$URL" > /dev/null   # warm-up
run delivery -H "Authorization: Bearer $TOKEN" "$URL"
run wildfly-static "$ORIGIN/bench-variant-a.json"
run nginx "http://127.0.0.1:8089/variant-a.json"
# the deployment's own static file (smaller: the bank's style sheet), through the same servlet stack as the API
run deployment-static "$BASE/resources/css/bank.css"
rps() { grep Requests/sec "$WORK/$1.txt" | awk '{print $2}'; }
python3 - "$(rps delivery)" "$(rps wildfly-static)" "$(rps nginx)" "$(rps deployment-static)" <<'PY'
import sys
d, w, n, s = map(float, sys.argv[1:])
print(f"ratio delivery / WildFly welcome-content file = {d / w:.2f}   delivery / deployment static file = {d / s:.2f}"
      f"   delivery / nginx = {d / n:.3f}")
PY
rm -f "$JBOSS_HOME/welcome-content/bench-variant-a.json"

echo "== 500 candidates submitting at once"
java "$(dirname "$0")/SubmissionBurst.java" "$BASE" "$SESSION" "$TOKEN" 500 "$WORK/variant-a.json"
