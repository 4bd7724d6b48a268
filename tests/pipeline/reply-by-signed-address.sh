#!/bin/sh
# reply-by-signed-address -- someone the case does not know writes to the
# signed reply address of its acknowledgement: the mail joins the case.
. "$(dirname "$0")/lib.sh"

greek_case
signed_reply "$T_TMP/r2.eml"
check_match "reply to the signed address joins the case" "$(ctl ingest "$T_TMP/r2.eml")" '^CS-1001	update	signed address'
