# lib.sh -- shared by the shell test suites: ok/fail counters, assertions,
# a scratch directory, and the closing "N passed, N failed" line.
# Source it, then call t_done at the end.
set -u
export LC_ALL=C.UTF-8
TOP=$(cd "$(dirname "$0")/.." && pwd)
T_PASS=0
T_FAIL=0
T_NAME=$(basename "$0" .sh)
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/supportd-$T_NAME.XXXXXX")
SUPPORTD="$TOP/supportd"
SUPPORTCTL="$TOP/supportctl"

ok() { T_PASS=$((T_PASS + 1)); [ -n "${VERBOSE:-}" ] && echo "ok   $*"; return 0; }
fail() { T_FAIL=$((T_FAIL + 1)); echo "FAIL $T_NAME: $*" >&2; return 0; }

# check DESCRIPTION COMMAND...: passes when the command exits 0
check() { d=$1; shift; if "$@" >/dev/null 2>&1; then ok "$d"; else fail "$d"; fi; }
# check_eq DESCRIPTION GOT WANT
check_eq() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: got '$2', want '$3'"; fi; }
# check_match DESCRIPTION TEXT GREP-E-PATTERN
check_match() {
	if printf '%s\n' "$2" | grep -qE -- "$3"; then ok "$1";
	else fail "$1: '$3' not in: $(printf '%s' "$2" | head -c 400)"; fi
}
check_nomatch() {
	if printf '%s\n' "$2" | grep -qE -- "$3"; then fail "$1: '$3' unexpectedly in output";
	else ok "$1"; fi
}

# A fresh desk: the example config and rules copied into a directory.
# With SUPPORTD_TEST_DATABASE set (tests/t_pg.sh), the desk is on that
# PostgreSQL database, emptied first.
t_desk() {
	D=$1
	mkdir -p "$D"
	cp "$TOP/config/supportd.conf" "$D/supportd.conf"
	cp -R "$TOP/rules" "$D/rules"
	if [ -n "${SUPPORTD_TEST_DATABASE:-}" ]; then
		t_sql "$D" "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null
		printf 'database "%s"\n' "$SUPPORTD_TEST_DATABASE" >>"$D/supportd.conf"
	fi
}

# t_sql DESK SQL: run SQL on the desk's database behind supportd's back.
t_sql() {
	if [ -n "${SUPPORTD_TEST_DATABASE:-}" ]; then
		psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$SUPPORTD_TEST_DATABASE" -c "$2"
	else
		sqlite3 "$1/supportd.db" "$2"
	fi
}

t_done() {
	# Servers started below the scratch directory go before it does.
	for _env in "$T_TMP"/*/env "$T_TMP"/env; do
		[ -f "$_env" ] &&
		    sh "$TOP/contrib/testservers.sh" stop "${_env%/env}" keep >/dev/null 2>&1
	done
	# And a PostgreSQL that contrib/testpg.sh started there.
	[ -f "$T_TMP/pgenv" ] &&
	    sh "$TOP/contrib/testpg.sh" stop "$T_TMP" >/dev/null 2>&1
	[ -n "${KEEP:-}" ] || rm -rf "$T_TMP"
	echo "$T_PASS passed, $T_FAIL failed"
	[ "$T_FAIL" -eq 0 ]
}
