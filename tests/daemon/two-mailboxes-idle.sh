#!/bin/sh
# two-mailboxes-idle -- IDLE on two mailboxes at once: new mail on either
# wakes the daemon (the poll interval is ten minutes: only IDLE can be
# this quick).
. "$(dirname "$0")/lib.sh"

cp "$D/supportd.conf" "$D/idle.conf"
sed -i 's/^poll-interval.*/poll-interval 600/' "$D/idle.conf"
mailbox_block agents agent1 "password \"$PASSWORD\"" >> "$D/idle.conf"
daemon_start "$T_TMP/idle.log" "$D/idle.conf"
check "two mailboxes: both connect" wait_until 120 sh -c \
    "[ \"\$(grep -c 'connected to' '$T_TMP/idle.log')\" -ge 2 ]"
sleep 2
mail_file "$T_TMP/i1.eml" "customer2@example.com" idle-agents@example.com "idle one"
deliver agent1 "$T_TMP/i1.eml"
check "IDLE: mail on the second mailbox taken at once" wait_until 120 \
    taken idle-agents@example.com
mail_file "$T_TMP/i2.eml" "customer2@example.com" idle-support@example.com "idle two"
deliver support "$T_TMP/i2.eml"
check "IDLE: mail on the first mailbox taken at once" wait_until 120 \
    taken idle-support@example.com
kill -TERM "$PID"; wait "$PID"; PID=
