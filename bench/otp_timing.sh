#!/usr/bin/env bash
# Times ワンタイムパスワード発行 for a registered pair, an unknown key and a
# mismatched pair, against the release server on a fresh SQLite file with
# demo data. The three should take about the same time (no enumeration by
# timing). Prints mean and median milliseconds per kind.
#   ./bench/otp_timing.sh [requests per kind, default 12; the demo data has 2n residents or more]
# Each key is asked once: a key asked twice within a minute is throttled.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-12}
port=3210
data=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
DATA_DIR="$data" DATABASE_URL="sqlite://$data/bench.db?mode=rwc" DEMO_DATA=1 \
  LEPTOS_SITE_ADDR="127.0.0.1:$port" OTP_PER_CLIENT_PER_HOUR=100000 RUST_LOG=warn \
  target/release/server & server=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

mapfile -t pairs < <(sqlite3 "$data/bench.db" "SELECT user_key || ' ' || email FROM residents LIMIT $((2 * n))")
(( ${#pairs[@]} >= 2 * n )) || { echo "only ${#pairs[@]} demo residents; use a smaller n"; exit 1; }
alphabet=ABCDEFGHJKMNPQRSTUVWXYZ23456789
random_key() { local k=; for _ in $(seq 12); do k+=${alphabet:RANDOM%31:1}; done; echo "$k"; }

time_request() { # key email → milliseconds
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept: text/html' \
    --data-urlencode draft_id= --data-urlencode "user_key=$1" --data-urlencode "email=$2" \
    "http://127.0.0.1:$port/api/login/otp" | awk '{ printf "%.1f\n", $1 * 1000 }'
}

report() { sort -n | awk -v kind="$1" '{ a[NR] = $1; s += $1 } END { printf "%-16s n=%d  mean %.1f ms  median %.1f ms\n", kind, NR, s / NR, a[int((NR + 1) / 2)] }'; }

for pair in "${pairs[@]:0:n}"; do time_request "${pair% *}" "${pair#* }"; done | report registered
for _ in $(seq "$n"); do time_request "$(random_key)" "nobody@example.jp"; done | report "unknown key"
for pair in "${pairs[@]:n:n}"; do time_request "${pair% *}" "wrong@example.jp"; done | report mismatched
