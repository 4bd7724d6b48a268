#!/bin/sh
# replies-one-case -- a reply by In-Reply-To, one to the signed address and
# one by subject tag all land on the one case, and none is acknowledged.
. "$(dirname "$0")/lib.sh"

greek_case
references_reply "$T_TMP/r1.eml"
signed_reply "$T_TMP/r2.eml"
tag_reply "$T_TMP/r3.eml" greek-4@example.gr
check_match "reply by In-Reply-To joins the case" "$(ctl ingest "$T_TMP/r1.eml")" '^CS-1001	update	references'
check_match "reply to the signed address joins the case" "$(ctl ingest "$T_TMP/r2.eml")" '^CS-1001	update	signed address'
check_match "subject tag from a known sender joins" "$(ctl ingest "$T_TMP/r3.eml")" '^CS-1001	update	subject tag'
check_eq "replies add no acknowledgements" "$(ctl outbox --json | q 'sum(1 for o in d if o["case"] == "CS-1001" and o["to"] == "eleni@example.gr")')" 1
check_eq "case has 4 customer messages and 1 ack" \
    "$(ctl show CS-1001 --json | q 'len([m for m in d["messages"] if m["kind"] != "notice"])')" 5
