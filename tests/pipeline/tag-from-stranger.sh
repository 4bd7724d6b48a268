#!/bin/sh
# tag-from-stranger -- the subject tag [CS-1001] from a sender the case
# does not know opens a new case: guessing a number is no way in.
. "$(dirname "$0")/lib.sh"

greek_case
tag_reply "$T_TMP/r3.eml" greek-4@example.gr
sed -e 's/eleni@example.gr/mallory@example.net/' -e 's/greek-4/mallory-1/' "$T_TMP/r3.eml" > "$T_TMP/r4.eml"
check_match "subject tag from a stranger opens a new case" "$(ctl ingest "$T_TMP/r4.eml")" '^CS-1002	new'
