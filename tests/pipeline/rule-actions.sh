#!/bin/sh
# rule-actions -- one rule sets queue, priority, assignee and tag, notifies,
# forwards with the original attached and escalates; the customer still
# gets the acknowledgement.
. "$(dirname "$0")/lib.sh"

action_rules
check "rules check accepts the test rules" ctl rules check
mk "$T_TMP/a1.eml" act-1@example.com "VIP-ESCALATE refund"
out=$(ctl ingest "$T_TMP/a1.eml")
ref=$(printf '%s\n' "$out" | cut -f1)
j=$(ctl show "$ref" --json)
check_eq "actions: queue" "$(printf '%s\n' "$j" | q 'd["queue"]')" billing
check_eq "actions: priority" "$(printf '%s\n' "$j" | q 'd["priority"]')" urgent
check_eq "actions: assignee" "$(printf '%s\n' "$j" | q 'd["assignee"]')" maria
check_match "actions: tag" "$(printf '%s\n' "$j" | q 'd["tags"]')" vip
check_match "actions: escalated" "$(printf '%s\n' "$j" | q '[e["kind"] for e in d["events"]]')" escalated
ob=$(ctl outbox --json)
check_eq "actions: notify mail to maria" "$(printf '%s\n' "$ob" | q "sum(1 for o in d if o['case'] == '$ref' and o['to'] == 'maria@example.com')")" 1
check_eq "actions: forward with the original attached" "$(printf '%s\n' "$ob" | q "[('message/rfc822' in o['raw']) for o in d if o['case'] == '$ref' and o['to'] == 'accounts@example.org'][0]")" true
check_eq "actions: escalation to the queue's supervisor" "$(printf '%s\n' "$ob" | q "sum(1 for o in d if o['case'] == '$ref' and o['to'] == 'eleni@example.com' and 'Κλιμάκωση' in o['subject'])")" 1
check_eq "actions: the customer still gets the ack" "$(printf '%s\n' "$ob" | q "sum(1 for o in d if o['case'] == '$ref' and o['to'] == 'vera@example.com')")" 1
check_match "actions: notifications are Auto-Submitted: auto-generated" "$(printf '%s\n' "$ob" | q "[o['raw'] for o in d if o['case'] == '$ref' and o['to'] == 'maria@example.com'][0]")" 'Auto-Submitted: auto-generated'
