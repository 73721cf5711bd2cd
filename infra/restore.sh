#!/usr/bin/env bash
# Restores a backup made by backup.sh into DATABASE_URL, which must be an empty database
# (createdb it first). All or nothing: one transaction, stopped at the first error.
#   DATABASE_URL=postgres://…/peerhub_restored infra/restore.sh FILE
# Then point the API at it; start-up applies any migration newer than the backup.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the empty database to restore into}"
file="${1:?give the backup file to restore}"
[ -r "$file" ] || { echo "cannot read $file" >&2; exit 2; }
pg_restore="${PG_BIN:+$PG_BIN/}pg_restore"

"$pg_restore" --exit-on-error --single-transaction --no-owner --no-privileges --dbname "$DATABASE_URL" "$file"
echo "restored $file into the database of DATABASE_URL"
