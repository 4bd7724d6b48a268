#!/bin/sh
# bench.sh -- throughput and memory of supportd, as ratios against
# baselines measured in the same run on the same machine:
#
#   deliver   Dovecot's own delivery (dovecot-lda) of the N messages into
#             the support mailbox: what the mail server needs to take them
#   ingest    supportctl ingest of the same N files: the pipeline alone
#             (parse, thread, rules, store, ack composed), no network
#   ingest-pg the same into PostgreSQL (contrib/testpg.sh, a Unix socket),
#             shown also as a ratio to the SQLite ingest of this run
#   daemon    supportd --once over IMAPS: N messages fetched, N cases, N
#             acknowledgements sent through OpenSMTPD; then until all N
#             acknowledgements sit in the customers' mailboxes
#
# Peak RSS of supportd and supportctl comes from GNU time.  N defaults
# to 1000 (BENCH_N).  Nothing leaves 127.0.0.1.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
N=${BENCH_N:-1000}
W=$(mktemp -d /tmp/supportd-bench.XXXXXX)
chmod 755 "$W"
S=$W/srv
D=$W/desk
trap 'sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1; sh "$TOP/contrib/testpg.sh" stop "$W" >/dev/null 2>&1; rm -rf "$W"' EXIT INT TERM

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }
ratio() { echo "scale=2; $1 / $2" | bc -l; }
rate() { echo "scale=1; $N / $1" | bc -l; }

command -v bc >/dev/null 2>&1 || { echo "bench: needs bc (apt-get install bc)"; exit 1; }
sh "$TOP/contrib/testservers.sh" start "$S" >/dev/null || exit 1
. "$S/env"
pg=
sh "$TOP/contrib/testpg.sh" start "$W" >/dev/null 2>&1 && { . "$W/pgenv"; pg=$PGURL; }
. "$TOP/contrib/testmail.sh"

# N messages: the labelled corpus (four languages) over and over, each with
# its own Message-ID, from the three customer mailboxes.
mkdir -p "$W/mail"
set -- "$TOP"/tests/corpus/labelled/*/*.eml
i=0
while [ $i -lt "$N" ]; do
	for f in "$@"; do
		[ $i -ge "$N" ] && break
		c=$((i % 3 + 1))
		sed -e "s/^Message-I[Dd]:.*/Message-ID: <bench-$i@example.com>/" \
		    -e "s/^From:.*/From: Customer $c <customer$c@example.com>/" \
		    "$f" > "$W/mail/$i.eml"
		grep -q '^Message-ID: <bench' "$W/mail/$i.eml" ||
		    sed -i "1i Message-ID: <bench-$i@example.com>" "$W/mail/$i.eml"
		i=$((i + 1))
	done
done
bytes=$(cat "$W"/mail/*.eml | wc -c)

mkdir -p "$D"
cp -R "$TOP/rules" "$D/rules"
sed -e 's/^autoreply-limit.*/autoreply-limit 0/' \
    -e 's/^autoreply-domain-limit.*/autoreply-domain-limit 0/' \
    -e 's/^batch-size.*/batch-size 100/' "$TOP/config/supportd.conf" > "$D/supportd.conf"
desk_conf "$D/supportd.conf"
desk_no_agents "$D/supportd.conf"
cp "$D/supportd.conf" "$D/ingest.conf"
sed -i 's/^database.*/database ingest.db/' "$D/ingest.conf"
mailbox_block support support "password \"$PASSWORD\"" "move-to Processed" \
    >> "$D/supportd.conf"

echo "bench: $N messages, $bytes bytes, on $(nproc) cores"

t0=$(now)
for f in "$W"/mail/*.eml; do
	/usr/lib/dovecot/dovecot-lda -c "$S/dovecot.conf" -d support < "$f"
done
t1=$(now)
deliver=$(elapsed "$t0" "$t1")

t0=$(now)
/usr/bin/time -f %M -o "$W/ingest.rss" "$TOP/supportctl" -c "$D/ingest.conf" \
    ingest "$W"/mail/*.eml > "$W/ingest.out" 2>"$W/ingest.err"
t1=$(now)
ingest=$(elapsed "$t0" "$t1")

if [ -n "$pg" ]; then
	cp "$D/ingest.conf" "$D/ingest-pg.conf"
	printf 'database "%s"\n' "$pg" >> "$D/ingest-pg.conf"
	t0=$(now)
	"$TOP/supportctl" -c "$D/ingest-pg.conf" ingest "$W"/mail/*.eml \
	    > "$W/ingest-pg.out" 2>"$W/ingest-pg.err"
	t1=$(now)
	ingestpg=$(elapsed "$t0" "$t1")
fi

t0=$(now)
/usr/bin/time -f %M -o "$W/daemon.rss" "$TOP/supportd" -f --once \
    -c "$D/supportd.conf" > "$W/daemon.log" 2>&1
t1=$(now)
daemon=$(elapsed "$t0" "$t1")
got=0
k=0
while [ $k -lt 600 ]; do
	got=0
	for c in 1 2 3; do
		n=$(find "$S/mail/customer$c/new" "$S/mail/customer$c/cur" \
		    -type f 2>/dev/null | wc -l)
		got=$((got + n))
	done
	[ "$got" -ge "$N" ] && break
	sleep 0.2
	k=$((k + 1))
done
t2=$(now)
delivered=$(elapsed "$t0" "$t2")
cases=$(sqlite3 "$D/supportd.db" 'SELECT count(*) FROM cases')
sent=$(sqlite3 "$D/supportd.db" "SELECT count(*) FROM outbox WHERE status = 'sent'")

printf '\n%-44s %8s %9s %8s\n' "" "seconds" "msg/s" "ratio"
printf '%-44s %8.2f %9s %8s\n' "baseline: dovecot-lda delivery" "$deliver" "$(rate "$deliver")" 1.00
printf '%-44s %8.2f %9s %8s\n' "supportctl ingest (pipeline, no network)" "$ingest" "$(rate "$ingest")" "$(ratio "$ingest" "$deliver")"
[ -n "$pg" ] &&
    printf '%-44s %8.2f %9s %8s\n' "... the same into PostgreSQL" "$ingestpg" "$(rate "$ingestpg")" "$(ratio "$ingestpg" "$deliver")"
printf '%-44s %8.2f %9s %8s\n' "supportd --once (IMAPS in, SMTP out)" "$daemon" "$(rate "$daemon")" "$(ratio "$daemon" "$deliver")"
printf '%-44s %8.2f %9s %8s\n' "... until every ack is in a mailbox" "$delivered" "$(rate "$delivered")" "$(ratio "$delivered" "$deliver")"
[ -n "$pg" ] &&
    printf '\nPostgreSQL / SQLite, supportctl ingest: %s.  Both commit a batch at a\ntime.  SQLite is bound by the pipeline'"'"'s own CPU and one fsync a batch; on\nPostgreSQL each store call is a round trip to the server, which bounds\nit here and more so across a network: one daemon is slower, several\ndaemons on several hosts add up.\n' "$(ratio "$ingestpg" "$ingest")"
printf '\ncases %s, acks sent %s, acks delivered %s (of %s)\n' "$cases" "$sent" "$got" "$N"
dup=0
for c in 1 2 3; do
	for f in "$S/mail/customer$c/new/"* "$S/mail/customer$c/cur/"*; do
		[ -f "$f" ] && sed -n 's/^Message-ID: //p' "$f" | head -n 1
	done
done | sort | uniq -d > "$W/dups"
dup=$(grep -c . "$W/dups")
printf 'acknowledgements delivered twice: %s\n' "$dup"
printf 'peak RSS: supportd %s KiB, supportctl ingest %s KiB (input %s KiB)\n' \
    "$(cat "$W/daemon.rss")" "$(cat "$W/ingest.rss")" "$((bytes / 1024))"
