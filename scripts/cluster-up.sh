#!/usr/bin/env bash
# Starts the local services of the scale-out setup on loopback, for tests and
# demos: PostgreSQL (the store) and NATS with JetStream (the queue). Data lives
# under build/cluster; running it again leaves running servers alone. Prints
# the URLs and writes them to build/cluster/env for `source`.
set -euo pipefail
cd "$(dirname "$0")/.."

root="$PWD/build/cluster"
pg_port="${NEWSDESK_PG_PORT:-54329}"
nats_port="${NEWSDESK_NATS_PORT:-4229}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$pg_bin/initdb" ] || { echo "cluster-up: PostgreSQL not installed (scripts/setup.sh)" >&2; exit 1; }
command -v nats-server >/dev/null || { echo "cluster-up: nats-server not installed (scripts/setup.sh)" >&2; exit 1; }
mkdir -p "$root"

# PostgreSQL will not run as root: the server and its files belong to `postgres`.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_data="$root/pg"
pg_run="$root/pg-run"  # the server's socket and log
mkdir -p "$pg_run"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$pg_run"
  # The server walks to its data directory: every parent must be searchable.
  d="$root"; while [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; d="$(dirname "$d")"; done
fi
if [ ! -s "$pg_data/PG_VERSION" ]; then
  mkdir -p "$pg_data"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg_data"; fi
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_postgres "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
  # fsync off: a test cluster, rebuilt at will, where speed beats durability.
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_run/pg.log" -w -t 30 start \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_run -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
fi

nats_pid="$root/nats.pid"
if ! { [ -s "$nats_pid" ] && kill -0 "$(cat "$nats_pid")" 2>/dev/null; }; then
  mkdir -p "$root/nats"
  nohup nats-server -js -a 127.0.0.1 -p "$nats_port" -sd "$root/nats" -P "$nats_pid" >"$root/nats.log" 2>&1 &
  for _ in $(seq 50); do [ -s "$nats_pid" ] && break; sleep 0.1; done
fi

pg_url="postgresql://postgres@127.0.0.1:$pg_port/postgres"
nats_url="nats://127.0.0.1:$nats_port"
printf 'NEWSDESK_TEST_PG=%s\nNEWSDESK_TEST_NATS=%s\n' "$pg_url" "$nats_url" >"$root/env"
cat "$root/env"
