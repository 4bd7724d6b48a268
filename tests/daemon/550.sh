#!/bin/sh
# 550 -- a permanent refusal (550 at RCPT TO) fails the acknowledgement,
# keeps the server's answer and says so on the case.
. "$(dirname "$0")/lib.sh"

mail_file "$T_TMP/m11.eml" "reject@example.com" reject-1@example.com "Please answer"
deliver support "$T_TMP/m11.eml"
once
check_eq "550: the ack is failed" \
    "$(sql "SELECT o.status FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.customer = 'reject@example.com'")" failed
check_match "550: the server's answer is kept" \
    "$(sql "SELECT last_error FROM outbox WHERE status = 'failed'")" '550'
check_match "550: the case shows it" \
    "$(sql "SELECT group_concat(kind) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.customer = 'reject@example.com'")" 'delivery-failed'
