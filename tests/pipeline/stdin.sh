#!/bin/sh
# stdin -- a mail on standard input (how an MTA pipes mail in) is
# ingested like a file.
. "$(dirname "$0")/lib.sh"

out=$(sed 's/greek-1@/stdin-1@/' "$C/01-greek.eml" | ctl ingest --mailbox support)
check_match "stdin: ingested" "$out" '	new	'
