#!/bin/sh
# first-start-now -- a mailbox with "first-start now" skips the mail that
# was there before its first start and takes what comes after, recorded
# with its mailbox's name.
. "$(dirname "$0")/lib.sh"

mail_file "$T_TMP/a1.eml" "customer1@example.com" agent-old@example.com "old mail"
deliver agent1 "$T_TMP/a1.eml"
cp "$D/supportd.conf" "$D/multi.conf"
mailbox_block agents agent1 "password \"$PASSWORD\"" "queue internal" \
    "first-start now" >> "$D/multi.conf"
"$SUPPORTD" -f --once -c "$D/multi.conf" >"$T_TMP/multi.log" 2>&1
check_eq "first-start now: old mail skipped" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'agent-old@example.com'")" 0
mail_file "$T_TMP/a2.eml" "customer1@example.com" agent-new@example.com "new mail"
deliver agent1 "$T_TMP/a2.eml"
"$SUPPORTD" -f --once -c "$D/multi.conf" >>"$T_TMP/multi.log" 2>&1
check_eq "first-start now: new mail taken, from its mailbox" \
    "$(sql "SELECT mailbox FROM messages WHERE message_id = 'agent-new@example.com'")" agents
