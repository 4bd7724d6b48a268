#!/bin/sh
# t_valgrind.sh -- the whole pipeline under valgrind: every corpus message
# (pipeline, hostile MIME, labelled) ingested and tried against the rules,
# with no invalid access and no leak.  JIT is off for this run because
# JIT-compiled code reads ahead in ways valgrind cannot follow.
. "$(dirname "$0")/lib.sh"

if ! command -v valgrind >/dev/null 2>&1; then
	fail "valgrind is not installed (contrib/deps.sh)"
	t_done
	exit 1
fi
D=$T_TMP/desk
t_desk "$D"
cd "$TOP"
VG="valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --error-exitcode=99"
export SUPPORTD_NO_JIT=1

vg() {	# DESCRIPTION LOG COMMAND...
	d=$1 log=$2; shift 2
	$VG "$@" >"$log" 2>&1
	rc=$?
	if [ "$rc" -eq 99 ] || grep -qE '^==[0-9]+== ' "$log"; then
		fail "$d: valgrind reports errors"; grep -E '^==[0-9]+==' "$log" | head -n 30 >&2
	elif [ "$rc" -ne 0 ]; then
		fail "$d: exit $rc"; tail -n 5 "$log" >&2
	else
		ok "$d"
	fi
}

vg "ingest the pipeline corpus" "$T_TMP/1.log" \
    "$SUPPORTCTL" -c "$D/supportd.conf" ingest tests/corpus/pipeline/*.eml
vg "ingest the hostile MIME corpus" "$T_TMP/2.log" \
    "$SUPPORTCTL" -c "$D/supportd.conf" ingest tests/corpus/mime/*.eml
# The labelled corpus is thousands of plain-text mails of one MIME shape,
# there for the rules and the model, and it grows by hundreds a round:
# make check reads an even spread of about 1,200 of them, so that this
# suite's time stays put as the corpus grows (VG_LABELLED_EVERY picks
# every Nth instead), make soak every one.
# (find, not ls and a glob: the names no longer fit in one command line)
nlabelled=$(find tests/corpus/labelled -name '*.eml' | wc -l)
every=${VG_LABELLED_EVERY:-$(( (nlabelled + 1199) / 1200 ))}
[ "$every" -ge 1 ] || every=1
find tests/corpus/labelled -name '*.eml' | LC_ALL=C sort |
    awk -v n="$every" 'NR % n == 1' > "$T_TMP/labelled"
# 4,000 names a run: every one of them (make soak) no longer fits in one
# command line.
split -l 4000 "$T_TMP/labelled" "$T_TMP/labelled."
for part in "$T_TMP"/labelled.*; do
	# shellcheck disable=SC2046
	vg "ingest the labelled corpus (every ${every}, part ${part##*.})" \
	    "$part.log" "$SUPPORTCTL" -c "$D/supportd.conf" ingest $(cat "$part")
done
vg "ingest them all again (duplicates)" "$T_TMP/4.log" \
    "$SUPPORTCTL" -c "$D/supportd.conf" ingest tests/corpus/pipeline/*.eml
for f in tests/corpus/pipeline/0[1-4]*.eml; do
	vg "rules test ${f##*/}" "$T_TMP/5.log" \
	    "$SUPPORTCTL" -c "$D/supportd.conf" rules test "$f"
done
vg "show --json" "$T_TMP/6.log" "$SUPPORTCTL" -c "$D/supportd.conf" show CS-1001 --json
vg "show" "$T_TMP/6.log" "$SUPPORTCTL" -c "$D/supportd.conf" show CS-1001
vg "cases --json" "$T_TMP/6.log" "$SUPPORTCTL" -c "$D/supportd.conf" cases --json
vg "outbox --json" "$T_TMP/6.log" "$SUPPORTCTL" -c "$D/supportd.conf" outbox --json
vg "supportd -n" "$T_TMP/7.log" "$SUPPORTD" -n -c "$D/supportd.conf"
t_done
