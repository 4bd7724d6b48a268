#!/bin/sh
# t_crash.sh -- supportd killed with SIGKILL at random moments while
# customer mail arrives over SMTP (a real OpenSMTPD delivering into a real
# Dovecot) and the acknowledgements go out through that relay.  Afterwards:
# every message is on exactly one case, no case is duplicated, every
# acknowledgement was delivered, and an acknowledgement reached a customer
# twice only where a kill caught its outbox row between the relay's
# acceptance and the commit that marks it sent.  Those are counted and
# reported, not hidden.
#
#   CRASH_MESSAGES (300)  CRASH_KILLS (10)  CRASH_SEED (the clock)
#   make soak: 2,000 messages, 50 kills
#
# The seed decides the kill moments; it is printed so a failure can be
# replayed.  Waits are bounded polls, never a timed assertion.
. "$(dirname "$0")/lib.sh"

N=${CRASH_MESSAGES:-300}
KILLS=${CRASH_KILLS:-10}
SEED=${CRASH_SEED:-$(date +%s)}
echo "t_crash: seed $SEED, $N messages, at least $KILLS kills (CRASH_SEED=$SEED to replay)"

S=$T_TMP/srv
D=$T_TMP/desk
chmod 755 "$T_TMP"
PID=
SENDER=

cleanup() {
	[ -n "$PID" ] && kill -9 "$PID" 2>/dev/null
	[ -n "$SENDER" ] && kill "$SENDER" 2>/dev/null
	sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1
}
trap 'cleanup' EXIT
trap 'exit 1' INT TERM HUP

t_servers "$S"
t_busy_desk "$D"
sql() { sqlite3 "$D/supportd.db" "$1"; }

check "supportd -n accepts the desk" "$SUPPORTD" -n -c "$D/supportd.conf"

# The customers: customer1..3 with a +tag per message, so every message
# has its own sender and its own acknowledgement in a real mailbox.
send_all() {
	i=1
	while [ $i -le "$N" ]; do
		c=$((i % 3 + 1))
		{
			printf 'From: customer%s+%s@example.com\n' "$c" "$i"
			printf 'To: support@example.com\nSubject: Order question %s\n' "$i"
			printf 'Message-ID: <crash-%s@example.com>\n' "$i"
			printf 'Content-Type: text/plain; charset=UTF-8\n\n'
			printf 'Hello, order %s has not arrived.\n' "$i"
		} > "$T_TMP/send.eml"
		# A refused or failed submission is tried again: the test
		# counts on all N reaching the mailbox.
		n=0
		while ! smtp_send "customer$c+$i@example.com" \
		    support@example.com "$T_TMP/send.eml" && [ $n -lt 20 ]; do
			sleep 0.5; n=$((n + 1))
		done
		i=$((i + 1))
	done
}

# The Message-IDs in the headers of every mail in the customers' maildirs.
delivered_ids() {
	for c in 1 2 3; do
		find "$S/mail/customer$c/new" "$S/mail/customer$c/cur" \
		    -type f 2>/dev/null
	done | xargs -r awk 'FNR == 1 { h = 1 } /^\r?$/ { h = 0 }
	    h && tolower($0) ~ /^message-id:/ {
		sub(/^[^<]*</, ""); sub(/>.*/, ""); print }'
}

# The kill moments, from the seed: 0.2 to 3 s of life each.  The kills go
# on while mail arrives, and at least KILLS of them.
awk -v s="$SEED" -v n="$((KILLS + N))" 'BEGIN { srand(s)
    for (i = 0; i < n; i++) printf "%.1f\n", 0.2 + rand() * 2.8 }' \
    > "$T_TMP/delays"

t0=$(date +%s)
send_all &
SENDER=$!
k=0
: > "$T_TMP/window"
while read -r delay; do
	[ $k -ge "$KILLS" ] && ! kill -0 "$SENDER" 2>/dev/null && break
	t_daemon "$D/supportd.conf" "$T_TMP/run.log"
	sleep "$delay"
	kill -9 "$PID"
	wait "$PID" 2>/dev/null
	PID=
	k=$((k + 1))
	# Rows caught between claim and "sent": the only ones that may go
	# out twice (the relay may have taken them before the kill).
	sql "SELECT message_id FROM outbox WHERE status = 'sending'" \
	    >> "$T_TMP/window" 2>/dev/null
done < "$T_TMP/delays"
tlast=$(date +%s)
wait "$SENDER"
SENDER=
check "at least $KILLS kills ($k)" [ "$k" -ge "$KILLS" ]

# The rows the kills left claimed are queued again by the next run, since
# their sender is gone (not after STORE_CLAIM_TTL, 15 minutes).
trestart=$(date +%s)
t_daemon "$D/supportd.conf" "$T_TMP/run.log"
done_in() {
	[ "$(sql "SELECT count(*) FROM messages WHERE direction = 'in'")" = "$N" ] &&
	[ "$(sql "SELECT count(*) FROM outbox WHERE status <> 'sent'")" = 0 ] &&
	[ "$(imap_count support INBOX)" = 0 ]
}
i=0
while ! done_in && [ $i -lt 1200 ]; do
	sleep 0.5; i=$((i + 1))
done
trec=$(date +%s)
kill -TERM "$PID"; wait "$PID"; PID=

nin=$(sql "SELECT count(*) FROM messages WHERE direction = 'in'")
check_eq "every message stored" "$nin" "$N"
check_eq "no message stored twice" \
    "$(sql "SELECT count(*) - count(DISTINCT message_id) FROM messages WHERE direction = 'in'")" 0
check_eq "every message on a case" \
    "$(sql "SELECT count(*) FROM messages m JOIN cases c ON c.id = m.case_id WHERE m.direction = 'in'")" "$N"
ncases=$(sql 'SELECT count(*) FROM cases')
check_eq "one case per message" "$ncases" "$N"
check_eq "no case duplicated" \
    "$(sql 'SELECT count(*) - count(DISTINCT subject) FROM cases')" 0
check_eq "one acknowledgement per case" \
    "$(sql "SELECT count(DISTINCT case_id) || ' ' || count(*) FROM outbox")" "$N $N"
check_eq "every acknowledgement marked sent" \
    "$(sql "SELECT count(*) FROM outbox WHERE status <> 'sent'")" 0
check "INBOX emptied" wait_count support INBOX 0
check_eq "every message moved to Processed once" "$(imap_count support Processed)" "$N"

# Every acknowledgement reached its customer (the relay queues: wait).
sql 'SELECT message_id FROM outbox' | sort > "$T_TMP/acks"
arrived() {
	delivered_ids | sort > "$T_TMP/got"
	[ -z "$(comm -23 "$T_TMP/acks" "$T_TMP/got")" ]
}
i=0
while ! arrived && [ $i -lt 480 ]; do
	sleep 0.5; i=$((i + 1))
done
check_eq "every acknowledgement delivered" \
    "$(comm -23 "$T_TMP/acks" "$T_TMP/got" | wc -l)" 0
# Let the relay's queue drain before counting doubles: until the
# customers' mailboxes have not grown for three seconds.
nfiles() {
	find "$S/mail/customer1" "$S/mail/customer2" "$S/mail/customer3" \
	    \( -path '*/new/*' -o -path '*/cur/*' \) -type f 2>/dev/null | wc -l
}
last=-1 same=0 i=0
while [ $same -lt 3 ] && [ $i -lt 120 ]; do
	n=$(nfiles)
	if [ "$n" = "$last" ]; then same=$((same + 1)); else same=0; fi
	last=$n
	sleep 1; i=$((i + 1))
done
delivered_ids | sort | uniq -d > "$T_TMP/dups"
ndup=$(wc -l < "$T_TMP/dups")
sort -u "$T_TMP/window" > "$T_TMP/window.u"
nwin=$(wc -l < "$T_TMP/window.u")
check_eq "duplicates only where a kill fell between acceptance and commit" \
    "$(comm -23 "$T_TMP/dups" "$T_TMP/window.u" | tr '\n' ' ')" ""
check_eq "nothing but acknowledgements reached the customers" \
    "$(delivered_ids | sort -u | comm -13 "$T_TMP/acks" - | wc -l)" 0

echo "t_crash: seed $SEED: $N messages, $k kills, $ncases cases," \
    "$ndup duplicate acknowledgements (of $nwin rows a kill caught" \
    "sending); $((tlast - t0)) s of kills, all taken and answered" \
    "$((trec - trestart)) s after the last restart"
[ "$T_FAIL" -gt 0 ] && tail -n 30 "$T_TMP/run.log"
cleanup
trap - EXIT INT TERM
t_done
