#!/bin/sh
# t_daemon.sh -- supportd on real servers: a Dovecot and an OpenSMTPD on
# 127.0.0.1 (contrib/testservers.sh).  Customer mail in through SMTP,
# acknowledgements out to the customer's IMAP mailbox, replies threaded,
# SIGKILL mid-batch, the SMTP relay down and back, Dovecot restarted under
# a running daemon, SIGHUP with broken and fixed rules, a certificate that
# must be refused, SIGTERM.  Waits are bounded polls, never fixed sleeps.
. "$(dirname "$0")/lib.sh"

S=$T_TMP/srv
D=$T_TMP/desk
chmod 755 "$T_TMP"
PID=

cleanup() {
	[ -n "$PID" ] && kill -9 "$PID" 2>/dev/null
	sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1
}
trap 'cleanup' EXIT INT TERM

if ! sh "$TOP/contrib/testservers.sh" start "$S" >"$T_TMP/start.log" 2>&1; then
	cat "$T_TMP/start.log"
	fail "test servers did not start"
	t_done
	exit 1
fi
. "$S/env"
. "$TOP/contrib/testmail.sh"

t_desk "$D"
desk_conf "$D/supportd.conf"
desk_no_agents "$D/supportd.conf"
sed -i -e 's/^autoreply-limit.*/autoreply-limit 0/' \
    -e 's/^autoreply-domain-limit.*/autoreply-domain-limit 0/' \
    -e 's/^poll-interval.*/poll-interval 2/' \
    -e 's/^batch-size.*/batch-size 10/' "$D/supportd.conf"
mailbox_block support support \
    "password-command \"printf '%s\\\\n' '$PASSWORD'\"" \
    "move-to Processed" "timeout 20" >> "$D/supportd.conf"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
q() { python3 "$TOP/tests/jsonq.py" "$1"; }
once() { "$SUPPORTD" -f --once -c "$D/supportd.conf" >>"$T_TMP/once.log" 2>&1; }
sql() { sqlite3 "$D/supportd.db" "$1"; }

# wait_until SECONDS COMMAND...: poll every half second
wait_until() {
	_n=$(($1 * 2)); shift
	while ! "$@" >/dev/null 2>&1 && [ $_n -gt 0 ]; do
		sleep 0.5; _n=$((_n - 1))
	done
	"$@" >/dev/null 2>&1
}

mail_file() {	# FILE FROM MSGID SUBJECT [EXTRA-HEADER]
	{
		printf 'From: %s\nTo: support@example.com\nSubject: %s\n' "$2" "$4"
		printf 'Message-ID: <%s>\nMIME-Version: 1.0\n' "$3"
		[ -n "${5:-}" ] && printf '%s\n' "$5"
		printf 'Content-Type: text/plain; charset=UTF-8\n\n'
		printf 'Hello, my printer does not work since yesterday.\n'
	} > "$1"
}

check "supportd -n accepts the desk" "$SUPPORTD" -n -c "$D/supportd.conf"

# --- 1. a customer mail through SMTP becomes a case; the ack arrives
mail_file "$T_TMP/m1.eml" "Anna <customer1@example.com>" first-1@example.com "Printer broken"
smtp_send customer1@example.com support@example.com "$T_TMP/m1.eml"
check "mail reached the support mailbox" wait_count support INBOX 1
once
check_eq "one case" "$(ctl cases --json | q 'len(d)')" 1
check_eq "the ack was sent" "$(ctl outbox --json | q 'd[0]["status"]')" sent
check "the ack arrived in the customer's mailbox" wait_count customer1 INBOX 1
ack=$(imap_fetch customer1 INBOX 1 | tr -d '\r')
check_match "ack: subject carries the case" "$ack" '^Subject: \[CS-1001\]'
check_match "ack: Auto-Submitted" "$ack" '^Auto-Submitted: auto-replied'
check_match "ack: threads to the customer's mail" "$ack" '^In-Reply-To: <first-1@example.com>'
check "processed mail moved to Processed" wait_count support Processed 1
check_eq "INBOX is empty" "$(imap_count support INBOX)" 0

# --- 2. the customer's reply lands on the same case
ackid=$(printf '%s\n' "$ack" | sed -n 's/^Message-ID: <\(.*\)>/\1/p')
mail_file "$T_TMP/m2.eml" "Anna <customer1@example.com>" first-2@example.com \
    "Re: Printer broken" "In-Reply-To: <$ackid>"
smtp_send customer1@example.com support@example.com "$T_TMP/m2.eml"
check "reply reached the support mailbox" wait_count support INBOX 1
once
check_eq "still one case" "$(ctl cases --json | q 'len(d)')" 1
check_eq "the case holds both customer mails" \
    "$(ctl show CS-1001 --json | q 'sum(1 for m in d["messages"] if m["direction"] == "in")')" 2

# --- 3. SIGKILL in the middle of 200 messages: none lost, none twice
i=1
while [ $i -le 200 ]; do
	mail_file "$T_TMP/bulk.eml" "customer2@example.com" "bulk-$i@example.com" "Order question $i"
	sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/bulk.eml"
	i=$((i + 1))
done
check_eq "200 messages waiting" "$(imap_count support INBOX)" 200
"$SUPPORTD" -f -c "$D/supportd.conf" >"$T_TMP/kill.log" 2>&1 &
PID=$!
# Kill it as soon as the first batches are in: poll tightly, in-process.
i=0
while [ $i -lt 1200 ]; do
	n=$(sqlite3 "$D/supportd.db" 'SELECT count(*) FROM cases' 2>/dev/null)
	[ "${n:-0}" -ge 12 ] && break
	sleep 0.1
	i=$((i + 1))
done
kill -9 "$PID"; wait "$PID" 2>/dev/null; PID=
n=$(sql 'SELECT count(*) FROM cases')
check "killed part way through ($n cases)" [ "$n" -ge 12 ] && [ "$n" -lt 201 ]
once
once
check_eq "after restart: every message is a case" "$(sql 'SELECT count(*) FROM cases')" 201
check_eq "no message stored twice" \
    "$(sql "SELECT count(*) - count(DISTINCT message_id) FROM messages WHERE direction = 'in'")" 0
check_eq "202 customer messages" "$(sql "SELECT count(*) FROM messages WHERE direction = 'in'")" 202
check_eq "one ack per case" "$(sql "SELECT count(*) FROM outbox GROUP BY case_id HAVING count(*) > 1" | wc -l)" 0
check "INBOX emptied" wait_count support INBOX 0
check_eq "all 202 in Processed" "$(imap_count support Processed)" 202
check_eq "no mail left queued" "$(sql "SELECT count(*) FROM outbox WHERE status <> 'sent'")" 0
# Every case's ack reached customer2 (the maildir is on disk).
check "all 200 acks delivered" wait_until 240 sh -c \
    "[ \"\$(grep -h '^X-Support-Case:' '$S/mail/customer2/new/'* '$S/mail/customer2/cur/'* 2>/dev/null | sort -u | wc -l)\" -eq 200 ]"

# --- 4. the relay down: replies wait and go out once it is back
sh "$TOP/contrib/testservers.sh" down "$S" smtp
mail_file "$T_TMP/m4.eml" "customer3@example.com" down-1@example.com "Printer broken again"
sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/m4.eml"
once
check_eq "relay down: the ack waits in the outbox" \
    "$(sql "SELECT o.status || ' ' || (o.attempts > 0) FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.customer = 'customer3@example.com'")" "queued 1"
check_match "relay down: the error is kept" \
    "$(sql "SELECT last_error FROM outbox WHERE status = 'queued'")" '.'
sh "$TOP/contrib/testservers.sh" up "$S" smtp
check "relay back: supportctl send delivers" ctl send
check "relay back: the ack arrives" wait_count customer3 INBOX 1
ctl send >/dev/null 2>&1
sleep 1
check_eq "relay back: exactly once" "$(imap_count customer3 INBOX)" 1

# --- 5. a running daemon: Dovecot restarted underneath it
"$SUPPORTD" -f -v -c "$D/supportd.conf" >"$T_TMP/run.log" 2>&1 &
PID=$!
check "daemon connects" wait_until 120 grep -q 'connected' "$T_TMP/run.log"
sh "$TOP/contrib/testservers.sh" down "$S" imap
sleep 3
sh "$TOP/contrib/testservers.sh" up "$S" imap
mail_file "$T_TMP/m5.eml" "customer3@example.com" after-restart@example.com "After the restart"
sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/m5.eml"
check "daemon reconnects by itself and takes the new mail" wait_until 120 \
    sh -c "[ \"\$(sqlite3 '$D/supportd.db' \"SELECT count(*) FROM messages WHERE message_id = 'after-restart@example.com'\")\" = 1 ]"
check_eq "it connected twice" "$(grep -c 'connected to' "$T_TMP/run.log")" 2

# --- 6. SIGHUP: broken rules keep the old set; fixed rules take effect
printf 'rule broken\n  when subject ~ /(unclosed/\n  queue x\n' > "$D/rules/95-new.rules"
kill -HUP "$PID"
check "broken rules: file:line in the log" wait_until 90 grep -q '95-new.rules:2:' "$T_TMP/run.log"
check "broken rules: kept the old set" grep -q 'reload failed' "$T_TMP/run.log"
check "broken rules: still running" kill -0 "$PID"
printf 'rule reload-test\n  when subject ~ /reload-test/\n  queue reloaded\n  stop\n' > "$D/rules/05-new.rules"
rm -f "$D/rules/95-new.rules"
kill -HUP "$PID"
check "fixed rules: reloaded" wait_until 90 grep -q 'reloaded' "$T_TMP/run.log"
mail_file "$T_TMP/m6.eml" "customer3@example.com" reload-1@example.com "reload-test"
sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/m6.eml"
check "the new rule applies" wait_until 120 \
    sh -c "[ \"\$(sqlite3 '$D/supportd.db' \"SELECT queue FROM cases WHERE subject = 'reload-test'\")\" = reloaded ]"

# --- 7. SIGTERM: a clean stop
kill -TERM "$PID"
check "SIGTERM: exits" wait_until 120 sh -c "! kill -0 $PID"
wait "$PID"; rc=$?; PID=
check_eq "SIGTERM: exit status 0" "$rc" 0
check "SIGTERM: says so" grep -q 'stopping' "$T_TMP/run.log"

# --- 8. a certificate we cannot verify is refused
sed -e "s|cafile.*|cafile $WRONG_CAFILE|" "$D/supportd.conf" > "$D/wrong.conf"
mail_file "$T_TMP/m8.eml" "customer3@example.com" wrong-ca@example.com "x"
sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/m8.eml"
"$SUPPORTD" -f --once -c "$D/wrong.conf" >"$T_TMP/wrong.log" 2>&1
check_match "wrong CA: refused with a reason" "$(cat "$T_TMP/wrong.log")" 'certificate'
check_eq "wrong CA: the mail was not taken" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'wrong-ca@example.com'")" 0
sed -e "s|host.*localhost|host 127.0.0.1|" "$D/supportd.conf" > "$D/wrongname.conf"
"$SUPPORTD" -f --once -c "$D/wrongname.conf" >"$T_TMP/wrongname.log" 2>&1
check_match "wrong host name: refused" "$(cat "$T_TMP/wrongname.log")" 'certificate'
once
check_eq "right CA: the mail is taken" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'wrong-ca@example.com'")" 1

# --- 9. the server renumbered the mailbox (UIDVALIDITY): nothing twice
ncases=$(sql 'SELECT count(*) FROM cases')
sql "UPDATE checkpoints SET uidvalidity = 1, last_uid = 0"
# Put three processed messages back into INBOX, as a renumbered copy would.
curl -s --user "support:$PASSWORD" "imap://127.0.0.1:$IMAP_PORT/Processed" \
    -X 'UID COPY 1:3 INBOX' >/dev/null
check_eq "renumbered: three old messages back in INBOX" "$(imap_count support INBOX)" 3
once
check_match "renumbered: noticed" "$(cat "$T_TMP/once.log")" 'UIDVALIDITY changed'
check_eq "renumbered: no new case" "$(sql 'SELECT count(*) FROM cases')" "$ncases"
check "renumbered: INBOX emptied" wait_count support INBOX 0

# --- 10. one account failing does not stop the others; first-start now
mail_file "$T_TMP/a1.eml" "customer1@example.com" agent-old@example.com "old mail"
sh "$TOP/contrib/testservers.sh" deliver "$S" agent1 "$T_TMP/a1.eml"
cp "$D/supportd.conf" "$D/multi.conf"
mailbox_block broken support 'password "wrong password"' >> "$D/multi.conf"
mailbox_block agents agent1 "password \"$PASSWORD\"" "queue internal" \
    "first-start now" >> "$D/multi.conf"
mail_file "$T_TMP/m10.eml" "customer3@example.com" multi-1@example.com "Two accounts"
sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/m10.eml"
"$SUPPORTD" -f --once -c "$D/multi.conf" >"$T_TMP/multi.log" 2>&1
check_match "bad password: logged" "$(cat "$T_TMP/multi.log")" 'mailbox broken: .*next try'
check_eq "bad password: the good mailbox still works" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'multi-1@example.com'")" 1
check_eq "first-start now: old mail skipped" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'agent-old@example.com'")" 0
mail_file "$T_TMP/a2.eml" "customer1@example.com" agent-new@example.com "new mail"
sh "$TOP/contrib/testservers.sh" deliver "$S" agent1 "$T_TMP/a2.eml"
"$SUPPORTD" -f --once -c "$D/multi.conf" >>"$T_TMP/multi.log" 2>&1
check_eq "first-start now: new mail taken, from its mailbox" \
    "$(sql "SELECT mailbox FROM messages WHERE message_id = 'agent-new@example.com'")" agents

# --- 11. IDLE on two mailboxes at once: new mail on either wakes the daemon
# (the poll interval is ten minutes: only IDLE can be this quick)
cp "$D/supportd.conf" "$D/idle.conf"
sed -i 's/^poll-interval.*/poll-interval 600/' "$D/idle.conf"
mailbox_block agents agent1 "password \"$PASSWORD\"" >> "$D/idle.conf"
"$SUPPORTD" -f -v -c "$D/idle.conf" >"$T_TMP/idle.log" 2>&1 &
PID=$!
check "two mailboxes: both connect" wait_until 120 sh -c \
    "[ \"\$(grep -c 'connected to' '$T_TMP/idle.log')\" -ge 2 ]"
sleep 2
mail_file "$T_TMP/i1.eml" "customer2@example.com" idle-agents@example.com "idle one"
sh "$TOP/contrib/testservers.sh" deliver "$S" agent1 "$T_TMP/i1.eml"
check "IDLE: mail on the second mailbox taken at once" wait_until 120 \
    sh -c "[ \"\$(sqlite3 '$D/supportd.db' \"SELECT count(*) FROM messages WHERE message_id = 'idle-agents@example.com'\")\" = 1 ]"
mail_file "$T_TMP/i2.eml" "customer2@example.com" idle-support@example.com "idle two"
sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/i2.eml"
check "IDLE: mail on the first mailbox taken at once" wait_until 120 \
    sh -c "[ \"\$(sqlite3 '$D/supportd.db' \"SELECT count(*) FROM messages WHERE message_id = 'idle-support@example.com'\")\" = 1 ]"
kill -TERM "$PID"; wait "$PID"; PID=

# --- 12. a message too large to take: quarantined with the reason, left
# in the mailbox for a person, and the mail after it still flows
{
	printf 'From: customer2@example.com\nTo: support@example.com\n'
	printf 'Subject: huge\nMessage-ID: <huge-1@example.com>\n\n'
	head -c 53000000 /dev/zero | tr '\0' 'x' | fold -w 76
} > "$T_TMP/huge.eml"
sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/huge.eml"
rm -f "$T_TMP/huge.eml"
mail_file "$T_TMP/m12.eml" "customer2@example.com" after-huge@example.com "after the huge one"
sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/m12.eml"
once
check_match "too large: quarantined with the reason" "$(ctl quarantine)" 'over the limit'
check_eq "too large: the next message still taken" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'after-huge@example.com'")" 1
check_eq "too large: left in the mailbox" "$(imap_count support INBOX)" 1
"$SUPPORTD" -f --once -c "$D/supportd.conf" >>"$T_TMP/once.log" 2>&1
check_eq "too large: a restart's sweep leaves it there too" "$(imap_count support INBOX)" 1

# --- 13. a permanent refusal (550) fails the mail and says so on the case
mail_file "$T_TMP/m11.eml" "reject@example.com" reject-1@example.com "Please answer"
sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/m11.eml"
once
check_eq "550: the ack is failed" \
    "$(sql "SELECT o.status FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.customer = 'reject@example.com'")" failed
check_match "550: the server's answer is kept" \
    "$(sql "SELECT last_error FROM outbox WHERE status = 'failed'")" '550'
check_match "550: the case shows it" \
    "$(sql "SELECT group_concat(kind) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.customer = 'reject@example.com'")" 'delivery-failed'

[ "$T_FAIL" -gt 0 ] && for f in once kill run multi idle; do
	echo "--- $f.log"; tail -n 20 "$T_TMP/$f.log"
done
cleanup
trap - EXIT INT TERM
t_done
