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
make -s build/tests/test_store build/tests/test_ingest build/tests/test_timers build/tests/test_report \
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
tally test_timers build/tests/test_timers
tally test_report build/tests/test_report
tally t_pipeline sh tests/t_pipeline.sh

# --- supportctl migrate: a SQLite desk into an empty PostgreSQL database
D=$T_TMP/migrate
(unset SUPPORTD_TEST_DATABASE; t_desk "$D")
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
for f in tests/corpus/pipeline/*.eml; do ctl ingest "$f" >/dev/null 2>&1; done
printf '' | ctl ingest >/dev/null 2>&1	# an empty mail: quarantined
sqlite3 "$D/supportd.db" "INSERT INTO checkpoints VALUES ('support', 7, 42, 1);
    INSERT INTO kv VALUES ('first-uid support', '3');
    INSERT INTO case_links VALUES (1001, 1002), (1002, 1001);"
before_cases=$(ctl cases --json)
before_show=$(ctl show CS-1001 --json)
before_outbox=$(ctl outbox --json)
before_q=$(ctl quarantine --json)
check "migrate: the SQLite desk has cases" test -n "$before_cases"
url=$(sh contrib/testpg.sh url "$T_TMP" migrated)
out=$(ctl migrate --to "$url" 2>&1)
check_eq "migrate: exits 0" "$?" 0
check_match "migrate: messages counted and digested" "$out" '^messages [1-9][0-9]* [0-9a-f]{64}$'
check_match "migrate: says where to point the config" "$out" '^migrated: '
check_match "migrate: checkpoints copied" "$out" '^checkpoints 1 '
out=$(ctl migrate --to "$url" 2>&1)
check "migrate: a second copy is refused (not empty)" test $? -ne 0
check_match "migrate: says why" "$out" 'not empty'
printf 'database "%s"\n' "$url" >>"$D/supportd.conf"
check_eq "migrate: cases the same on PostgreSQL" "$(ctl cases --json)" "$before_cases"
check_eq "migrate: a case's messages and events the same" "$(ctl show CS-1001 --json)" "$before_show"
check_eq "migrate: outbox the same, raw bytes too" "$(ctl outbox --json)" "$before_outbox"
check_eq "migrate: quarantine the same" "$(ctl quarantine --json)" "$before_q"
last=$(printf '%s\n' "$before_cases" | python3 -c 'import json,sys; print(max(int(c["ref"].split("-")[1]) for c in json.load(sys.stdin)))')
new=$(sed -e 's/^Message-ID: .*/Message-ID: <after-migrate@example.com>/' \
    -e 's/^Subject: .*/Subject: after the move/' tests/corpus/pipeline/04-english-html.eml |
    ctl ingest 2>/dev/null | cut -f1)
check_eq "migrate: numbering goes on after the copied cases" "$new" "CS-$((last + 1))"

# --- a sleeping daemon woken by a piped mail: supportctl's commit NOTIFYs
# the desk's listeners (the poll interval is ten minutes; the relay is a
# closed port, so the acknowledgement is tried at once and deferred)
W=$T_TMP/wake
url=$(sh contrib/testpg.sh url "$T_TMP" wake)
(unset SUPPORTD_TEST_DATABASE; t_desk "$W")
printf 'database "%s"\n' "$url" >>"$W/supportd.conf"
sed -i -e 's/^poll-interval.*/poll-interval 600/' \
    -e 's|^\turl.*|\turl\t\tsmtp://127.0.0.1:1|' "$W/supportd.conf"
chmod 600 "$W/supportd.conf"
[ "$(id -u)" -ne 0 ] || printf 'user root\n' >> "$W/supportd.conf"
wctl() { "$SUPPORTCTL" -c "$W/supportd.conf" "$@"; }
wctl cases >/dev/null 2>&1	# the schema, before the daemon
"$SUPPORTD" -f -v -c "$W/supportd.conf" > "$T_TMP/wake.log" 2>&1 &
wpid=$!
started() { grep -q 'started:' "$T_TMP/wake.log"; }
check "wake: the daemon starts" wait_until 60 started
sleep 2
wctl ingest tests/corpus/pipeline/04-english-html.eml >/dev/null 2>&1
tried() { grep -q 'outbox: 0 sent, [1-9][0-9]* deferred' "$T_TMP/wake.log"; }
check "wake: the piped mail's answer is tried at once, not at the interval" \
    wait_until 60 tried
kill -TERM "$wpid" 2>/dev/null
wait "$wpid" 2>/dev/null
[ "$T_FAIL" -eq 0 ] || tail -n 20 "$T_TMP/wake.log" >&2

sh contrib/testpg.sh stop "$T_TMP"
t_done
