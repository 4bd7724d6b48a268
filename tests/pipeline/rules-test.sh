#!/bin/sh
# rules-test -- "supportctl rules test" names the rule, its captures, the
# queue and the actions, and changes nothing.
. "$(dirname "$0")/lib.sh"

action_rules
mk "$T_TMP/a1.eml" act-1@example.com "VIP-ESCALATE refund"
n=$(ctl cases --json | q 'len(d)')
t=$(ctl rules test "$T_TMP/a1.eml")
check_match "rules test: the rule" "$t" '^matched: vip'
check_match "rules test: the capture" "$t" '^capture order: 123456'
check_match "rules test: the queue" "$t" '^queue: billing'
check_match "rules test: the actions" "$t" '^notify: maria@example.com'
check_eq "rules test changes nothing" "$(ctl cases --json | q 'len(d)')" "$n"
