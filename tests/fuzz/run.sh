#!/bin/sh
# run.sh -- run each fuzz target briefly from its seed corpus.
# Every target that finds a crash counts as a failure.
set -u
cd "$(dirname "$0")/../.."
secs=${1:-15}
pass=0; fail=0
for f in build/fuzz/fuzz_*; do
	[ -x "$f" ] || continue
	name=${f##*/}
	seeds=tests/fuzz/seeds/${name#fuzz_}
	work=$(mktemp -d)
	[ -d "$seeds" ] && cp -R "$seeds"/. "$work"/ 2>/dev/null
	if "$f" -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 \
	    -artifact_prefix="$work/" "$work" >"$work.log" 2>&1; then
		pass=$((pass + 1))
		echo "$name: $(grep -o 'Done [0-9]* runs' "$work.log" | tail -n 1)"
	else
		fail=$((fail + 1))
		echo "$name: FAILED"; tail -n 40 "$work.log"
		# Keep the input that failed, and show it: CI logs outlive it.
		mkdir -p build/fuzz/crashes
		for c in "$work"/crash-* "$work"/timeout-* "$work"/oom-*; do
			[ -f "$c" ] || continue
			cp "$c" build/fuzz/crashes/
			echo "input ($c):"; od -c "$c" | head -n 40
		done
	fi
	rm -rf "$work" "$work.log"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
