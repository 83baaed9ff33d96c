#!/usr/bin/env bash
# Stops what scripts/cluster-up.sh started; the data under build/cluster stays.
set -uo pipefail
cd "$(dirname "$0")/.."

root="$PWD/build/cluster"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -s "$root/pg/PG_VERSION" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$root/pg" -m fast stop >/dev/null 2>&1
  else
    "$pg_bin/pg_ctl" -D "$root/pg" -m fast stop >/dev/null 2>&1
  fi
fi
if [ -s "$root/nats.pid" ]; then
  kill "$(cat "$root/nats.pid")" 2>/dev/null
  rm -f "$root/nats.pid"
fi
echo "cluster-down: stopped"
