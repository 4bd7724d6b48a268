#!/bin/sh
# t_multi.sh -- several daemons, one desk: two supportd processes on one
# PostgreSQL (contrib/testpg.sh) and the same two mailboxes on the real
# Dovecot (contrib/testservers.sh).  N customer mails over SMTP (200 here;
# `make soak` sends 2,000), and the daemon reading mail is SIGKILLed in
# the middle: every mail on exactly one case, no reference twice, every
# acknowledgement sent once and delivered, and the survivor takes over the
# dead one's mailboxes (the time it took is printed, never asserted).
# The acknowledgements the dead daemon had in flight can arrive twice:
# when it dies after the end of DATA and before the settling commit, the
# server has the mail and the outbox does not know it (RFC 1047), so the
# survivor sends it again, under the same Message-ID.  At most one per
# SMTP session (smtp { sessions }, default 4): each session has one mail
# in flight.  Waits are bounded polls, never fixed sleeps.
. "$(dirname "$0")/lib.sh"

N=${SUPPORTD_MULTI_N:-200}
S=$T_TMP/srv
D=$T_TMP/desk
chmod 755 "$T_TMP"
PIDA= PIDB=

cleanup() {
	[ -n "$PIDA" ] && kill -9 "$PIDA" 2>/dev/null
	[ -n "$PIDB" ] && kill -9 "$PIDB" 2>/dev/null
	sh "$TOP/contrib/testpg.sh" stop "$T_TMP" >/dev/null 2>&1
	sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1
}
trap 'cleanup' EXIT
trap 'exit 1' INT TERM HUP

if ! sh "$TOP/contrib/testservers.sh" start "$S" >"$T_TMP/start.log" 2>&1 ||
    ! sh "$TOP/contrib/testpg.sh" start "$T_TMP" >>"$T_TMP/start.log" 2>&1; then
	cat "$T_TMP/start.log"
	fail "test servers did not start"
	t_done
	exit 1
fi
. "$S/env"
. "$T_TMP/pgenv"
. "$TOP/contrib/testmail.sh"

SUPPORTD_TEST_DATABASE=$PGURL t_desk "$D"
desk_conf "$D/supportd.conf"
desk_no_agents "$D/supportd.conf"
desk_unlimited "$D/supportd.conf"
sed -i -e 's/^poll-interval.*/poll-interval 2/' \
    -e 's/^batch-size.*/batch-size 20/' "$D/supportd.conf"
printf 'address billing@example.com\n' >>"$D/supportd.conf"
for mb in support:support billing:agent2; do
	mailbox_block "${mb%%:*}" "${mb##*:}" \
	    "password-command \"printf '%s\\\\n' '$PASSWORD'\"" \
	    "move-to Processed" "timeout 20" >>"$D/supportd.conf"
done
sql() { psql -X -q -A -t -d "$PGURL" -c "$1"; }

# wait_until SECONDS COMMAND...: poll every half second
wait_until() {
	_n=$(($1 * 2)); shift
	while ! "$@" >/dev/null 2>&1 && [ $_n -gt 0 ]; do
		sleep 0.5; _n=$((_n - 1))
	done
	"$@" >/dev/null 2>&1
}

check "supportd -n accepts the desk" "$SUPPORTD" -n -c "$D/supportd.conf"

# The desk's secret is made once (several hosts share one copy of it).
check "the desk opens" "$SUPPORTCTL" -c "$D/supportd.conf" cases
"$SUPPORTD" -f -c "$D/supportd.conf" >"$T_TMP/a.log" 2>&1 &
PIDA=$!
"$SUPPORTD" -f -c "$D/supportd.conf" >"$T_TMP/b.log" 2>&1 &
PIDB=$!
start=$(date +%s.%N)

# N mails over SMTP while both daemons run, half to each mailbox, from
# two customers; OpenSMTPD takes 100 per session, so a session per 90.
python3 - "$SMTP_PORT" "$N" >"$T_TMP/send.log" 2>&1 <<'PY' &
import smtplib, sys
port, n = int(sys.argv[1]), int(sys.argv[2])
s = None
for i in range(1, n + 1):
    if (i - 1) % 90 == 0:
        if s: s.quit()
        s = smtplib.SMTP("127.0.0.1", port, timeout=60)
    frm = "customer%d@example.com" % (1 + i % 2)
    to = ("support@example.com", "agent2@example.com")[i % 2]
    msg = ("From: Customer <%s>\r\nTo: %s\r\nSubject: Question %d\r\n"
           "Message-ID: <multi-%d@example.com>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
           "Hello, question number %d about my order.\r\n" % (frm, to, i, i, i))
    s.sendmail(frm, [to], msg)
s.quit()
PY
SENDPID=$!

# Kill the daemon that reads mail once a quarter of it is in.
cases() { sql 'SELECT count(*) FROM cases' 2>/dev/null; }
quarter() { [ "$(cases)" -ge $((N / 4)) ]; }
check "a quarter of the mail taken in" wait_until 600 quarter
held() { grep -c 'connected to' "$1" 2>/dev/null; }
if [ "$(held "$T_TMP/a.log")" -gt 0 ]; then
	dead=$PIDA deadlog=$T_TMP/a.log live=$T_TMP/b.log PIDA=
else
	dead=$PIDB deadlog=$T_TMP/b.log live=$T_TMP/a.log PIDB=
fi
lost=$(held "$deadlog")
before=$(grep -c 'lease taken' "$live")
atkill=$(cases)
t0=$(date +%s.%N)
kill -9 "$dead"
wait "$dead" 2>/dev/null
takeover() { [ "$(grep -c 'lease taken' "$live")" -ge $((before + lost)) ]; }
check "the survivor takes over the dead daemon's $lost mailbox(es)" \
    wait_until 120 takeover
t1=$(date +%s.%N)
echo "t_multi: $N mails; one daemon killed at $atkill cases; takeover in" \
    "$(echo "$t1 - $t0" | bc) s (poll-interval 2)" >&2

ins() { sql "SELECT count(*) FROM messages WHERE direction = 'in'"; }
all_in() { [ "$(ins)" -eq "$N" ]; }
check "all $N mails taken in" wait_until 900 all_in
drained() { [ "$(sql "SELECT count(*) FROM outbox WHERE status <> 'sent'")" -eq 0 ]; }
check "the outbox drained" wait_until 600 drained
end=$(date +%s.%N)
echo "t_multi: all $N in and acknowledged in $(echo "$end - $start" | bc) s;" \
    "cases made by each daemon: $(grep -c 'new (new)' "$T_TMP/a.log")" \
    "and $(grep -c 'new (new)' "$T_TMP/b.log")" >&2

check_eq "every mail on a case" \
    "$(sql "SELECT count(*) FROM messages WHERE direction = 'in' AND case_id IS NOT NULL")" "$N"
check_eq "every mail once" \
    "$(sql "SELECT count(DISTINCT message_id) FROM messages WHERE direction = 'in'")" "$N"
check_eq "one case per mail" "$(cases)" "$N"
check_eq "no reference twice" "$(sql 'SELECT count(DISTINCT ref) FROM cases')" "$N"
check_eq "one acknowledgement per case" \
    "$(sql "SELECT count(*) FROM outbox WHERE status = 'sent'")" "$N"
acks() { echo $(( $(imap_count customer1 INBOX) + $(imap_count customer2 INBOX) )); }
delivered() { [ "$(acks)" -ge "$N" ]; }
check "every acknowledgement delivered" wait_until 600 delivered
# The Message-IDs in the customers' mailboxes (maildirs), one a line.
ackids() {
	for f in "$S"/mail/customer[12]/new/* "$S"/mail/customer[12]/cur/*; do
		[ -f "$f" ] && sed -n 's/^Message-ID: //p' "$f" | head -n 1
	done
}
check_eq "every acknowledgement delivered, each Message-ID" \
    "$(ackids | sort -u | grep -c .)" "$N"
twice=$(( $(acks) - N ))
echo "t_multi: acknowledgements delivered twice: $twice" >&2
sessions=$(sed -n 's/^[[:space:]]*sessions[[:space:]]*\([0-9]*\).*/\1/p' "$D/supportd.conf" | head -n 1)
check "at most one per SMTP session (${sessions:-4}) in flight at the kill delivered twice" \
    test "$twice" -le "${sessions:-4}"
left() { [ "$(imap_count support INBOX)" = 0 ] && [ "$(imap_count agent2 INBOX)" = 0 ]; }
check "both mailboxes emptied into Processed" wait_until 300 left

wait "$SENDPID"
check_eq "the sender sent all $N mails" "$?" 0
for p in $PIDA $PIDB; do
	kill -TERM "$p"
	wait "$p" 2>/dev/null
done
PIDA= PIDB=
t_done
