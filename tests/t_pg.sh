#!/bin/sh
# t_pg.sh -- the store on PostgreSQL: a real server (contrib/testpg.sh,
# initdb into a scratch directory, a socket there), and against it the
# store unit tests, the pipeline unit tests and the command-line pipeline
# scenarios, exactly as they run on SQLite.
. "$(dirname "$0")/lib.sh"
cd "$TOP"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	echo "t_pg: no PostgreSQL server installed (make deps)" >&2
	fail "PostgreSQL installed"
	t_done
	exit 1
fi
make -s build/tests/test_store build/tests/test_ingest build/tests/test_thread \
    >/dev/null 2>&1 || fail "build the unit tests"
check "start PostgreSQL" sh contrib/testpg.sh start "$T_TMP"
. "$T_TMP/pgenv"
SUPPORTD_TEST_DATABASE=$PGURL
export SUPPORTD_TEST_DATABASE

# One suite's "N passed, N failed" line added to ours.
tally() {
	name=$1; shift
	"$@" >"$T_TMP/out" 2>&1
	rc=$?
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$T_TMP/out" | tail -n 1)
	p=${line%% passed*}
	f=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
	[ -n "$p" ] || p=0
	[ -n "$f" ] || f=0
	[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	T_PASS=$((T_PASS + p))
	if [ "$f" -ne 0 ]; then
		T_FAIL=$((T_FAIL + f))
		echo "FAIL t_pg: $name on PostgreSQL:" >&2
		grep -E 'FAIL|CHECK|: got |not found' "$T_TMP/out" | head -20 >&2
	fi
}

tally test_store build/tests/test_store
tally test_ingest build/tests/test_ingest
tally t_pipeline sh tests/t_pipeline.sh

sh contrib/testpg.sh stop "$T_TMP"
t_done
