#!/bin/sh
# reply-by-signed-address -- someone the case does not know writes to the
# signed reply address of its acknowledgement: the mail joins the case.
. "$(dirname "$0")/lib.sh"

greek_case
cat > "$T_TMP/r2.eml" <<EOM
From: Eleni's husband <nikos@example.gr>
To: $sig
Subject: about the fridge
Message-ID: <greek-3@example.gr>
Content-Type: text/plain; charset=UTF-8

Γεια σας, γράφω για την ίδια παραγγελία.
EOM
check_match "reply to the signed address joins the case" "$(ctl ingest "$T_TMP/r2.eml")" '^CS-1001	update	signed address'
