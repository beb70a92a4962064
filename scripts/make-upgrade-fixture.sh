#!/usr/bin/env bash
# Snapshot of a released database, for the upgrade test (src/db/upgrade.test.ts): run it on the
# release commit, before new migrations land. It creates a scratch PostgreSQL database, lets the
# release's own CLI migrate it and load the demo data under a fixed test master key, and dumps
# schema and rows (schema_migration included) as plain SQL.
#   usage: scripts/make-upgrade-fixture.sh RELEASE   (e.g. 0.1.0)
#   needs: PostgreSQL on $PGURL (default postgres://postgres@127.0.0.1:5432), pg_dump
set -euo pipefail
cd "$(dirname "$0")/.."
release=${1:?release name, e.g. 0.1.0}
base=${PGURL:-postgres://postgres@127.0.0.1:5432}
db="weerbaar_fixture_$$"
out="src/db/fixtures/release-${release}.sql"
# Test-only key; the upgrade test decrypts the demo narratives with it.
key=$(grep -o "'[0-9a-f]\{64\}'" src/db/fixtures/fixture-key.ts | tr -d "'")
psql -q "$base/postgres" -c "create database $db"
trap 'psql -q "$base/postgres" -c "drop database if exists $db with (force)"' EXIT
data=$(mktemp -d)
DATABASE_URL="$base/$db" WEERBAAR_MASTER_KEY="$key" WEERBAAR_DATA_DIR="$data" LOG_LEVEL=warn \
  node bin/weerbaar.js demo >/dev/null
rm -rf "$data"
# Keep the file small: 10 survey answers per wave stand for the thousands the demo holds,
# and one published report for the six.
psql -q "$base/$db" -c "delete from monitor_publication where id <> (select id from monitor_publication order by id limit 1)"
psql -q "$base/$db" -c "delete from monitor_response r using (select id, row_number()
  over (partition by wave_id order by id) as n from monitor_response) k where k.id = r.id and k.n > 10"
{
  echo "-- Weerbaar release $release: schema and demo data, made by scripts/make-upgrade-fixture.sh"
  echo "-- on commit $(git rev-parse --short HEAD). Master key: src/db/fixtures/fixture-key.ts (test only)."
  # Session settings and comments are left out: the file runs as one script on PGlite or PostgreSQL.
  pg_dump --inserts --no-owner --no-privileges --no-comments "$base/$db" |
    grep -v -e '^SET ' -e '^\\restrict' -e '^\\unrestrict' -e '^SELECT pg_catalog.set_config' -e '^--' -e '^$'
} >"$out"
echo "wrote $out ($(wc -c <"$out") bytes)"
