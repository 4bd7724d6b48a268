#!/bin/sh
# broken-mime -- broken MIME still makes a case, its text kept.
. "$(dirname "$0")/lib.sh"

out=$(ctl ingest "$C/09-broken-mime.eml")
check_match "broken MIME: a case" "$out" '	new	'
ref=$(printf '%s\n' "$out" | cut -f1)
check_match "broken MIME: text kept" "$(ctl show "$ref" --json | q 'd["messages"][0]["body"]')" 'invoice is wrong'
