#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY samspill database: stops the portal, drops and recreates the
# schema, loads the dump and starts the portal again (Flyway then validates it and applies newer migrations).
# Trigger definers are stripped, so the triggers belong to the restoring user (the same expression as
# BackupRestoreTest, which checks this restore).
#   docker/restore.sh file.sql
set -euo pipefail
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: $0 backup.sql" >&2; exit 2; }
dump=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")"
read -r -p "This replaces ALL data of the samspill database with $dump. Type RESTORE to go on: " answer
[ "$answer" = RESTORE ] || { echo "Nothing changed."; exit 1; }
docker compose -f compose.yaml stop portal
docker compose -f compose.yaml exec -T db sh -c 'exec mariadb -uroot -p"$MARIADB_ROOT_PASSWORD" -e \
  "DROP DATABASE IF EXISTS samspill; CREATE DATABASE samspill CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"'
sed -E 's#/\*!50017 DEFINER=[^*]*\*/##g' "$dump" \
  | docker compose -f compose.yaml exec -T db sh -c 'exec mariadb -uroot -p"$MARIADB_ROOT_PASSWORD" samspill'
docker compose -f compose.yaml start portal
echo "Restored $dump; the portal is starting."
