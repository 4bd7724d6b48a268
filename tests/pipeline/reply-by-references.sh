#!/bin/sh
# reply-by-references -- a reply whose In-Reply-To is our acknowledgement
# joins the case, whatever its subject says.
. "$(dirname "$0")/lib.sh"

greek_case
references_reply "$T_TMP/r1.eml"
check_match "reply by In-Reply-To joins the case" "$(ctl ingest "$T_TMP/r1.eml")" '^CS-1001	update	references'
