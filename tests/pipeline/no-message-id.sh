#!/bin/sh
# no-message-id -- a mail without a Message-ID twice: the digest makes the
# second a duplicate.
. "$(dirname "$0")/lib.sh"

out=$(ctl ingest "$C/11-no-message-id.eml" "$C/11-no-message-id.eml")
check_match "no Message-ID: first is new" "$(printf '%s\n' "$out" | head -n 1)" '	new	'
check_match "no Message-ID: second is a duplicate" "$(printf '%s\n' "$out" | tail -n 1)" '	duplicate	'
