#!/bin/sh
# testpg.sh -- a throwaway PostgreSQL for the tests, a real server (never a
# mock): initdb into a fresh directory, a Unix socket in that directory (no
# TCP port at all, so parallel runs never collide), stopped and removed
# after.
#
#   contrib/testpg.sh start DIR   start it; writes DIR/pgenv
#   contrib/testpg.sh stop DIR    stop it and remove its data
#   contrib/testpg.sh url DIR [DB] print a connection string (createdb DB
#                                 first when DB is given and new)
#
# DIR/pgenv is sh-sourceable: PGDIR= (data and socket) PGURL= (the
# "supportd" database, a libpq connection string).  The superuser is
# "supportd" with trust authentication on the socket alone.  PostgreSQL
# refuses to run as root: as root the server runs as the "postgres" user
# (or "nobody") in a directory that user owns.  Debian's binaries live in
# /usr/lib/postgresql/VERSION/bin.
set -eu

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|url DIR" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "testpg: no PostgreSQL server (apt-get install postgresql)" >&2; exit 1; }

# Run a PostgreSQL program as the unprivileged user when we are root.
as_pg() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$pguser" -- "$@"
	else
		"$@"
	fi
}

pguser=postgres
id "$pguser" >/dev/null 2>&1 || pguser=nobody

case "$cmd" in
start)
	mkdir -p "$dir"
	pgdir=$(mktemp -d /tmp/supportd-pg.XXXXXX)
	[ "$(id -u)" -eq 0 ] && chown "$pguser" "$pgdir"
	as_pg "$bin/initdb" -D "$pgdir/data" -U supportd -A trust -E UTF8 \
	    --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 ||
	    { cat "$pgdir/initdb.log" >&2; exit 1; }
	cat >>"$pgdir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$pgdir'
fsync = on
max_connections = 50
log_min_messages = warning
CONF
	as_pg "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
	    start >/dev/null || { cat "$pgdir/server.log" >&2; exit 1; }
	as_pg "$bin/createdb" -h "$pgdir" -U supportd supportd
	printf "PGDIR='%s'\nPGURL='%s'\n" "$pgdir" \
	    "postgresql:///supportd?host=$pgdir&user=supportd" >"$dir/pgenv"
	;;
url)
	. "$dir/pgenv"
	db=${3:-supportd}
	if [ "$db" != supportd ]; then
		as_pg "$bin/createdb" -h "$PGDIR" -U supportd "$db" 2>/dev/null || true
	fi
	echo "postgresql:///$db?host=$PGDIR&user=supportd"
	;;
stop)
	[ -f "$dir/pgenv" ] || exit 0
	. "$dir/pgenv"
	as_pg "$bin/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
	case "$PGDIR" in /tmp/supportd-pg.*) rm -rf "$PGDIR" ;; esac
	rm -f "$dir/pgenv"
	;;
*)
	echo "usage: $0 start|stop|url DIR" >&2; exit 2 ;;
esac
