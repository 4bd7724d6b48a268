#!/bin/sh
# listings -- cases, cases --status, show and outbox as text and JSON;
# show of an unknown case fails.
. "$(dirname "$0")/lib.sh"

greek_case
sql "UPDATE cases SET status = 'closed' WHERE ref = 'CS-1001'"
check_match "cases: text listing" "$(ctl cases)" '^CS-1001 +closed'
check_eq "cases --status" "$(ctl cases --json --status closed | q 'len(d)')" 1
check_match "show: text" "$(ctl show CS-1001)" 'status: +closed'
check "show: unknown case fails" sh -c "! '$SUPPORTCTL' -c '$D/supportd.conf' show CS-9999"
check_match "outbox: text" "$(ctl outbox)" 'queued'
