#!/usr/bin/env bash
# Builds the production tree the way the Dockerfile does, in a temporary folder and without
# Docker, then runs it as production would: dependencies installed with --omit=dev (no tsx,
# no esbuild, no Vite), no sources, NODE_ENV=production. Runs every CLI command, starts the
# server and checks /health/ready, the web app and a PDF's embedded fonts (needs poppler-utils).
# Keep it a mirror of the Dockerfile.
#   scripts/check-production-tree.sh            (CI runs it; about two minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
tmp=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
say() { echo "--- $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# npm ci, failing on an EBADENGINE warning: every dependency must run on the Node.js we declare.
install() {
  npm ci --no-audit --no-fund "$@" 2>&1 | tee "$tmp/npm.log"
  if grep -q EBADENGINE "$tmp/npm.log"; then fail "a dependency does not support this Node.js (EBADENGINE)"; fi
}

say "stage build: npm ci, npm run build (Dockerfile: FROM … AS build)"
mkdir "$tmp/build"
cp package.json package-lock.json tsconfig.json "$tmp/build/"
cp -r bin scripts src web "$tmp/build/"
(cd "$tmp/build" && install && npm run build)

say "stage deps: npm ci --omit=dev (Dockerfile: FROM … AS deps)"
mkdir "$tmp/deps"
cp package.json package-lock.json "$tmp/deps/"
(cd "$tmp/deps" && install --omit=dev)

say "runtime: node_modules (production only), dist, bin, package.json"
app="$tmp/app"
mkdir "$app"
cp -r "$tmp/deps/node_modules" "$tmp/build/dist" "$tmp/build/bin" "$tmp/build/package.json" "$app/"
for dev in tsx esbuild vite typescript vitest; do
  [ ! -e "$app/node_modules/$dev" ] || fail "devDependency $dev is in the production tree"
done
[ -f "$app/dist/web/index.html" ] || fail "no web build in dist/web"

cd "$app"
export NODE_ENV=production LOG_LEVEL=warn WEERBAAR_DATA_DIR="$tmp/data"
unset DATABASE_URL
key=$(node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))")
next=$(node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))")
export WEERBAAR_MASTER_KEY=$key
cli() { echo "\$ weerbaar $*"; node bin/weerbaar.js "$@"; }

cli --help | grep -q 'stats estimate' || fail "--help"
cli migrate
cli demo | grep -q 'Demo-accounts' || fail "demo"
cli audit verify
cli keys rotate --purpose data
cli keys rewrap --new-master-key "$next"
export WEERBAAR_MASTER_KEY=$next
cli stats estimate "$repo/src/stats/fixtures/basic.csv" --by group | grep -q '"(all)"' ||
  fail "stats estimate"
cli domains list GM0344 | grep -q 'demo.weerbaar.nl' || fail "domains list"
cli backup "$tmp/weerbaar.wbk"
# Restore into a fresh embedded database in another data folder, then verify its audit chains.
WEERBAAR_DATA_DIR="$tmp/restored" cli restore "$tmp/weerbaar.wbk"
WEERBAAR_DATA_DIR="$tmp/restored" cli audit verify | grep -q 'All chains intact' || fail "restore"

port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
say "start on port $port"
PORT=$port node bin/weerbaar.js start >"$tmp/server.log" 2>&1 &
server_pid=$!
ready=
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; then ready=1; break; fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.5
done
[ -n "$ready" ] || { cat "$tmp/server.log"; fail "/health/ready did not answer 200"; }
curl -sf "http://127.0.0.1:$port/" | grep -qi '<html' || fail "the web app is not served"
# The data written under the old key is readable under the new one: log in as a demo user.
curl -sf -H 'content-type: application/json' \
  -d '{"email":"melder@demo.weerbaar.nl","password":"Weerbaar-demo-2026"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | grep -q '"ok"' || fail "demo login"
# PDFs find their fonts beside the chunks (ADR 0030): the demo researcher downloads a Monitor
# report, in which every font must be embedded (poppler-utils' pdffonts and pdftotext).
api="http://127.0.0.1:$port/api/v1"
jar="$tmp/cookies.txt"
curl -sf -c "$jar" -H 'content-type: application/json' \
  -d '{"email":"onderzoeker@demo.weerbaar.nl","password":"Weerbaar-demo-2026"}' \
  "$api/auth/login" >/dev/null || fail "researcher login"
json() { node -e "let s='';process.stdin.on('data',(d)=>s+=d).on('end',()=>console.log(($1)(JSON.parse(s))))"; }
org=$(curl -sf -b "$jar" "$api/me" | json 'me=>me.memberships[0].organisationId')
report=$(curl -sf -b "$jar" "$api/orgs/$org/monitor/reports" | json 'list=>list[0].id')
curl -sf -b "$jar" -o "$tmp/rapport.pdf" "$api/orgs/$org/monitor/reports/$report/rapport.pdf" ||
  fail "Monitor report PDF"
fonts=$(pdffonts "$tmp/rapport.pdf")
echo "$fonts"
grep -q 'LiberationSans' <<<"$fonts" || fail "the PDF does not use the embedded font"
# Columns from the right: object ID, generation, uni, sub, emb.
[ -z "$(tail -n +3 <<<"$fonts" | awk '$(NF-4) != "yes"')" ] || fail "a font in the PDF is not embedded"
grep -q 'Verantwoording' <<<"$(pdftotext "$tmp/rapport.pdf" -)" || fail "no text in the PDF"
kill -TERM "$server_pid"
wait "$server_pid" || fail "the server did not stop cleanly on SIGTERM"
server_pid=
say "production tree OK"
