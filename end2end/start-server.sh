#!/usr/bin/env bash
# Starts the test build of the server (target/tests, Cargo.toml [profile.tests]) for the end-to-end suite: a fresh SQLite file
# with demo data, mail to the suite's SMTP sink.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d -t e-yoyaku-e2e-XXXXXX)
export DATA_DIR="$data"
export DATABASE_URL="sqlite://$data/e2e.db?mode=rwc"
export SMTP_URL="smtp://127.0.0.1:${SINK_SMTP_PORT:-2525}"
export MAIL_FROM="いみずe-予約システム <noreply@yoyaku.example.lg.jp>"
export DEMO_DATA=1
export LEPTOS_SITE_ADDR="127.0.0.1:${E2E_PORT:-3100}"
export LEPTOS_SITE_ROOT="target/site"
# The whole suite books from 127.0.0.1: the per-client limits of 公平な利用
# are tested in server/tests/fair_use.rs, not here.
export FAIR_USE_DRAFTS_PER_HOUR=0
export FAIR_USE_SUBMITS_PER_HOUR=0
export LOGIN_PER_CLIENT_PER_HOUR=0
export STAFF_LOGIN_PER_CLIENT_PER_HOUR=0
export APP_BASE_URL="http://127.0.0.1:${E2E_PORT:-3100}"
# The first admin, made the documented way (README, 職員アカウント).
printf '%s\n' "${E2E_ADMIN_PASSWORD:-shiken-no-pasuwaado-2026}" \
  | target/tests/server staff add --admin admin --name "管理者 試験" >/dev/null
exec target/tests/server
