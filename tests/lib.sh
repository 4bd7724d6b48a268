# lib.sh -- shared by the shell test suites: ok/fail counters, assertions,
# a scratch directory, and the closing "N passed, N failed" line.
# Source it, then call t_done at the end.
#
# Scenarios: tests/GROUP/NAME.sh is one scenario (tmux's regress/ is the
# model).  It sources this file (through GROUP/lib.sh) and calls t_scenario
# first: from then on its first failed check prints which one failed and
# ends it with exit 1, and whatever it registered with t_at_exit (a daemon
# to kill, servers to stop) runs however it ends.  It runs alone too:
# "sh tests/pipeline/bounce.sh".  tests/t_GROUP.sh runs them all with
# t_group, each in its own process with its own scratch directory, and
# counts scenarios, not checks.
set -u
export LC_ALL=C.UTF-8
T_DIR=$(cd "$(dirname "$0")" && pwd)
# TOP is the checkout: $0 is tests/t_x.sh or tests/GROUP/NAME.sh.
case $T_DIR in
*/tests) TOP=${T_DIR%/tests}; T_NAME=$(basename "$0" .sh) ;;
*/tests/*) TOP=${T_DIR%/tests/*}; T_NAME=${T_DIR##*/}/$(basename "$0" .sh) ;;
*) TOP=$(cd "$T_DIR/.." && pwd); T_NAME=$(basename "$0" .sh) ;;
esac
T_PASS=0
T_FAIL=0
T_STOP=
T_CLEANUP=
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/supportd-$(printf '%s' "$T_NAME" | tr / -).XXXXXX")
SUPPORTD="$TOP/supportd"
SUPPORTCTL="$TOP/supportctl"
# The interpreter python3 names, found once and passed on to the scenarios:
# a version manager's shim costs a dozen processes on every call.
[ -n "${T_PYTHON:-}" ] ||
    T_PYTHON=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
export T_PYTHON=${T_PYTHON:-python3}
# jq-like: q EXPR evaluates a Python expression over the JSON on stdin
q() { "$T_PYTHON" "$TOP/tests/jsonq.py" "$1"; }

ok() { T_PASS=$((T_PASS + 1)); [ -n "${VERBOSE:-}" ] && echo "ok   $*"; return 0; }
# In a scenario the first failure ends it (checks must run in the script's
# own shell, not in a $(...) or a pipeline, for that exit to end it).
fail() {
	T_FAIL=$((T_FAIL + 1))
	echo "FAIL $T_NAME: $*" >&2
	[ -z "$T_STOP" ] || exit 1
	return 0
}

# check DESCRIPTION COMMAND...: passes when the command exits 0
check() { _d=$1; shift; if "$@" >/dev/null 2>&1; then ok "$_d"; else fail "$_d"; fi; }
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

# wait_until SECONDS COMMAND...: poll every half second until COMMAND
# succeeds or SECONDS pass; its status is COMMAND's last one
wait_until() {
	_n=$(($1 * 2)); shift
	while ! "$@" >/dev/null 2>&1 && [ $_n -gt 0 ]; do
		sleep 0.5; _n=$((_n - 1))
	done
	"$@" >/dev/null 2>&1
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

# t_servers DIR: the throwaway Dovecot and OpenSMTPD of
# contrib/testservers.sh started in DIR, their ports (DIR/env) and the
# helpers of contrib/testmail.sh read in; without them the suite ends,
# failed.
t_servers() {
	if ! sh "$TOP/contrib/testservers.sh" start "$1" >"$T_TMP/start.log" 2>&1; then
		cat "$T_TMP/start.log"
		fail "test servers did not start"
		t_done
		exit 1
	fi
	. "$1/env"
	. "$TOP/contrib/testmail.sh"
}

# t_busy_desk DIR: the desk of the suites that drive a running daemon hard
# (t_crash, t_faults), on the servers of t_servers: the example desk in
# DIR without agents, every message its own case and acknowledgement (no
# limits), polled every second in batches of 10 from support's INBOX,
# moved to Processed.
t_busy_desk() {
	t_desk "$1"
	desk_conf "$1/supportd.conf"
	desk_no_agents "$1/supportd.conf"
	desk_unlimited "$1/supportd.conf"
	sed -i -e 's/^poll-interval.*/poll-interval 1/' \
	    -e 's/^batch-size.*/batch-size 10/' "$1/supportd.conf"
	mailbox_block support support "password \"$PASSWORD\"" \
	    "move-to Processed" "timeout 20" >> "$1/supportd.conf"
}

# t_daemon CONF LOG: supportd -f on CONF in the background, its output
# added to LOG, its process id in PID.
t_daemon() {
	"$SUPPORTD" -f -c "$1" >>"$2" 2>&1 &
	PID=$!
}

# Servers started below the scratch directory go before it does.
t_cleanup_tmp() {
	for _env in "$T_TMP"/*/env "$T_TMP"/env; do
		[ -f "$_env" ] &&
		    sh "$TOP/contrib/testservers.sh" stop "${_env%/env}" keep >/dev/null 2>&1
	done
	# And a PostgreSQL that contrib/testpg.sh started there.
	[ -f "$T_TMP/pgenv" ] &&
	    sh "$TOP/contrib/testpg.sh" stop "$T_TMP" >/dev/null 2>&1
	[ -n "${KEEP:-}" ] || rm -rf "$T_TMP"
}

t_done() {
	t_cleanup_tmp
	echo "$T_PASS passed, $T_FAIL failed"
	[ "$T_FAIL" -eq 0 ]
}

# t_scenario: this script is one scenario; the first failed check ends it.
t_scenario() {
	T_STOP=1
	trap 't_scenario_exit' EXIT
	trap 'exit 129' HUP
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

# t_at_exit COMMAND: eval COMMAND when the scenario ends, whatever ends
# it; the last one registered runs first
t_at_exit() {
	T_CLEANUP="$1
$T_CLEANUP"
}

t_scenario_exit() {
	_rc=$?
	trap - EXIT HUP INT TERM
	# an exit that was no failed check (a shell error, a signal) fails too
	if [ "$_rc" -ne 0 ] && [ "$T_FAIL" -eq 0 ]; then
		T_FAIL=1
		echo "FAIL $T_NAME: stopped with status $_rc after $T_PASS checks" >&2
	fi
	eval "$T_CLEANUP"
	t_cleanup_tmp
	echo "$T_PASS passed, $T_FAIL failed"
	[ "$T_FAIL" -eq 0 ] || exit 1
	exit 0
}

# t_group DIR [HOOK [NAME...]]: run the scenarios DIR/*.sh (every one but
# lib.sh, or only the NAMEs), each alone in its own sh, in name order.
# HOOK, if not empty, is eval'd before each with the scenario's name in
# $T_SCENARIO; when it fails the scenario counts as failed and is not run.
# A scenario still running after T_HANG seconds (1200) is stopped: failed.
# Prints a line per scenario (a failure with its first FAIL line and the
# end of its output) and leaves the counts in T_PASS and T_FAIL with
# scenarios as the unit, for t_done's "N passed, N failed".
t_group() {
	_gdir=$1 _hook=${2:-}
	shift; [ $# -gt 0 ] && shift
	_group=${_gdir##*/}
	_checks=0
	_names=
	if [ $# -gt 0 ]; then
		_names=$*
	else
		for _s in "$_gdir"/*.sh; do
			_n=$(basename "$_s" .sh)
			[ "$_n" = lib ] || _names="$_names $_n"
		done
	fi
	for T_SCENARIO in $_names; do
		_log="$T_TMP/$T_SCENARIO.log"
		printf '%-36s ' "$_group/$T_SCENARIO"
		_t0=$(date +%s)
		: >"$_log"
		if [ ! -f "$_gdir/$T_SCENARIO.sh" ]; then
			_rc=127
			echo "FAIL $_group/$T_SCENARIO: no such scenario" >>"$_log"
		elif [ -n "$_hook" ] && ! eval "$_hook" >>"$_log" 2>&1; then
			_rc=1
			echo "FAIL $_group/$T_SCENARIO: set-up before it failed: $_hook" >>"$_log"
		elif command -v timeout >/dev/null 2>&1; then
			# a guard against a hang, not a timed assertion: a stuck
			# scenario fails alone and the others still run
			timeout --foreground -k 30 "${T_HANG:-1200}" \
			    sh "$_gdir/$T_SCENARIO.sh" >>"$_log" 2>&1
			_rc=$?
			[ "$_rc" -ne 124 ] || echo "FAIL $_group/$T_SCENARIO:" \
			    "still running after ${T_HANG:-1200} s, stopped" >>"$_log"
		else
			sh "$_gdir/$T_SCENARIO.sh" >>"$_log" 2>&1
			_rc=$?
		fi
		_line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$_log" | tail -n 1)
		_p=${_line%% passed*}
		[ -n "$_p" ] || _p=0
		_checks=$((_checks + _p))
		_secs=$(($(date +%s) - _t0))
		if [ "$_rc" -eq 0 ]; then
			T_PASS=$((T_PASS + 1))
			echo "ok ($_p checks, $_secs s)"
		else
			T_FAIL=$((T_FAIL + 1))
			echo "failed ($_secs s)"
			_first=$(grep -E '^FAIL ' "$_log" | head -n 1)
			echo "${_first:-FAIL $_group/$T_SCENARIO: exit status $_rc}"
			# the end of its output, for context, without the line above
			grep -v -x -F -e "${_first:-@}" "$_log" | tail -n 30 |
			    sed 's/^/    /'
		fi
	done
	echo "$_checks checks in $((T_PASS + T_FAIL)) scenarios"
}
