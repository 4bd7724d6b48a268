#!/bin/sh
# injection -- a header injection attempt changes no header of the reply.
. "$(dirname "$0")/lib.sh"

out=$(ctl ingest "$C/06-injection.eml")
ref=$(printf '%s\n' "$out" | cut -f1)
raw=$(ctl outbox --json | q "[o['raw'] for o in d if o['case'] == '$ref'][0]")
check_nomatch "injection: no Bcc header" "$raw" '^Bcc:'
check_nomatch "injection: no injected header" "$raw" '^X-Injected:'
check_eq "injection: one To line" "$(printf '%s\n' "$raw" | grep -c '^To:')" 1
