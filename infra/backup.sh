#!/usr/bin/env bash
# Backs up Peerhub's database: a pg_dump custom-format archive of DATABASE_URL (every schema:
# the platform's tables, the migrations table, pg-boss's queue).
#   DATABASE_URL=postgres://… infra/backup.sh [FILE]      (default: peerhub-<UTC time>.dump)
# pg_dump must be at least the server's major version: PG_BIN=/usr/lib/postgresql/18/bin picks one.
# With compose: docker compose exec postgres pg_dump -Fc -U peerhub peerhub > peerhub.dump
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the database to back up}"
out="${1:-peerhub-$(date -u +%Y%m%dT%H%M%SZ).dump}"
pg_dump="${PG_BIN:+$PG_BIN/}pg_dump"

# Written beside the target and renamed at the end: a failed run never leaves a file that looks whole.
"$pg_dump" --format=custom --no-owner --no-privileges --file "$out.partial" --dbname "$DATABASE_URL"
mv "$out.partial" "$out"
echo "backup written to $out ($(wc -c <"$out") bytes)"
