#!/bin/sh
# machines -- mail from machines (Auto-Submitted, an auto-reply, a list, a
# no-reply sender) is recorded, never answered.
. "$(dirname "$0")/lib.sh"

printf 'From: Auto <auto@example.com>\nTo: support@example.com\nSubject: x\nMessage-ID: <as-1@example.com>\nAuto-Submitted: nothing-human\n\nhello\n' > "$T_TMP/as.eml"
check_match "Auto-Submitted other than no: automatic" "$(ctl ingest "$T_TMP/as.eml")" 'automatic: Auto-Submitted'
before=$(ctl outbox --json | q 'len(d)')
out=$(ctl ingest "$C/07-autoreply.eml" "$C/08-list.eml" "$C/10-noreply.eml")
check_match "autoreply: recorded as automatic" "$out" 'automatic: Auto-Submitted'
check_match "list: recorded as automatic" "$out" 'automatic: Precedence'
check_match "noreply: recorded as automatic" "$out" 'automatic: a no-reply sender'
check_eq "machines got no answer" "$(ctl outbox --json | q 'len(d)')" "$before"
