#!/bin/sh
# bench-intake.sh -- IMAP intake alone: "supportd --once" taking N messages
# (BENCH_N, default 2000) from the test Dovecot over plain IMAP on
# loopback into a fresh desk, against a raw client's single
# "UID FETCH 1:* BODY.PEEK[]" of the same mailbox (the IMAP limit).
#
#   contrib/bench-intake.sh [OTHER_TOP]
#
# With OTHER_TOP (another built checkout, e.g. main), its supportd is timed
# too, alternately with this one, ROUNDS times (default 3), and the ratio
# of the medians printed.  The senders are no-reply addresses, so no
# acknowledgement is queued: the outbox stays out of the figure.  Processed
# mail is flagged \Seen (no move-to), so every round reads the same
# mailbox again into its own new desk.  Nothing leaves 127.0.0.1.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
OTHER=${1:-}
N=${BENCH_N:-2000}
ROUNDS=${ROUNDS:-3}
W=$(mktemp -d /tmp/supportd-bench-intake.XXXXXX)
chmod 755 "$W"
S=$W/srv
trap 'sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1; [ -n "${KEEP:-}" ] || rm -rf "$W"' EXIT INT TERM

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

command -v bc >/dev/null 2>&1 || { echo "bench-intake: needs bc"; exit 1; }
sh "$TOP/contrib/testservers.sh" start "$S" imap >/dev/null || exit 1
. "$S/env"
. "$TOP/contrib/testmail.sh"

# N messages: the labelled corpus over and over, each with its own
# Message-ID, from no-reply senders (no acknowledgement).
mkdir -p "$W/mail"
set -- "$TOP"/tests/corpus/labelled/*/*.eml
i=0
while [ $i -lt "$N" ]; do
	for f in "$@"; do
		[ $i -ge "$N" ] && break
		sed -e "s/^Message-I[Dd]:.*/Message-ID: <intake-$i@example.com>/" \
		    -e "s/^From:.*/From: Robot <no-reply@example.com>/" \
		    "$f" > "$W/mail/$i.eml"
		grep -q '^Message-ID: <intake' "$W/mail/$i.eml" ||
		    sed -i "1i Message-ID: <intake-$i@example.com>" "$W/mail/$i.eml"
		i=$((i + 1))
	done
done
bytes=$(cat "$W"/mail/*.eml | wc -c)
for f in "$W"/mail/*.eml; do
	/usr/lib/dovecot/dovecot-lda -c "$S/dovecot.conf" -d support < "$f"
done

# desk DIR TOP: a fresh desk reading support's INBOX over plain IMAP.
desk() {
	rm -rf "$1"
	mkdir -p "$1"
	cp -R "$2/rules" "$1/rules"
	sed -e 's/^autoreply-limit.*/autoreply-limit 0/' \
	    "$2/config/supportd.conf" > "$1/supportd.conf"
	desk_conf "$1/supportd.conf"
	desk_no_agents "$1/supportd.conf"
	printf 'mailbox support {\n\thost\t\t127.0.0.1\n\tport\t\t%s\n\ttls\t\tnone\n\tuser\t\tsupport\n\tpassword\t"%s"\n}\n' \
	    "$IMAP_PORT" "$PASSWORD" >> "$1/supportd.conf"
}

# once TOP LABEL: one timed intake into a new desk; the seconds on stdout.
once() {
	desk "$W/desk" "$1"
	t0=$(now)
	"$1/supportd" -f --once -c "$W/desk/supportd.conf" > "$W/$2.log" 2>&1
	t1=$(now)
	got=$(sqlite3 "$W/desk/supportd.db" 'SELECT count(*) FROM messages')
	[ "$got" -eq "$N" ] || echo "bench-intake: $2 stored $got of $N" >&2
	elapsed "$t0" "$t1"
}

# The limit: one UID FETCH of everything, bodies read and dropped.
raw() {
	python3 - "$IMAP_PORT" "$PASSWORD" <<'EOF'
import imaplib, sys, time
m = imaplib.IMAP4("127.0.0.1", int(sys.argv[1]))
m.login("support", sys.argv[2])
m.select("INBOX", readonly=True)
t0 = time.time()
typ, data = m.uid("FETCH", "1:*", "(BODY.PEEK[])")
t1 = time.time()
assert typ == "OK"
print("%.3f %d" % (t1 - t0, sum(1 for d in data if isinstance(d, tuple))))
m.logout()
EOF
}

# IMAP alone (tests/integration/imap_drive, "make build/tests/imap_drive"):
# all N messages in one session, as the daemon fetches them (sizes at once,
# bodies pipelined), then one at a time (two round trips each: UIDs given
# in descending order are not pipelined); the seconds of each.
drive() {
	DRIVE=$TOP/build/tests/imap_drive
	[ -x "$DRIVE" ] || return 0
	t0=$(now)
	"$DRIVE" 127.0.0.1 "$IMAP_PORT" none support "$PASSWORD" INBOX fetch \
	    $(seq 1 "$N") > /dev/null
	t1=$(now)
	"$DRIVE" 127.0.0.1 "$IMAP_PORT" none support "$PASSWORD" INBOX fetch \
	    $(seq "$N" -1 1) > /dev/null
	t2=$(now)
	echo "$(elapsed "$t0" "$t1") $(elapsed "$t1" "$t2")" >> "$W/drive.t"
}

echo "bench-intake: $N messages, $bytes bytes, plain IMAP on loopback, $(nproc) cores"
: > "$W/new.t"
: > "$W/old.t"
: > "$W/raw.t"
r=0
while [ $r -lt "$ROUNDS" ]; do
	once "$TOP" new >> "$W/new.t"
	[ -z "$OTHER" ] || once "$OTHER" old >> "$W/old.t"
	raw | cut -d' ' -f1 >> "$W/raw.t"
	drive
	r=$((r + 1))
done
tn=$(median < "$W/new.t")
tr=$(median < "$W/raw.t")
printf '%-40s %8s %9s   rounds: %s\n' "" seconds msg/s ""
printf '%-40s %8.2f %9.0f   %s\n' "raw UID FETCH 1:* BODY.PEEK[] (python)" "$tr" \
    "$(echo "$N / $tr" | bc -l)" "$(tr '\n' ' ' < "$W/raw.t")"
printf '%-40s %8.2f %9.0f   %s\n' "supportd --once ($TOP)" "$tn" \
    "$(echo "$N / $tn" | bc -l)" "$(tr '\n' ' ' < "$W/new.t")"
if [ -n "$OTHER" ]; then
	to=$(median < "$W/old.t")
	printf '%-40s %8.2f %9.0f   %s\n' "supportd --once ($OTHER)" "$to" \
	    "$(echo "$N / $to" | bc -l)" "$(tr '\n' ' ' < "$W/old.t")"
	printf 'old / new: %.2f\n' "$(echo "$to / $tn" | bc -l)"
fi
printf 'new / raw limit: %.2f\n' "$(echo "$tn / $tr" | bc -l)"
if [ -s "$W/drive.t" ]; then
	tp=$(cut -d' ' -f1 "$W/drive.t" | median)
	ts=$(cut -d' ' -f2 "$W/drive.t" | median)
	printf 'IMAP alone (imap_drive): pipelined %.2f s, one at a time %.2f s, ratio %.2f\n' \
	    "$tp" "$ts" "$(echo "$ts / $tp" | bc -l)"
fi
