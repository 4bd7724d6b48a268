#!/bin/sh
# greek-new-case -- a Greek customer in ISO-8859-7 opens a case: subject,
# name and body decoded, language el, and one acknowledgement queued, in
# Greek, threaded to her mail, with a signed Reply-To.
. "$(dirname "$0")/lib.sh"

out=$(ctl ingest "$C/01-greek.eml")
check_match "greek: new case" "$out" '^CS-1001	new	'
j=$(ctl show CS-1001 --json)
check_eq "greek: language" "$(printf '%s\n' "$j" | q 'd["language"]')" el
check_eq "greek: subject decoded" "$(printf '%s\n' "$j" | q 'd["subject"]')" \
    "Πότε θα έρθει η παραγγελία μου;"
check_eq "greek: customer name decoded" "$(printf '%s\n' "$j" | q 'd["customer_name"]')" \
    "Ελένη Παπαδοπούλου"
check_match "greek: body decoded" "$(printf '%s\n' "$j" | q 'd["messages"][0]["body"]')" \
    "Παρήγγειλα ένα ψυγείο"
check_nomatch "greek: no replacement characters" "$(printf '%s\n' "$j" | q 'd["messages"][0]["body"]')" '\?|�'
ob=$(ctl outbox --json)
check_eq "greek: one acknowledgement queued" "$(printf '%s\n' "$ob" | q 'sum(1 for o in d if o["to"] == "eleni@example.gr")')" 1
raw=$(printf '%s\n' "$ob" | q 'd[0]["raw"]')
check_match "ack: subject carries the case" "$(printf '%s\n' "$ob" | q 'd[0]["subject"]')" '\[CS-1001\]'
check_match "ack: Auto-Submitted" "$raw" '^Auto-Submitted: auto-replied'
check_match "ack: In-Reply-To the customer" "$raw" '^In-Reply-To: <greek-1@example.gr>'
check_match "ack: References the customer" "$raw" '^References: <greek-1@example.gr>'
check_match "ack: signed Reply-To" "$raw" '^Reply-To: .*<support\+cs-1001\.[0-9a-f]{12}@example.com>'
check_match "ack: own Message-ID" "$raw" '^Message-ID: <[0-9]+\.[0-9a-f]{24}@example.com>'
check_match "ack: to the customer" "$(printf '%s\n' "$ob" | q 'd[0]["to"]')" '^eleni@example.gr$'
# The answer is the plain ack or a topic's (ack-general: the example
# rules send "when will my order come" to general); either is the
# automatic answer this checks.
ackbody=$(ctl show CS-1001 --json | q '[m["body"] for m in d["messages"] if m["kind"] in ("ack", "reply")][0]')
check_match "ack: written in Greek" "$ackbody" 'CS-1001'
check_nomatch "ack: no English in the Greek ack" "$ackbody" ' the | your '
check_match "ack: Greek text" "$ackbody" 'ευχαριστ'
check_eq "ack: status queued" "$(printf '%s\n' "$ob" | q 'd[0]["status"]')" queued
