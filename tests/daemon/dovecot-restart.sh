#!/bin/sh
# dovecot-restart -- Dovecot restarted under a running daemon: it
# reconnects by itself and takes the mail that came meanwhile.
. "$(dirname "$0")/lib.sh"

daemon_start "$T_TMP/run.log"
check "daemon connects" wait_until 120 grep -q 'connected' "$T_TMP/run.log"
sh "$TS" down "$S" imap
t_at_exit 'srv_alive "$S/run/master.pid" || sh "$TS" up "$S" imap >/dev/null 2>&1'
sleep 3
sh "$TS" up "$S" imap
mail_file "$T_TMP/m5.eml" "customer3@example.com" after-restart@example.com "After the restart"
deliver support "$T_TMP/m5.eml"
check "daemon reconnects by itself and takes the new mail" wait_until 120 \
    taken after-restart@example.com
check_eq "it connected twice" "$(grep -c 'connected to' "$T_TMP/run.log")" 2
