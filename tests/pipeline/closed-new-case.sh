#!/bin/sh
# closed-new-case -- with "closed-policy new-case", a reply to a closed
# case opens a new case linked to the old one.
. "$(dirname "$0")/lib.sh"

greek_case
sql "UPDATE cases SET status = 'closed' WHERE ref = 'CS-1001'"
sed -i 's/^closed-policy.*/closed-policy new-case/' "$D/supportd.conf"
check "set-up: closed-policy new-case in the config" grep -q '^closed-policy new-case' "$D/supportd.conf"
tag_reply "$T_TMP/r6.eml" greek-6@example.gr
out=$(ctl ingest "$T_TMP/r6.eml")
check_match "closed + new-case: a new case" "$out" '	new	'
ref=$(printf '%s\n' "$out" | cut -f1)
check_eq "closed + new-case: linked to the old" "$(ctl show "$ref" --json | q 'd["linked"]')" CS-1001
