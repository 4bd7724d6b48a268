#!/bin/sh
# sigkill-midbatch -- SIGKILL in the middle of 200 messages: after a
# restart every message is a case, none is stored twice, every ack is
# sent once and delivered.
. "$(dirname "$0")/lib.sh"

i=1
while [ $i -le 200 ]; do
	mail_file "$T_TMP/bulk.eml" "customer2@example.com" "bulk-$i@example.com" "Order question $i"
	deliver support "$T_TMP/bulk.eml"
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
check "killed part way through ($n cases)" [ "${n:-0}" -ge 12 -a "${n:-0}" -lt 200 ]
once
once
check_eq "after restart: every message is a case" "$(sql 'SELECT count(*) FROM cases')" 200
check_eq "no message stored twice" \
    "$(sql "SELECT count(*) - count(DISTINCT message_id) FROM messages WHERE direction = 'in'")" 0
check_eq "200 customer messages" "$(sql "SELECT count(*) FROM messages WHERE direction = 'in'")" 200
check_eq "one ack per case" "$(sql "SELECT count(*) FROM outbox GROUP BY case_id HAVING count(*) > 1" | wc -l)" 0
check "INBOX emptied" wait_count support INBOX 0
check_eq "all 200 in Processed" "$(imap_count support Processed)" 200
check_eq "no mail left queued" "$(sql "SELECT count(*) FROM outbox WHERE status <> 'sent'")" 0
# Every case's ack reached customer2 (the maildir is on disk).
check "all 200 acks delivered" wait_until 240 sh -c \
    "[ \"\$(grep -h '^X-Support-Case:' '$S/mail/customer2/new/'* '$S/mail/customer2/cur/'* 2>/dev/null | sort -u | wc -l)\" -eq 200 ]"
