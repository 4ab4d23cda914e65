# Sourced by scripts/test and scripts/benchmark: a PostgreSQL server of its own, in a
# temporary folder, on 127.0.0.1:<port>, with a role and database "roder"/<name>.
#   start_throwaway_postgres <port> <database>   sets PG_URL
#   stop_throwaway_postgres                      (safe to call twice, e.g. from a trap)
# Needs the Debian postgresql package and root (the server runs as the postgres user).

start_throwaway_postgres() {
  local port=$1 database=$2
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d)
  chown postgres:postgres "$PG_DIR"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # fsync off: the data is thrown away, and writing it durably would only slow the seeding.
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off" start >/dev/null
  runuser -u postgres -- psql -q -h 127.0.0.1 -p "$port" -U postgres \
    -c "CREATE ROLE roder LOGIN CREATEDB PASSWORD 'roder'" -c "CREATE DATABASE $database OWNER roder" >/dev/null
  PG_URL="postgres://roder:roder@127.0.0.1:$port/$database?sslmode=disable"
}

stop_throwaway_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
