#!/bin/sh
# pipe-wakes -- mail piped in by an MTA (supportctl ingest) while the
# daemon sleeps: the daemon wakes on the store's change and sends the
# acknowledgement at once (the poll interval is ten minutes), and its
# own writing does not keep waking it.
. "$(dirname "$0")/lib.sh"

cp "$D/supportd.conf" "$D/pipe.conf"
sed -i 's/^poll-interval.*/poll-interval 600/' "$D/pipe.conf"
pctl() { "$SUPPORTCTL" -c "$D/pipe.conf" "$@"; }
daemon_start "$T_TMP/pipe.log" "$D/pipe.conf"
check "pipe: the daemon connects" wait_until 120 grep -q 'connected to' "$T_TMP/pipe.log"
sleep 2
mail_file "$T_TMP/p1.eml" "Anna <customer1@example.com>" pipe-1@example.com "Printer broken"
check_match "pipe: supportctl ingest takes it" \
    "$(pctl ingest --mailbox support - < "$T_TMP/p1.eml")" '^CS-1001	new'
acked() { [ "$(imap_count customer1 INBOX)" -ge 1 ]; }
check "pipe: the ack arrives without waiting for the interval" \
    wait_until 120 acked
ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
t0=$(ticks)
sleep 5
t1=$(ticks)
check "pipe: asleep afterwards, not woken by its own writing ($((t1 - t0)) ticks in 5 s)" \
    [ $((t1 - t0)) -lt 100 ]
kill -TERM "$PID"; wait "$PID"; PID=
