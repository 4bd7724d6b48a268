#!/bin/sh
# relay-down -- the SMTP relay down: the acknowledgement waits in the
# outbox with the error kept, and goes out exactly once when it is back.
. "$(dirname "$0")/lib.sh"

sh "$TS" down "$S" smtp
t_at_exit 'srv_alive "$S/smtpd.pid" || sh "$TS" up "$S" smtp >/dev/null 2>&1'
mail_file "$T_TMP/m4.eml" "customer3@example.com" down-1@example.com "Printer broken again"
deliver support "$T_TMP/m4.eml"
once
check_eq "relay down: the ack waits in the outbox" \
    "$(sql "SELECT o.status || ' ' || (o.attempts > 0) FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.customer = 'customer3@example.com'")" "queued 1"
check_match "relay down: the error is kept" \
    "$(sql "SELECT last_error FROM outbox WHERE status = 'queued'")" '.'
sh "$TS" up "$S" smtp
check "relay back: supportctl send delivers" ctl send
check "relay back: the ack arrives" wait_count customer3 INBOX 1
ctl send >/dev/null 2>&1
sleep 1
check_eq "relay back: exactly once" "$(imap_count customer3 INBOX)" 1
