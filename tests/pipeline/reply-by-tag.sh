#!/bin/sh
# reply-by-tag -- the subject tag [CS-1001] from a sender the case knows
# joins the case.
. "$(dirname "$0")/lib.sh"

greek_case
tag_reply "$T_TMP/r3.eml" greek-4@example.gr
check_match "subject tag from a known sender joins" "$(ctl ingest "$T_TMP/r3.eml")" '^CS-1001	update	subject tag'
