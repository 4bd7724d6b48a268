#!/bin/sh
# bad-password -- one mailbox with a wrong password is logged and retried
# later; the other mailbox still works.
. "$(dirname "$0")/lib.sh"

cp "$D/supportd.conf" "$D/multi.conf"
mailbox_block broken support 'password "wrong password"' >> "$D/multi.conf"
mail_file "$T_TMP/m10.eml" "customer3@example.com" multi-1@example.com "Two accounts"
deliver support "$T_TMP/m10.eml"
"$SUPPORTD" -f --once -c "$D/multi.conf" >"$T_TMP/multi.log" 2>&1
check_match "bad password: logged" "$(cat "$T_TMP/multi.log")" 'mailbox broken: .*next try'
check_eq "bad password: the good mailbox still works" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'multi-1@example.com'")" 1
