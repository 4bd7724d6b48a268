#!/bin/sh
# run.sh -- run every test suite and print one closing line
# "N passed, N failed"; exit non-zero on any failure.
#   sh tests/run.sh            everything
#   sh tests/run.sh unit       unit tests only
# A suite's "N passed, N failed" counts what it counts: checks for most,
# scenarios for t_pipeline.sh and t_daemon.sh, which run tests/pipeline/
# and tests/daemon/ one scenario at a time (a failed scenario is one
# failure, and the others still run).
set -u
cd "$(dirname "$0")/.."
what=${1:-all}
total_pass=0
total_fail=0
log=$(mktemp)

suite() {
	name=$1; shift
	printf '%-28s ' "$name"
	"$@" >"$log" 2>&1
	rc=$?
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
	f=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
	[ -n "$p" ] || p=0
	[ -n "$f" ] || f=0
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
	if [ "$f" -ne 0 ]; then
		echo "$p passed, $f failed"
		# What failed first, then the end of the output for context.
		grep -E '^FAIL|CHECK failed|: got ' "$log" | head -n 40 |
		    sed 's/^/    /'
		echo "    ..."
		sed 's/^/    /' "$log" | tail -n 40
	else
		echo "$p passed"
	fi
}

for t in build/tests/test_*; do
	[ -x "$t" ] || continue
	suite "unit/${t##*/}" "$t"
done
if [ "$what" = all ]; then
	for t in build/asan/tests/test_*; do
		[ -x "$t" ] || continue
		suite "asan/${t##*/}" env ASAN_OPTIONS=detect_leaks=1 \
		    UBSAN_OPTIONS=print_stacktrace=1 "$t"
	done
	for t in tests/t_*.sh; do
		[ -f "$t" ] || continue
		suite "${t##*/}" sh "$t"
	done
	if ls build/fuzz/fuzz_* >/dev/null 2>&1; then
		suite "fuzz" sh tests/fuzz/run.sh "${FUZZ_SECONDS:-15}"
	fi
fi
rm -f "$log"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
