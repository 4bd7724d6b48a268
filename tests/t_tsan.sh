#!/bin/sh
# t_tsan.sh -- the pipeline's worker threads under ThreadSanitizer: the
# ordered loop's unit test, and supportctl built with -fsanitize=thread
# ingesting the labelled and the external corpus (every charset, every
# MIME shape) with two workers; no report, and the same cases and lines
# as the plain build with none.
. "$(dirname "$0")/lib.sh"
cd "$TOP"
if [ ! -x build/tsan/supportctl ] || [ ! -x build/tsan/tests/test_workq ]; then
	fail "build/tsan is not built (make tsan)"
	t_done
	exit 1
fi
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1"
check "test_workq under ThreadSanitizer" build/tsan/tests/test_workq

# The corpus is read through xargs, a few thousand files a run: its names
# no longer fit in one command line (ARG_MAX, 2 MB, at 29,675 mails).
find tests/corpus/labelled tests/corpus/external -name '*.eml' |
    LC_ALL=C sort > "$T_TMP/files"
for w in 2 0; do
	t_desk "$T_TMP/d$w"
	printf 'workers %s\n' "$w" >> "$T_TMP/d$w/supportd.conf"
	chmod 600 "$T_TMP/d$w/supportd.conf"
	[ "$(id -u)" -ne 0 ] || printf 'user root\n' >> "$T_TMP/d$w/supportd.conf"
done
xargs -n 4000 build/tsan/supportctl -c "$T_TMP/d2/supportd.conf" ingest \
    < "$T_TMP/files" > "$T_TMP/out2" 2> "$T_TMP/err2"
rc=$?
check_eq "tsan ingest: exit status" "$rc" 0
check_eq "tsan ingest: no ThreadSanitizer report" \
    "$(grep -c 'ThreadSanitizer' "$T_TMP/err2")" 0
xargs -n 4000 ./supportctl -c "$T_TMP/d0/supportd.conf" ingest \
    < "$T_TMP/files" > "$T_TMP/out0" 2>/dev/null
check "tsan ingest: the same lines as one thread" cmp -s "$T_TMP/out0" "$T_TMP/out2"
check_eq "tsan ingest: the same cases as one thread" \
    "$(sqlite3 "$T_TMP/d2/supportd.db" 'SELECT ref, queue, priority, status FROM cases ORDER BY id')" \
    "$(sqlite3 "$T_TMP/d0/supportd.db" 'SELECT ref, queue, priority, status FROM cases ORDER BY id')"
[ "$T_FAIL" -eq 0 ] || sed -n '1,60p' "$T_TMP/err2"
t_done
