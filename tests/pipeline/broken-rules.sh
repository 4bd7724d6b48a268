#!/bin/sh
# broken-rules -- a rule file with a bad pattern: "rules check" and
# "supportd -n" name file:line and exit non-zero; ingest refuses to run.
. "$(dirname "$0")/lib.sh"

action_rules
mk "$T_TMP/a1.eml" act-1@example.com "VIP-ESCALATE refund"
printf 'rule bad\n  when subject ~ /(x/\n  queue q\n' > "$D/rules/99-bad.rules"
out=$(ctl rules check 2>&1); rc=$?
check_eq "rules check: exit non-zero" "$rc" 1
check_match "rules check: file:line" "$out" '99-bad.rules:2: '
out=$("$SUPPORTD" -n -c "$D/supportd.conf" 2>&1); rc=$?
check_eq "supportd -n: exit non-zero" "$rc" 1
check_match "supportd -n: file:line" "$out" '99-bad.rules:2: '
check "ingest refuses to run on broken rules" sh -c "! '$SUPPORTCTL' -c '$D/supportd.conf' ingest '$T_TMP/a1.eml' 2>/dev/null"
