#!/bin/sh
# closed-reopen -- a reply to a closed case reopens it (the default
# closed-policy).
. "$(dirname "$0")/lib.sh"

greek_case
sql "UPDATE cases SET status = 'closed' WHERE ref = 'CS-1001'"
tag_reply "$T_TMP/r5.eml" greek-5@example.gr
check_match "closed + reopen: same case" "$(ctl ingest "$T_TMP/r5.eml")" '^CS-1001	update'
check_eq "closed + reopen: open again" "$(ctl show CS-1001 --json | q 'd["status"]')" open
