#!/bin/sh
# drop-rule -- a rule that drops: the mail is recorded, no case.
. "$(dirname "$0")/lib.sh"

action_rules
mk "$T_TMP/a2.eml" act-2@example.com "CHEAP-PILLS now"
n=$(ctl cases --json | q 'len(d)')
check_match "drop: recorded, no case" "$(ctl ingest "$T_TMP/a2.eml")" '^-	recorded	dropped by rule spam'
check_eq "drop: no new case" "$(ctl cases --json | q 'len(d)')" "$n"
