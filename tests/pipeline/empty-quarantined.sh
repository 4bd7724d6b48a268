#!/bin/sh
# empty-quarantined -- empty input is quarantined with its reason, never
# lost, and the quarantine lists it.
. "$(dirname "$0")/lib.sh"

: > "$T_TMP/empty.eml"
out=$(ctl ingest "$T_TMP/empty.eml")
check_match "empty: quarantined" "$out" '^Q-[0-9]+	quarantined'
check_match "quarantine lists it" "$(ctl quarantine)" 'Q-1 '
