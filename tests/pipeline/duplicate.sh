#!/bin/sh
# duplicate -- the same message again, and the same message to a second
# support address: no second case, no second acknowledgement.
. "$(dirname "$0")/lib.sh"

greek_case
out=$(ctl ingest "$C/01-greek.eml" "$C/05-greek-dup-other-address.eml")
check_match "dup: same message is a duplicate" "$out" '^CS-1001	duplicate'
check_eq "dup: still one case" "$(ctl cases --json | q 'len(d)')" 1
check_eq "dup: still one ack" "$(ctl outbox --json | q 'sum(1 for o in d if o["to"] == "eleni@example.gr")')" 1
