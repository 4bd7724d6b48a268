#!/bin/sh
# quarantine-rule -- a rule that quarantines: the mail is held with the
# rule's name, its raw bytes retrievable.
. "$(dirname "$0")/lib.sh"

action_rules
mk "$T_TMP/a3.eml" act-3@example.com "HOLD-ME please"
check_match "quarantine rule: quarantined" "$(ctl ingest "$T_TMP/a3.eml")" '	quarantined	quarantined by rule hold'
qid=$(ctl quarantine --json | q 'd[-1]["id"]')
check "quarantine: raw bytes retrievable" sh -c "'$SUPPORTCTL' -c '$D/supportd.conf' quarantine show Q-$qid | cmp -s - '$T_TMP/a3.eml'"
