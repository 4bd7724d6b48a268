#!/bin/sh
# quarantine-retry -- the rule that held a message is gone: retried from
# the quarantine, the message becomes a case; an unknown id fails.
. "$(dirname "$0")/lib.sh"

action_rules
mk "$T_TMP/a3.eml" act-3@example.com "HOLD-ME please"
check_match "quarantine rule: quarantined" "$(ctl ingest "$T_TMP/a3.eml")" '	quarantined	quarantined by rule hold'
qid=$(ctl quarantine --json | q 'd[-1]["id"]')
rm -f "$D/rules/01-actions.rules"
out=$(ctl quarantine retry "Q-$qid")
check_match "quarantine retry: now a case" "$out" '^CS-[0-9]+	new	'
check_nomatch "quarantine retry: no longer quarantined" "$(ctl quarantine)" "^Q-$qid "
check "quarantine retry: unknown id fails" sh -c "! '$SUPPORTCTL' -c '$D/supportd.conf' quarantine retry Q-999 2>/dev/null"
