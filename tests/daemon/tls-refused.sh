#!/bin/sh
# tls-refused -- a certificate we cannot verify (another CA, or a name it
# was not issued for) is refused with a reason and no mail is taken; the
# right CA and name take it.
. "$(dirname "$0")/lib.sh"

sed -e "s|cafile.*|cafile $WRONG_CAFILE|" "$D/supportd.conf" > "$D/wrong.conf"
mail_file "$T_TMP/m8.eml" "customer3@example.com" wrong-ca@example.com "x"
deliver support "$T_TMP/m8.eml"
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
