#!/usr/bin/env bash
# Backup of the compose setup's database, while the portal runs: a consistent snapshot (--single-transaction,
# every table is InnoDB) of the samspill schema, without CREATE DATABASE, so it restores into any empty database.
#   docker/backup.sh [file]      default: samspill-YYYY-MM-DD-HHMM.sql in the current directory
set -euo pipefail
cd "$(dirname "$0")"
out=${1:-samspill-$(date +%Y-%m-%d-%H%M).sql}
case "$out" in /*) ;; *) out="$OLDPWD/$out" ;; esac
docker compose -f compose.yaml exec -T db sh -c \
  'exec mariadb-dump --single-transaction --routines --triggers --hex-blob --default-character-set=utf8mb4 \
     -uroot -p"$MARIADB_ROOT_PASSWORD" samspill' > "$out"
echo "Backup written to $out ($(wc -c < "$out") bytes)"
